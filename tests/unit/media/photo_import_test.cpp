#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <string>

#include "shared/media/photo_import.h"
#include "shared/sync/hub_blobs.h"
#include "support/photo_samples.h"
#include "unit/store/store_test_support.h"

using namespace checkin::media;
using namespace checkin::testing;

namespace {

std::string Sha256(const std::vector<std::uint8_t>& bytes)
{
    return checkin::sync::Sha256OfBytes(
        std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

void WriteFile(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes)
{
    std::ofstream file(path, std::ios::binary);
    file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

const std::uint8_t* PixelOf(const RgbaImage& image, int x, int y)
{
    return image.pixels.data() + (static_cast<size_t>(y) * image.width + x) * 4;
}

// The upright pixels of the imported original (DecodeRgba applies its EXIF orientation too).
RgbaImage UprightOriginal(const PreparedPhoto& photo)
{
    auto decoded = DecodeRgba(photo.original.bytes);
    REQUIRE(decoded.has_value());
    return std::move(*decoded);
}

// Rewrites the size in a JPEG's SOF0 header (stb_image_write writes baseline JPEGs), walking the markers.
void ClaimJpegSize(std::vector<std::uint8_t>& jpeg, int width, int height)
{
    size_t at = 2;
    while (at + 9 < jpeg.size() && jpeg[at] == 0xFF && jpeg[at + 1] != 0xC0)
        at += 2 + (static_cast<size_t>(jpeg[at + 2]) << 8 | jpeg[at + 3]);
    REQUIRE(at + 9 < jpeg.size());
    REQUIRE(jpeg[at + 1] == 0xC0);
    jpeg[at + 5] = static_cast<std::uint8_t>(height >> 8);
    jpeg[at + 6] = static_cast<std::uint8_t>(height & 0xFF);
    jpeg[at + 7] = static_cast<std::uint8_t>(width >> 8);
    jpeg[at + 8] = static_cast<std::uint8_t>(width & 0xFF);
}

bool HalfIsRed(const RgbaImage& image, bool top_or_left, bool vertical_split)
{
    // Sample the middle of the half, away from the JPEG blur at the border.
    const int x = vertical_split ? (top_or_left ? image.width / 4 : image.width * 3 / 4) : image.width / 2;
    const int y = vertical_split ? image.height / 2 : (top_or_left ? image.height / 4 : image.height * 3 / 4);
    return IsRed(PixelOf(image, x, y));
}

} // namespace

TEST_SUITE("unit/media")
{
    TEST_CASE("Photo import: a JPEG gets a JPEG screen rendition and thumbnail, original bytes kept")
    {
        const auto jpeg = EncodeJpeg(PhotoLike(2000, 1000));
        const PhotoImport result = PreparePhoto(jpeg);
        REQUIRE(result.photo.has_value());
        CHECK_FALSE(result.error.has_value());
        const PreparedPhoto& photo = *result.photo;
        CHECK(photo.exif_orientation == 1);
        CHECK(photo.original.bytes == jpeg);
        CHECK(photo.original.extension == "jpg");
        CHECK(photo.original.mime == "image/jpeg");
        CHECK(photo.original.width == 2000);
        CHECK(photo.original.height == 1000);
        CHECK(photo.screen.width == 1600);
        CHECK(photo.screen.height == 800);
        CHECK(photo.screen.extension == "jpg");
        CHECK(photo.screen.mime == "image/jpeg");
        CHECK(photo.thumb.width == 256);
        CHECK(photo.thumb.height == 128);
        CHECK(photo.thumb.extension == "jpg");
        CHECK(photo.thumb.bytes.size() < photo.screen.bytes.size());
        CHECK(photo.screen.bytes.size() < photo.original.bytes.size());
        // Three different files: content addressing stores three blobs.
        CHECK(Sha256(photo.original.bytes) != Sha256(photo.screen.bytes));
        CHECK(Sha256(photo.screen.bytes) != Sha256(photo.thumb.bytes));
        // The renditions are real JPEGs of the stated size.
        const auto thumb = DecodeRgba(photo.thumb.bytes);
        REQUIRE(thumb.has_value());
        CHECK(thumb->width == 256);
        CHECK(thumb->height == 128);
    }

    TEST_CASE("Photo import: a small opaque PNG is never enlarged and its renditions are JPEG")
    {
        const auto png = EncodePng(PhotoLike(200, 300));
        const PhotoImport result = PreparePhoto(png);
        REQUIRE(result.photo.has_value());
        const PreparedPhoto& photo = *result.photo;
        CHECK(photo.exif_orientation == 1);
        CHECK(photo.original.extension == "png");
        CHECK(photo.original.mime == "image/png");
        CHECK(photo.original.width == 200);
        CHECK(photo.original.height == 300);
        CHECK(photo.screen.width == 200); // smaller than 1600: kept
        CHECK(photo.screen.height == 300);
        CHECK(photo.screen.extension == "jpg");
        CHECK(photo.thumb.width == 171); // 200 * 256 / 300, rounded
        CHECK(photo.thumb.height == 256);
        CHECK(photo.thumb.mime == "image/jpeg");
        CHECK(Sha256(photo.original.bytes) != Sha256(photo.screen.bytes));
        CHECK(Sha256(photo.screen.bytes) != Sha256(photo.thumb.bytes));
    }

    TEST_CASE("Photo import: a PNG with transparency keeps it in PNG renditions")
    {
        SamplePixels pixels{400, 200, 4, {}};
        for (int y = 0; y < pixels.height; ++y) {
            for (int x = 0; x < pixels.width; ++x) {
                const bool hole = x >= pixels.width / 2; // the right half is fully transparent
                pixels.data.insert(
                    pixels.data.end(), {40, 180, 60, static_cast<std::uint8_t>(hole ? 0 : 255)});
            }
        }
        const PhotoImport result = PreparePhoto(EncodePng(pixels));
        REQUIRE(result.photo.has_value());
        const PreparedPhoto& photo = *result.photo;
        CHECK(photo.screen.extension == "png");
        CHECK(photo.screen.mime == "image/png");
        CHECK(photo.thumb.extension == "png");
        CHECK(photo.thumb.width == 256);
        CHECK(photo.thumb.height == 128);
        const auto thumb = DecodeRgba(photo.thumb.bytes);
        REQUIRE(thumb.has_value());
        CHECK(PixelOf(*thumb, 32, 64)[3] == 255);
        CHECK(PixelOf(*thumb, 224, 64)[3] == 0);
        CHECK(PixelOf(*thumb, 32, 64)[1] > 150); // the opaque colour is not darkened by the transparent half
    }

    TEST_CASE("Photo import: a PNG with an opaque alpha channel gets JPEG renditions")
    {
        SamplePixels pixels{64, 64, 4, std::vector<std::uint8_t>(64 * 64 * 4, 255)};
        const PhotoImport result = PreparePhoto(EncodePng(pixels));
        REQUIRE(result.photo.has_value());
        CHECK(result.photo->screen.extension == "jpg");
        CHECK(result.photo->thumb.extension == "jpg");
    }

    TEST_CASE("Photo import: the content decides the type, not the file name")
    {
        TempFolder folder;
        const auto path = folder.Folder() / "IMG_0001.jpg";
        WriteFile(path, EncodePng(RedLeftHalf(40, 20)));
        const PhotoImport result = PreparePhotoFile(path);
        REQUIRE(result.photo.has_value());
        CHECK(result.photo->original.extension == "png");
        CHECK(result.photo->original.mime == "image/png");
        CHECK(result.photo->exif_orientation == 1);

        const auto text = folder.Folder() / "notes.jpg";
        WriteFile(text, {'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd', '\n'});
        const PhotoImport not_image = PreparePhotoFile(text);
        CHECK_FALSE(not_image.photo.has_value());
        REQUIRE(not_image.error.has_value());
        CHECK(*not_image.error == PhotoError::NotAnImage);
        CHECK(*PreparePhoto({}).error == PhotoError::NotAnImage);
    }

    TEST_CASE("Photo import: a damaged or truncated JPEG is corrupt")
    {
        std::vector<std::uint8_t> damaged = {0xFF, 0xD8};
        std::minstd_rand random(7);
        for (int i = 0; i < 4000; ++i)
            damaged.push_back(static_cast<std::uint8_t>(random()));
        const PhotoImport garbage = PreparePhoto(damaged);
        CHECK_FALSE(garbage.photo.has_value());
        REQUIRE(garbage.error.has_value());
        CHECK(*garbage.error == PhotoError::Corrupt);
        CHECK_FALSE(garbage.detail.empty());

        const auto jpeg = EncodeJpeg(PhotoLike(320, 240));
        const std::vector<std::uint8_t> half(
            jpeg.begin(), jpeg.begin() + static_cast<std::ptrdiff_t>(jpeg.size() / 2));
        const PhotoImport truncated = PreparePhoto(half);
        CHECK_FALSE(truncated.photo.has_value());
        REQUIRE(truncated.error.has_value());
        CHECK(*truncated.error == PhotoError::Corrupt);
        CHECK_FALSE(DecodeRgba(half).has_value());

        const auto png = EncodePng(PhotoLike(100, 100));
        const std::vector<std::uint8_t> half_png(
            png.begin(), png.begin() + static_cast<std::ptrdiff_t>(png.size() / 2));
        CHECK(*PreparePhoto(half_png).error == PhotoError::Corrupt);
    }

    TEST_CASE("Photo import: a header claiming 30000x30000 pixels is refused before decoding")
    {
        auto png = EncodePng(RedLeftHalf(8, 8));
        // IHDR: signature (8), chunk length (4), "IHDR" (4), then big-endian width and height. The pixel data
        // stays that of 8x8, so decoding it would fail as Corrupt: TooManyPixels proves it was not decoded.
        for (const size_t offset : {16u, 20u}) {
            png[offset] = 0x00;
            png[offset + 1] = 0x00;
            png[offset + 2] = 0x75; // 30000 = 0x7530
            png[offset + 3] = 0x30;
        }
        const PhotoImport result = PreparePhoto(png);
        CHECK_FALSE(result.photo.has_value());
        REQUIRE(result.error.has_value());
        CHECK(*result.error == PhotoError::TooManyPixels);
        CHECK_MESSAGE(result.detail.find("30000x30000") != std::string::npos, result.detail);
        CHECK_FALSE(DecodeRgba(png).has_value());

        auto jpeg = EncodeJpeg(RedLeftHalf(8, 8));
        ClaimJpegSize(jpeg, 30000, 30000);
        CHECK(*PreparePhoto(jpeg).error == PhotoError::TooManyPixels);
        CHECK_FALSE(DecodeRgba(jpeg).has_value());
    }

    TEST_CASE("Photo import: the pixel limit is 50 million, whatever the decoder could take")
    {
        auto jpeg = EncodeJpeg(RedLeftHalf(8, 8));
        ClaimJpegSize(jpeg, 8000, 6251); // 50,008,000 pixels
        const PhotoImport over = PreparePhoto(jpeg);
        REQUIRE(over.error.has_value());
        CHECK(*over.error == PhotoError::TooManyPixels);
        CHECK(over.detail.find("8000x6251") != std::string::npos);
    }

    TEST_CASE("Photo import: a file over 40 MB is refused before it is read; a missing file is unreadable")
    {
        TempFolder folder;
        const auto big = folder.Folder() / "huge.jpg";
        WriteFile(big, EncodeJpeg(RedLeftHalf(40, 20)));
        std::filesystem::resize_file(big, static_cast<std::uintmax_t>(kMaxPhotoBytes) + 1); // sparse
        const PhotoImport too_large = PreparePhotoFile(big);
        CHECK_FALSE(too_large.photo.has_value());
        REQUIRE(too_large.error.has_value());
        CHECK(*too_large.error == PhotoError::TooLarge);

        std::filesystem::resize_file(big, static_cast<std::uintmax_t>(kMaxPhotoBytes)); // at the limit: read
        CHECK(*PreparePhotoFile(big).error != PhotoError::TooLarge);

        const PhotoImport missing = PreparePhotoFile(folder.Folder() / "gone.jpg");
        CHECK_FALSE(missing.photo.has_value());
        REQUIRE(missing.error.has_value());
        CHECK(*missing.error == PhotoError::Unreadable);
        CHECK(*PreparePhotoFile(folder.Folder()).error == PhotoError::Unreadable); // a folder, not a file
    }

    TEST_CASE("Photo import: EXIF orientations 1..8 are applied to the pixels")
    {
        // 40x20, red left half. For each orientation: the upright size, and where the red half ends up.
        struct Expected {
            int orientation;
            int width;
            int height;
            bool vertical_split; // red on the left or right (true) / top or bottom (false)
            bool red_first; // left or top
        };
        const Expected cases[] = {
            {1, 40, 20, true, true}, {2, 40, 20, true, false}, // mirrored: red right
            {3, 40, 20, true, false}, // rotated 180: red right
            {4, 40, 20, true, true}, // flipped top to bottom: still red left
            {5, 20, 40, false, true}, // transposed: left becomes top
            {6, 20, 40, false, true}, // rotated 90 clockwise: left becomes top
            {7, 20, 40, false, false}, // transversed: left becomes bottom
            {8, 20, 40, false, false}, // rotated 90 counter-clockwise: left becomes bottom
        };
        const auto plain = EncodeJpeg(RedLeftHalf(40, 20), 95);
        for (const Expected& expected : cases) {
            CAPTURE(expected.orientation);
            const auto jpeg = WithExifOrientation(plain, expected.orientation);
            CHECK(ExifOrientation(jpeg) == expected.orientation);
            const PhotoImport result = PreparePhoto(jpeg);
            REQUIRE(result.photo.has_value());
            const PreparedPhoto& photo = *result.photo;
            CHECK(photo.exif_orientation == expected.orientation);
            CHECK(photo.original.bytes == jpeg); // kept as it came, EXIF and all
            CHECK(photo.original.width == expected.width);
            CHECK(photo.original.height == expected.height);
            CHECK(photo.screen.width == expected.width);
            CHECK(photo.screen.height == expected.height);

            const RgbaImage upright = UprightOriginal(photo);
            CHECK(upright.width == expected.width);
            CHECK(upright.height == expected.height);
            CHECK(HalfIsRed(upright, expected.red_first, expected.vertical_split));
            CHECK_FALSE(HalfIsRed(upright, !expected.red_first, expected.vertical_split));
            // The screen rendition has no EXIF: its pixels themselves are upright.
            const auto screen = DecodeRgba(photo.screen.bytes);
            REQUIRE(screen.has_value());
            CHECK(HalfIsRed(*screen, expected.red_first, expected.vertical_split));
        }
    }

    TEST_CASE("Photo import: a tell-tale corner pins down the mirror orientations")
    {
        // Halves cannot tell 1 from 4 or 2 from 3: a red card whose top-left quarter alone is blue can.
        SamplePixels card = RedLeftHalf(40, 20);
        for (int y = 0; y < 20; ++y) {
            for (int x = 0; x < 40; ++x) {
                std::uint8_t* pixel = card.data.data() + (static_cast<size_t>(y) * 40 + x) * 3;
                const bool marker = x < 20 && y < 10;
                pixel[0] = marker ? 20 : 230;
                pixel[2] = marker ? 230 : 20;
            }
        }
        const auto plain = EncodeJpeg(card, 95);
        // Where the stored top-left quarter (blue) lands upright, in quarters of the upright image.
        struct Corner {
            int orientation;
            int qx; // 0 = left quarter column, 1 = right
            int qy; // 0 = top, 1 = bottom
        };
        for (const Corner corner : {Corner{1, 0, 0}, Corner{2, 1, 0}, Corner{3, 1, 1}, Corner{4, 0, 1},
                 Corner{5, 0, 0}, Corner{6, 1, 0}, Corner{7, 1, 1}, Corner{8, 0, 1}}) {
            CAPTURE(corner.orientation);
            const auto decoded = DecodeRgba(WithExifOrientation(plain, corner.orientation));
            REQUIRE(decoded.has_value());
            const int x = corner.qx == 0 ? decoded->width / 4 : decoded->width * 3 / 4;
            const int y = corner.qy == 0 ? decoded->height / 4 : decoded->height * 3 / 4;
            CHECK(IsBlue(PixelOf(*decoded, x, y)));
            const int other_x = corner.qx == 0 ? decoded->width * 3 / 4 : decoded->width / 4;
            CHECK(IsRed(PixelOf(*decoded, other_x, y)));
        }
    }

    TEST_CASE("Photo import: orientation is 1 without EXIF, for PNG and for bad tag values")
    {
        const auto plain = EncodeJpeg(RedLeftHalf(40, 20));
        CHECK(ExifOrientation(plain) == 1);
        CHECK(ExifOrientation(WithExifOrientation(plain, 9)) == 1);
        CHECK(ExifOrientation(WithExifOrientation(plain, 0)) == 1);
        CHECK(ExifOrientation(EncodePng(RedLeftHalf(40, 20))) == 1);
        CHECK(ExifOrientation({}) == 1);
        const std::vector<std::uint8_t> soi_only = {0xFF, 0xD8};
        CHECK(ExifOrientation(soi_only) == 1);
    }

    TEST_CASE("Photo import: DecodeRgba gives RGBA pixels of a rendition")
    {
        const PhotoImport result = PreparePhoto(EncodeJpeg(RedLeftHalf(400, 200)));
        REQUIRE(result.photo.has_value());
        const auto screen = DecodeRgba(result.photo->screen.bytes);
        REQUIRE(screen.has_value());
        CHECK(screen->width == 400);
        CHECK(screen->height == 200);
        CHECK(screen->pixels.size() == 400u * 200u * 4u);
        CHECK(IsRed(PixelOf(*screen, 50, 100)));
        CHECK(IsBlue(PixelOf(*screen, 350, 100)));
        CHECK(PixelOf(*screen, 50, 100)[3] == 255);
        const std::vector<std::uint8_t> text = {'n', 'o', 't', ' ', 'a', 'n', ' ', 'i', 'm', 'a', 'g', 'e'};
        CHECK_FALSE(DecodeRgba(text).has_value());
    }

    TEST_CASE("Photo import: error keys and photo file names")
    {
        CHECK(PhotoErrorKey(PhotoError::NotAnImage) == "photo.error.not_image");
        CHECK(PhotoErrorKey(PhotoError::Corrupt) == "photo.error.corrupt");
        CHECK(PhotoErrorKey(PhotoError::TooManyPixels) == "photo.error.too_many_pixels");
        CHECK(PhotoErrorKey(PhotoError::TooLarge) == "photo.error.too_large");
        CHECK(PhotoErrorKey(PhotoError::Unreadable) == "photo.error.unreadable");

        CHECK(HasPhotoExtension("IMG_0001.jpg"));
        CHECK(HasPhotoExtension("/bay3/incoming/IMG_0001.JPEG"));
        CHECK(HasPhotoExtension("scratch.Png"));
        CHECK(HasPhotoExtension("front.jpeg"));
        CHECK_FALSE(HasPhotoExtension("notes.txt"));
        CHECK_FALSE(HasPhotoExtension("IMG_0001.heic"));
        CHECK_FALSE(HasPhotoExtension("jpg"));
        CHECK_FALSE(HasPhotoExtension("photo.jpg.part"));
        CHECK_FALSE(HasPhotoExtension(""));
    }

    TEST_CASE("Photo import: a 12 MP camera photo gives a 1600x1200 screen and a 256x192 thumbnail")
    {
        const auto jpeg = EncodeJpeg(PhotoLike(4000, 3000), 85);
        const PhotoImport result = PreparePhoto(jpeg);
        REQUIRE(result.photo.has_value());
        CHECK(result.photo->original.width == 4000);
        CHECK(result.photo->original.height == 3000);
        CHECK(result.photo->screen.width == 1600);
        CHECK(result.photo->screen.height == 1200);
        CHECK(result.photo->thumb.width == 256);
        CHECK(result.photo->thumb.height == 192);
        const auto screen = DecodeRgba(result.photo->screen.bytes);
        REQUIRE(screen.has_value());
        CHECK(screen->width == 1600);
        CHECK(screen->height == 1200);
    }
}
