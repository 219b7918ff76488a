// A returning walk-in at a kiosk that has never seen the customer, with real processes on 127.0.0.1: the
// kiosk holds only the day's bookings and check-ins, so the plate is looked up through the hub, and the
// real screens (driven headlessly) greet the customer with the car on file and what is due. With the hub
// gone, the kiosk's own records decide at once: the car it kept is still recognised, an unknown plate
// registers.
#include <fstream>

#include <doctest/doctest.h>

#include "integration/demo_shop_hub.h"
#include "process/process_support.h"
#include "shared/domain/clock.h"
#include "shared/store/queries_customer_file.h"
#include "shared/store/store.h"

using checkin::testing::Quote;
using checkin::testing::RunCheckin;

namespace {

// 欧阳's Lavida: last serviced 240 days ago, no booking or check-in today (his other car has one).
constexpr const char* kReturningPlate = "粤AL3926";
constexpr const char* kUnknownPlate = "粤A12345";

std::optional<checkin::store::CustomerOnFile> KioskKnows(const std::filesystem::path& db, const char* plate)
{
    checkin::domain::SystemClock clock;
    auto kiosk = checkin::store::Store::Open(db, clock, "kiosk");
    return checkin::store::FindCustomerByPlate(*kiosk, plate);
}

// A walk-in types the plate and continues; the rest of the script is what the next screen must show.
std::filesystem::path WalkInScript(const std::filesystem::path& folder, const std::string& name,
    const char* plate, const std::string& expects)
{
    const auto path = folder / (name + ".txt");
    std::ofstream(path) << "lang en\ntap \"Start\"\ntap \"Walk-in service\"\ntype \"" << plate
                        << "\"\ntap \"Continue\"\n"
                        << expects;
    return path;
}

checkin::testing::ProcessResult RunKiosk(const std::filesystem::path& db, const std::filesystem::path& script)
{
    return RunCheckin("--db " + Quote(db) + " --headless --script " + Quote(script) + " --start-ms "
        + std::to_string(checkin::domain::SystemClock().NowUtcMs()));
}

} // namespace

TEST_SUITE("integration/kiosk_lookup")
{
    TEST_CASE("a returning walk-in is recognised through the hub; offline the kiosk's own records decide")
    {
        checkin::testing::DemoShopHub shop;
        const auto kiosk_db = shop.PairDevice("kiosk", "kiosk");
        REQUIRE_FALSE(KioskKnows(kiosk_db, kReturningPlate).has_value());

        const auto recognised = WalkInScript(shop.Folder(), "recognised", kReturningPlate,
            "expect \"Welcome back\"\nexpect \"Volkswagen Lavida\"\nexpect \"due now\"\n");
        auto run = RunKiosk(kiosk_db, recognised);
        REQUIRE_MESSAGE(run.exit_code == 0, run.output);

        // The kiosk kept the customer file in its scope: the check-in that follows refers to it.
        const auto kept = KioskKnows(kiosk_db, kReturningPlate);
        REQUIRE(kept.has_value());
        CHECK(kept->surname == "欧阳");
        CHECK_FALSE(kept->full_name.has_value());
        {
            checkin::domain::SystemClock clock;
            auto kiosk = checkin::store::Store::Open(kiosk_db, clock, "kiosk");
            CHECK(kiosk->OutboxSize() == 0); // kept as the hub's rows, not sent back as the kiosk's changes
        }

        shop.Hub().Kill();
        run = RunKiosk(kiosk_db, recognised);
        CHECK_MESSAGE(run.exit_code == 0, run.output);
        const auto unknown
            = WalkInScript(shop.Folder(), "unknown", kUnknownPlate, "expect \"Your mobile number\"\n");
        run = RunKiosk(kiosk_db, unknown);
        CHECK_MESSAGE(run.exit_code == 0, run.output);
    }
}
