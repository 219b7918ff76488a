#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "shared/store/queries_catalog.h"
#include "shared/store/queries_customer_file.h"
#include "shared/usecases/services_due.h"
#include "unit/usecases/kiosk_test_support.h"

using namespace checkin;
using namespace checkin::usecases;

namespace {

struct Fixture : testing::KioskFixture {
    std::vector<domain::ServiceDue> DueFor(
        const std::string& plate, std::optional<std::int64_t> mileage = std::nullopt)
    {
        const auto customer = store::FindCustomerByPlate(*store, plate);
        REQUIRE(customer.has_value());
        return ServicesDueFor(store::ListCatalog(*store), customer->vehicles[0], mileage, "2024-11-20");
    }
};

const domain::ServiceDue* Find(const std::vector<domain::ServiceDue>& due, const std::string& code)
{
    const auto found = std::find_if(
        due.begin(), due.end(), [&](const domain::ServiceDue& item) { return item.code == code; });
    return found != due.end() ? &*found : nullptr;
}

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE_FIXTURE(Fixture, "The demo's new Camry is due for its first maintenance, and only that")
    {
        const std::vector<domain::ServiceDue> due = DueFor("粤A3F7K9");
        REQUIRE(Find(due, "FIRST-MAINT") != nullptr);
        CHECK(Find(due, "FIRST-MAINT")->status == domain::DueStatus::DueNow);
        for (const domain::ServiceDue& item : due) {
            CAPTURE(item.code);
            if (item.code != "FIRST-MAINT")
                CHECK(item.status == domain::DueStatus::NotDue);
        }
        CHECK(Find(due, "NEV-CHECK") == nullptr);
    }

    TEST_CASE_FIXTURE(Fixture, "A car counts from its last visit, with the mileage just confirmed")
    {
        // Mr. Zhang's Passat had a basic maintenance and a cabin filter 100 days ago at 68,420 km.
        std::vector<domain::ServiceDue> due = DueFor("粤A5M823");
        CHECK(Find(due, "BASIC-MAINT")->status == domain::DueStatus::NotDue);
        CHECK(Find(due, "BASIC-MAINT")->due_km == 73420);
        CHECK(Find(due, "OIL-FILTER")->status == domain::DueStatus::NotDue);
        CHECK(Find(due, "FIRST-MAINT")->status == domain::DueStatus::NotDue);
        CHECK(Find(due, "NEV-CHECK") == nullptr);
        due = DueFor("粤A5M823", 72600);
        CHECK(Find(due, "BASIC-MAINT")->status == domain::DueStatus::DueSoon);
        CHECK(Find(due, "BASIC-MAINT")->reason == domain::DueReason::Mileage);

        // The BYD Han EV has a green plate: its EV check was 200 days ago, due within the year.
        due = DueFor("粤BD73519");
        REQUIRE(Find(due, "NEV-CHECK") != nullptr);
        CHECK(Find(due, "NEV-CHECK")->status == domain::DueStatus::NotDue);
    }
}
