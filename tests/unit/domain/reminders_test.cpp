#include <doctest/doctest.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "shared/domain/reminders.h"

namespace checkin::domain {
std::ostream& operator<<(std::ostream& out, DueStatus status)
{
    const char* names[] = {"NotDue", "DueSoon", "DueNow"};
    return out << names[static_cast<int>(status)];
}
std::ostream& operator<<(std::ostream& out, DueReason reason)
{
    const char* names[] = {"None", "Date", "Mileage"};
    return out << names[static_cast<int>(reason)];
}
} // namespace checkin::domain

using namespace checkin::domain;

namespace {

// The intervals of assets/demo/catalog.json.
const std::vector<ServiceInterval> kCatalog = {
    {"BASIC-MAINT", 6, 5000, true},
    {"FIRST-MAINT", 3, 5000, true},
    {"OIL-FILTER", 6, 5000, false},
    {"BRAKE-PADS-F", std::nullopt, std::nullopt, false},
    {"BRAKE-FLUID", 24, 40000, false},
    {"AC-SERVICE", 12, std::nullopt, false},
    {"CABIN-FILTER", 12, 20000, false},
    {"TYRE-ROTATION", std::nullopt, 10000, false},
    {"NEV-CHECK", 12, 20000, false},
};

ServiceDue Find(const std::vector<ServiceDue>& result, std::string_view code)
{
    const auto found
        = std::find_if(result.begin(), result.end(), [&](const ServiceDue& due) { return due.code == code; });
    REQUIRE_MESSAGE(found != result.end(), code);
    return *found;
}

bool Has(const std::vector<ServiceDue>& result, std::string_view code)
{
    return std::any_of(result.begin(), result.end(), [&](const ServiceDue& due) { return due.code == code; });
}

ServiceDue One(const ServiceInterval& item, const VehicleServiceState& vehicle, const char* today)
{
    const std::vector<ServiceDue> result = ServicesDue({item}, vehicle, today);
    REQUIRE(result.size() == 1);
    return result[0];
}

const ServiceInterval kCabinFilter = {"CABIN-FILTER", 12, 20000, false};

} // namespace

