// Photo import with stb_image (decode), stb_image_resize (renditions) and stb_image_write (encode). The
// order of the checks matters: size on disk, then the type by its magic bytes, then the pixel count the
// header claims (stbi_info reads the header only), and only then the decoder allocates.
#include "shared/media/photo_import.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <fstream>
#include <limits>
#include <memory>
#include <new>
#include <system_error>

#include <stb_image.h>
#include <stb_image_write.h>
// Debian 12 ships stb_image_resize.h; newer stb (vcpkg) moved it to deprecated/ for stb_image_resize2.h.
#if __has_include(<stb_image_resize.h>)
#include <stb_image_resize.h>
#define CHECKIN_STBIR_V1 1
#else
#include <stb_image_resize2.h>
#endif

namespace checkin::media {
namespace {

constexpr int kJpegQuality = 85;

enum class ImageType { Jpeg, Png };

std::optional<ImageType> TypeOf(std::span<const std::uint8_t> bytes)
{
    static constexpr std::uint8_t kPngSignature[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (bytes.size() >= 2 && bytes[0] == 0xFF && bytes[1] == 0xD8) // SOI
        return ImageType::Jpeg;
    if (bytes.size() >= sizeof(kPngSignature)
        && std::equal(std::begin(kPngSignature), std::end(kPngSignature), bytes.begin()))
        return ImageType::Png;
    return std::nullopt;
}

// Pixels in rows of width * channels bytes; channels is 3 (RGB) or 4 (RGBA). Either as stb_image decoded
// them (kept in its buffer: a 12 MP copy costs time and 36 MB) or as turned or shrunk here.
struct Pixels {
    int width = 0;
    int height = 0;
    int channels = 0;
    std::unique_ptr<stbi_uc, decltype(&stbi_image_free)> decoded{nullptr, &stbi_image_free};
    std::vector<std::uint8_t> made;

    bool Empty() const { return !decoded && made.empty(); }
    const std::uint8_t* Data() const { return decoded ? decoded.get() : made.data(); }
    size_t Size() const
    {
        return static_cast<size_t>(width) * static_cast<size_t>(height) * static_cast<size_t>(channels);
    }
};

struct Decoded {
    std::optional<Pixels> pixels;
    std::optional<PhotoError> error;
    std::string detail;
};

std::string Dimensions(std::int64_t width, std::int64_t height)
{
    return std::to_string(width) + "x" + std::to_string(height);
}

std::optional<PhotoError> TooManyPixels(std::int64_t width, std::int64_t height, std::string& detail)
{
    if (width * height <= kMaxPhotoPixels)
        return std::nullopt;
    detail = "the header claims " + Dimensions(width, height) + " = " + std::to_string(width * height)
        + " pixels, over " + std::to_string(kMaxPhotoPixels);
    return PhotoError::TooManyPixels;
}

// The size in a PNG's IHDR, always the first chunk: stb_image refuses a PNG header whose pixels would pass
// 2^30 bytes before it says its size, and then reports only "unknown image type".
std::optional<std::pair<std::int64_t, std::int64_t>> PngHeaderSize(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < 24 || bytes[12] != 'I' || bytes[13] != 'H' || bytes[14] != 'D' || bytes[15] != 'R')
        return std::nullopt;
    const auto big_endian = [&](size_t at) {
        return (std::int64_t{bytes[at]} << 24) | (std::int64_t{bytes[at + 1]} << 16)
            | (std::int64_t{bytes[at + 2]} << 8) | std::int64_t{bytes[at + 3]};
    };
    return std::pair{big_endian(16), big_endian(20)};
}

// Where the upright pixel (0, 0) is in the stored image, and how the stored position moves for one step right
// and one step down in the upright image. EXIF orientation 6 means "shown rotated 90 clockwise": the upright
// top row is the stored left column read from the bottom up.
struct Walk {
    int origin_x;
    int origin_y;
    int right_x;
    int right_y;
    int down_x;
    int down_y;
};

Walk WalkOf(int orientation, int width, int height)
{
    switch (orientation) {
    case 2:
        return {width - 1, 0, -1, 0, 0, 1}; // mirrored left to right
    case 3:
        return {width - 1, height - 1, -1, 0, 0, -1}; // rotated 180
    case 4:
        return {0, height - 1, 1, 0, 0, -1}; // mirrored top to bottom
    case 5:
        return {0, 0, 0, 1, 1, 0}; // transposed
    case 6:
        return {0, height - 1, 0, -1, 1, 0}; // rotated 90 clockwise
    case 7:
        return {width - 1, height - 1, 0, -1, -1, 0}; // transversed
    case 8:
        return {width - 1, 0, 0, 1, -1, 0}; // rotated 90 counter-clockwise
    default:
        return {0, 0, 1, 0, 0, 1};
    }
}

// Turns stored pixels upright by the EXIF orientation; 5..8 swap width and height. In 64x64 tiles, so that
// a rotation, which reads stored columns, finds its rows still in the cache.
template <int Channels> Pixels Orient(const std::uint8_t* stored, int width, int height, int orientation)
{
    const bool swaps = orientation >= 5 && orientation <= 8;
    Pixels upright;
    upright.width = swaps ? height : width;
    upright.height = swaps ? width : height;
    upright.channels = Channels;
    upright.made.resize(upright.Size());

    const Walk walk = WalkOf(orientation, width, height);
    const std::ptrdiff_t stored_stride = static_cast<std::ptrdiff_t>(width) * Channels;
    const auto offset = [&](std::ptrdiff_t x, std::ptrdiff_t y) { return y * stored_stride + x * Channels; };
    const std::ptrdiff_t right = offset(walk.right_x, walk.right_y);
    const std::ptrdiff_t down = offset(walk.down_x, walk.down_y);
    const std::uint8_t* origin = stored + offset(walk.origin_x, walk.origin_y);
    const size_t upright_stride = static_cast<size_t>(upright.width) * Channels;
    constexpr int kTile = 64;
    for (int tile_y = 0; tile_y < upright.height; tile_y += kTile) {
        for (int tile_x = 0; tile_x < upright.width; tile_x += kTile) {
            const int end_x = std::min(tile_x + kTile, upright.width);
            for (int y = tile_y; y < std::min(tile_y + kTile, upright.height); ++y) {
                std::uint8_t* out = upright.made.data() + static_cast<size_t>(y) * upright_stride
                    + static_cast<size_t>(tile_x) * Channels;
                const std::uint8_t* in = origin + down * y + right * tile_x;
                for (int x = tile_x; x < end_x; ++x, in += right, out += Channels)
                    std::memcpy(out, in, Channels);
            }
        }
    }
    return upright;
}

// Checks the claimed size, decodes to RGB (channels 3) or RGBA (4) and turns the pixels upright.
Decoded DecodeUpright(std::span<const std::uint8_t> bytes, int channels, int orientation)
{
    if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max()))
        return {std::nullopt, PhotoError::TooLarge, "more bytes than the decoder takes"};
    const int length = static_cast<int>(bytes.size());
    int width = 0;
    int height = 0;
    int channels_in_file = 0;
    std::string detail;
    if (const auto png_size = TypeOf(bytes) == ImageType::Png ? PngHeaderSize(bytes) : std::nullopt) {
        if (const auto error = TooManyPixels(png_size->first, png_size->second, detail))
            return {std::nullopt, error, std::move(detail)};
    }
    if (stbi_info_from_memory(bytes.data(), length, &width, &height, &channels_in_file) == 0)
        return {
            std::nullopt, PhotoError::Corrupt, std::string("unreadable header: ") + stbi_failure_reason()};
    if (const auto error = TooManyPixels(width, height, detail))
        return {std::nullopt, error, std::move(detail)};

