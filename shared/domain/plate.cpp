#include "shared/domain/plate.h"

#include <algorithm>
#include <cstddef>
#include <span>

#include "shared/domain/utf8.h"

namespace checkin::domain {
namespace {

constexpr std::u32string_view kProvinces = U"京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
constexpr std::u32string_view kSpecialEndings = U"警学挂港澳领使";
// Full-width forms are folded to ASCII before this lookup, so '－' is caught as '-'.
constexpr std::u32string_view kSeparators
    = U" \t\u00A0\u3000-\u2010\u2011\u2013\u2014\u2212\u00B7\u2022\u30FB\uFF65";

constexpr std::size_t kRegularLength = 7;
constexpr std::size_t kNewEnergyLength = 8;
constexpr std::size_t kSpecialEndingIndex = kRegularLength - 1;
constexpr std::size_t kSerialStart = 2; // after province and office letter
constexpr std::size_t kMaskVisibleTail = 2;
constexpr std::string_view kDisplaySeparator = "·";

bool IsAsciiUpper(char32_t c)
{
    return c >= U'A' && c <= U'Z';
}
bool IsAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}
bool IsLetterIO(char32_t c)
{
    return c == U'I' || c == U'O';
}
bool IsDOrF(char32_t c)
{
    return c == U'D' || c == U'F';
}
bool IsProvince(char32_t c)
{
    return kProvinces.find(c) != std::u32string_view::npos;
}
bool IsSpecialEnding(char32_t c)
{
    return kSpecialEndings.find(c) != std::u32string_view::npos;
}

char32_t FoldWidthAndCase(char32_t c)
{
    if (c >= U'\uFF01' && c <= U'\uFF5E') // full-width ASCII block
        c -= 0xFEE0;
    if (c >= U'a' && c <= U'z')
        c -= U'a' - U'A';
    return c;
}

std::vector<char32_t> NormalizedCodePoints(std::string_view utf8)
{
    std::vector<char32_t> result;
    for (char32_t c : DecodeUtf8(utf8)) {
        c = FoldWidthAndCase(c);
        if (kSeparators.find(c) == std::u32string_view::npos)
            result.push_back(c);
    }
    return result;
}

std::vector<std::string> EncodeEach(std::u32string_view code_points)
{
    std::vector<std::string> result;
    for (const char32_t c : code_points)
        result.push_back(EncodeUtf8(c));
    return result;
}

// The first character, from the left, that is not allowed where it stands; None if there is none.
PlateIssue CharacterIssue(const std::vector<char32_t>& plate)
{
    if (!IsProvince(plate[0]))
        return PlateIssue::UnknownProvince;
    if (plate.size() > 1) {
        if (IsLetterIO(plate[1]))
            return PlateIssue::ForbiddenLetterIO;
        if (!IsAsciiUpper(plate[1]))
            return PlateIssue::BadOfficeLetter;
    }
    for (std::size_t i = kSerialStart; i < plate.size(); ++i) {
        const char32_t c = plate[i];
        if (IsLetterIO(c))
            return PlateIssue::ForbiddenLetterIO;
        if (IsSpecialEnding(c)) {
            if (i != kSpecialEndingIndex || i + 1 != plate.size())
                return PlateIssue::BadCharacter;
        } else if (!IsAsciiUpper(c) && !IsAsciiDigit(c)) {
            return PlateIssue::BadCharacter;
        }
    }
    return PlateIssue::None;
}

// For an 8-character plate whose characters already passed CharacterIssue.
PlateKind NewEnergyKind(const std::vector<char32_t>& plate)
{
    const auto serial = plate.begin() + kSerialStart;
    if (IsDOrF(serial[0]) && std::all_of(serial + 2, plate.end(), IsAsciiDigit))
        return PlateKind::NewEnergySmall;
    if (std::all_of(serial, plate.end() - 1, IsAsciiDigit) && IsDOrF(plate.back()))
        return PlateKind::NewEnergyLarge;
    return PlateKind::Unknown;
}

} // namespace

const std::vector<std::string>& ChinaProvinces()
{
    static const std::vector<std::string> provinces = EncodeEach(kProvinces);
    return provinces;
}

const std::vector<std::string>& ChinaPlateSpecialEndings()
{
    static const std::vector<std::string> endings = EncodeEach(kSpecialEndings);
    return endings;
}

std::string NormalizePlate(std::string_view utf8)
{
    return EncodeUtf8(NormalizedCodePoints(utf8));
}

PlateCheck CheckChinaPlate(std::string_view utf8)
{
    const std::vector<char32_t> plate = NormalizedCodePoints(utf8);
    PlateCheck result;
    result.normalized = EncodeUtf8(plate);
    if (plate.empty()) {
        result.prefix_ok = true;
        return result;
    }
    result.issue = CharacterIssue(plate);
    if (result.issue != PlateIssue::None)
        return result;

    if (plate.size() < kRegularLength) {
        // Every character is allowed where it stands, so letters/digits can complete a regular plate.
        result.issue = PlateIssue::TooShort;
        result.prefix_ok = true;
    } else if (plate.size() == kRegularLength) {
        result.kind = IsSpecialEnding(plate.back()) ? PlateKind::Special : PlateKind::Regular;
    } else if (plate.size() == kNewEnergyLength) {
        result.kind = NewEnergyKind(plate);
        if (result.kind == PlateKind::Unknown)
            result.issue = PlateIssue::BadNewEnergyPattern;
    } else {
        result.issue = PlateIssue::TooLong;
    }
    if (result.kind != PlateKind::Unknown) {
        result.valid = true;
        result.prefix_ok = true;
    }
    return result;
}

std::string FormatPlateForDisplay(const std::string& normalized)
{
    const std::vector<char32_t> plate = DecodeUtf8(normalized);
    if (plate.size() <= kSerialStart)
        return normalized;
    const std::span<const char32_t> all(plate);
    return EncodeUtf8(all.first(kSerialStart)) + std::string(kDisplaySeparator)
        + EncodeUtf8(all.subspan(kSerialStart));
}

std::string MaskPlate(const std::string& normalized)
{
    const std::vector<char32_t> plate = DecodeUtf8(normalized);
    const std::span<const char32_t> all(plate);
    const std::size_t prefix_length = std::min(plate.size(), kSerialStart);
    const std::size_t serial_length = plate.size() - prefix_length;
    const std::size_t visible = serial_length > kMaskVisibleTail ? kMaskVisibleTail : 0;
    std::string masked = EncodeUtf8(all.first(prefix_length));
    if (serial_length == 0)
        return masked;
    masked += kDisplaySeparator;
    masked.append(serial_length - visible, '*');
    masked += EncodeUtf8(all.last(visible));
    return masked;
}

} // namespace checkin::domain
