#pragma once
// Photo import for repair orders: what an advisor drops on the window, picks in the file browser or a bay
// camera leaves in a watched folder. Everything here is pure and thread-safe, so it runs on a worker thread:
// the UI never waits on decoding. A photo is checked before it is decoded (size on disk, then the pixel
// count its header claims), decoded, turned upright by its EXIF orientation (phones store pictures sideways
// and say so in EXIF), and rendered twice: for the screen (long edge 1600 px) and as a thumbnail (256 px).
// The original bytes are kept as they came, for evidence.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace checkin::media {

inline constexpr std::int64_t kMaxPhotoBytes = 40LL * 1024 * 1024;
inline constexpr std::int64_t kMaxPhotoPixels = 50'000'000;
inline constexpr int kScreenLongEdge = 1600;
inline constexpr int kThumbLongEdge = 256;

enum class PhotoError {
    NotAnImage, // neither JPEG nor PNG by its content (whatever the file name says)
    Corrupt, // a JPEG or PNG that does not decode (damaged or truncated)
    TooManyPixels, // the header claims more than kMaxPhotoPixels
    TooLarge, // the file is larger than kMaxPhotoBytes
    Unreadable, // the file could not be opened or read
};

// The string-table key of the message staff see: "photo.error.not_image", "photo.error.corrupt",
// "photo.error.too_many_pixels", "photo.error.too_large", "photo.error.unreadable".
std::string_view PhotoErrorKey(PhotoError error);

// An encoded picture: JPEG ("jpg") for photos, PNG ("png") where the source had transparency.
struct EncodedImage {
    std::vector<std::uint8_t> bytes;
    std::string extension; // "jpg" | "png"
    std::string mime; // "image/jpeg" | "image/png"
    int width = 0;
    int height = 0;
};

struct PreparedPhoto {
    EncodedImage original; // the bytes as imported; width and height upright (after EXIF orientation)
    EncodedImage screen; // upright, long edge at most kScreenLongEdge (never enlarged)
    EncodedImage thumb; // upright, long edge at most kThumbLongEdge (never enlarged)
    int exif_orientation = 1; // 1..8 as found; 1 when absent
};

struct PhotoImport {
    std::optional<PreparedPhoto> photo; // set on success
    std::optional<PhotoError> error; // set on failure
    std::string detail; // English detail for the log (the decoder's reason, the claimed size...)
};

// Checks, decodes, orients and renders. Never throws for bad input: the error says what is wrong.
PhotoImport PreparePhoto(std::span<const std::uint8_t> bytes);
// The same from a file: refuses a file over kMaxPhotoBytes before reading it.
PhotoImport PreparePhotoFile(const std::filesystem::path& path);

// The EXIF orientation tag (1..8) of a JPEG; 1 when there is none or the data is not a JPEG with EXIF.
int ExifOrientation(std::span<const std::uint8_t> jpeg_bytes);

// Decoded RGBA8 pixels, upright: what a texture is made from (on a worker thread; the GL thread uploads).
struct RgbaImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels; // width * height * 4
};
// Decodes a JPEG or PNG (a stored rendition) and applies its EXIF orientation; nullopt when it does not
// decode or claims more than kMaxPhotoPixels.
std::optional<RgbaImage> DecodeRgba(std::span<const std::uint8_t> bytes);

// Whether a file name looks like a picture worth trying (.jpg, .jpeg, .png, any case): for the file
// browser and the watched folders. The content still decides.
bool HasPhotoExtension(const std::filesystem::path& path);

} // namespace checkin::media
