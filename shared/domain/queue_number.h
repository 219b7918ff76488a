#pragma once
// The number on a customer's ticket and on the lobby board: "A001", "A002"... counted per shop day.
#include <optional>
#include <string>
#include <string_view>

namespace checkin::domain {

// "A" and the number with at least three digits: 1 -> "A001", 42 -> "A042", 1000 -> "A1000". n >= 1.
std::string FormatQueueNumber(int n);

// The number of a queue number exactly as FormatQueueNumber writes it; nullopt for anything else
// ("A000", "A01", "a001", "A0001", "B001").
std::optional<int> ParseQueueNumber(std::string_view text);

} // namespace checkin::domain