    Pixels stored;
    stored.decoded.reset(stbi_load_from_memory(
        bytes.data(), length, &stored.width, &stored.height, &channels_in_file, channels));
    if (!stored.decoded)
        return {std::nullopt, PhotoError::Corrupt, std::string("does not decode: ") + stbi_failure_reason()};
    stored.channels = channels;
    if (orientation != 1)
        return {channels == 4 ? Orient<4>(stored.Data(), stored.width, stored.height, orientation)
                              : Orient<3>(stored.Data(), stored.width, stored.height, orientation),
            std::nullopt, {}};
    return {std::move(stored), std::nullopt, {}};
}

bool HasTransparency(const Pixels& pixels)
{
    if (pixels.channels != 4)
        return false;
    const std::uint8_t* data = pixels.Data();
    for (size_t i = 3; i < pixels.Size(); i += 4) {
        if (data[i] != 255)
            return true;
    }
    return false;
}

// Down to long_edge on the longer side, aspect kept, sRGB-aware so dark detail survives; nullopt when the
// source is small enough already (never enlarged). Empty pixels when the resizer fails.
std::optional<Pixels> Shrunk(const Pixels& source, int long_edge, bool alpha)
{
    const int longest = std::max(source.width, source.height);
    if (longest <= long_edge)
        return std::nullopt;
    const double scale = static_cast<double>(long_edge) / longest;
    Pixels target;
    target.width = std::max(1, static_cast<int>(std::lround(source.width * scale)));
    target.height = std::max(1, static_cast<int>(std::lround(source.height * scale)));
    target.channels = source.channels;
    target.made.resize(target.Size());
#ifdef CHECKIN_STBIR_V1
    const bool resized
        = stbir_resize_uint8_srgb(source.Data(), source.width, source.height, 0, target.made.data(),
              target.width, target.height, 0, source.channels, alpha ? 3 : STBIR_ALPHA_CHANNEL_NONE, 0)
        != 0;
#else
    // stb_image_resize2 resizes RGBA premultiplied on the fly; an opaque RGBA image comes out the same.
    (void)alpha;
    const bool resized
        = stbir_resize_uint8_srgb(source.Data(), source.width, source.height, 0, target.made.data(),
              target.width, target.height, 0, source.channels == 4 ? STBIR_RGBA : STBIR_RGB)
        != nullptr;
#endif
    if (!resized)
        target.made.clear();
    return target;
}

