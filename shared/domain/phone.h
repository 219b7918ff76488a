#pragma once
// China mobile numbers as customers type them on the phone pad, with or without the +86 country code.
#include <string>
#include <string_view>

namespace checkin::domain {

enum class PhoneIssue { None, Empty, TooShort, TooLong, NotDigits, BadPrefix };

struct PhoneCheck {
    bool valid = false;
    // What was typed so far can still become a valid number by adding digits (true for a valid number and
    // for empty input).
    bool prefix_ok = false;
    std::string normalized; // national digits only, e.g. "13812345678"
    PhoneIssue issue = PhoneIssue::Empty;
};

// Drops spaces and dashes, then a leading "+86", or a leading "86" when a '1' follows it (a China mobile
// number never starts with 8, so "861..." can only be the country code).
std::string NormalizeChinaMobile(std::string_view text);

// Valid: 11 digits, "1", then 3-9, then 9 more digits. "+", "+8", "8" and "86" count as prefixes of a
// number with country code (issue TooShort); "+" with any other country code is BadPrefix.
PhoneCheck CheckChinaMobile(std::string_view text);

// "13812345678" -> "138****5678": first three and last four digits. Text of 7 characters or fewer is
// masked completely.
std::string MaskMobile(const std::string& normalized);

// The last four characters (all of them when shorter), e.g. for "enter the last four digits".
std::string LastFour(const std::string& normalized);

} // namespace checkin::domain
