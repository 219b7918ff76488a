#pragma once
// What the app calls for sync: pair once with a hub, then run rounds (from a background worker, or
// `checkin sync --once`). The hub URL and the device token live in the store's sync_state.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "shared/store/store.h"
#include "shared/sync/device_sync.h"

namespace checkin::sync {

struct PairResult {
    std::string role; // as the hub enrolled this device: kiosk | lounge | advisor | board
    std::string name;
    HubError error; // empty code on success

    bool Ok() const { return error.code.empty(); }
};

// Exchanges the one-time code (as printed by `checkin-hub enroll`) for this device's token and keeps the
// hub URL and token. Pairing with another hub starts its feed from the beginning.
PairResult PairDevice(store::Store& store, const std::string& hub_url, const std::string& code);

// Whether the store has been paired (a hub URL and a token are saved).
bool IsPaired(store::Store& store);

// Where the paired hub is and this device's token: read from the store on one thread, so that a call can run
// on another without the store.
struct HubAddress {
    std::string url;
    std::string token;
};
std::optional<HubAddress> PairedHub(store::Store& store);

// The customer file of the car with this (normalized) plate, from the hub, within about 2 s. Uses no store:
// safe on any thread. The check-in that follows refers to the rows: keep them with ApplyHubRows.
HubReply<LookupResponse> LookUpCustomerOnHub(const HubAddress& hub, const std::string& plate);

// One round with the paired hub: push the outbox, then pull. Never throws for network or hub errors:
// they are in the report (error.code "not_paired", "unreachable", "schema_too_old", ...).
SyncReport SyncOnce(store::Store& store, const SyncOptions& options = {});

// Uploads a file to the paired hub under its SHA-256, in chunks, resuming from what the hub already has
// (a connection lost half-way costs only the chunk in flight). A file the hub has already is not sent.
HubError UploadBlob(store::Store& store, const std::string& sha256, const std::filesystem::path& file);

// Downloads a blob from the paired hub, verifies its SHA-256, and writes it to target through a temporary
// file renamed into place (target is either absent or complete).
HubError DownloadBlob(store::Store& store, const std::string& sha256, const std::filesystem::path& target);

// What the blob step remembers between rounds (in memory): the blobs that did not travel (a download the
// hub does not have yet, an upload it refused). Each is logged once, and tried again after 1, 2, 4 ... 64
// rounds while it keeps failing.
struct BlobSyncMemory {
    struct Waiting {
        std::int64_t misses = 0;
        std::int64_t next_round = 0;
    };
    std::int64_t round = 0;
    std::map<std::string, Waiting, std::less<>> waiting;
};

struct BlobSyncReport {
    std::int64_t uploaded = 0; // local blobs the hub confirmed in this step (sent, or found there)
    std::int64_t downloaded = 0; // blobs verified and stored here in this step
    std::int64_t waiting = 0; // did not travel: not on the hub yet, or refused; tried again in a later round
    HubError error; // the hub could not be reached or refused the step; the rest waits for the next round

    bool Ok() const { return error.code.empty(); }
};

// The blob step of a round, after the rows. First every complete local blob the hub has not confirmed is
// uploaded (UploadBlob: it resumes from what the hub has) when this device's role may upload files;
// then the blobs the rows here reference and the role shows are downloaded, verified and saved like
// store::SaveBlob: photo screen renditions and thumbnails on every role (never the originals), signature
// PNGs on advisor stations. A blob the hub does not have yet does not fail the step.
BlobSyncReport SyncBlobsOnce(store::Store& store, BlobSyncMemory& memory);

struct RoundReport {
    SyncReport rows;
    BlobSyncReport blobs;

    bool Ok() const { return rows.Ok() && blobs.Ok(); }
};

// The background worker's round: SyncOnce, then SyncBlobsOnce when the rows went through.
RoundReport SyncRoundWithBlobs(store::Store& store, const SyncOptions& options, BlobSyncMemory& memory);

} // namespace checkin::sync
