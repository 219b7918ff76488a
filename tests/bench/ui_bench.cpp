// Frame cost of each kiosk screen with no window and no GL (what the CPU spends per frame on layout and
// draw lists), time to the first frame including the font atlas, and the atlas itself.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/bench.h"
#include "driver/script.h"
#include "support/app_harness.h"

namespace checkin::bench {
namespace {

constexpr int kFrames = 600;

using Clock = std::chrono::steady_clock;

double MicrosecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

// Every screen of the gallery: the scripts in tests/scripts/gallery/ lead to one screen each.
std::vector<std::filesystem::path> GalleryScripts()
{
    std::vector<std::filesystem::path> scripts;
    for (const auto& entry :
        std::filesystem::directory_iterator(std::string(CHECKIN_TEST_SCRIPTS_DIR) + "/gallery"))
        scripts.push_back(entry.path());
    std::sort(scripts.begin(), scripts.end());
    return scripts;
}

} // namespace

void MeasureUi(Report& report)
{
    // Time to first frame: open the store, load strings, build the font atlas, draw.
    std::vector<double> first_frame_ms;
    std::vector<double> atlas_ms;
    platform::FontBuildReport atlas;
    for (int run = 0; run < 5; ++run) {
        const auto start = Clock::now();
        testing::AppHarness harness; // its driver has drawn the first frames
        first_frame_ms.push_back(MicrosecondsSince(start) / 1000.0);
        (void)harness;
    }
    {
        testing::AppHarness harness;
        platform::FontLoader loader(platform::FontSetup{std::nullopt, testing::AssetsDir()});
        for (int run = 0; run < 5; ++run) {
            ImFontAtlas scratch;
            ui::Fonts fonts;
            atlas = loader.Build(scratch, fonts, platform::BodyFontPixels(1080.0f, 1.0f),
                harness.App().Fonts().glyph_text, harness.App().Fonts().display_text);
            atlas_ms.push_back(atlas.build_ms);
        }
    }
    report.rows.push_back(Summarize("time to first frame (store, strings, atlas, 3 frames)", "ms",
        first_frame_ms, "includes seeding a demo store"));
    report.rows.push_back(Summarize("font atlas build", "ms", atlas_ms,
        std::to_string(atlas.atlas_width) + "x" + std::to_string(atlas.atlas_height) + ", "
            + std::to_string(atlas.glyph_count) + " glyphs"));

    for (const std::filesystem::path& script : GalleryScripts()) {
        testing::AppHarness harness;
        const std::string name = script.stem().string();
        const auto result = driver::RunScript(harness.Driver(), driver::ReadScriptFile(script.string()));
        if (!result.ok) {
            std::fprintf(stderr, "bench: cannot reach %s: line %d: %s\n", name.c_str(), result.failed_line,
                result.message.c_str());
            continue;
        }
        std::vector<double> frame_us;
        frame_us.reserve(kFrames);
        for (int frame = 0; frame < kFrames; ++frame) {
            const auto start = Clock::now();
            harness.Host().RunFrame({});
            frame_us.push_back(MicrosecondsSince(start));
        }
        report.rows.push_back(Summarize("frame, headless: " + name, "us", frame_us));
    }
}

} // namespace checkin::bench
