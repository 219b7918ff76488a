#include "shared/domain/order_number.h"

#include <charconv>
#include <cstdio>
#include <stdexcept>

namespace checkin::domain {
namespace {

std::string DayPrefix(std::string_view letters, std::string_view iso_date)
{
    std::string prefix(letters);
    for (char c : iso_date)
        if (c != '-')
            prefix += c;
    return prefix + "-";
}

std::string FormatDayNumber(std::string prefix, int n)
{
    if (n < 1)
        throw std::invalid_argument("Day numbers start at 1, not " + std::to_string(n));
    char count[16];
    std::snprintf(count, sizeof(count), "%03d", n);
    return prefix + count;
}

} // namespace

std::string OrderNumberPrefix(std::string_view iso_date)
{
    return DayPrefix("RO", iso_date);
}

std::string FormatOrderNumber(std::string_view iso_date, int n)
{
    return FormatDayNumber(OrderNumberPrefix(iso_date), n);
}

std::string SettlementNumberPrefix(std::string_view iso_date)
{
    return DayPrefix("JS", iso_date);
}

std::string FormatSettlementNumber(std::string_view iso_date, int n)
{
    return FormatDayNumber(SettlementNumberPrefix(iso_date), n);
}

std::optional<int> ParseOrderNumberCount(std::string_view number, std::string_view prefix)
{
    if (number.size() <= prefix.size() || number.substr(0, prefix.size()) != prefix)
        return std::nullopt;
    const std::string_view digits = number.substr(prefix.size());
    for (char c : digits)
        if (c < '0' || c > '9')
            return std::nullopt;
    int n = 0;
    if (std::from_chars(digits.data(), digits.data() + digits.size(), n).ec != std::errc{})
        return std::nullopt;
    return n;
}

} // namespace checkin::domain
