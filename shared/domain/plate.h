#pragma once
// Chinese licence plates (GA 36), checked character by character so the kiosk can reject a key press the
// moment it can no longer lead to a valid plate.
#include <string>
#include <string_view>
#include <vector>

namespace checkin::domain {

enum class PlateKind {
    Unknown, // not (yet) a complete plate
    Regular, // 京A12345: province, office letter, 5 letters/digits
    NewEnergySmall, // 京AD12345: province, office letter, D or F, letter/digit, 4 digits
    NewEnergyLarge, // 京A12345D: province, office letter, 5 digits, D or F
    Special, // 京A1234警: province, office letter, 4 letters/digits, one of 警学挂港澳领使
};

enum class PlateIssue {
    None,
    Empty,
    TooShort,
    TooLong,
    UnknownProvince,
    BadOfficeLetter,
    ForbiddenLetterIO,
    BadCharacter,
    BadNewEnergyPattern,
};

struct PlateCheck {
    bool valid = false;
    // What was typed so far can still become a valid plate by adding characters (true for a valid plate
    // and for empty input).
    bool prefix_ok = false;
    PlateKind kind = PlateKind::Unknown;
    std::string normalized; // UTF-8, see NormalizePlate
    PlateIssue issue = PlateIssue::Empty;
};

// The 31 province abbreviations in the order of the plate keyboard, one UTF-8 character each.
const std::vector<std::string>& ChinaProvinces();
// The characters that may end a special plate: 警 学 挂 港 澳 领 使.
const std::vector<std::string>& ChinaPlateSpecialEndings();

// Uppercases Latin letters, folds full-width letters and digits to ASCII, and drops spaces (also U+3000),
// middle dots ('·') and hyphens.
std::string NormalizePlate(std::string_view utf8);

// Normalizes, then checks. The issue is the first problem from the left, so the kiosk can point at it.
PlateCheck CheckChinaPlate(std::string_view utf8);

// "京A12345" -> "京A·12345", "京AD12345" -> "京A·D12345". Expects a normalized plate; shorter text is
// returned unchanged.
std::string FormatPlateForDisplay(const std::string& normalized);

// For public screens: "京A12345" -> "京A·***45". Shows province and office letter and the last two
// characters; a serial of two characters or fewer is masked completely.
std::string MaskPlate(const std::string& normalized);

} // namespace checkin::domain
