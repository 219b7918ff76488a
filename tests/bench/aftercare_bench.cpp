// After-sales at a large shop's scale: a store filled by the bulk generator (store::FillBulkHistory, default
// 200,000 customers and 1,000,000 repair orders over 5 years) on top of the demo shop, then median and p99 of
// each figure of the manager's dashboard for the last 30 days, the whole dashboard, the advisors' follow-up
// worklist, and the kiosk's plate and mobile lookups. Goals (issue 5): each dashboard query under 20 ms, a
// lookup under 1 ms.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "bench/bench.h"
#include "shared/domain/civil_date.h"
#include "shared/domain/clock.h"
#include "shared/store/bulk_history.h"
#include "shared/store/queries_bookings.h"
#include "shared/store/queries_customer_file.h"
#include "shared/store/queries_dashboard.h"
#include "shared/store/queries_followups.h"
#include "shared/store/queries_settings.h"
#include "shared/store/store.h"
#include "shared/usecases/demo_data.h"
#include "shared/usecases/shop_day.h"
#include "unit/store/store_test_support.h"

namespace checkin::bench {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kQueryRuns = 40;
constexpr int kLookupRuns = 300;

double MillisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Samples {
    std::vector<double> wall_ms;
    std::vector<double> cpu_ms; // this process's CPU time: the machine may be busy with other work
};

Samples TimeRuns(int runs, const std::function<void()>& call)
{
    call(); // warm the statement's pages once, as a screen that refreshes would
    Samples samples;
    for (int run = 0; run < runs; ++run) {
        const std::clock_t cpu_start = std::clock();
        const auto start = Clock::now();
        call();
        samples.wall_ms.push_back(MillisecondsSince(start));
        samples.cpu_ms.push_back(1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
    }
    return samples;
}

// Wall-clock median and p99, with the median CPU time in the note.
Row Summary(
    const std::string& name, const std::string& unit, double scale, Samples samples, const std::string& note)
{
    for (double& sample : samples.wall_ms)
        sample *= scale;
    for (double& sample : samples.cpu_ms)
        sample *= scale;
    const Row cpu = Summarize(name, unit, samples.cpu_ms);
    char cpu_note[64];
    std::snprintf(cpu_note, sizeof(cpu_note), "; CPU median %.2f %s", cpu.median, unit.c_str());
    return Summarize(name, unit, samples.wall_ms, note + cpu_note);
}

std::uintmax_t FileSizes(const std::filesystem::path& file)
{
    std::uintmax_t size = 0;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::error_code error;
        const std::uintmax_t part = std::filesystem::file_size(file.string() + suffix, error);
        if (!error)
            size += part;
    }
    return size;
}

} // namespace

