#pragma once
// What the app calls for sync: pair once with a hub, then run rounds (from a background worker, or
// `checkin sync --once`). The hub URL and the device token live in the store's sync_state.
#include <filesystem>
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

// One round with the paired hub: push the outbox, then pull. Never throws for network or hub errors:
// they are in the report (error.code "not_paired", "unreachable", "schema_too_old", ...).
SyncReport SyncOnce(store::Store& store, const SyncOptions& options = {});

// Uploads a file to the paired hub under its SHA-256, in chunks, resuming from what the hub already has
// (a connection lost half-way costs only the chunk in flight). A file the hub has already is not sent.
HubError UploadBlob(store::Store& store, const std::string& sha256, const std::filesystem::path& file);

// Downloads a blob from the paired hub, verifies its SHA-256, and writes it to target through a temporary
// file renamed into place (target is either absent or complete).
HubError DownloadBlob(store::Store& store, const std::string& sha256, const std::filesystem::path& target);

} // namespace checkin::sync
