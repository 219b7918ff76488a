// `checkin-hub staff add` and `staff list` as an operator runs them, next to a serving hub: the new staff
// member reaches a paired advisor station with its next sync, and the PIN is never shown.
#ifndef _WIN32
#include <doctest/doctest.h>

#include <chrono>

#include "shared/domain/clock.h"
#include "shared/store/queries_staff.h"
#include "shared/store/store.h"
#include "shared/sync/sync_client.h"
#include "shared/sync/uuid.h"
#include "support/hub_process.h"
#include "unit/store/store_test_support.h"

using namespace checkin;

namespace {

constexpr const char* kPin = "97531";

struct StaffShop {
    testing::TempFolder folder;
    testing::HubProcess hub{folder.Folder()};
    domain::SystemClock clock;
    std::unique_ptr<store::Store> advisor
        = store::Store::Open(folder.Folder() / "advisor.db", clock, "advisor");

    StaffShop()
    {
        const sync::PairResult paired
            = sync::PairDevice(*advisor, hub.Url(), hub.Enroll("Advisor 1", "advisor"));
        REQUIRE_MESSAGE(paired.Ok(), paired.error.message);
    }

    testing::CommandResult Staff(const std::string& arguments) const
    {
        return testing::RunHubCommand("staff " + arguments + " --db '" + hub.DatabasePath().string() + "'");
    }
};

} // namespace

TEST_SUITE("integration/hub")
{
    TEST_CASE("checkin-hub staff add reaches an advisor station; staff list shows it without the PIN")
    {
        StaffShop shop;
        REQUIRE(sync::SyncOnce(*shop.advisor).Ok());

        const testing::CommandResult added
            = shop.Staff("add --name 'Wang Fang' --role advisor --pin " + std::string(kPin));
        REQUIRE(added.exit_code == 0);
        const std::string id = added.output.substr(0, added.output.find('\n'));
        CHECK(sync::IsUuidV7(id));
        CHECK(added.output == id + "\n");

        // Refused: nothing printed, nothing written.
        CHECK(shop.Staff("add --name 'Li Na' --role advisor --pin 123").exit_code != 0);
        CHECK(shop.Staff("add --name 'Li Na' --role advisor --pin 12a45").exit_code != 0);
        CHECK(shop.Staff("add --name 'Li Na' --role janitor --pin 2468").exit_code != 0);
        CHECK(shop.Staff("add --name ' ' --role advisor --pin 2468").exit_code != 0);
        CHECK(shop.Staff("add --name 'Li Na' --role advisor").exit_code != 0);
        CHECK(testing::RunHubCommand("staff list --db '" + (shop.folder.Folder() / "nope.db").string() + "'")
                  .exit_code
            != 0);

        const testing::CommandResult listed = shop.Staff("list");
        REQUIRE(listed.exit_code == 0);
        CHECK(listed.output == id + "  advisor  Wang Fang\n");
        CHECK(listed.output.find(kPin) == std::string::npos);
        CHECK(listed.output.find("$argon2id$") == std::string::npos);

        const sync::SyncReport pulled = sync::SyncOnce(*shop.advisor);
        REQUIRE_MESSAGE(pulled.Ok(), pulled.error.message);
        const auto staff = store::FindStaff(*shop.advisor, id);
        REQUIRE(staff);
        CHECK(staff->name == "Wang Fang");
        CHECK(staff->role == "advisor");
        CHECK(staff->active);
        const auto listed_on_station = store::ListActiveStaff(*shop.advisor);
        REQUIRE(listed_on_station.size() == 1);
        CHECK(listed_on_station[0].id == id);

        // The hub's long poll now waits from the new feed position instead of answering at once.
        sync::SyncOptions waiting;
        waiting.wait_ms = 1000;
        const auto started = std::chrono::steady_clock::now();
        const sync::SyncReport idle = sync::SyncOnce(*shop.advisor, waiting);
        CHECK(idle.Ok());
        CHECK(idle.pulled == 0);
        CHECK(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds(800));
    }

    TEST_CASE("A staff member added while the hub is down is served when it starts again")
    {
        StaffShop shop;
        shop.hub.Kill();
        const testing::CommandResult added = shop.Staff("add --name '陈静' --role manager --pin 2468");
        REQUIRE(added.exit_code == 0);
        const std::string id = added.output.substr(0, added.output.find('\n'));
        shop.hub.Restart();

        const sync::SyncReport pulled = sync::SyncOnce(*shop.advisor);
        REQUIRE_MESSAGE(pulled.Ok(), pulled.error.message);
        const auto staff = store::FindStaff(*shop.advisor, id);
        REQUIRE(staff);
        CHECK(staff->name == "陈静");
        CHECK(staff->role == "manager");
    }
}
#endif
