#include "shared/sync/hub_blobs.h"

#include <sodium.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <system_error>

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace checkin::sync {
namespace {

constexpr int kConflict = 409;
constexpr int kPayloadTooLarge = 413;
constexpr int kUnprocessable = 422;
constexpr int kInternalError = 500;

std::string Hex(const unsigned char* bytes, size_t size)
{
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

// Appends and forces the bytes to disk before the hub acknowledges them.
bool AppendDurably(const std::filesystem::path& path, std::string_view bytes)
{
    FILE* file = std::fopen(path.string().c_str(), "ab");
    if (file == nullptr)
        return false;
    bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size() && std::fflush(file) == 0;
#ifdef _WIN32
    written = written && _commit(_fileno(file)) == 0;
#else
    written = written && fsync(fileno(file)) == 0;
#endif
    return std::fclose(file) == 0 && written;
}

std::int64_t SizeOr0(const std::filesystem::path& path)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    return error ? 0 : static_cast<std::int64_t>(size);
}

} // namespace

bool IsSha256Hex(std::string_view text)
{
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

std::optional<std::string> Sha256OfFile(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return std::nullopt;
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::array<char, 64 * 1024> buffer{};
    while (file) {
        file.read(buffer.data(), buffer.size());
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(buffer.data()),
            static_cast<unsigned long long>(file.gcount()));
    }
    if (file.bad())
        return std::nullopt;
    std::array<unsigned char, crypto_hash_sha256_BYTES> hash{};
    crypto_hash_sha256_final(&state, hash.data());
    return Hex(hash.data(), hash.size());
}

std::string Sha256OfBytes(std::string_view bytes)
{
    std::array<unsigned char, crypto_hash_sha256_BYTES> hash{};
    crypto_hash_sha256(hash.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return Hex(hash.data(), hash.size());
}

HubBlobStore::HubBlobStore(std::filesystem::path media_dir) : m_media_dir(std::move(media_dir))
{
    std::filesystem::create_directories(m_media_dir / "incoming");
}

std::filesystem::path HubBlobStore::FinalPath(const std::string& sha256) const
{
    return m_media_dir / sha256.substr(0, 2) / sha256;
}

std::filesystem::path HubBlobStore::PartPath(const std::string& sha256) const
{
    return m_media_dir / "incoming" / (sha256 + ".part");
}

BlobProgress HubBlobStore::Status(const std::string& sha256)
{
    std::lock_guard lock(m_mutex);
    if (std::filesystem::exists(FinalPath(sha256)))
        return {SizeOr0(FinalPath(sha256)), true};
    return {SizeOr0(PartPath(sha256)), false};
}

HubReply<BlobProgress> HubBlobStore::Append(
    const std::string& sha256, std::int64_t offset, std::int64_t total, std::string_view bytes)
{
    using Reply = HubReply<BlobProgress>;
    std::lock_guard lock(m_mutex);
    const std::filesystem::path final_path = FinalPath(sha256);
    if (std::filesystem::exists(final_path))
        return Reply::Success({SizeOr0(final_path), true});
    if (total <= 0 || total > kMaxBlobBytes)
        return Reply::Failure(kPayloadTooLarge, "blob_too_large",
            "A blob must have 1 to " + std::to_string(kMaxBlobBytes) + " bytes");
    const std::filesystem::path part = PartPath(sha256);
    const std::int64_t received = SizeOr0(part);
    if (offset != received || offset + static_cast<std::int64_t>(bytes.size()) > total)
        return Reply::Failure(kConflict, "wrong_offset",
            "The hub has " + std::to_string(received) + " bytes of this blob: resume from there");
    if (!AppendDurably(part, bytes))
        return Reply::Failure(kInternalError, "io", "The hub could not store the chunk");
    const std::int64_t now_received = received + static_cast<std::int64_t>(bytes.size());
    if (now_received < total)
        return Reply::Success({now_received, false});

    std::error_code error;
    if (Sha256OfFile(part) != sha256) {
        std::filesystem::remove(part, error);
        return Reply::Failure(kUnprocessable, "hash_mismatch",
            "The uploaded bytes do not have the SHA-256 they were sent under; upload again");
    }
    std::filesystem::create_directories(final_path.parent_path(), error);
    std::filesystem::rename(part, final_path, error);
    if (error)
        return Reply::Failure(kInternalError, "io", "The hub could not keep the blob: " + error.message());
    return Reply::Success({now_received, true});
}

std::optional<std::filesystem::path> HubBlobStore::Find(const std::string& sha256) const
{
    const std::filesystem::path path = FinalPath(sha256);
    if (!std::filesystem::exists(path))
        return std::nullopt;
    return path;
}

} // namespace checkin::sync
