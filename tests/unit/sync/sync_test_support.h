#pragma once
// An in-process hub and device stores for sync tests: the hub logic is called directly, no HTTP.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "shared/domain/clock.h"
#include "shared/store/migrations.h"
#include "shared/store/store.h"
#include "shared/store/sync_rows.h"
#include "shared/sync/device_sync.h"
#include "shared/sync/hub_service.h"
#include "unit/store/store_test_support.h"

namespace checkin::testing {

// Calls the hub logic directly, as checkin-hub's HTTP handlers do.
class DirectTransport : public sync::HubTransport {
public:
    DirectTransport(sync::HubService& hub, sync::HubDevice device) : m_hub(hub), m_device(std::move(device))
    {
    }

    sync::HubReply<sync::PushResponse> Push(const sync::PushRequest& request) override
    {
        return m_hub.Push(m_device, request);
    }
    sync::HubReply<sync::PullResponse> Pull(const sync::PullRequest& request) override
    {
        return sync::HubReply<sync::PullResponse>::Success(sync::ReadFeed(
            m_hub.Store().Db(), m_hub.Store().Schema(), m_device, request, m_hub.Store().Clock().NowUtcMs()));
    }

private:
    sync::HubService& m_hub;
    sync::HubDevice m_device;
};

struct SyncFixture {
    TempFolder folder;
    domain::ManualClock hub_clock{kStoreTestNowUtcMs};
    std::unique_ptr<store::Store> hub_store
        = store::Store::Open(folder.Folder() / "hub.db", hub_clock, "hub");
    sync::HubService hub{*hub_store};

    std::unique_ptr<store::Store> OpenDevice(const std::string& name, const domain::Clock& clock)
    {
        return store::Store::Open(folder.Folder() / (name + ".db"), clock, "device");
    }

    // Pairs the device with the hub in the given role, through a pairing code as in real life.
    sync::HubDevice Enroll(store::Store& device, sync::DeviceRole role)
    {
        const std::string code = hub.CreatePairingCode("device " + device.DeviceId(), role);
        const auto reply = hub.Enroll({store::kSchemaVersion, code, device.DeviceId()});
        REQUIRE(reply.Ok());
        const auto authenticated = sync::Authenticate(hub_store->Db(), reply.response->token);
        REQUIRE(authenticated.has_value());
        return *authenticated;
    }

    sync::SyncReport Sync(store::Store& device, const sync::HubDevice& identity)
    {
        DirectTransport transport(hub, identity);
        return sync::RunSyncRound(device, transport);
    }

    std::string HubState()
    {
        return store::DumpSyncedState(hub_store->Db(), hub_store->Schema(), {"devices"});
    }
};

inline std::string StateOf(store::Store& store)
{
    return store::DumpSyncedState(store.Db(), store.Schema(), {"devices"});
}

// The value of one column of a row, or nullopt when the row does not exist.
inline std::optional<store::Value> ColumnOf(
    store::Store& store, const std::string& table, const std::string& id, const std::string& column)
{
    const auto row = store::ReadRowState(store.Db(), *store.Schema().Find(table), id);
    if (!row)
        return std::nullopt;
    return row->columns.at(column).value;
}

} // namespace checkin::testing
