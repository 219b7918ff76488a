#pragma once
// Content-addressed files (signature PNGs, photos): a file is named by the SHA-256 of its bytes, so the same
// content is stored once, a stored file never changes, and any copy can be verified by hashing it. Files
// live under the media folder beside the store file; the local-only blobs table lists the complete ones.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "shared/store/store.h"

namespace checkin::store {

// Lowercase hex, 64 characters.
std::string Sha256Hex(std::span<const std::uint8_t> bytes);

// "<first 2 hex>/<hex>.<extension>", with '/' on every platform: the form kept in blobs.path.
std::string BlobRelativePath(std::string_view sha256_hex, std::string_view extension);

// Writes the bytes to media_dir/BlobRelativePath(hash, extension) through a temp file that is flushed to
// disk and then renamed, so the file is either absent or complete. Writing the same bytes again changes
// nothing. The extension is 1 to 8 lowercase letters or digits ("png"), else StoreError Other; file
// system failures throw StoreError Io. Returns the hash.
std::string PutBlob(
    const std::filesystem::path& media_dir, std::span<const std::uint8_t> bytes, std::string_view extension);

// <folder of the store file>/media.
std::filesystem::path MediaDirFor(const Store& store);

// PutBlob into MediaDirFor(store), then records the file as complete in the blobs table (local-only, so
// not through WriteTransaction). Returns the hash.
std::string SaveBlob(Store& store, std::span<const std::uint8_t> bytes, std::string_view extension);

// Whether the blobs table lists a complete file with this hash.
bool HasBlob(Store& store, std::string_view sha256_hex);

} // namespace checkin::store
