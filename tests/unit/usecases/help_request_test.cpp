#include <doctest/doctest.h>

#include "shared/domain/clock.h"
#include "shared/store/queries_help.h"
#include "shared/store/store.h"
#include "shared/sync/uuid.h"
#include "shared/usecases/help_request.h"
#include "unit/store/store_test_support.h"

using namespace checkin;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::TempFolder;

TEST_SUITE("unit/usecases")
{
    TEST_CASE("A help request is stored, listed as open and queued for sync")
    {
        TempFolder temp;
        domain::ManualClock clock(kStoreTestNowUtcMs);
        auto store = store::Store::Open(temp.DatabasePath(), clock, "kiosk");

        const std::string id = usecases::RequestAdvisorHelp(*store, "checkin/plate", "zh");
        clock.Advance(2000);
        usecases::RequestAdvisorHelp(*store, "checkin/sign", "en");

        CHECK(sync::IsUuidV7(id));
        const auto open = store::OpenHelpRequests(*store);
        REQUIRE(open.size() == 2);
        CHECK(open[0].id == id);
        CHECK(open[0].device_id == store->DeviceId());
        CHECK(open[0].screen == "checkin/plate");
        CHECK(open[0].language == "zh");
        CHECK(open[0].requested_at_utc_ms == kStoreTestNowUtcMs);
        CHECK(open[1].screen == "checkin/sign");
        CHECK(store->OutboxSize() == 2);
    }
}