void AppendBytes(void* context, void* data, int size)
{
    auto* bytes = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* begin = static_cast<const std::uint8_t*>(data);
    bytes->insert(bytes->end(), begin, begin + size);
}

EncodedImage Encode(const Pixels& pixels, bool png)
{
    EncodedImage image;
    image.width = pixels.width;
    image.height = pixels.height;
    if (pixels.Empty())
        return image; // no bytes: the caller reports it
    if (png) {
        image.extension = "png";
        image.mime = "image/png";
        stbi_write_png_to_func(&AppendBytes, &image.bytes, pixels.width, pixels.height, pixels.channels,
            pixels.Data(), pixels.width * pixels.channels);
    } else {
        // JPEG ignores a fourth (opaque) channel.
        image.extension = "jpg";
        image.mime = "image/jpeg";
        stbi_write_jpg_to_func(&AppendBytes, &image.bytes, pixels.width, pixels.height, pixels.channels,
            pixels.Data(), kJpegQuality);
    }
    return image;
}

PhotoImport Failure(PhotoError error, std::string detail)
{
    return {std::nullopt, error, std::move(detail)};
}

} // namespace

std::string_view PhotoErrorKey(PhotoError error)
{
    switch (error) {
    case PhotoError::NotAnImage:
        return "photo.error.not_image";
    case PhotoError::Corrupt:
        return "photo.error.corrupt";
    case PhotoError::TooManyPixels:
        return "photo.error.too_many_pixels";
    case PhotoError::TooLarge:
        return "photo.error.too_large";
    case PhotoError::Unreadable:
        return "photo.error.unreadable";
    }
    return "photo.error.corrupt";
}

