#include "shared/domain/vin.h"

#include <array>
#include <cstddef>

#include "shared/domain/region.h"

namespace checkin::domain {
namespace {

constexpr std::size_t kVinLength = 17;
constexpr std::size_t kCheckDigitIndex = 8; // position 9
// Values of 'A'..'Z'; '-' marks I, O and Q, which a VIN never uses.
constexpr std::string_view kLetterValues = "12345678-12345-7-923456789";
constexpr std::array<int, kVinLength> kWeights{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

bool IsForbiddenLetter(char c)
{
    return c == 'I' || c == 'O' || c == 'Q';
}

// Transliterated value of an allowed character, or -1.
int CharacterValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'Z' && !IsForbiddenLetter(c))
        return kLetterValues[static_cast<std::size_t>(c - 'A')] - '0';
    return -1;
}

} // namespace

std::string NormalizeVin(std::string_view text)
{
    std::string result;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        result += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return result;
}

std::optional<char> ComputeVinCheckDigit(std::string_view vin)
{
    if (vin.size() != kVinLength)
        return std::nullopt;
    int sum = 0;
    for (std::size_t i = 0; i < kVinLength; ++i) {
        const int value = CharacterValue(vin[i]);
        if (value < 0)
            return std::nullopt;
        sum += value * kWeights[i];
    }
    const int remainder = sum % 11;
    return remainder == 10 ? 'X' : static_cast<char>('0' + remainder);
}

VinCheck CheckVin(std::string_view text)
{
    VinCheck result;
    result.normalized = NormalizeVin(text);
    const std::string& vin = result.normalized;
    if (vin.empty())
        return result;
    for (const char c : vin) {
        if (IsForbiddenLetter(c)) {
            result.issue = VinIssue::ForbiddenLetter;
            return result;
        }
        if (CharacterValue(c) < 0) {
            result.issue = VinIssue::BadCharacter;
            return result;
        }
    }
    if (vin.size() != kVinLength) {
        result.issue = VinIssue::WrongLength;
        return result;
    }
    result.expected_check_digit = *ComputeVinCheckDigit(vin);
    result.check_digit_ok = vin[kCheckDigitIndex] == result.expected_check_digit;
    result.valid = result.check_digit_ok;
    result.issue = result.check_digit_ok ? VinIssue::None : VinIssue::CheckDigitMismatch;
    return result;
}

VinSeverity ClassifyVin(const VinCheck& check, const RegionRules& rules)
{
    if (check.issue == VinIssue::None)
        return VinSeverity::Ok;
    if (check.issue == VinIssue::CheckDigitMismatch && !rules.vin_check_digit_required)
        return VinSeverity::Warning;
    return VinSeverity::Error;
}

} // namespace checkin::domain
