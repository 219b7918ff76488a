#pragma once
// Calendar dates as the store keeps them ('YYYY-MM-DD', shop-local) and as day numbers (days since
// 1970-01-01), so date rules are plain integer arithmetic and independent of the device's time zone.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace checkin::domain {

inline constexpr std::int64_t kDayMs = 24 * 60 * 60 * 1000;

// "2024-11-20" -> its day number; nullopt unless exactly 'YYYY-MM-DD' and a real date.
std::optional<std::int64_t> ParseIsoDate(std::string_view text);
std::string FormatIsoDate(std::int64_t day);

// ISO weekday: 1 = Monday .. 7 = Sunday.
int IsoWeekday(std::int64_t day);

// The same day of the month `months` later (or earlier); a day past the end of the target month becomes
// its last day: 2024-01-31 + 1 month = 2024-02-29.
std::int64_t AddMonths(std::int64_t day, std::int64_t months);

// The local day that holds the UTC instant, for a fixed UTC offset.
std::int64_t LocalDayNumber(std::int64_t utc_ms, std::int64_t utc_offset_minutes);
// UTC milliseconds of the local midnight that starts the day.
std::int64_t LocalMidnightUtcMs(std::int64_t day, std::int64_t utc_offset_minutes);
// "HH:MM" of the UTC instant at a fixed UTC offset.
std::string FormatLocalTime(std::int64_t utc_ms, std::int64_t utc_offset_minutes);

} // namespace checkin::domain
