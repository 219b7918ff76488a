#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shared/store/queries_dashboard.h"
#include "unit/store/dashboard_test_support.h"

using namespace checkin;
using namespace checkin::store;
using checkin::testing::DashboardFixture;

namespace {

constexpr const char* kFrom = "2024-11-01";
constexpr const char* kTo = "2024-11-07";

} // namespace

TEST_SUITE("unit/store")
{
    TEST_CASE_FIXTURE(DashboardFixture, "Dashboard: check-ins per shop-local day, cancelled ones left out")
    {
        const std::vector<DayCount> days = CheckInsPerDay(*store, kFrom, kTo);
        REQUIRE(days.size() == 7);
        CHECK(days[0].date == "2024-11-01");
        CHECK(days[0].count == 2);
        CHECK(days[1].count == 0);
        CHECK(days[2].date == "2024-11-03");
        CHECK(days[2].count == 1);
        CHECK(days[6].date == "2024-11-07");
        CHECK(days[6].count == 1); // 23:59 Beijing is still Nov 7
        CHECK(CheckInsPerDay(*store, "2024-10-31", "2024-10-31").front().count == 1);
    }

    TEST_CASE_FIXTURE(DashboardFixture, "Dashboard: median kiosk time and median wait for the advisor")
    {
        // Kiosk: 2 min, 1 min, 5 min (cancelled later), 1 min; the check-in without started_at is left out.
        CHECK(MedianKioskCheckInMs(*store, kFrom, kTo) == 90'000);
        // Confirmed after 10, 20 and 30 minutes.
        CHECK(MedianConfirmWaitMs(*store, kFrom, kTo) == 1'200'000);
        CHECK(MedianConfirmWaitMs(*store, "2024-11-02", "2024-11-02") == std::nullopt);
        CHECK(MedianKioskCheckInMs(*store, "2024-11-03", "2024-11-03") == 300'000);
    }

    TEST_CASE_FIXTURE(DashboardFixture, "Dashboard: open orders by stage in process order, zeros included")
    {
        const std::vector<StageCount> stages = OrdersByStage(*store);
        REQUIRE(stages.size() == 7);
        CHECK(stages.front().stage == "checked_in");
        CHECK(stages.front().count == 0);
        CHECK(stages[3].stage == "in_repair");
        CHECK(stages[3].count == 2);
        CHECK(stages[6].stage == "ready");
        CHECK(stages[6].count == 1);
    }

    TEST_CASE_FIXTURE(
        DashboardFixture, "Dashboard: approval rate of red and yellow findings decided in the range")
    {
        const ApprovalCounts counts = ApprovalRate(*store, kFrom, kTo);
        CHECK(counts.approved == 2);
        CHECK(counts.decided == 3);
        const ApprovalCounts october = ApprovalRate(*store, "2024-10-31", "2024-10-31");
        CHECK(october.approved == 1);
        CHECK(october.decided == 1);
    }

    TEST_CASE_FIXTURE(DashboardFixture, "Dashboard: CSI and NPS by ISO week and by day")
    {
        const std::vector<SatisfactionPoint> weeks = CsiNpsOverTime(*store, kFrom, kTo, Bucket::Week);
        REQUIRE(weeks.size() == 2);
        CHECK(weeks[0].bucket == "2024-10-28");
        CHECK(weeks[0].surveys == 2);
        CHECK(*weeks[0].csi == doctest::Approx(75.0)); // mean 4 of 1..5
        CHECK(*weeks[0].nps == doctest::Approx(0.0)); // one promoter, one detractor
        CHECK(weeks[1].bucket == "2024-11-04");
        CHECK(*weeks[1].csi == doctest::Approx(80.0)); // mean 4.2
        CHECK(*weeks[1].nps == doctest::Approx(100.0));
        CHECK(CsiNpsOverTime(*store, kFrom, kTo, Bucket::Day).size() == 3);
        const std::vector<SatisfactionPoint> months = CsiNpsOverTime(*store, kFrom, kTo, Bucket::Month);
        REQUIRE(months.size() == 1);
        CHECK(months[0].bucket == "2024-11");
        CHECK(months[0].surveys == 3);
        CHECK(CsiNpsOverTime(*store, "2024-11-10", "2024-11-12", Bucket::Week).empty());
    }

    TEST_CASE_FIXTURE(DashboardFixture, "Dashboard: first maintenance counted honestly")
    {
        // Windows closing Nov 1-7: bought May 1-7. Two of the four came back for it in time.
        const FirstMaintenanceCounts counts = FirstMaintenanceReturnRate(*store, kFrom, kTo);
        CHECK(counts.due == 4);
        CHECK(counts.returned == 2);
        // Window closing Nov 8: the car bought May 8, not back.
        const FirstMaintenanceCounts next = FirstMaintenanceReturnRate(*store, "2024-11-08", "2024-11-08");
        CHECK(next.due == 1);
        CHECK(next.returned == 0);
    }

    TEST_CASE("Dashboard: first maintenance windows that end on a clamped month end")
    {
        // Bought Aug 29, 30 and 31: each window of 6 months ends Feb 28, 2025.
        testing::DashboardFixture fixture;
        store::WriteTransaction write(*fixture.store);
        for (const char* date : {"2024-08-28", "2024-08-29", "2024-08-30", "2024-08-31", "2024-09-01"})
            DashboardFixture::Car(
                write, fixture.wang, "粤A00M01", std::nullopt, std::string(date), std::nullopt);
        write.Commit();
        CHECK(FirstMaintenanceReturnRate(*fixture.store, "2025-02-28", "2025-02-28").due == 4);
        CHECK(FirstMaintenanceReturnRate(*fixture.store, "2025-03-01", "2025-03-01").due == 1);
    }

    TEST_CASE_FIXTURE(DashboardFixture, "Dashboard: 3-6-9 lapse counts from the last visit")
    {
        const LapsedTally lapsed = LapsedCounts(*store, "2024-11-20");
        CHECK(lapsed.at_risk == 2);
        CHECK(lapsed.nearly_lost == 1);
        CHECK(lapsed.lost == 2);
    }

    TEST_CASE_FIXTURE(DashboardFixture, "Dashboard: output value by day and month, net of discount and VAT")
    {
        const std::vector<ValuePoint> days = OutputValueByDay(*store, kFrom, kTo);
        REQUIRE(days.size() == 7);
        // (300 + 200 - 13) / 1.13 = 430.97; (113 + 22.60) / 1.13 = 120.00.
        CHECK(days[0].orders == 1);
        CHECK(days[0].output_value_fen == 43097);
        CHECK(days[1].output_value_fen == 0);
        CHECK(days[2].output_value_fen == 12000);
        const std::vector<ValuePoint> months = OutputValueByMonth(*store, "2024-10-30", kTo);
        REQUIRE(months.size() == 2);
        CHECK(months[0].bucket == "2024-10");
        CHECK(months[0].orders == 0);
        CHECK(months[1].bucket == "2024-11");
        CHECK(months[1].orders == 2);
        CHECK(months[1].output_value_fen == 55097);
    }

    TEST_CASE_FIXTURE(DashboardFixture, "Dashboard: the output value kept at delivery is taken as it is")
    {
        {
            store::WriteTransaction write(*store);
            write.Upsert("repair_orders", o2, {{"output_value_fen", std::int64_t{11111}}});
            write.Commit();
        }
        const std::vector<ValuePoint> days = OutputValueByDay(*store, kFrom, kTo);
        CHECK(days[0].output_value_fen == 43097); // computed from its lines
        CHECK(days[2].orders == 1);
        CHECK(days[2].output_value_fen == 11111);
    }

    TEST_CASE_FIXTURE(
        DashboardFixture, "Dashboard: a bad range gives empty figures; LoadDashboard collects all")
    {
        CHECK_FALSE(IsValidDateRange("2024-11-07", "2024-11-01"));
        CHECK_FALSE(IsValidDateRange("2024-11-1", "2024-11-07"));
        CHECK(IsValidDateRange(kFrom, kFrom));
        CHECK(CheckInsPerDay(*store, "2024-11-07", "2024-11-01").empty());
        CHECK(OutputValueByMonth(*store, "x", kTo).empty());
        CHECK(ApprovalRate(*store, "2024-11-07", "2024-11-01").decided == 0);

        const DashboardFigures figures = LoadDashboard(*store, kFrom, kTo, "2024-11-20");
        CHECK(figures.checkins_per_day.size() == 7);
        CHECK(figures.median_confirm_wait_ms == 1'200'000);
        CHECK(figures.approval.approved == 2);
        CHECK(figures.satisfaction_by_week.size() == 2);
        CHECK(figures.first_maintenance.due == 4);
        CHECK(figures.lapsed.lost == 2);
        CHECK(figures.output_value_by_day[2].output_value_fen == 12000);
        CHECK(figures.output_value_by_month.size() == 1);
    }
}
