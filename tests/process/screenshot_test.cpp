// Starts the real `checkin` under Xvfb for each role and language and checks the PNG it saves shows a
// rendered screen: not one flat colour, with dark text pixels on the light background.
#include <filesystem>
#include <set>
#include <string>

#include <doctest/doctest.h>
#include <stb_image.h>

#include "process/process_support.h"

namespace {

struct PngStats {
    int width = 0;
    int height = 0;
    size_t distinct_colors = 0;
    double dark_fraction = 0.0;
};

PngStats ReadStats(const std::filesystem::path& path)
{
    PngStats stats;
    int channels = 0;
    unsigned char* pixels = stbi_load(path.string().c_str(), &stats.width, &stats.height, &channels, 3);
    REQUIRE_MESSAGE(pixels != nullptr, "cannot read " << path.string());
    std::set<unsigned> colors;
    size_t dark = 0;
    const size_t count = static_cast<size_t>(stats.width) * static_cast<size_t>(stats.height);
    for (size_t i = 0; i < count; ++i) {
        const unsigned char* p = pixels + i * 3;
        colors.insert((unsigned{p[0]} << 16) | (unsigned{p[1]} << 8) | p[2]);
        if (p[0] + p[1] + p[2] < 200)
            ++dark;
    }
    stbi_image_free(pixels);
    stats.distinct_colors = colors.size();
    stats.dark_fraction = static_cast<double>(dark) / static_cast<double>(count);
    return stats;
}

} // namespace

TEST_SUITE("process/screenshot")
{
    TEST_CASE("every role's first screen renders in both languages under Xvfb")
    {
        const std::filesystem::path out_dir = CHECKIN_SCREENSHOT_DIR;
        std::filesystem::create_directories(out_dir);
        const std::filesystem::path db = out_dir / "screenshot-store.db";
        for (const char* role : {"kiosk", "lounge", "advisor", "board"}) {
            for (const char* language : {"en", "zh-CN"}) {
                CAPTURE(role);
                CAPTURE(language);
                const std::filesystem::path png = out_dir / (std::string(role) + "-" + language + ".png");
                std::filesystem::remove(png);
                const auto run = checkin::testing::RunCheckin("--windowed --size 1920x1080 --demo --db "
                        + checkin::testing::Quote(db) + " --role " + role + " --lang " + language
                        + " --screenshot " + checkin::testing::Quote(png),
                    checkin::testing::Display::Xvfb);
                REQUIRE_MESSAGE(run.exit_code == 0, run.output);
                const PngStats stats = ReadStats(png);
                CHECK(stats.width == 1920);
                CHECK(stats.height == 1080);
                CHECK(stats.distinct_colors > 20); // anti-aliased text, not a flat fill
                CHECK(stats.dark_fraction > 0.001); // some text was drawn
                CHECK(stats.dark_fraction < 0.5); // on the light background
            }
        }
        std::filesystem::remove(db);
    }
}
