#include "shared/store/queries_capacity.h"

#include <algorithm>
#include <map>

#include "shared/domain/civil_date.h"

namespace checkin::store {
namespace {

constexpr std::int64_t kHourMs = 3'600'000;

} // namespace

std::vector<SlotView> DaySlots(
    Store& store, std::int64_t shop_day_start_utc_ms, std::int64_t utc_offset_minutes)
{
    const std::int64_t day = domain::LocalDayNumber(shop_day_start_utc_ms, utc_offset_minutes);
    const std::int64_t midnight = domain::LocalMidnightUtcMs(day, utc_offset_minutes);

    Statement bookings(store.Db(), R"sql(
SELECT (slot_start - ?1) / 3600000, count(*) FROM bookings
WHERE slot_start >= ?1 AND slot_start < ?2 AND status != 'cancelled' AND deleted_at IS NULL
GROUP BY 1
)sql");
    bookings.BindAll(midnight, midnight + domain::kDayMs);
    std::map<std::int64_t, std::int64_t> booked_by_hour;
    while (bookings.Step())
        booked_by_hour[bookings.Int64(0)] = bookings.Int64(1);

    Statement capacity(store.Db(), R"sql(
SELECT hour, slots FROM shop_capacity WHERE weekday = ?1 AND deleted_at IS NULL ORDER BY hour
)sql");
    capacity.BindAll(domain::IsoWeekday(day));
    std::vector<SlotView> slots;
    while (capacity.Step()) {
        SlotView& slot = slots.emplace_back();
        const std::int64_t hour = capacity.Int64(0);
        slot.start_utc_ms = midnight + hour * kHourMs;
        slot.hour = static_cast<int>(hour);
        slot.capacity = static_cast<int>(capacity.Int64(1));
        const auto booked = booked_by_hour.find(hour);
        slot.booked = booked != booked_by_hour.end() ? static_cast<int>(booked->second) : 0;
        slot.full = slot.booked >= slot.capacity;
    }
    return slots;
}

std::vector<DayView> BookableDays(
    Store& store, std::int64_t from_utc_ms, int days, std::int64_t utc_offset_minutes)
{
    const std::int64_t first_day = domain::LocalDayNumber(from_utc_ms, utc_offset_minutes);
    std::vector<DayView> result;
    for (std::int64_t day = first_day; day < first_day + days; ++day) {
        DayView& view = result.emplace_back();
        view.date = domain::FormatIsoDate(day);
        view.day_start_utc_ms = domain::LocalMidnightUtcMs(day, utc_offset_minutes);
        view.weekday = domain::IsoWeekday(day);
        for (const SlotView& slot : DaySlots(store, view.day_start_utc_ms, utc_offset_minutes)) {
            view.open = view.open || slot.capacity > 0;
            if (slot.start_utc_ms >= from_utc_ms)
                view.free_slots += std::max(0, slot.capacity - slot.booked);
        }
    }
    return result;
}

WorkingWeek WorkingHours(Store& store)
{
    Statement select(
        store.Db(), "SELECT weekday, hour FROM shop_capacity WHERE slots > 0 AND deleted_at IS NULL");
    WorkingWeek week{};
    while (select.Step())
        week.at(static_cast<std::size_t>(select.Int64(0) - 1)).at(static_cast<std::size_t>(select.Int64(1)))
            = true;
    return week;
}

} // namespace checkin::store
