#pragma once
// Pictures made on the fly for the photo-import tests and the benchmark: no binary fixtures in git. They are
// encoded with stb_image_write, and the EXIF segment of a "sideways" phone photo is built with libexif.
#include <cstdint>
#include <vector>

namespace checkin::testing {

// Raw pixels in rows of width * channels bytes.
struct SamplePixels {
    int width = 0;
    int height = 0;
    int channels = 3;
    std::vector<std::uint8_t> data;
};

// An asymmetric test card, RGB: the left half red, the right half blue, so every rotation and flip of it can
// be told apart by which side (or which half) is red.
SamplePixels RedLeftHalf(int width, int height);
// What a camera makes: gradients with noise, so JPEG compresses it like a photo (RGB, fixed seed).
SamplePixels PhotoLike(int width, int height);

std::vector<std::uint8_t> EncodeJpeg(const SamplePixels& pixels, int quality = 90);
std::vector<std::uint8_t> EncodePng(const SamplePixels& pixels);

// The JPEG with an APP1 Exif segment carrying this Orientation tag right after its SOI marker.
std::vector<std::uint8_t> WithExifOrientation(const std::vector<std::uint8_t>& jpeg, int orientation);

// Whether the pixel is clearly red / blue (JPEG blurs the exact values).
bool IsRed(const std::uint8_t* pixel);
bool IsBlue(const std::uint8_t* pixel);

} // namespace checkin::testing
