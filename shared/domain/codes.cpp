#include "shared/domain/codes.h"

#include <random>

namespace checkin::domain {

std::string NewCustomerCode()
{
    std::random_device source;
    std::uniform_int_distribution<std::size_t> pick(0, kCodeAlphabet.size() - 1);
    std::string code;
    code.reserve(kCodeLength);
    for (std::size_t i = 0; i < kCodeLength; ++i)
        code.push_back(kCodeAlphabet[pick(source)]);
    return code;
}

bool IsCustomerCode(std::string_view text)
{
    if (text.size() != kCodeLength)
        return false;
    for (char c : text)
        if (kCodeAlphabet.find(c) == std::string_view::npos)
            return false;
    return true;
}

} // namespace checkin::domain
