// The whole chain with real processes on 127.0.0.1: an advisor station brings the demo shop to a new hub,
// a kiosk pairs and takes the catalog from it, a customer checks in on the kiosk (the real screens, driven
// headlessly), and the check-in reaches the advisor's store, waiting for an advisor.
#include <doctest/doctest.h>

#include "integration/demo_shop_hub.h"
#include "process/process_support.h"
#include "shared/domain/clock.h"
#include "shared/store/queries_checkins.h"
#include "shared/store/queries_counts.h"
#include "shared/store/store.h"
#include "shared/usecases/shop_day.h"

using checkin::testing::Quote;
using checkin::testing::RunCheckin;

TEST_SUITE("integration/kiosk_to_advisor")
{
    TEST_CASE("a kiosk check-in shows up on the advisor device")
    {
        checkin::testing::DemoShopHub shop;
        const auto kiosk_db = shop.PairDevice("kiosk", "kiosk");

        const auto script
            = std::filesystem::path(CHECKIN_TEST_SCRIPTS_DIR) / "journeys" / "booking_checkin.txt";
        const auto now_ms = checkin::domain::SystemClock().NowUtcMs();
        checkin::domain::SystemClock clock;
        const auto today = checkin::usecases::ShopDayAt(now_ms, 480);
        const int queue_before = [&] { // the demo shop's cars of the day
            auto advisor = checkin::store::Store::Open(shop.AdvisorDb(), clock, "advisor");
            return checkin::store::NextQueueNumber(*advisor, today.start_utc_ms, today.end_utc_ms);
        }();
        const auto run = RunCheckin("--demo --db " + Quote(kiosk_db) + " --headless --script " + Quote(script)
            + " --start-ms " + std::to_string(now_ms));
        REQUIRE_MESSAGE(run.exit_code == 0, run.output);
        CHECK(run.output.find("--demo ignored") != std::string::npos); // the kiosk took the hub's shop

        CHECK(shop.SyncOnce(kiosk_db).find("0 still to send") != std::string::npos);
        shop.SyncOnce(shop.AdvisorDb());

        auto advisor = checkin::store::Store::Open(shop.AdvisorDb(), clock, "advisor");
        CHECK(checkin::store::NextQueueNumber(*advisor, today.start_utc_ms, today.end_utc_ms)
            == queue_before + 1); // the kiosk's check-in arrived
        CHECK(checkin::store::CountRows(*advisor, "signatures") == 1);
    }
}
