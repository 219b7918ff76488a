// The approval chain with real processes on 127.0.0.1: an advisor station brings the demo shop (an order
// awaiting the customer's approval) to a new hub; a lounge tablet pairs and takes the order; the customer
// opens it with the ticket's code on the tablet's real screens, driven headlessly, and approves the red
// finding; the decision reaches the advisor's store through the hub, with the tablet as its author.
#include <fstream>

#include <doctest/doctest.h>

#include "integration/demo_shop_hub.h"
#include "process/process_support.h"
#include "shared/domain/clock.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/store/store.h"
#include "shared/store/sync_rows.h"

using checkin::testing::Quote;
using checkin::testing::RunCheckin;

namespace {

constexpr const char* kDemoTrackingCode = "H4RT9K"; // 粤A7B2R8, awaiting approval in the demo workshop

checkin::store::FindingRecord FrontBrakePads(const std::filesystem::path& db, const std::string& order_id)
{
    checkin::domain::SystemClock clock;
    auto store = checkin::store::Store::Open(db, clock, "advisor");
    const auto order = checkin::store::LoadOrder(*store, order_id);
    REQUIRE(order.has_value());
    for (const auto& finding : order->findings)
        if (finding.title == "brake_pads_front")
            return finding;
    FAIL("the demo order has no front brake pads finding");
    return {};
}

// Which device the advisor's store says made the finding's decision.
std::string DecidedBy(const std::filesystem::path& db, const std::string& finding_id)
{
    checkin::domain::SystemClock clock;
    auto store = checkin::store::Store::Open(db, clock, "advisor");
    const auto row = checkin::store::ReadRowState(store->Db(), *store->Schema().Find("findings"), finding_id);
    REQUIRE(row.has_value());
    const auto& value = row->columns.at("decided_device_id").value;
    return std::holds_alternative<std::string>(value) ? std::get<std::string>(value) : std::string();
}

} // namespace

TEST_SUITE("integration/lounge_to_advisor")
{
    TEST_CASE("an approval on a lounge tablet shows up on the advisor device")
    {
        checkin::testing::DemoShopHub shop;
        const auto advisor_db = shop.AdvisorDb();
        const auto lounge_db = shop.PairDevice("lounge", "lounge");

        std::string order_id;
        std::string lounge_device_id;
        {
            checkin::domain::SystemClock clock;
            auto lounge = checkin::store::Store::Open(lounge_db, clock, "lounge");
            order_id = checkin::store::FindLoungeOrderByCode(*lounge, kDemoTrackingCode).value_or("");
            lounge_device_id = lounge->DeviceId();
        }
        REQUIRE_MESSAGE(!order_id.empty(), "the lounge did not receive the demo order");
        CHECK(FrontBrakePads(advisor_db, order_id).decision == "pending");

        const auto script = shop.Folder() / "approve.txt";
        std::ofstream(script) << "lang en\n"
                              << "type \"" << kDemoTrackingCode << "\"\n"
                              << "tap \"Open\"\n"
                              << "expect \"Awaiting approval\"\n"
                              << "tap \"Approve: Front brake pads\"\n"
                              << "expect \"You approved this\"\n";
        const auto run = RunCheckin("--role lounge --db " + Quote(lounge_db) + " --headless --script "
            + Quote(script) + " --start-ms " + std::to_string(checkin::domain::SystemClock().NowUtcMs()));
        REQUIRE_MESSAGE(run.exit_code == 0, run.output);

        CHECK(shop.SyncOnce(lounge_db).find("0 still to send") != std::string::npos);
        shop.SyncOnce(advisor_db);

        const auto decided = FrontBrakePads(advisor_db, order_id);
        CHECK(decided.decision == "approved");
        CHECK(decided.decided_price_fen == 74'000); // 180 yuan labour + 560 yuan parts, as the tablet showed
        CHECK(decided.decided_at_utc_ms.has_value());
        CHECK(DecidedBy(advisor_db, decided.id) == lounge_device_id);
    }
}
