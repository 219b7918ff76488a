#include "shared/domain/reminders.h"

#include <algorithm>
#include <set>

#include "shared/domain/civil_date.h"

namespace checkin::domain {
namespace {

struct Start {
    std::optional<std::int64_t> day;
    std::optional<std::int64_t> km;
};

struct Context {
    std::optional<std::int64_t> today;
    std::optional<std::int64_t> purchase_day;
    std::optional<std::int64_t> mileage_km;
    std::set<std::string, std::less<>> package_codes;
    const std::vector<ServiceRecord>& history;
};

ServiceDue NotDue(const std::string& code)
{
    ServiceDue due;
    due.code = code;
    return due;
}

bool IsFirstMaintenance(std::string_view code)
{
    return code == kFirstMaintenanceCode;
}

// Whether a record of `done_code` counts as the item done.
bool Covers(const Context& context, std::string_view done_code, const ServiceInterval& item)
{
    if (done_code == item.code)
        return true;
    const bool done_package = context.package_codes.contains(done_code);
    return done_package && (context.package_codes.contains(item.code) || item.code == kOilChangeCode);
}

// The latest record that covers the item: by date, then by mileage.
std::optional<Start> LastDone(const Context& context, const ServiceInterval& item)
{
    std::optional<Start> last;
    for (const ServiceRecord& record : context.history) {
        const std::optional<std::int64_t> day = ParseIsoDate(record.date);
        if (!day || !Covers(context, record.code, item))
            continue;
        const Start candidate{day, record.mileage_km};
        if (!last || *candidate.day > *last->day
            || (*candidate.day == *last->day && candidate.km.value_or(-1) > last->km.value_or(-1)))
            last = candidate;
    }
    return last;
}

DueStatus StatusAt(std::int64_t now, std::int64_t due, std::int64_t soon_margin)
{
    if (now >= due)
        return DueStatus::DueNow;
    return now >= due - soon_margin ? DueStatus::DueSoon : DueStatus::NotDue;
}

ServiceDue CountFrom(const Context& context, const ServiceInterval& item, const Start& start)
{
    ServiceDue due = NotDue(item.code);
    DueStatus by_date = DueStatus::NotDue;
    DueStatus by_km = DueStatus::NotDue;
    if (start.day && item.interval_months) {
        const std::int64_t due_day = AddMonths(*start.day, *item.interval_months);
        due.due_date = FormatIsoDate(due_day);
        if (context.today)
            by_date = StatusAt(*context.today, due_day, kDueSoonDays);
    }
    if (start.km && item.interval_km) {
        due.due_km = *start.km + *item.interval_km;
        if (context.mileage_km)
            by_km = StatusAt(*context.mileage_km, *due.due_km, kDueSoonKm);
    }
    due.status = std::max(by_date, by_km);
    if (due.status != DueStatus::NotDue)
        due.reason = by_date >= by_km ? DueReason::Date : DueReason::Mileage;
    return due;
}

// The first maintenance can still be offered: never done (no package ever), and neither past the window's
// end by date nor by mileage, with at least one of them known.
bool FirstMaintenanceOpen(const Context& context, const ServiceInterval& item)
{
    if (LastDone(context, item))
        return false;
    bool known = false;
    if (context.purchase_day && context.today && item.interval_months) {
        known = true;
        const std::int64_t closes
            = AddMonths(*context.purchase_day, kFirstMaintenanceWindowFactor * *item.interval_months);
        if (*context.today > closes)
            return false;
    }
    if (context.mileage_km && item.interval_km) {
        known = true;
        if (*context.mileage_km > kFirstMaintenanceWindowFactor * *item.interval_km)
            return false;
    }
    return known;
}

} // namespace

std::vector<ServiceDue> ServicesDue(
    const std::vector<ServiceInterval>& items, const VehicleServiceState& vehicle, std::string_view today)
{
    Context context{ParseIsoDate(today),
        vehicle.purchase_date ? ParseIsoDate(*vehicle.purchase_date) : std::nullopt, vehicle.mileage_km, {},
        vehicle.history};
    for (const ServiceInterval& item : items)
        if (item.is_package || IsFirstMaintenance(item.code))
            context.package_codes.insert(item.code);

    const auto first = std::find_if(items.begin(), items.end(),
        [](const ServiceInterval& item) { return IsFirstMaintenance(item.code); });
    const bool first_open = first != items.end() && FirstMaintenanceOpen(context, *first);
    const Start from_purchase{context.purchase_day, 0};

    std::vector<ServiceDue> result;
    for (const ServiceInterval& item : items) {
        if (!item.interval_months && !item.interval_km)
            continue;
        if (item.code == kNewEnergyCheckCode && !vehicle.new_energy)
            continue;
        if (IsFirstMaintenance(item.code)) {
            result.push_back(first_open ? CountFrom(context, item, from_purchase) : NotDue(item.code));
            continue;
        }
        const std::optional<Start> last = LastDone(context, item);
        if (!last && first_open)
            result.push_back(NotDue(item.code));
        else
            result.push_back(CountFrom(context, item, last.value_or(from_purchase)));
    }
    return result;
}

} // namespace checkin::domain
