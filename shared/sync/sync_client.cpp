#include "shared/sync/sync_client.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <span>

#include <spdlog/spdlog.h>

#include "shared/store/blob_store.h"
#include "shared/store/migrations.h"
#include "shared/store/queries_blobs.h"
#include "shared/store/sync_device.h"
#include "shared/sync/http_transport.h"
#include "shared/sync/roles.h"

namespace checkin::sync {
namespace {

constexpr std::string_view kHubUrlKey = "hub_url";
constexpr std::string_view kTokenKey = "hub_token";
constexpr std::string_view kRoleKey = "hub_role";
constexpr std::string_view kNameKey = "hub_device_name";
constexpr std::string_view kCursorKey = "pull_cursor";

constexpr std::int64_t kBlobChunkBytes = 256 * 1024;
constexpr std::int64_t kMaxWaitShift = 6; // a missing blob is asked for at least every 2^6 = 64 rounds

std::optional<HttpHubTransport> PairedTransport(store::Store& store, HubError& error)
{
    const std::optional<HubAddress> hub = PairedHub(store);
    if (!hub) {
        error = {0, "not_paired", "This device is not paired with a hub yet"};
        return std::nullopt;
    }
    return std::optional<HttpHubTransport>(std::in_place, hub->url, hub->token);
}

HubError UploadWith(HttpHubTransport& transport, const std::string& sha256, const std::filesystem::path& file)
{
    std::ifstream input(file, std::ios::binary);
    if (!input)
        return {0, "io", "Cannot read " + file.string()};
    const std::string bytes(std::istreambuf_iterator<char>(input), {});
    if (!input.good() && !input.eof())
        return {0, "io", "Cannot read " + file.string()};
    if (Sha256OfBytes(bytes) != sha256)
        return {0, "hash_mismatch", file.string() + " does not have the SHA-256 " + sha256};
    const auto status = transport.BlobStatus(sha256);
    if (!status.Ok())
        return status.error;
    std::int64_t offset
        = status.response->complete ? static_cast<std::int64_t>(bytes.size()) : status.response->received;
    const auto total = static_cast<std::int64_t>(bytes.size());
    while (offset < total) {
        const std::int64_t size = std::min(kBlobChunkBytes, total - offset);
        const auto reply = transport.PutBlobChunk(
            sha256, offset, total, bytes.substr(static_cast<size_t>(offset), static_cast<size_t>(size)));
        if (!reply.Ok())
            return reply.error;
        offset = reply.response->received;
    }
    return {};
}

// The file name extension a downloaded blob is kept under, from its first bytes.
std::string_view ExtensionOf(std::string_view bytes)
{
    if (bytes.starts_with("\x89PNG\r\n\x1a\n"))
        return "png";
    if (bytes.starts_with("\xff\xd8\xff"))
        return "jpg";
    if (bytes.size() >= 12 && bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP")
        return "webp";
    return "bin";
}

// The local file is missing or damaged (status 0: found before asking the hub).
bool IsLocalFileError(const HubError& error)
{
    return error.status == 0 && (error.code == "io" || error.code == "hash_mismatch");
}

// Whether the blob waits after a miss in an earlier round (then it counts as not on the hub).
bool Waits(const BlobSyncMemory& memory, const std::string& sha256)
{
    const auto found = memory.waiting.find(sha256);
    return found != memory.waiting.end() && found->second.next_round > memory.round;
}

// A blob the hub does not have (or refused) is asked for again after 1, 2, 4 ... rounds; logged once.
void NoteMiss(
    BlobSyncMemory& memory, const std::string& sha256, const HubError& error, BlobSyncReport& report)
{
    BlobSyncMemory::Waiting& wait = memory.waiting[sha256];
    if (wait.misses == 0) {
        if (error.code == "no_blob")
            spdlog::debug("sync: blob {} is not on the hub yet; asking again later", sha256);
        else
            spdlog::warn("sync: blob {} did not go through ({}); trying again later", sha256, error.message);
    }
    ++wait.misses;
    wait.next_round = memory.round + (std::int64_t{1} << std::min(wait.misses - 1, kMaxWaitShift));
    ++report.waiting;
}

// The transport failed (status 0), not this one blob: the rest waits for the next round.
bool StopsTheStep(const HubError& error)
{
    return !error.code.empty() && error.status == 0 && error.code != "hash_mismatch";
}

void UploadLocalBlobs(store::Store& store, HttpHubTransport& transport,
    const std::vector<store::LocalBlob>& blobs, BlobSyncMemory& memory, BlobSyncReport& report)
{
    for (const store::LocalBlob& blob : blobs) {
        if (Waits(memory, blob.sha256))
            continue;
        const HubError error = UploadWith(transport, blob.sha256, blob.file);
        if (error.code.empty()) {
            memory.waiting.erase(blob.sha256);
            store::MarkBlobOnHub(store, blob.sha256);
            ++report.uploaded;
        } else if (IsLocalFileError(error)) {
            spdlog::warn("sync: blob {} is no longer usable here ({}); it is listed no more", blob.sha256,
                error.message);
            store::MarkBlobIncomplete(store, blob.sha256);
        } else if (StopsTheStep(error)) {
            report.error = error;
            return;
        } else {
            NoteMiss(memory, blob.sha256, error, report);
        }
    }
}

// Verified, then saved like store::SaveBlob (temp file, rename) and recorded complete and on the hub.
HubError DownloadInto(store::Store& store, HttpHubTransport& transport, const std::string& sha256)
{
    const auto reply = transport.GetBlob(sha256);
    if (!reply.Ok())
        return reply.error;
    const std::string& bytes = *reply.response;
    if (Sha256OfBytes(bytes) != sha256)
        return {0, "hash_mismatch", "The hub sent bytes that do not have the SHA-256 " + sha256};
    const std::span<const std::uint8_t> data(
        reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    try {
        store::SaveBlob(store, data, ExtensionOf(bytes));
    } catch (const store::StoreError& failure) {
        return {0, "io", failure.what()};
    }
    store::MarkBlobOnHub(store, sha256);
    return {};
}

void DownloadWantedBlobs(store::Store& store, HttpHubTransport& transport,
    const std::vector<std::string>& wanted, BlobSyncMemory& memory, BlobSyncReport& report)
{
    for (const std::string& sha256 : wanted) {
        if (!IsSha256Hex(sha256))
            continue;
        if (Waits(memory, sha256)) {
            ++report.waiting;
            continue;
        }
        const HubError error = DownloadInto(store, transport, sha256);
        if (error.code.empty()) {
            memory.waiting.erase(sha256);
            ++report.downloaded;
        } else if (StopsTheStep(error)) {
            report.error = error;
            return;
        } else {
            NoteMiss(memory, sha256, error, report);
        }
    }
}

} // namespace

PairResult PairDevice(store::Store& store, const std::string& hub_url, const std::string& code)
{
    HttpHubTransport transport(hub_url, "");
    const HubReply<EnrollResponse> reply = transport.Enroll({store::kSchemaVersion, code, store.DeviceId()});
    if (!reply.Ok())
        return {{}, {}, reply.error};
    store::Transaction transaction(store.Db());
    if (store::ReadSyncState(store.Db(), kHubUrlKey).value_or("") != hub_url) {
        store::WriteSyncState(store.Db(), kCursorKey, "0");
        store::ForgetBlobsOnHub(store);
    }
    store::WriteSyncState(store.Db(), kHubUrlKey, hub_url);
    store::WriteSyncState(store.Db(), kTokenKey, reply.response->token);
    store::WriteSyncState(store.Db(), kRoleKey, reply.response->role);
    store::WriteSyncState(store.Db(), kNameKey, reply.response->name);
    transaction.Commit();
    return {reply.response->role, reply.response->name, {}};
}

bool IsPaired(store::Store& store)
{
    return PairedHub(store).has_value();
}

std::optional<HubAddress> PairedHub(store::Store& store)
{
    auto url = store::ReadSyncState(store.Db(), kHubUrlKey);
    auto token = store::ReadSyncState(store.Db(), kTokenKey);
    if (!url || !token)
        return std::nullopt;
    return HubAddress{std::move(*url), std::move(*token)};
}

HubReply<LookupResponse> LookUpCustomerOnHub(const HubAddress& hub, const std::string& plate)
{
    HttpHubTransport transport(hub.url, hub.token);
    return transport.LookUpCustomer({store::kSchemaVersion, plate});
}

SyncReport SyncOnce(store::Store& store, const SyncOptions& options)
{
    SyncReport report;
    auto transport = PairedTransport(store, report.error);
    if (!transport)
        return report;
    return RunSyncRound(store, *transport, options);
}

HubError UploadBlob(store::Store& store, const std::string& sha256, const std::filesystem::path& file)
{
    HubError error;
    auto transport = PairedTransport(store, error);
    if (!transport)
        return error;
    return UploadWith(*transport, sha256, file);
}

HubError DownloadBlob(store::Store& store, const std::string& sha256, const std::filesystem::path& target)
{
    HubError error;
    auto transport = PairedTransport(store, error);
    if (!transport)
        return error;
    const auto reply = transport->GetBlob(sha256);
    if (!reply.Ok())
        return reply.error;
    if (Sha256OfBytes(*reply.response) != sha256)
        return {0, "hash_mismatch", "The hub sent bytes that do not have the SHA-256 " + sha256};
    std::filesystem::path temporary = target;
    temporary += ".part";
    {
        std::ofstream output(temporary, std::ios::binary | std::ios::trunc);
        output.write(reply.response->data(), static_cast<std::streamsize>(reply.response->size()));
        if (!output.flush())
            return {0, "io", "Cannot write " + temporary.string()};
    }
    std::error_code rename_error;
    std::filesystem::rename(temporary, target, rename_error);
    if (rename_error)
        return {0, "io", "Cannot write " + target.string() + ": " + rename_error.message()};
    return {};
}

BlobSyncReport SyncBlobsOnce(store::Store& store, BlobSyncMemory& memory)
{
    BlobSyncReport report;
    auto transport = PairedTransport(store, report.error);
    if (!transport)
        return report;
    const auto role = ParseRole(store::ReadSyncState(store.Db(), kRoleKey).value_or(""));
    std::vector<store::LocalBlob> to_upload;
    if (role && (RoleMayWrite(*role, "photos") || RoleMayWrite(*role, "signatures")))
        to_upload = store::LocalBlobsNotOnHub(store);
    std::vector<std::string> to_download = store::MissingPhotoBlobs(store);
    if (role == DeviceRole::Advisor) {
        const std::vector<std::string> signatures = store::MissingSignatureBlobs(store);
        to_download.insert(to_download.end(), signatures.begin(), signatures.end());
    }

    // Forget the misses of blobs that no longer travel (arrived, or their rows were deleted).
    ++memory.round;
    std::map<std::string, BlobSyncMemory::Waiting, std::less<>> still_waiting;
    const auto keep = [&](const std::string& sha256) {
        if (const auto found = memory.waiting.find(sha256); found != memory.waiting.end())
            still_waiting.insert(*found);
    };
    for (const store::LocalBlob& blob : to_upload)
        keep(blob.sha256);
    for (const std::string& sha256 : to_download)
        keep(sha256);
    memory.waiting = std::move(still_waiting);

    UploadLocalBlobs(store, *transport, to_upload, memory, report);
    if (report.Ok())
        DownloadWantedBlobs(store, *transport, to_download, memory, report);
    return report;
}

RoundReport SyncRoundWithBlobs(store::Store& store, const SyncOptions& options, BlobSyncMemory& memory)
{
    RoundReport report;
    report.rows = SyncOnce(store, options);
    if (report.rows.Ok())
        report.blobs = SyncBlobsOnce(store, memory);
    return report;
}

} // namespace checkin::sync
