#pragma once
// The service manager's figures (issue 5): one query per chart over a shop-local date range [from, to],
// both days included ('YYYY-MM-DD', settings' UTC offset). Each is written for the schema v4 indexes so it
// stays under 20 ms at a million repair orders for a 30-day range (tests/bench/aftercare_bench.cpp).
// A range that does not parse or runs backwards gives empty figures; the UI checks it first
// (IsValidDateRange). Erased customers still count: erasure keeps the anonymous aggregates.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/store/store.h"

namespace checkin::store {

// Both dates parse and from <= to.
bool IsValidDateRange(std::string_view from, std::string_view to);

// [SECTION] Arrivals
struct DayCount {
    std::string date; // 'YYYY-MM-DD'
    std::int64_t count = 0;
};
// Check-ins (not cancelled) by the shop-local day they arrived: every day of the range, zeros included.
std::vector<DayCount> CheckInsPerDay(Store& store, std::string_view from, std::string_view to);

// Median time from touching "Start" at the kiosk to the check-in saved (started_at -> arrived_at) of the
// check-ins that arrived in the range; check-ins without started_at (advisor-made, before schema v4) are
// left out. nullopt when none.
std::optional<std::int64_t> MedianKioskCheckInMs(Store& store, std::string_view from, std::string_view to);

// Median wait from arrival to the advisor's confirmation (arrived_at -> confirmed_at) of the check-ins that
// arrived in the range and were confirmed. nullopt when none.
std::optional<std::int64_t> MedianConfirmWaitMs(Store& store, std::string_view from, std::string_view to);

// [SECTION] Orders
struct StageCount {
    std::string stage; // domain::RepairStageName
    std::int64_t count = 0;
};
// Open (not delivered) orders now, one entry per open stage in process order, zeros included.
std::vector<StageCount> OrdersByStage(Store& store);

// Red and yellow findings the customer decided in the range (by decided_at): approved of decided.
struct ApprovalCounts {
    std::int64_t approved = 0;
    std::int64_t decided = 0; // approved + declined
};
ApprovalCounts ApprovalRate(Store& store, std::string_view from, std::string_view to);

// [SECTION] Satisfaction
enum class Bucket { Day, Week, Month };
// Day: 'YYYY-MM-DD'; Week: the date of its Monday; Month: 'YYYY-MM'.
std::string BucketLabel(std::int64_t day, Bucket bucket);

struct SatisfactionPoint {
    std::string bucket; // BucketLabel
    std::int64_t surveys = 0;
    std::optional<double> csi; // domain::SatisfactionIndex of every item score in the bucket, 0..100
    std::optional<double> nps; // domain::NetPromoterScore of the bucket's NPS answers, -100..100
};
// Surveys by the shop-local day they were submitted, in buckets that have surveys, oldest first.
std::vector<SatisfactionPoint> CsiNpsOverTime(
    Store& store, std::string_view from, std::string_view to, Bucket bucket);

// [SECTION] Customer file
// First maintenance (首保), counted honestly: a car is due when its first-maintenance window (purchase date +
// kFirstMaintenanceWindowFactor x the FIRST-MAINT catalog interval in months) closed within the range; it
// returned when a delivered order opened within [purchase date, window end] has a live approved or done line
// of the first maintenance or of any maintenance package. Cars still inside their window, and cars without a
// purchase date, count neither way. Both zero when the catalog has no FIRST-MAINT interval.
struct FirstMaintenanceCounts {
    std::int64_t due = 0;
    std::int64_t returned = 0;
};
FirstMaintenanceCounts FirstMaintenanceReturnRate(Store& store, std::string_view from, std::string_view to);

// The 3-6-9 rule on live cars by vehicles.last_visit_date (the last delivery): no visit for 3 months (at
// risk), 6 months (nearly lost), 9 months or more (lost), as of today. Cars never delivered are not counted.
struct LapsedTally {
    std::int64_t at_risk = 0; // last visit in (today - 6 months, today - 3 months]
    std::int64_t nearly_lost = 0; // in (today - 9 months, today - 6 months]
    std::int64_t lost = 0; // on or before today - 9 months
};
LapsedTally LapsedCounts(Store& store, std::string_view today);

// [SECTION] Output value
// 产值 of the orders delivered in the range, by the shop-local day (or month) of delivery (closed_at): per
// order its output_value_fen as delivery wrote it, else domain::NetOfRate(total - discount, vat_rate_bp),
// where total = its live approved and done lines plus its approved findings at the decided price (labor +
// parts when none), VAT included.
struct ValuePoint {
    std::string bucket; // 'YYYY-MM-DD' or 'YYYY-MM'
    std::int64_t orders = 0;
    std::int64_t output_value_fen = 0;
};
// Every day of the range, zeros included.
std::vector<ValuePoint> OutputValueByDay(Store& store, std::string_view from, std::string_view to);
// Every month the range touches, zeros included (only the range's days count).
std::vector<ValuePoint> OutputValueByMonth(Store& store, std::string_view from, std::string_view to);

// [SECTION] All of it
struct DashboardFigures {
    std::string from;
    std::string to;
    std::string today;
    std::vector<DayCount> checkins_per_day;
    std::optional<std::int64_t> median_kiosk_checkin_ms;
    std::optional<std::int64_t> median_confirm_wait_ms;
    std::vector<StageCount> orders_by_stage;
    ApprovalCounts approval;
    std::vector<SatisfactionPoint> satisfaction_by_week;
    FirstMaintenanceCounts first_maintenance;
    LapsedTally lapsed;
    std::vector<ValuePoint> output_value_by_day;
    std::vector<ValuePoint> output_value_by_month;
};
// Every figure above for the range (satisfaction by week), the open orders and the lapse counts as of today.
DashboardFigures LoadDashboard(
    Store& store, std::string_view from, std::string_view to, std::string_view today);

} // namespace checkin::store
