#pragma once
// The advisors' follow-up worklist (回访): which calls a car is due for, and on which day. Pure functions
// over dates 'YYYY-MM-DD'; the store keeps one row per call (followups) and a refresh adds the missing ones.
//
// The rules, each giving the day to call:
// - Thank-you calls at day 1, 7 and 30 after a delivery. Not made any more kThankYouStaleDays after that day.
// - Services (reminders.h): a catalog item once it is due soon or due now, by date or by the mileage
//   projected from the car's odometer history. The call is the day it became due soon: kDueSoonDays before
//   the date, or the day the projection reaches kDueSoonKm before the mileage (today when it cannot be
//   projected). The first maintenance (首保) is a kind of its own, so it is counted honestly.
// - Insurance, annual inspection and driving licence: kExpiryNoticeDays before the expiry; not once it is
//   more than kExpiryStaleDays past (the date on file is out of date).
// - Lapsed customers, the 3-6-9 rule: 3, 6 and 9 months after the last visit; one call for the highest
//   level reached.
// Calls due up to kFollowUpLookaheadDays ahead are listed, so the worklist can show what comes next.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shared/domain/reminders.h"

namespace checkin::domain {

inline constexpr std::int64_t kFollowUpLookaheadDays = 7;
inline constexpr std::int64_t kThankYouStaleDays = 7;
inline constexpr std::int64_t kExpiryNoticeDays = 30;
inline constexpr std::int64_t kExpiryStaleDays = 30;
// Odometer readings must span this many days before a trend is trusted.
inline constexpr std::int64_t kMinTrendSpanDays = 30;
// Above this the readings hold a typo: nobody drives 1,500 km every day.
inline constexpr double kMaxKmPerDay = 1'500.0;

enum class FollowUpKind {
    Day1,
    Day7,
    Day30,
    Service,
    FirstMaintenance,
    Insurance,
    Inspection,
    Licence,
    Lapsed3,
    Lapsed6,
    Lapsed9,
    Rebook, // the hub could not keep a booking (its slot was full): call the customer for another time
};

// "day1", "day7", "day30", "service", "first_maintenance", "insurance", "inspection", "licence",
// "lapsed_3", "lapsed_6", "lapsed_9", "rebook": as stored in followups.kind.
std::string_view FollowUpKindName(FollowUpKind kind);
// Every kind, in the order above.
std::span<const FollowUpKind> AllFollowUpKinds();
std::optional<FollowUpKind> ParseFollowUpKind(std::string_view name);

// [SECTION] Mileage projection
struct OdometerReading {
    std::string date; // 'YYYY-MM-DD'; a reading whose date does not parse is ignored
    std::int64_t km = 0;
};

// km = km_at_epoch + km_per_day * day number.
struct MileageTrend {
    double km_per_day = 0;
    double km_at_epoch = 0;
};

// A robust straight line through the readings (Theil-Sen: the median of the slopes between every two
// readings of different days, so one mistyped reading does not move it). nullopt when the readings span
// less than kMinTrendSpanDays, or the slope is negative or above kMaxKmPerDay.
std::optional<MileageTrend> EstimateMileageTrend(const std::vector<OdometerReading>& readings);
// The mileage the trend gives on that day (never below 0); nullopt when the date does not parse.
std::optional<std::int64_t> ProjectMileage(const MileageTrend& trend, std::string_view date);
// The first day the trend reaches km; nullopt when it never does (no distance driven).
std::optional<std::string> DateAtMileage(const MileageTrend& trend, std::int64_t km);

// [SECTION] The dates of the calls
struct ThankYouCall {
    FollowUpKind kind = FollowUpKind::Day1;
    std::string due_date;
};
// Day 1, 7 and 30 after the delivery; empty when the date does not parse.
std::vector<ThankYouCall> ThankYouCalls(std::string_view delivered_date);

struct Lapse {
    FollowUpKind kind = FollowUpKind::Lapsed3;
    std::string since; // the day the level was reached: the last visit plus 3, 6 or 9 months
};
// The highest 3-6-9 level reached on `on`; nullopt under 3 months or when a date does not parse.
std::optional<Lapse> LapseOn(std::string_view last_visit_date, std::string_view on);

// [SECTION] Every call of a car
struct DeliveredOrder {
    std::string id;
    std::string delivered_date; // shop-local
};

struct VehicleFollowUpFacts {
    VehicleServiceState service; // mileage_km: the last on file; the projection replaces it when it can
    std::vector<OdometerReading> readings; // of its orders and check-ins; the purchase counts at 0 km
    std::vector<DeliveredOrder> delivered;
    std::optional<std::string> insurance_expiry;
    std::optional<std::string> inspection_expiry;
    std::optional<std::string> licence_expiry;
    std::optional<std::string> last_visit_date;
};

struct FollowUpDue {
    FollowUpKind kind = FollowUpKind::Day1;
    std::string due_date; // the day to call
    // What the call is about, stable while the call is the same one (the order, the expiry date, the last
    // visit, the service's due date and mileage): with the car and the kind it makes the row's id.
    std::string anchor;
    // For the advisor: "OIL-FILTER:date:2024-12-15", "OIL-FILTER:mileage:45000", the expiry date, the last
    // visit date; empty for thank-you calls (the order tells).
    std::string reason;
    std::optional<std::string> repair_order_id; // thank-you calls
};

// The calls of one car due on or before today + kFollowUpLookaheadDays, by the rules above; in the order:
// thank-you calls, services, expiries, lapse.
std::vector<FollowUpDue> FollowUpsDue(
    const std::vector<ServiceInterval>& catalog, const VehicleFollowUpFacts& vehicle, std::string_view today);

} // namespace checkin::domain
