#include "shared/usecases/shop_day.h"

#include <chrono>
#include <cstdio>

namespace checkin::usecases {
namespace {

using std::chrono::milliseconds;
using std::chrono::minutes;

std::chrono::sys_days LocalDay(std::int64_t utc_ms, std::int64_t utc_offset_minutes)
{
    const auto local
        = std::chrono::sys_time<milliseconds>(milliseconds(utc_ms)) + minutes(utc_offset_minutes);
    return std::chrono::floor<std::chrono::days>(local);
}

} // namespace

UtcRange ShopDayAt(std::int64_t utc_ms, std::int64_t utc_offset_minutes)
{
    const auto start = std::chrono::sys_time<milliseconds>(LocalDay(utc_ms, utc_offset_minutes))
        - minutes(utc_offset_minutes);
    const auto end = start + std::chrono::days(1);
    return {start.time_since_epoch().count(), end.time_since_epoch().count()};
}

std::string ShopDate(std::int64_t utc_ms, std::int64_t utc_offset_minutes)
{
    const std::chrono::year_month_day date(LocalDay(utc_ms, utc_offset_minutes));
    char text[16];
    std::snprintf(text, sizeof(text), "%04d-%02u-%02u", static_cast<int>(date.year()),
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

} // namespace checkin::usecases
