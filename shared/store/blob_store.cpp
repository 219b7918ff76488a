#include "shared/store/blob_store.h"

#include <sodium.h>

#include <cerrno>
#include <cstdio>
#include <random>
#include <system_error>

#if defined(_WIN32)
#include <io.h>
#else
#include <unistd.h>
#endif

namespace checkin::store {
namespace {

constexpr std::size_t kMaxExtensionLength = 8;

std::string PathText(const std::filesystem::path& path)
{
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

[[noreturn]] void ThrowIo(const std::string& what, const std::filesystem::path& path, const std::string& why)
{
    throw StoreError(StoreErrorCode::Io, what + " '" + PathText(path) + "': " + why);
}

void RequireExtension(std::string_view extension)
{
    bool valid = !extension.empty() && extension.size() <= kMaxExtensionLength;
    for (char c : extension)
        valid = valid && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    if (!valid)
        throw StoreError(
            StoreErrorCode::Other, "'" + std::string(extension) + "' is not a blob file extension");
}

std::string MimeFor(std::string_view extension)
{
    if (extension == "png")
        return "image/png";
    if (extension == "jpg" || extension == "jpeg")
        return "image/jpeg";
    if (extension == "webp")
        return "image/webp";
    return "application/octet-stream";
}

std::string RandomSuffix()
{
    std::random_device source;
    char text[16];
    std::snprintf(text, sizeof(text), "%08x", static_cast<unsigned>(source()));
    return text;
}

std::FILE* OpenForWriting(const std::filesystem::path& path)
{
#if defined(_WIN32)
    return _wfopen(path.c_str(), L"wb");
#else
    return std::fopen(path.c_str(), "wb");
#endif
}

// Written, flushed and synced to disk, or an exception.
void WriteDurably(const std::filesystem::path& path, std::span<const std::uint8_t> bytes)
{
    std::FILE* file = OpenForWriting(path);
    if (file == nullptr)
        ThrowIo("Cannot create blob file", path, std::generic_category().message(errno));
    bool ok = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size() && std::fflush(file) == 0;
#if defined(_WIN32)
    ok = ok && _commit(_fileno(file)) == 0;
#else
    ok = ok && fsync(fileno(file)) == 0;
#endif
    const int error = errno;
    ok = std::fclose(file) == 0 && ok;
    if (!ok) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        ThrowIo("Cannot write blob file", path, std::generic_category().message(error));
    }
}

bool HasSize(const std::filesystem::path& path, std::size_t size)
{
    std::error_code error;
    const auto found = std::filesystem::file_size(path, error);
    return !error && found == size;
}

} // namespace

std::string Sha256Hex(std::span<const std::uint8_t> bytes)
{
    static const bool initialized = sodium_init() >= 0;
    if (!initialized)
        throw StoreError(StoreErrorCode::Other, "libsodium could not be initialized");
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, bytes.data(), bytes.size());
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof(hex), digest, sizeof(digest));
    return hex;
}

std::string BlobRelativePath(std::string_view sha256_hex, std::string_view extension)
{
    return std::string(sha256_hex.substr(0, 2)) + "/" + std::string(sha256_hex) + "."
        + std::string(extension);
}

std::string PutBlob(
    const std::filesystem::path& media_dir, std::span<const std::uint8_t> bytes, std::string_view extension)
{
    RequireExtension(extension);
    const std::string hash = Sha256Hex(bytes);
    const std::filesystem::path target
        = media_dir / hash.substr(0, 2) / (hash + "." + std::string(extension));
    if (HasSize(target, bytes.size()))
        return hash;

    std::error_code error;
    std::filesystem::create_directories(target.parent_path(), error);
    if (error)
        ThrowIo("Cannot create blob folder", target.parent_path(), error.message());
    std::filesystem::path temp = target;
    temp += ".tmp-" + RandomSuffix();
    WriteDurably(temp, bytes);
    std::filesystem::rename(temp, target, error);
    if (error) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        // Another writer may have put the same content there first (Windows refuses to replace it).
        if (!HasSize(target, bytes.size()))
            ThrowIo("Cannot rename blob file to", target, error.message());
    }
    return hash;
}

std::filesystem::path MediaDirFor(const Store& store)
{
    return store.Path().parent_path() / "media";
}

std::string SaveBlob(Store& store, std::span<const std::uint8_t> bytes, std::string_view extension)
{
    const std::string hash = PutBlob(MediaDirFor(store), bytes, extension);
    Statement record(store.Db(), R"sql(
INSERT INTO blobs (sha256, size, mime, path, complete) VALUES (?1, ?2, ?3, ?4, 1)
ON CONFLICT (sha256) DO UPDATE SET size = excluded.size, mime = excluded.mime, path = excluded.path,
    complete = 1
)sql");
    record.BindAll(
        hash, static_cast<std::int64_t>(bytes.size()), MimeFor(extension), BlobRelativePath(hash, extension));
    record.Run();
    return hash;
}

bool HasBlob(Store& store, std::string_view sha256_hex)
{
    Statement select(store.Db(), "SELECT 1 FROM blobs WHERE sha256 = ?1 AND complete = 1");
    select.BindAll(sha256_hex);
    return select.Step();
}

} // namespace checkin::store
