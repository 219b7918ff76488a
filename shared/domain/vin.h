#pragma once
// Vehicle identification numbers (ISO 3779) with the check digit of position 9 (North American rule,
// also mandatory in China under GB 16735).
#include <optional>
#include <string>
#include <string_view>

namespace checkin::domain {

struct RegionRules;

enum class VinIssue { None, Empty, WrongLength, ForbiddenLetter, BadCharacter, CheckDigitMismatch };

struct VinCheck {
    // No issue at all, check digit included. A VIN with only CheckDigitMismatch may still be acceptable:
    // see ClassifyVin.
    bool valid = false;
    VinIssue issue = VinIssue::Empty;
    bool check_digit_ok = false;
    char expected_check_digit = '\0'; // '0'-'9' or 'X'; '\0' unless 17 allowed characters
    std::string normalized; // uppercase ASCII, whitespace removed
};

// Removes whitespace and uppercases ASCII letters.
std::string NormalizeVin(std::string_view text);

// The check digit for 17 characters from A-Z/0-9 without I, O, Q (uppercase); nullopt otherwise.
// Transliteration A-H = 1-8, J-R = 1-9 (no Q, so P = 7, R = 9), S-Z = 2-9; weights 8 7 6 5 4 3 2 10 0 9 8 7
// 6 5 4 3 2; sum mod 11, where 10 is written 'X'.
std::optional<char> ComputeVinCheckDigit(std::string_view vin);

// Normalizes, then checks. The issue is the first from the left among characters (ForbiddenLetter for I,
// O, Q; BadCharacter for anything else outside A-Z/0-9), then length, then the check digit.
VinCheck CheckVin(std::string_view text);

enum class VinSeverity { Ok, Warning, Error };

// Ok for a valid VIN. A check-digit mismatch is an Error where the region requires the check digit and a
// Warning elsewhere (some markets' VINs carry no check digit). Every other issue is an Error.
VinSeverity ClassifyVin(const VinCheck& check, const RegionRules& rules);

} // namespace checkin::domain