PhotoImport PreparePhoto(std::span<const std::uint8_t> bytes)
{
    if (static_cast<std::int64_t>(bytes.size()) > kMaxPhotoBytes)
        return Failure(PhotoError::TooLarge,
            std::to_string(bytes.size()) + " bytes, over " + std::to_string(kMaxPhotoBytes));
    const auto type = TypeOf(bytes);
    if (!type)
        return Failure(PhotoError::NotAnImage, "neither a JPEG nor a PNG signature");
    // Within the limits a picture still needs up to 200 MB of pixels: a device short of memory refuses it
    // like one that is too big, rather than ending the worker thread with an exception.
    try {
        const int orientation = *type == ImageType::Jpeg ? ExifOrientation(bytes) : 1;
        // A PNG may carry transparency (an alpha channel or a tRNS chunk): RGBA; a JPEG never does.
        Decoded decoded = DecodeUpright(bytes, *type == ImageType::Png ? 4 : 3, orientation);
        if (!decoded.pixels)
            return Failure(*decoded.error, std::move(decoded.detail));
        const Pixels& upright = *decoded.pixels;

        PreparedPhoto photo;
        photo.exif_orientation = orientation;
        photo.original.bytes.assign(bytes.begin(), bytes.end());
        photo.original.extension = *type == ImageType::Png ? "png" : "jpg";
        photo.original.mime = *type == ImageType::Png ? "image/png" : "image/jpeg";
        photo.original.width = upright.width;
        photo.original.height = upright.height;

        const bool alpha = HasTransparency(upright);
        const std::optional<Pixels> shrunk_screen = Shrunk(upright, kScreenLongEdge, alpha);
        const Pixels& screen = shrunk_screen ? *shrunk_screen : upright;
        photo.screen = Encode(screen, alpha);
        if (photo.screen.bytes.empty())
            return Failure(PhotoError::Corrupt, "the screen rendition could not be made");
        // The thumbnail from the screen pixels: a sixth of the work, and 1600 px is plenty to shrink from.
        const std::optional<Pixels> thumb = Shrunk(screen, kThumbLongEdge, alpha);
        photo.thumb = Encode(thumb ? *thumb : screen, alpha);
        if (photo.thumb.bytes.empty())
            return Failure(PhotoError::Corrupt, "the thumbnail could not be made");
        return {std::move(photo), std::nullopt, {}};
    } catch (const std::bad_alloc&) {
        return Failure(PhotoError::TooManyPixels, "out of memory for its pixels");
    }
}

PhotoImport PreparePhotoFile(const std::filesystem::path& path)
{
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        return Failure(PhotoError::Unreadable, path.string() + ": " + error.message());
    if (size > static_cast<std::uintmax_t>(kMaxPhotoBytes))
        return Failure(PhotoError::TooLarge,
            path.string() + ": " + std::to_string(size) + " bytes, over " + std::to_string(kMaxPhotoBytes));
    std::ifstream file(path, std::ios::binary);
    std::vector<std::uint8_t> bytes(static_cast<size_t>(size));
    if (!file
        || !file.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size())))
        return Failure(PhotoError::Unreadable, path.string() + ": cannot be read");
    return PreparePhoto(bytes);
}

std::optional<RgbaImage> DecodeRgba(std::span<const std::uint8_t> bytes)
{
    const auto type = TypeOf(bytes);
    if (!type || static_cast<std::int64_t>(bytes.size()) > kMaxPhotoBytes)
        return std::nullopt;
    try {
        Decoded decoded = DecodeUpright(bytes, 4, *type == ImageType::Jpeg ? ExifOrientation(bytes) : 1);
        if (!decoded.pixels)
            return std::nullopt;
        Pixels& pixels = *decoded.pixels;
        if (pixels.decoded)
            pixels.made.assign(pixels.decoded.get(), pixels.decoded.get() + pixels.Size());
        return RgbaImage{pixels.width, pixels.height, std::move(pixels.made)};
    } catch (const std::bad_alloc&) {
        return std::nullopt;
    }
}

bool HasPhotoExtension(const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".jpg" || extension == ".jpeg" || extension == ".png";
}

} // namespace checkin::media
