#include "shared/sync/secrets.h"

#include <sodium.h>

#include <array>
#include <cctype>
#include <stdexcept>

namespace checkin::sync {
namespace {

constexpr std::string_view kCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr size_t kCodeLength = 10;

void RequireSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialized");
}

std::string Hex(const unsigned char* bytes, size_t size)
{
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

} // namespace

std::string NewDeviceToken()
{
    RequireSodium();
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return Hex(bytes.data(), bytes.size());
}

std::string NewPairingCode()
{
    RequireSodium();
    std::string code;
    for (size_t i = 0; i < kCodeLength; ++i) {
        if (i == kCodeLength / 2)
            code += '-';
        code += kCodeAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kCodeAlphabet.size()))];
    }
    return code;
}

std::string NormalizePairingCode(std::string_view typed)
{
    std::string code;
    for (const char c : typed)
        if (c != '-' && c != ' ')
            code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return code;
}

std::string HashSecret(std::string_view secret)
{
    RequireSodium();
    std::array<unsigned char, crypto_generichash_BYTES> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(secret.data()),
        secret.size(), nullptr, 0);
    return Hex(hash.data(), hash.size());
}

} // namespace checkin::sync
