#include <doctest/doctest.h>

#include "shared/domain/clock.h"
#include "shared/store/queries_counts.h"
#include "shared/store/store.h"
#include "shared/store/write_transaction.h"
#include "shared/sync/uuid.h"
#include "unit/store/store_test_support.h"

using namespace checkin::store;
using checkin::domain::ManualClock;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::TempFolder;

namespace {

std::string AddCustomer(Store& store, const std::string& surname)
{
    WriteTransaction write(store);
    const std::string id = write.NewId();
    write.Upsert("customers", id, {{"surname", surname}});
    write.Commit();
    return id;
}

// The last op's device_seq and HLC.
std::pair<std::int64_t, std::string> LastOp(Store& store)
{
    Statement select(store.Db(), "SELECT device_seq, hlc FROM outbox ORDER BY device_seq DESC LIMIT 1");
    REQUIRE(select.Step());
    return {select.Int64(0), select.Text(1)};
}

} // namespace

TEST_SUITE("unit/store")
{
    TEST_CASE("Store::Open creates a device identity and reopening keeps it and the data")
    {
        TempFolder temp;
        ManualClock clock(kStoreTestNowUtcMs);
        std::string device_id;
        {
            auto store = Store::Open(temp.DatabasePath(), clock, "kiosk");
            device_id = store->DeviceId();
            CHECK(checkin::sync::IsUuidV7(device_id));
            CHECK(store->OutboxSize() == 0);
            AddCustomer(*store, "张");
            CHECK(store->OutboxSize() == 1);
        }
        auto reopened = Store::Open(temp.DatabasePath(), clock, "kiosk");
        CHECK(reopened->DeviceId() == device_id);
        CHECK(CountRows(*reopened, "customers") == 1);
        CHECK(reopened->OutboxSize() == 1);
    }

    TEST_CASE("device_seq and the HLC continue across restarts, even when the wall clock went back")
    {
        TempFolder temp;
        ManualClock clock(kStoreTestNowUtcMs);
        std::pair<std::int64_t, std::string> first;
        {
            auto store = Store::Open(temp.DatabasePath(), clock, "kiosk");
            AddCustomer(*store, "王");
            first = LastOp(*store);
        }
        clock.Set(kStoreTestNowUtcMs - 3'600'000); // the clock was corrected backwards by an hour
        auto store = Store::Open(temp.DatabasePath(), clock, "kiosk");
        CHECK(store->Hlc().Last().ToString() == first.second);
        AddCustomer(*store, "李");
        const auto second = LastOp(*store);
        CHECK(second.first == first.first + 1);
        CHECK(second.second > first.second);
    }
}
