#include "shared/sync/sync_client.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>

#include "shared/store/migrations.h"
#include "shared/store/sync_device.h"
#include "shared/sync/http_transport.h"

namespace checkin::sync {
namespace {

constexpr std::string_view kHubUrlKey = "hub_url";
constexpr std::string_view kTokenKey = "hub_token";
constexpr std::string_view kRoleKey = "hub_role";
constexpr std::string_view kNameKey = "hub_device_name";
constexpr std::string_view kCursorKey = "pull_cursor";

constexpr std::int64_t kBlobChunkBytes = 256 * 1024;

std::optional<HttpHubTransport> PairedTransport(store::Store& store, HubError& error)
{
    const auto url = store::ReadSyncState(store.Db(), kHubUrlKey);
    const auto token = store::ReadSyncState(store.Db(), kTokenKey);
    if (!url || !token) {
        error = {0, "not_paired", "This device is not paired with a hub yet"};
        return std::nullopt;
    }
    return std::optional<HttpHubTransport>(std::in_place, *url, *token);
}

} // namespace

PairResult PairDevice(store::Store& store, const std::string& hub_url, const std::string& code)
{
    HttpHubTransport transport(hub_url, "");
    const HubReply<EnrollResponse> reply = transport.Enroll({store::kSchemaVersion, code, store.DeviceId()});
    if (!reply.Ok())
        return {{}, {}, reply.error};
    store::Transaction transaction(store.Db());
    if (store::ReadSyncState(store.Db(), kHubUrlKey).value_or("") != hub_url)
        store::WriteSyncState(store.Db(), kCursorKey, "0");
    store::WriteSyncState(store.Db(), kHubUrlKey, hub_url);
    store::WriteSyncState(store.Db(), kTokenKey, reply.response->token);
    store::WriteSyncState(store.Db(), kRoleKey, reply.response->role);
    store::WriteSyncState(store.Db(), kNameKey, reply.response->name);
    transaction.Commit();
    return {reply.response->role, reply.response->name, {}};
}

bool IsPaired(store::Store& store)
{
    return store::ReadSyncState(store.Db(), kHubUrlKey).has_value()
        && store::ReadSyncState(store.Db(), kTokenKey).has_value();
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
    std::ifstream input(file, std::ios::binary);
    const std::string bytes(std::istreambuf_iterator<char>(input), {});
    if (!input.good() && !input.eof())
        return {0, "io", "Cannot read " + file.string()};
    if (Sha256OfBytes(bytes) != sha256)
        return {0, "hash_mismatch", file.string() + " does not have the SHA-256 " + sha256};
    const auto status = transport->BlobStatus(sha256);
    if (!status.Ok())
        return status.error;
    std::int64_t offset
        = status.response->complete ? static_cast<std::int64_t>(bytes.size()) : status.response->received;
    const auto total = static_cast<std::int64_t>(bytes.size());
    while (offset < total) {
        const std::int64_t size = std::min(kBlobChunkBytes, total - offset);
        const auto reply = transport->PutBlobChunk(
            sha256, offset, total, bytes.substr(static_cast<size_t>(offset), static_cast<size_t>(size)));
        if (!reply.Ok())
            return reply.error;
        offset = reply.response->received;
    }
    return {};
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

} // namespace checkin::sync
