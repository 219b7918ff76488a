#include "shared/domain/phone.h"

#include <algorithm>
#include <cstddef>

namespace checkin::domain {
namespace {

constexpr std::size_t kMobileLength = 11;
constexpr std::string_view kCountryCode = "86";
constexpr std::size_t kMaskKeepHead = 3;
constexpr std::size_t kMaskKeepTail = 4;
constexpr std::size_t kLastFour = 4;

bool IsDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool IsSeparator(char c)
{
    return c == ' ' || c == '\t' || c == '-';
}

// Text a customer may type before the national number: "+", "+8", "+86", "8", "86".
bool IsCountryCodePrefix(std::string_view text)
{
    if (text.starts_with('+'))
        text.remove_prefix(1);
    return kCountryCode.starts_with(text);
}

} // namespace

std::string NormalizeChinaMobile(std::string_view text)
{
    std::string digits;
    for (const char c : text) {
        if (!IsSeparator(c))
            digits += c;
    }
    std::string_view rest = digits;
    if (rest.starts_with("+86"))
        rest.remove_prefix(3);
    else if (rest.starts_with("861"))
        rest.remove_prefix(kCountryCode.size());
    return std::string(rest);
}

PhoneCheck CheckChinaMobile(std::string_view text)
{
    PhoneCheck result;
    result.normalized = NormalizeChinaMobile(text);
    const std::string& number = result.normalized;
    if (number.empty()) {
        // Only separators, or only "+86": nothing of the national number typed yet.
        result.issue
            = std::all_of(text.begin(), text.end(), IsSeparator) ? PhoneIssue::Empty : PhoneIssue::TooShort;
        result.prefix_ok = true;
        return result;
    }
    if (IsCountryCodePrefix(number)) {
        result.issue = PhoneIssue::TooShort;
        result.prefix_ok = true;
        return result;
    }
    if (number.starts_with('+')) { // another country code
        result.issue = PhoneIssue::BadPrefix;
        return result;
    }
    if (!std::all_of(number.begin(), number.end(), IsDigit)) {
        result.issue = PhoneIssue::NotDigits;
        return result;
    }
    if (number[0] != '1' || (number.size() > 1 && (number[1] < '3' || number[1] > '9'))) {
        result.issue = PhoneIssue::BadPrefix;
        return result;
    }
    if (number.size() < kMobileLength) {
        result.issue = PhoneIssue::TooShort;
        result.prefix_ok = true;
    } else if (number.size() > kMobileLength) {
        result.issue = PhoneIssue::TooLong;
    } else {
        result.issue = PhoneIssue::None;
        result.valid = true;
        result.prefix_ok = true;
    }
    return result;
}

std::string MaskMobile(const std::string& normalized)
{
    if (normalized.size() <= kMaskKeepHead + kMaskKeepTail)
        return std::string(normalized.size(), '*');
    return normalized.substr(0, kMaskKeepHead)
        + std::string(normalized.size() - kMaskKeepHead - kMaskKeepTail, '*')
        + normalized.substr(normalized.size() - kMaskKeepTail);
}

std::string LastFour(const std::string& normalized)
{
    return normalized.substr(normalized.size() - std::min(normalized.size(), kLastFour));
}

} // namespace checkin::domain
