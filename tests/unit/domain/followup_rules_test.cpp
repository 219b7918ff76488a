#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shared/domain/followup_rules.h"

using namespace checkin::domain;

namespace {

const std::vector<ServiceInterval> kNoCatalog;

} // namespace

TEST_SUITE("unit/domain")
{
    TEST_CASE("follow-up kinds have the stored names and parse back")
    {
        CHECK(FollowUpKindName(FollowUpKind::Day1) == "day1");
        CHECK(FollowUpKindName(FollowUpKind::FirstMaintenance) == "first_maintenance");
        CHECK(FollowUpKindName(FollowUpKind::Lapsed9) == "lapsed_9");
        for (const char* name : {"day1", "day7", "day30", "service", "first_maintenance", "insurance",
                 "inspection", "licence", "lapsed_3", "lapsed_6", "lapsed_9", "rebook"})
            CHECK(FollowUpKindName(*ParseFollowUpKind(name)) == name);
        CHECK_FALSE(ParseFollowUpKind("maintenance"));
        REQUIRE(AllFollowUpKinds().size() == 12);
        CHECK(AllFollowUpKinds().front() == FollowUpKind::Day1);
        CHECK(AllFollowUpKinds().back() == FollowUpKind::Rebook);
    }

    TEST_CASE("the mileage trend runs through the readings and projects the mileage of a day")
    {
        const std::optional<MileageTrend> trend
            = EstimateMileageTrend({{"2024-01-01", 0}, {"2024-07-01", 9100}}); // 182 days
        REQUIRE(trend);
        CHECK(trend->km_per_day == doctest::Approx(50.0));
        CHECK(ProjectMileage(*trend, "2024-11-20") == 16200); // 324 days
        CHECK(ProjectMileage(*trend, "2024-01-01") == 0);
        CHECK(ProjectMileage(*trend, "2023-12-01") == 0); // never below 0
        CHECK_FALSE(ProjectMileage(*trend, "someday"));
        CHECK(DateAtMileage(*trend, 5000) == "2024-04-10"); // day 100
        CHECK(DateAtMileage(*trend, 5001) == "2024-04-11");
    }

    TEST_CASE("one mistyped reading does not move the trend")
    {
        const std::optional<MileageTrend> trend = EstimateMileageTrend({{"2024-01-01", 0},
            {"2024-01-31", 1500}, {"2024-03-01", 3000}, {"2024-03-31", 300000}, {"2024-04-30", 6000}});
        REQUIRE(trend);
        CHECK(trend->km_per_day == doctest::Approx(50.0));
        CHECK(ProjectMileage(*trend, "2024-05-30") == 7500);
    }

    TEST_CASE("no trend without enough history")
    {
        CHECK_FALSE(EstimateMileageTrend({}));
        CHECK_FALSE(EstimateMileageTrend({{"2024-01-01", 0}}));
        CHECK_FALSE(EstimateMileageTrend({{"2024-01-01", 0}, {"2024-01-30", 900}})); // 29 days
        CHECK(EstimateMileageTrend({{"2024-01-01", 0}, {"2024-01-31", 900}}));
        CHECK_FALSE(EstimateMileageTrend({{"2024-01-01", 9000}, {"2024-06-01", 4000}})); // goes back
        CHECK_FALSE(EstimateMileageTrend({{"2024-01-01", 0}, {"2024-02-01", 100000}})); // 3,226 km a day
        CHECK_FALSE(EstimateMileageTrend({{"2024-01-01", 0}, {"2024-13-01", 5000}})); // ignored: no span
        const std::optional<MileageTrend> parked
            = EstimateMileageTrend({{"2024-01-01", 800}, {"2024-06-01", 800}});
        REQUIRE(parked);
        CHECK(parked->km_per_day == 0);
        CHECK(ProjectMileage(*parked, "2025-01-01") == 800);
        CHECK_FALSE(DateAtMileage(*parked, 5000));
    }

    TEST_CASE("thank-you calls fall on day 1, 7 and 30 after the delivery")
    {
        const std::vector<ThankYouCall> calls = ThankYouCalls("2024-11-19");
        REQUIRE(calls.size() == 3);
        CHECK(calls[0].kind == FollowUpKind::Day1);
        CHECK(calls[0].due_date == "2024-11-20");
        CHECK(calls[1].kind == FollowUpKind::Day7);
        CHECK(calls[1].due_date == "2024-11-26");
        CHECK(calls[2].kind == FollowUpKind::Day30);
        CHECK(calls[2].due_date == "2024-12-19");
        CHECK(ThankYouCalls("2024-12-31")[0].due_date == "2025-01-01");
        CHECK(ThankYouCalls("yesterday").empty());
    }

    TEST_CASE("the 3-6-9 lapse level is the highest reached")
    {
        CHECK_FALSE(LapseOn("2024-05-20", "2024-08-19"));
        const std::optional<Lapse> three = LapseOn("2024-05-20", "2024-08-20");
        REQUIRE(three);
        CHECK(three->kind == FollowUpKind::Lapsed3);
        CHECK(three->since == "2024-08-20");
        const std::optional<Lapse> six = LapseOn("2024-05-20", "2025-02-19");
        REQUIRE(six);
        CHECK(six->kind == FollowUpKind::Lapsed6);
        CHECK(six->since == "2024-11-20");
        const std::optional<Lapse> nine = LapseOn("2024-05-20", "2026-05-01");
        REQUIRE(nine);
        CHECK(nine->kind == FollowUpKind::Lapsed9);
        CHECK(nine->since == "2025-02-20");
        CHECK(LapseOn("2024-05-31", "2024-08-31")->since == "2024-08-31");
        CHECK(LapseOn("2024-05-31", "2024-11-30")->since == "2024-11-30"); // no 31 November
        CHECK_FALSE(LapseOn("2024-05-20", "soon"));
    }

    TEST_CASE("thank-you calls are listed from a week ahead until a week late")
    {
        VehicleFollowUpFacts car;
        car.delivered = {{"order-yesterday", "2024-11-19"}, {"order-early-nov", "2024-11-01"},
            {"order-mid-oct", "2024-10-15"}, {"order-mid-oct-late", "2024-10-13"}};
        const std::vector<FollowUpDue> calls = FollowUpsDue(kNoCatalog, car, "2024-11-20");
        REQUIRE(calls.size() == 3);
        CHECK(calls[0].kind == FollowUpKind::Day1);
        CHECK(calls[0].due_date == "2024-11-20");
        CHECK(calls[0].repair_order_id == "order-yesterday");
        CHECK(calls[0].anchor == "order-yesterday");
        CHECK(calls[0].reason.empty());
        CHECK(calls[1].kind == FollowUpKind::Day7);
        CHECK(calls[1].due_date == "2024-11-26"); // within the week ahead
        CHECK(calls[2].kind == FollowUpKind::Day30);
        CHECK(calls[2].due_date == "2024-11-14"); // six days late: still made
        CHECK(calls[2].repair_order_id == "order-mid-oct");
    }

    TEST_CASE("expiry calls fall 30 days before the expiry and stop 30 days after it")
    {
        VehicleFollowUpFacts car;
        car.insurance_expiry = "2024-12-20";
        car.inspection_expiry = "2024-12-28"; // its call is 8 days ahead: not yet
        car.licence_expiry = "2024-10-21"; // expired 30 days ago: still called
        std::vector<FollowUpDue> calls = FollowUpsDue(kNoCatalog, car, "2024-11-20");
        REQUIRE(calls.size() == 2);
        CHECK(calls[0].kind == FollowUpKind::Insurance);
        CHECK(calls[0].due_date == "2024-11-20");
        CHECK(calls[0].reason == "2024-12-20");
        CHECK(calls[0].anchor == "2024-12-20");
        CHECK(calls[1].kind == FollowUpKind::Licence);
        CHECK(calls[1].due_date == "2024-09-21");

        car.inspection_expiry = "2024-12-27";
        car.licence_expiry = "2024-10-20";
        calls = FollowUpsDue(kNoCatalog, car, "2024-11-20");
        REQUIRE(calls.size() == 2);
        CHECK(calls[1].kind == FollowUpKind::Inspection);
        CHECK(calls[1].due_date == "2024-11-27");
    }

    TEST_CASE("a lapsed customer gets one call for the level reached")
    {
        VehicleFollowUpFacts car;
        car.last_visit_date = "2024-05-25"; // 6 months on 2024-11-25, within the week ahead
        std::vector<FollowUpDue> calls = FollowUpsDue(kNoCatalog, car, "2024-11-20");
        REQUIRE(calls.size() == 1);
        CHECK(calls[0].kind == FollowUpKind::Lapsed6);
        CHECK(calls[0].due_date == "2024-11-25");
        CHECK(calls[0].reason == "2024-05-25");
        CHECK(calls[0].anchor == "2024-05-25");

        car.last_visit_date = "2024-09-01";
        CHECK(FollowUpsDue(kNoCatalog, car, "2024-11-20").empty());
    }

    TEST_CASE("a service is called for once due soon by date")
    {
        const std::vector<ServiceInterval> catalog = {{"OIL-FILTER", 6, 5000, false}};
        VehicleFollowUpFacts car;
        car.service.purchase_date = "2023-01-01";
        car.service.mileage_km = 10000;
        car.service.history = {{"OIL-FILTER", "2024-06-01", 10000}};
        car.readings = {{"2023-01-01", 0}, {"2024-06-01", 10000}}; // about 19 km a day: 13,300 km now
        std::vector<FollowUpDue> calls = FollowUpsDue(catalog, car, "2024-11-20");
        REQUIRE(calls.size() == 1);
        CHECK(calls[0].kind == FollowUpKind::Service);
        CHECK(calls[0].due_date == "2024-11-01"); // 30 days before 2024-12-01
        CHECK(calls[0].reason == "OIL-FILTER:date:2024-12-01");
        CHECK(calls[0].anchor == "OIL-FILTER:2024-12-01:15000");
        CHECK_FALSE(calls[0].repair_order_id);

        CHECK(FollowUpsDue(catalog, car, "2024-10-31").empty());
    }

    TEST_CASE("a service is called for once the projected mileage reaches it")
    {
        const std::vector<ServiceInterval> catalog = {{"TYRE-ROTATION", std::nullopt, 10000, false}};
        VehicleFollowUpFacts car;
        car.service.purchase_date = "2024-01-01";
        car.service.mileage_km = 18000; // as last recorded: not due by itself
        car.service.history = {{"TYRE-ROTATION", "2024-06-29", 18000}};
        car.readings = {{"2024-01-01", 0}, {"2024-06-29", 18000}}; // 100 km a day: 32,400 km on 2024-11-20
        const std::vector<FollowUpDue> calls = FollowUpsDue(catalog, car, "2024-11-20");
        REQUIRE(calls.size() == 1);
        CHECK(calls[0].kind == FollowUpKind::Service);
        CHECK(calls[0].reason == "TYRE-ROTATION:mileage:28000");
        CHECK(calls[0].due_date == "2024-09-27"); // the day the trend reached 27,000 km

        car.readings = {{"2024-06-29", 18000}}; // no trend: the last mileage decides
        CHECK(FollowUpsDue(catalog, car, "2024-11-20").empty());
        car.service.mileage_km = 27500;
        const std::vector<FollowUpDue> unprojected = FollowUpsDue(catalog, car, "2024-11-20");
        REQUIRE(unprojected.size() == 1);
        CHECK(unprojected[0].due_date == "2024-11-20"); // the day cannot be told: today
    }

    TEST_CASE("the first maintenance is a call of its own and holds back the other services")
    {
        const std::vector<ServiceInterval> catalog = {{"FIRST-MAINT", 3, 5000, true},
            {"OIL-FILTER", 6, 5000, false}, {"AC-SERVICE", 1, std::nullopt, false}};
        VehicleFollowUpFacts car;
        car.service.purchase_date = "2024-08-25";
        car.service.mileage_km = 3000;
        car.readings = {{"2024-08-25", 0}};
        std::vector<FollowUpDue> calls = FollowUpsDue(catalog, car, "2024-11-20");
        REQUIRE(calls.size() == 1);
        CHECK(calls[0].kind == FollowUpKind::FirstMaintenance);
        CHECK(calls[0].due_date == "2024-10-26");
        CHECK(calls[0].reason == "FIRST-MAINT:date:2024-11-25");

        car.service.history = {{"FIRST-MAINT", "2024-11-15", 4800}};
        calls = FollowUpsDue(catalog, car, "2024-11-20");
        REQUIRE(calls.size() == 1);
        CHECK(calls[0].kind == FollowUpKind::Service); // the air conditioning, monthly, counted from purchase
        CHECK(calls[0].reason == "AC-SERVICE:date:2024-09-25");
    }

    TEST_CASE("a car with nothing on file has no calls, and a bad today none either")
    {
        const std::vector<ServiceInterval> catalog = {{"OIL-FILTER", 6, 5000, false}};
        CHECK(FollowUpsDue(catalog, VehicleFollowUpFacts{}, "2024-11-20").empty());
        VehicleFollowUpFacts car;
        car.insurance_expiry = "2024-12-01";
        CHECK(FollowUpsDue(catalog, car, "20241120").empty());
    }
}