TEST_SUITE("unit/domain")
{
    TEST_CASE("reminders: the date comes first")
    {
        // Done a year and a day ago, only 8,000 km driven since.
        const VehicleServiceState car{"2019-05-01", 48000, false, {{"CABIN-FILTER", "2023-11-19", 40000}}};
        const ServiceDue due = One(kCabinFilter, car, "2024-11-20");
        CHECK(due.status == DueStatus::DueNow);
        CHECK(due.reason == DueReason::Date);
        CHECK(due.due_date == "2024-11-19");
        CHECK(due.due_km == 60000);

        // A month before the date: due soon, still by date.
        const ServiceDue soon = One(kCabinFilter, car, "2024-10-25");
        CHECK(soon.status == DueStatus::DueSoon);
        CHECK(soon.reason == DueReason::Date);
        // 31 days before: not yet.
        const ServiceDue not_yet = One(kCabinFilter, car, "2024-10-19");
        CHECK(not_yet.status == DueStatus::NotDue);
        CHECK(not_yet.reason == DueReason::None);
        CHECK(not_yet.due_date == "2024-11-19");
    }

    TEST_CASE("reminders: the mileage comes first")
    {
        // Done four months ago, but 20,500 km driven since.
        const VehicleServiceState car{"2019-05-01", 60500, false, {{"CABIN-FILTER", "2024-07-20", 40000}}};
        const ServiceDue due = One(kCabinFilter, car, "2024-11-20");
        CHECK(due.status == DueStatus::DueNow);
        CHECK(due.reason == DueReason::Mileage);
        CHECK(due.due_km == 60000);
        CHECK(due.due_date == "2025-07-20");

        // 1,000 km before: due soon by mileage; 1,001 km before: not due.
        VehicleServiceState nearly = car;
        nearly.mileage_km = 59000;
        CHECK(One(kCabinFilter, nearly, "2024-11-20").status == DueStatus::DueSoon);
        CHECK(One(kCabinFilter, nearly, "2024-11-20").reason == DueReason::Mileage);
        nearly.mileage_km = 58999;
        CHECK(One(kCabinFilter, nearly, "2024-11-20").status == DueStatus::NotDue);

        // Due now by mileage beats due soon by date.
        VehicleServiceState both = car;
        both.history = {{"CABIN-FILTER", "2023-12-10", 40000}};
        const ServiceDue urgent = One(kCabinFilter, both, "2024-11-20");
        CHECK(urgent.status == DueStatus::DueNow);
        CHECK(urgent.reason == DueReason::Mileage);
    }

    TEST_CASE("reminders: the latest record counts, and a package counts as an oil change")
    {
        const VehicleServiceState car{"2019-05-01", 68420, false,
            {{"OIL-FILTER", "2023-01-10", 50000}, {"BASIC-MAINT", "2024-08-12", 68000},
                {"OIL-FILTER", "2022-06-01", 40000}}};
        const std::vector<ServiceDue> result = ServicesDue(kCatalog, car, "2024-11-20");
        const ServiceDue oil = Find(result, "OIL-FILTER");
        CHECK(oil.status == DueStatus::NotDue);
        CHECK(oil.due_date == "2025-02-12");
        CHECK(oil.due_km == 73000);
        CHECK(Find(result, "BASIC-MAINT").due_km == 73000);
        // An oil change alone is not a maintenance package: the package is counted from its own record.
        const VehicleServiceState oil_only{"2019-05-01", 68420, false, {{"OIL-FILTER", "2024-10-01", 68000}}};
        const ServiceDue basic = Find(ServicesDue(kCatalog, oil_only, "2024-11-20"), "BASIC-MAINT");
        CHECK(basic.status == DueStatus::DueNow);
    }

    TEST_CASE("reminders: a car never serviced is counted from its purchase at 0 km")
    {
        const VehicleServiceState car{"2022-03-01", 38650, true, {}};
        const std::vector<ServiceDue> result = ServicesDue(kCatalog, car, "2024-11-20");
        const ServiceDue fluid = Find(result, "BRAKE-FLUID");
        CHECK(fluid.status == DueStatus::DueNow);
        CHECK(fluid.reason == DueReason::Date); // both are past; the date is reported
        CHECK(fluid.due_date == "2024-03-01");
        CHECK(fluid.due_km == 40000);
        CHECK(Find(result, "TYRE-ROTATION").reason == DueReason::Mileage);
        CHECK(Find(result, "NEV-CHECK").status == DueStatus::DueNow);
        // Long past its window: no first maintenance any more.
        const ServiceDue first = Find(result, "FIRST-MAINT");
        CHECK(first.status == DueStatus::NotDue);
        CHECK_FALSE(first.due_date.has_value());
        // No interval: never a reminder.
        CHECK_FALSE(Has(result, "BRAKE-PADS-F"));

        // Without a purchase date only the mileage can be judged.
        const VehicleServiceState unknown_age{std::nullopt, 38650, false, {}};
        const std::vector<ServiceDue> by_km = ServicesDue(kCatalog, unknown_age, "2024-11-20");
        CHECK(Find(by_km, "AC-SERVICE").status == DueStatus::NotDue);
        CHECK(Find(by_km, "CABIN-FILTER").reason == DueReason::Mileage);
        CHECK_FALSE(Find(by_km, "CABIN-FILTER").due_date.has_value());
        // Without purchase date and mileage nothing can be judged.
        const VehicleServiceState nothing{std::nullopt, std::nullopt, false, {}};
        for (const ServiceDue& due : ServicesDue(kCatalog, nothing, "2024-11-20"))
            CHECK(due.status == DueStatus::NotDue);
    }

    TEST_CASE("reminders: the EV check is only for new-energy cars")
    {
        const VehicleServiceState petrol{"2022-03-01", 38650, false, {}};
        CHECK_FALSE(Has(ServicesDue(kCatalog, petrol, "2024-11-20"), "NEV-CHECK"));
    }

    TEST_CASE("reminders: the first maintenance window of a new car")
    {
        // Bought 2024-07-20 (the demo's Camry: four months, 4,860 km): due by date since 2024-10-20.
        VehicleServiceState car{"2024-07-20", 4860, false, {}};
        std::vector<ServiceDue> result = ServicesDue(kCatalog, car, "2024-11-20");
        ServiceDue first = Find(result, "FIRST-MAINT");
        CHECK(first.status == DueStatus::DueNow);
        CHECK(first.reason == DueReason::Date);
        CHECK(first.due_date == "2024-10-20");
        CHECK(first.due_km == 5000);
        // While the first maintenance is open, what was never done waits for it.
        for (const char* code : {"BASIC-MAINT", "OIL-FILTER", "CABIN-FILTER", "TYRE-ROTATION"}) {
            CAPTURE(code);
            CHECK(Find(result, code).status == DueStatus::NotDue);
        }

        // Five weeks before the date: not due by date, but 4,200 km is within 1,000 km of 5,000.
        car.mileage_km = 4200;
        first = Find(ServicesDue(kCatalog, car, "2024-09-15"), "FIRST-MAINT");
        CHECK(first.status == DueStatus::DueSoon);
        CHECK(first.reason == DueReason::Mileage);
        // One month old and little driven: not due.
        car.mileage_km = 1200;
        CHECK(Find(ServicesDue(kCatalog, car, "2024-08-20"), "FIRST-MAINT").status == DueStatus::NotDue);
        // 5,600 km after six weeks: due now by mileage.
        car.mileage_km = 5600;
        first = Find(ServicesDue(kCatalog, car, "2024-09-01"), "FIRST-MAINT");
        CHECK(first.status == DueStatus::DueNow);
        CHECK(first.reason == DueReason::Mileage);

        // The window closes after six months or 10,000 km; the regular items take over.
        car.mileage_km = 7000;
        CHECK(Find(ServicesDue(kCatalog, car, "2025-01-20"), "FIRST-MAINT").status == DueStatus::DueNow);
        result = ServicesDue(kCatalog, car, "2025-01-21");
        CHECK(Find(result, "FIRST-MAINT").status == DueStatus::NotDue);
        CHECK(Find(result, "BASIC-MAINT").status == DueStatus::DueNow);
        car.mileage_km = 10001;
        CHECK(Find(ServicesDue(kCatalog, car, "2024-09-01"), "FIRST-MAINT").status == DueStatus::NotDue);
    }

    TEST_CASE("reminders: a first maintenance or any package done closes it and starts the next count")
    {
        VehicleServiceState car{"2024-07-20", 6400, false, {{"FIRST-MAINT", "2024-10-25", 4900}}};
        std::vector<ServiceDue> result = ServicesDue(kCatalog, car, "2024-11-20");
        CHECK(Find(result, "FIRST-MAINT").status == DueStatus::NotDue);
        const ServiceDue basic = Find(result, "BASIC-MAINT");
        CHECK(basic.status == DueStatus::NotDue);
        CHECK(basic.due_date == "2025-04-25");
        CHECK(basic.due_km == 9900);
        CHECK(Find(result, "OIL-FILTER").due_km == 9900);
        // Items the first maintenance does not include count from the purchase again.
        CHECK(Find(result, "CABIN-FILTER").due_date == "2025-07-20");

        car.history = {{"BASIC-MAINT", "2024-10-01", 4000}};
        result = ServicesDue(kCatalog, car, "2024-11-20");
        CHECK(Find(result, "FIRST-MAINT").status == DueStatus::NotDue);
        CHECK(Find(result, "FIRST-MAINT").reason == DueReason::None);
    }

    TEST_CASE("reminders: records with a bad date are ignored; results keep the order of the items")
    {
        const VehicleServiceState car{"2019-05-01", 48000, false, {{"CABIN-FILTER", "yesterday", 47000}}};
        const ServiceDue due = One(kCabinFilter, car, "2024-11-20");
        CHECK(due.due_date == "2020-05-01");
        CHECK(due.status == DueStatus::DueNow);

        const std::vector<ServiceDue> result = ServicesDue(kCatalog, car, "2024-11-20");
        std::vector<std::string> codes;
        for (const ServiceDue& item : result)
            codes.push_back(item.code);
        CHECK(codes
            == std::vector<std::string>{"BASIC-MAINT", "FIRST-MAINT", "OIL-FILTER", "BRAKE-FLUID",
                "AC-SERVICE", "CABIN-FILTER", "TYRE-ROTATION"});
    }
}
