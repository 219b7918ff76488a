#pragma once
// The hub's photo and signature files, content-addressed by SHA-256. An upload arrives in chunks, appended
// to media/incoming/<sha>.part and flushed to disk, so a device that lost its connection resumes from
// what the hub has (Status). The last chunk is verified against the name before the file is renamed to
// media/<first two hex>/<sha>: a stored blob is always complete and correct.
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "shared/sync/protocol.h"

namespace checkin::sync {

inline constexpr std::int64_t kMaxBlobBytes = 64LL * 1024 * 1024;

// 64 lower-case hex digits.
bool IsSha256Hex(std::string_view text);
// SHA-256 of a file as lower-case hex; nullopt when it cannot be read.
std::optional<std::string> Sha256OfFile(const std::filesystem::path& path);
std::string Sha256OfBytes(std::string_view bytes);

struct BlobProgress {
    std::int64_t received = 0;
    bool complete = false;
};

class HubBlobStore {
public:
    explicit HubBlobStore(std::filesystem::path media_dir);

    BlobProgress Status(const std::string& sha256);
    // Appends bytes at offset (which must equal what was received so far: 409 tells the device where to
    // resume). When total bytes are in, verifies them (422 and the upload is dropped on a mismatch).
    HubReply<BlobProgress> Append(
        const std::string& sha256, std::int64_t offset, std::int64_t total, std::string_view bytes);
    // The stored file, when the blob is complete.
    std::optional<std::filesystem::path> Find(const std::string& sha256) const;

private:
    std::filesystem::path FinalPath(const std::string& sha256) const;
    std::filesystem::path PartPath(const std::string& sha256) const;

    std::filesystem::path m_media_dir;
    std::mutex m_mutex; // one upload step at a time: parts are appended and renamed consistently
};

} // namespace checkin::sync
