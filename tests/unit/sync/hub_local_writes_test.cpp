// Rows the hub writes itself (`checkin-hub staff add`) reach devices through the same feed as pushed ops.
#include <doctest/doctest.h>

#include "shared/store/hub_store.h"
#include "shared/store/queries_staff.h"
#include "shared/store/sync_device.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/staff.h"
#include "unit/sync/sync_test_support.h"

using namespace checkin;
using checkin::testing::ColumnOf;
using checkin::testing::SyncFixture;

TEST_SUITE("unit/sync")
{
    TEST_CASE_FIXTURE(SyncFixture, "A staff member added on the hub is published once and reaches an advisor")
    {
        domain::ManualClock device_clock{testing::kStoreTestNowUtcMs};
        auto advisor = OpenDevice("advisor", device_clock);
        const sync::HubDevice advisor_identity = Enroll(*advisor, sync::DeviceRole::Advisor);
        REQUIRE(Sync(*advisor, advisor_identity).Ok());

        const std::string id
            = usecases::AddStaff(*hub_store, "Wang Fang", usecases::StaffRole::Advisor, "2468");
        // Written, but not in the feed until published: a pull sees nothing yet.
        CHECK(store::hub::LastServerSeq(hub_store->Db()) == 0);
        CHECK(Sync(*advisor, advisor_identity).pulled == 0);

        CHECK(hub.PublishLocalWrites() == 2); // the staff row and its audit entry
        CHECK(store::PendingOutboxOps(hub_store->Db(), 10).empty());
        CHECK(hub.PublishLocalWrites() == 2); // nothing twice
        const auto feed = store::hub::FeedAfter(hub_store->Db(), 0, 10);
        REQUIRE(feed.size() == 2);
        CHECK(feed[0].table_name == "staff");
        CHECK(feed[0].row_id == id);
        CHECK(feed[1].table_name == "audit_log");

        const sync::SyncReport pulled = Sync(*advisor, advisor_identity);
        REQUIRE(pulled.Ok());
        CHECK(pulled.pulled == 2);
        const auto staff = store::FindStaff(*advisor, id);
        REQUIRE(staff);
        CHECK(staff->name == "Wang Fang");
        CHECK(staff->role == "advisor");
        const auto audit = store::RecentAuditEntries(*advisor, 5);
        REQUIRE(audit.size() == 1);
        CHECK(audit[0].action == "add_staff");
        CHECK(audit[0].device_id == hub_store->DeviceId());

        // The hub's write carries its column clocks: a later change on a station still wins.
        device_clock.Advance(1000);
        hub_clock.Advance(1000);
        {
            store::WriteTransaction write(*advisor);
            write.Upsert("staff", id, {{"name", "Wang Fang (service)"}});
            write.Commit();
        }
        REQUIRE(Sync(*advisor, advisor_identity).Ok());
        CHECK(ColumnOf(*hub_store, "staff", id, "name") == store::Value(std::string("Wang Fang (service)")));
        CHECK(ColumnOf(*hub_store, "staff", id, "role") == store::Value(std::string("advisor")));
    }
}
