#include "support/photo_samples.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <random>
#include <stdexcept>

#include <libexif/exif-data.h>
#include <stb_image_write.h>

namespace checkin::testing {
namespace {

void AppendBytes(void* context, void* data, int size)
{
    auto* bytes = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* begin = static_cast<const std::uint8_t*>(data);
    bytes->insert(bytes->end(), begin, begin + size);
}

} // namespace

SamplePixels RedLeftHalf(int width, int height)
{
    SamplePixels pixels{width, height, 3, {}};
    pixels.data.reserve(static_cast<size_t>(width) * height * 3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const bool left = x < width / 2;
            pixels.data.push_back(left ? 230 : 20);
            pixels.data.push_back(20);
            pixels.data.push_back(left ? 20 : 230);
        }
    }
    return pixels;
}

SamplePixels PhotoLike(int width, int height)
{
    SamplePixels pixels{width, height, 3, {}};
    pixels.data.resize(static_cast<size_t>(width) * height * 3);
    std::minstd_rand random(20261124);
    std::uniform_int_distribution<int> noise(-24, 24);
    std::uint8_t* out = pixels.data.data();
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            // Soft gradients and a wave (sky, paint, shade) under sensor noise.
            const double fx = static_cast<double>(x) / width;
            const double fy = static_cast<double>(y) / height;
            const double wave = 40.0 * std::sin(fx * 18.0 + fy * 7.0);
            const int base[3] = {static_cast<int>(60 + 150 * fx + wave), static_cast<int>(90 + 100 * fy),
                static_cast<int>(200 - 120 * fx * fy - wave)};
            for (int channel = 0; channel < 3; ++channel)
                *out++ = static_cast<std::uint8_t>(std::clamp(base[channel] + noise(random), 0, 255));
        }
    }
    return pixels;
}

std::vector<std::uint8_t> EncodeJpeg(const SamplePixels& pixels, int quality)
{
    std::vector<std::uint8_t> bytes;
    if (stbi_write_jpg_to_func(
            &AppendBytes, &bytes, pixels.width, pixels.height, pixels.channels, pixels.data.data(), quality)
        == 0)
        throw std::runtime_error("stbi_write_jpg_to_func failed");
    return bytes;
}

std::vector<std::uint8_t> EncodePng(const SamplePixels& pixels)
{
    std::vector<std::uint8_t> bytes;
    if (stbi_write_png_to_func(&AppendBytes, &bytes, pixels.width, pixels.height, pixels.channels,
            pixels.data.data(), pixels.width * pixels.channels)
        == 0)
        throw std::runtime_error("stbi_write_png_to_func failed");
    return bytes;
}

std::vector<std::uint8_t> WithExifOrientation(const std::vector<std::uint8_t>& jpeg, int orientation)
{
    const std::unique_ptr<ExifData, decltype(&exif_data_unref)> exif(exif_data_new(), &exif_data_unref);
    exif_data_set_byte_order(exif.get(), EXIF_BYTE_ORDER_INTEL);
    ExifEntry* entry = exif_entry_new();
    exif_content_add_entry(exif->ifd[EXIF_IFD_0], entry);
    exif_entry_initialize(entry, EXIF_TAG_ORIENTATION); // one SHORT
    exif_set_short(entry->data, EXIF_BYTE_ORDER_INTEL, static_cast<ExifShort>(orientation));
    exif_entry_unref(entry); // the IFD holds it

    unsigned char* saved = nullptr;
    unsigned int saved_size = 0;
    exif_data_save_data(exif.get(), &saved, &saved_size); // "Exif\0\0" and the TIFF structure
    const std::unique_ptr<unsigned char, decltype(&std::free)> owned(saved, &std::free);
    if (saved == nullptr || saved_size + 2 > 0xFFFF || jpeg.size() < 2)
        throw std::runtime_error("cannot build the Exif segment");

    // SOI, then APP1 (FF E1, a big-endian length that counts itself), then the rest of the JPEG.
    std::vector<std::uint8_t> result(jpeg.begin(), jpeg.begin() + 2);
    const unsigned int length = saved_size + 2;
    result.insert(result.end(),
        {0xFF, 0xE1, static_cast<std::uint8_t>(length >> 8), static_cast<std::uint8_t>(length & 0xFF)});
    result.insert(result.end(), saved, saved + saved_size);
    result.insert(result.end(), jpeg.begin() + 2, jpeg.end());
    return result;
}

bool IsRed(const std::uint8_t* pixel)
{
    return pixel[0] > 160 && pixel[1] < 90 && pixel[2] < 90;
}

bool IsBlue(const std::uint8_t* pixel)
{
    return pixel[0] < 90 && pixel[1] < 90 && pixel[2] > 160;
}

} // namespace checkin::testing
