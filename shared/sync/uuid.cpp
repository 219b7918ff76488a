#include "shared/sync/uuid.h"

#include <array>
#include <mutex>
#include <random>

namespace checkin::sync {
namespace {

std::uint64_t RandomBits()
{
    static std::mutex s_mutex;
    static std::mt19937_64 s_engine{[] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), device(), device(), device(), device(), device()};
        return std::mt19937_64{seed};
    }()};
    std::lock_guard lock(s_mutex);
    return s_engine();
}

} // namespace

std::string NewUuidV7(std::int64_t unix_ms)
{
    std::array<std::uint8_t, 16> bytes{};
    const auto ms = static_cast<std::uint64_t>(unix_ms);
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<size_t>(i)] = static_cast<std::uint8_t>(ms >> (40 - 8 * i));
    const std::uint64_t random_a = RandomBits();
    const std::uint64_t random_b = RandomBits();
    for (int i = 6; i < 16; ++i) {
        const std::uint64_t source = i < 11 ? random_a : random_b;
        bytes[static_cast<size_t>(i)] = static_cast<std::uint8_t>(source >> (8 * (i % 8)));
    }
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | 0x70); // version 7
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant

    static constexpr char kHex[] = "0123456789abcdef";
    std::string text;
    text.reserve(36);
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.push_back('-');
        text.push_back(kHex[bytes[i] >> 4]);
        text.push_back(kHex[bytes[i] & 0x0F]);
    }
    return text;
}

bool IsUuidV7(const std::string& text)
{
    if (text.size() != 36)
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return text[14] == '7' && (text[19] == '8' || text[19] == '9' || text[19] == 'a' || text[19] == 'b');
}

} // namespace checkin::sync
