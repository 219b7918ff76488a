#include "shared/sync/sync_client.h"

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
    const auto url = store::ReadSyncState(store.Db(), kHubUrlKey);
    const auto token = store::ReadSyncState(store.Db(), kTokenKey);
    if (!url || !token) {
        SyncReport report;
        report.error = {0, "not_paired", "This device is not paired with a hub yet"};
        return report;
    }
    HttpHubTransport transport(*url, *token);
    return RunSyncRound(store, transport, options);
}

} // namespace checkin::sync
