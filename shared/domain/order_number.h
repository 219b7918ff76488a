#pragma once
// The number of a repair order as printed and spoken: "RO" + the shop-local date + "-" + the day's count,
// e.g. "RO20241120-001". Counted per shop day, like the kiosk's queue numbers. Its settlement (结算) number
// at delivery has the same shape with "JS": "JS20241120-001".
#include <optional>
#include <string>
#include <string_view>

namespace checkin::domain {

// "2024-11-20" -> "RO20241120-": what every number of that day starts with.
std::string OrderNumberPrefix(std::string_view iso_date);

// The prefix and n with at least three digits: ("2024-11-20", 7) -> "RO20241120-007"; 1000 -> "-1000".
// n >= 1.
std::string FormatOrderNumber(std::string_view iso_date, int n);

// The same for settlement numbers: "2024-11-20" -> "JS20241120-"; ("2024-11-20", 7) -> "JS20241120-007".
std::string SettlementNumberPrefix(std::string_view iso_date);
std::string FormatSettlementNumber(std::string_view iso_date, int n);

// The count of a number that starts with the prefix and continues with digits only ("RO20241120-007" -> 7,
// also "RO20241120-7"); nullopt for anything else.
std::optional<int> ParseOrderNumberCount(std::string_view number, std::string_view prefix);

} // namespace checkin::domain