void MeasureAftercare(Report& report, const AftercareSize& size)
{
    testing::TempFolder folder;
    const std::filesystem::path file = folder.Folder() / "aftercare.db";
    const domain::SystemClock clock;
    const std::int64_t now = clock.NowUtcMs();
    std::string scale;
    {
        auto store = store::Store::Open(file, clock, "advisor");
        usecases::SeedDemoDataIfEmpty(*store, std::filesystem::path(CHECKIN_SOURCE_ASSETS_DIR) / "demo");
        store::BulkHistoryOptions options;
        options.customers = size.customers;
        options.orders = size.orders;
        options.now_utc_ms = now;
        const auto start = Clock::now();
        const store::BulkHistoryCounts counts = store::FillBulkHistory(*store, options);
        const double seconds = MillisecondsSince(start) / 1000.0;
        char note[256];
        std::snprintf(note, sizeof(note),
            "%lld customers, %lld cars, %lld orders, %lld lines, %lld findings, %lld surveys, %lld "
            "follow-ups; "
            "%.0f MB",
            static_cast<long long>(counts.customers), static_cast<long long>(counts.vehicles),
            static_cast<long long>(counts.orders), static_cast<long long>(counts.lines),
            static_cast<long long>(counts.findings), static_cast<long long>(counts.surveys),
            static_cast<long long>(counts.followups), static_cast<double>(FileSizes(file)) / 1e6);
        report.rows.push_back(
            {"aftercare: generate the store (bulk INSERTs + ANALYZE)", "s", seconds, 0.0, note});
        scale = std::to_string(counts.orders) + " orders";
    }

    // A fresh connection, as the advisor station opens the file.
    auto store = store::Store::Open(file, clock, "advisor");
    const std::int64_t offset
        = store::GetIntSetting(*store, store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes);
    const std::int64_t today_day = domain::LocalDayNumber(now, offset);
    const std::string today = domain::FormatIsoDate(today_day);
    const std::string from = domain::FormatIsoDate(today_day - 29);
    const std::string year_ago = domain::FormatIsoDate(domain::AddMonths(today_day, -12) + 1);
    const std::string note = "last 30 days, " + scale;

    const auto figure = [&](const std::string& name, const std::function<void()>& call) {
        report.rows.push_back(Summary(name, "ms", 1.0, TimeRuns(kQueryRuns, call), note));
    };
    figure("dashboard: check-ins per day", [&] { store::CheckInsPerDay(*store, from, today); });
    figure(
        "dashboard: median kiosk check-in time", [&] { store::MedianKioskCheckInMs(*store, from, today); });
    figure(
        "dashboard: median wait for the advisor", [&] { store::MedianConfirmWaitMs(*store, from, today); });
    figure("dashboard: open orders by stage", [&] { store::OrdersByStage(*store); });
    figure("dashboard: approval rate of findings", [&] { store::ApprovalRate(*store, from, today); });
    figure("dashboard: CSI and NPS by week",
        [&] { store::CsiNpsOverTime(*store, from, today, store::Bucket::Week); });
    figure("dashboard: first-maintenance return rate",
        [&] { store::FirstMaintenanceReturnRate(*store, from, today); });
    figure("dashboard: 3-6-9 lapse counts", [&] { store::LapsedCounts(*store, today); });
    figure("dashboard: output value by day", [&] { store::OutputValueByDay(*store, from, today); });
    figure("dashboard: output value by month", [&] { store::OutputValueByMonth(*store, from, today); });
    figure("dashboard: LoadDashboard (all of the above)",
        [&] { store::LoadDashboard(*store, from, today, today); });
    report.rows.push_back(Summary("dashboard: output value by month, 12 months", "ms", 1.0,
        TimeRuns(5, [&] { store::OutputValueByMonth(*store, year_ago, today); }), "for scale, " + scale));
    const store::WorklistFilter page;
    figure("worklist: first page of calls due (WorklistItems)",
        [&] { store::WorklistItems(*store, today, page); });
    figure("worklist: tab counts (WorklistCounts)", [&] { store::WorklistCounts(*store, today, page); });

    // The kiosk finds the customer by plate (the car's file with its history) or their booking by mobile.
    std::mt19937_64 random(7);
    const auto pick = [&](std::int64_t count) {
        return std::uniform_int_distribution<std::int64_t>(0, std::max<std::int64_t>(0, count - 1))(random);
    };
    const usecases::UtcRange day = usecases::ShopDayAt(now, offset);
    const auto lookup = [&](const std::string& name, const std::function<void()>& call) {
        report.rows.push_back(Summary("lookup: " + name, "us", 1000.0, TimeRuns(kLookupRuns, call), scale));
    };
    lookup("customer file by plate (FindCustomerByPlate)",
        [&] { store::FindCustomerByPlate(*store, store::BulkPlate(pick(size.customers))); });
    lookup("today's bookings by plate (FindBookingsByPlateOnDay)", [&] {
        store::FindBookingsByPlateOnDay(
            *store, store::BulkPlate(pick(size.customers)), day.start_utc_ms, day.end_utc_ms);
    });
    lookup("today's bookings by mobile (FindBookingsByMobileOnDay)", [&] {
        store::FindBookingsByMobileOnDay(
            *store, store::BulkMobile(pick(size.customers)), day.start_utc_ms, day.end_utc_ms);
    });
}

} // namespace checkin::bench
