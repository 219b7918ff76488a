#pragma once
// The booking calendar: the shop's capacity per weekday and hour (shop_capacity, from advisors and bays)
// against the bookings already taken.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "shared/store/store.h"

namespace checkin::store {

// One hour of a shop day that has a capacity row.
struct SlotView {
    std::int64_t start_utc_ms = 0;
    int hour = 0; // shop-local, 0..23
    int capacity = 0;
    int booked = 0; // live bookings not cancelled that start within the hour
    bool full = false; // booked >= capacity (an hour with capacity 0 is full)
};

// The slots of the shop day that holds shop_day_start_utc_ms, by hour.
std::vector<SlotView> DaySlots(
    Store& store, std::int64_t shop_day_start_utc_ms, std::int64_t utc_offset_minutes);

struct DayView {
    std::string date; // 'YYYY-MM-DD', shop-local
    std::int64_t day_start_utc_ms = 0;
    int weekday = 0; // ISO: 1 = Monday .. 7 = Sunday
    bool open = false; // some hour has capacity
    int free_slots = 0; // free places in the slots that start at or after from_utc_ms
};

// `days` shop days from the one that holds from_utc_ms, for the booking calendar. Slots that started
// before from_utc_ms are not counted as free: they can no longer be booked.
std::vector<DayView> BookableDays(
    Store& store, std::int64_t from_utc_ms, int days, std::int64_t utc_offset_minutes);

// The shop's working week: [ISO weekday - 1][shop-local hour] is true when that hour has a capacity row
// with slots. All false when the shop has no capacity at all.
using WorkingWeek = std::array<std::array<bool, 24>, 7>;
WorkingWeek WorkingHours(Store& store);

} // namespace checkin::store
