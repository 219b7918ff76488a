#pragma once
// Which services a car is due for (提醒服务), for the kiosk's suggestions and the advisor's reminders. Each
// service comes back after its interval in months or in kilometres, whichever comes first; a new car's
// free first maintenance (首保) has a window of its own. Pure functions over dates 'YYYY-MM-DD'.
//
// The rules:
// - An item is counted from the last time it was done, else from the car's purchase at 0 km.
// - A maintenance package (is_package, the first maintenance included) also counts as done for every
//   other package and for the oil change (kOilChangeCode): each of them changes the oil.
// - Due now once the date or the mileage is reached; due soon within kDueSoonDays or kDueSoonKm of it.
// - First maintenance: due at its interval from purchase (catalog: 3 months or 5,000 km) unless a package
//   was ever done; no longer offered past kFirstMaintenanceWindowFactor times its interval (6 months or
//   10,000 km). While that window is open, the car's other items that were never done are not due: the
//   first maintenance starts their count.
// - The EV check (kNewEnergyCheckCode) is only for new-energy cars. Items with neither interval are left
//   out, and so is what cannot be judged: no date and no mileage to count from is "not due".
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace checkin::domain {

inline constexpr std::string_view kFirstMaintenanceCode = "FIRST-MAINT";
inline constexpr std::string_view kOilChangeCode = "OIL-FILTER";
inline constexpr std::string_view kNewEnergyCheckCode = "NEV-CHECK";
inline constexpr std::int64_t kDueSoonDays = 30;
inline constexpr std::int64_t kDueSoonKm = 1'000;
inline constexpr std::int64_t kFirstMaintenanceWindowFactor = 2;

// A catalog item as the reminder rules see it.
struct ServiceInterval {
    std::string code;
    std::optional<std::int64_t> interval_months;
    std::optional<std::int64_t> interval_km;
    bool is_package = false;
};

// A service done on the car.
struct ServiceRecord {
    std::string code;
    std::string date; // 'YYYY-MM-DD', shop-local; a record whose date does not parse is ignored
    std::optional<std::int64_t> mileage_km; // the odometer then
};

struct VehicleServiceState {
    std::optional<std::string> purchase_date; // 'YYYY-MM-DD'
    std::optional<std::int64_t> mileage_km; // now, or the last one recorded
    bool new_energy = false; // electric or plug-in hybrid
    std::vector<ServiceRecord> history; // any order, any number of records per code
};

enum class DueStatus { NotDue, DueSoon, DueNow };
enum class DueReason { None, Date, Mileage };

struct ServiceDue {
    std::string code;
    DueStatus status = DueStatus::NotDue;
    // What makes it due: the more urgent of date and mileage, Date when both are as urgent. None when
    // not due.
    DueReason reason = DueReason::None;
    std::optional<std::string> due_date; // next due by date, when it can be counted
    std::optional<std::int64_t> due_km; // next due at this mileage, when it can be counted
};

// One result per item that has an interval and applies to the car, in the order of items.
std::vector<ServiceDue> ServicesDue(
    const std::vector<ServiceInterval>& items, const VehicleServiceState& vehicle, std::string_view today);

} // namespace checkin::domain
