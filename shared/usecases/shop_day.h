#pragma once
// The shop's calendar runs on its own UTC offset (settings: utc_offset_minutes), not the device's time zone:
// "today's bookings" must mean the same day on every kiosk and on the hub.
#include <cstdint>
#include <string>

namespace checkin::usecases {

// A half-open range [start, end) of UTC milliseconds.
struct UtcRange {
    std::int64_t start_utc_ms = 0;
    std::int64_t end_utc_ms = 0;
};

// The shop-local day that holds the instant.
UtcRange ShopDayAt(std::int64_t utc_ms, std::int64_t utc_offset_minutes);

// The shop-local date of the instant, 'YYYY-MM-DD'.
std::string ShopDate(std::int64_t utc_ms, std::int64_t utc_offset_minutes);

} // namespace checkin::usecases
