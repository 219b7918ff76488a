// Photo import of a 12 MP camera JPEG (4000x3000): check, decode, orient, two renditions, all on one core,
// the way the import worker does it. The picture is made here: gradients and noise, so it weighs what a phone
// photo weighs.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "bench/bench.h"
#include "shared/media/photo_import.h"
#include "support/photo_samples.h"

namespace checkin::bench {
namespace {

constexpr int kRuns = 15;

using Clock = std::chrono::steady_clock;

std::string Kilobytes(std::size_t bytes)
{
    return std::to_string((bytes + 512) / 1024) + " KB";
}

} // namespace

void MeasurePhotoImport(Report& report)
{
    const std::vector<std::uint8_t> jpeg = testing::EncodeJpeg(testing::PhotoLike(4000, 3000), 90);
    // A phone held upright stores the picture sideways and says so: the import also rotates 12 MP.
    const std::vector<std::uint8_t> sideways = testing::WithExifOrientation(jpeg, 6);

    std::vector<double> upright_ms;
    std::vector<double> rotated_ms;
    media::PhotoImport last;
    for (int run = 0; run < kRuns; ++run) {
        auto start = Clock::now();
        last = media::PreparePhoto(jpeg);
        upright_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        start = Clock::now();
        const media::PhotoImport rotated = media::PreparePhoto(sideways);
        rotated_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (!last.photo || !rotated.photo) {
            std::fprintf(stderr, "bench: the 12 MP photo did not import: %s\n", last.detail.c_str());
            return;
        }
    }
    const media::PreparedPhoto& photo = *last.photo;
    const std::string sizes = "JPEG " + Kilobytes(jpeg.size()) + " -> screen "
        + std::to_string(photo.screen.width) + "x" + std::to_string(photo.screen.height) + " "
        + Kilobytes(photo.screen.bytes.size()) + ", thumb " + std::to_string(photo.thumb.width) + "x"
        + std::to_string(photo.thumb.height) + " " + Kilobytes(photo.thumb.bytes.size());
    report.rows.push_back(
        Summarize("photo import, 12 MP JPEG (decode + screen + thumb)", "ms", upright_ms, sizes));
    report.rows.push_back(Summarize("photo import, 12 MP JPEG with EXIF orientation 6 (+ rotate)", "ms",
        rotated_ms, std::to_string(kRuns) + " runs, one core"));
    report.rows.push_back({"photo import: 12 MP JPEG file size", "bytes", static_cast<double>(jpeg.size()),
        0.0, "generated, stb_image_write q90"});
    report.rows.push_back({"photo import: decoded pixels of the 12 MP photo", "bytes", 4000.0 * 3000.0 * 3.0,
        0.0, "4000x3000 RGB as decoded; a second buffer while rotating"});
    report.rows.push_back({"photo import: screen rendition size", "bytes",
        static_cast<double>(photo.screen.bytes.size()), 0.0, "1600x1200 JPEG q85"});
    report.rows.push_back({"photo import: thumbnail size", "bytes",
        static_cast<double>(photo.thumb.bytes.size()), 0.0, "256x192 JPEG q85"});
}

} // namespace checkin::bench
