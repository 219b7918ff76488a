#include "shared/domain/civil_date.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace checkin::domain {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr std::int64_t kMinuteMs = 60'000;

std::int64_t DayNumber(sys_days date)
{
    return date.time_since_epoch().count();
}

sys_days FromDayNumber(std::int64_t day)
{
    return sys_days(days(day));
}

std::int64_t FloorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t quotient = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient;
}

bool ParseDigits(std::string_view text, int& value)
{
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return std::from_chars(text.data(), text.data() + text.size(), value).ec == std::errc{};
}

} // namespace

std::optional<std::int64_t> ParseIsoDate(std::string_view text)
{
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !ParseDigits(text.substr(0, 4), year)
        || !ParseDigits(text.substr(5, 2), month) || !ParseDigits(text.substr(8, 2), day))
        return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year(year),
        std::chrono::month(static_cast<unsigned>(month)), std::chrono::day(static_cast<unsigned>(day))};
    if (!date.ok())
        return std::nullopt;
    return DayNumber(sys_days(date));
}

std::string FormatIsoDate(std::int64_t day)
{
    const std::chrono::year_month_day date(FromDayNumber(day));
    char text[16];
    std::snprintf(text, sizeof(text), "%04d-%02u-%02u", static_cast<int>(date.year()),
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

int IsoWeekday(std::int64_t day)
{
    return static_cast<int>(std::chrono::weekday(FromDayNumber(day)).iso_encoding());
}

std::int64_t AddMonths(std::int64_t day, std::int64_t months)
{
    const std::chrono::year_month_day date(FromDayNumber(day));
    const std::chrono::year_month target
        = date.year() / date.month() + std::chrono::months(static_cast<int>(months));
    const std::chrono::day last = (target / std::chrono::last).day();
    return DayNumber(sys_days(target / (date.day() < last ? date.day() : last)));
}

std::int64_t LocalDayNumber(std::int64_t utc_ms, std::int64_t utc_offset_minutes)
{
    return FloorDiv(utc_ms + utc_offset_minutes * kMinuteMs, kDayMs);
}

std::int64_t LocalMidnightUtcMs(std::int64_t day, std::int64_t utc_offset_minutes)
{
    return day * kDayMs - utc_offset_minutes * kMinuteMs;
}

std::string FormatLocalTime(std::int64_t utc_ms, std::int64_t utc_offset_minutes)
{
    const std::int64_t minutes_of_day = ((utc_ms / 60'000 + utc_offset_minutes) % 1440 + 1440) % 1440;
    char text[8];
    std::snprintf(text, sizeof(text), "%02d:%02d", static_cast<int>(minutes_of_day / 60),
        static_cast<int>(minutes_of_day % 60));
    return text;
}

} // namespace checkin::domain
