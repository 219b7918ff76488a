#include "shared/domain/queue_number.h"

#include <charconv>
#include <cstdio>
#include <stdexcept>

namespace checkin::domain {

std::string FormatQueueNumber(int n)
{
    if (n < 1)
        throw std::invalid_argument("Queue numbers start at 1, not " + std::to_string(n));
    char text[16];
    std::snprintf(text, sizeof(text), "A%03d", n);
    return text;
}

std::optional<int> ParseQueueNumber(std::string_view text)
{
    if (text.size() < 4 || text.front() != 'A')
        return std::nullopt;
    const std::string_view digits = text.substr(1);
    for (char c : digits)
        if (c < '0' || c > '9')
            return std::nullopt;
    int n = 0;
    if (std::from_chars(digits.data(), digits.data() + digits.size(), n).ec != std::errc{} || n < 1)
        return std::nullopt;
    if (FormatQueueNumber(n) != text) // extra leading zeros
        return std::nullopt;
    return n;
}

} // namespace checkin::domain
