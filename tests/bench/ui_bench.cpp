// Frame cost of each kiosk screen with no window and no GL (what the CPU spends per frame on layout and
// draw lists), time to the first frame including the font atlas, and the atlas itself.
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "bench/bench.h"
#include "support/app_harness.h"

namespace checkin::bench {
namespace {

constexpr int kFrames = 600;

using Clock = std::chrono::steady_clock;

double MicrosecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

struct ScreenVisit {
    const char* name;
    std::vector<std::function<std::string(driver::UiDriver&)>> steps;
};

std::vector<ScreenVisit> Visits()
{
    using Step = std::function<std::string(driver::UiDriver&)>;
    const Step start = [](driver::UiDriver& d) { return d.Tap("Start"); };
    const Step booking = [](driver::UiDriver& d) { return d.Tap("I have a booking"); };
    const Step plate = [](driver::UiDriver& d) { return d.Type(testing::kDemoPlate); };
    const Step search = [](driver::UiDriver& d) { return d.Tap("Search"); };
    const Step last_four = [](driver::UiDriver& d) { return d.Type("2287"); };
    const Step confirm = [](driver::UiDriver& d) { return d.Tap("Confirm"); };
    const Step by_mobile = [](driver::UiDriver& d) { return d.Tap("By mobile number"); };
    return {
        {"attract", {}},
        {"menu", {start}},
        {"find booking: province picker", {start, booking}},
        {"find booking: plate keyboard", {start, booking, [](driver::UiDriver& d) { return d.Type("粤A"); }}},
        {"find booking: phone pad", {start, booking, by_mobile}},
        {"verify identity", {start, booking, plate, search}},
        {"booking details", {start, booking, plate, search, last_four, confirm}},
    };
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
            atlas = loader.Build(scratch, fonts, platform::BodyFontPixels(1080.0f, 1.0f), harness.App().Fonts().glyph_text);
            atlas_ms.push_back(atlas.build_ms);
        }
    }
    report.rows.push_back(Summarize("time to first frame (store, strings, atlas, 3 frames)", "ms", first_frame_ms,
                                    "includes seeding a demo store"));
    report.rows.push_back(Summarize("font atlas build", "ms", atlas_ms,
                                    std::to_string(atlas.atlas_width) + "x" + std::to_string(atlas.atlas_height) +
                                        ", " + std::to_string(atlas.glyph_count) + " glyphs"));

    for (const ScreenVisit& visit : Visits()) {
        testing::AppHarness harness;
        for (const auto& step : visit.steps) {
            const std::string error = step(harness.Driver());
            if (!error.empty())
                std::fprintf(stderr, "bench: cannot reach \"%s\": %s\n", visit.name, error.c_str());
        }
        std::vector<double> frame_us;
        frame_us.reserve(kFrames);
        for (int frame = 0; frame < kFrames; ++frame) {
            const auto start = Clock::now();
            harness.Host().RunFrame({});
            frame_us.push_back(MicrosecondsSince(start));
        }
        report.rows.push_back(Summarize(std::string("frame, headless: ") + visit.name, "us", frame_us));
    }
}

} // namespace checkin::bench
