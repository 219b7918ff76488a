// The staff and waiting-area stations: headless frame cost of each station screen of the gallery, of the
// advisor's order board with 200 open orders, and what opening a photo in the lounge viewer costs (reading
// and decoding the 1600 px rendition on the texture worker, then the viewer's frame; the GL upload needs a
// window and is not in this figure).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/bench.h"
#include "driver/script.h"
#include "shared/media/photo_import.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/store/write_transaction.h"
#include "support/app_harness.h"
#include "support/photo_samples.h"

namespace checkin::bench {
namespace {

constexpr int kFrames = 300;
constexpr int kBoardOrders = 200;

using Clock = std::chrono::steady_clock;

double MicrosecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

std::vector<double> FrameCosts(testing::AppHarness& harness)
{
    std::vector<double> frame_us;
    for (int frame = 0; frame < kFrames; ++frame) {
        const auto start = Clock::now();
        harness.Host().RunFrame({});
        frame_us.push_back(MicrosecondsSince(start));
    }
    return frame_us;
}

app::Role RoleOfScript(const std::string& name)
{
    return *app::ParseRole(name.substr(0, name.find('-')));
}

// 200 more open orders spread over the stages, on the demo's cars (a busy Saturday in a large shop).
void AddOpenOrders(store::Store& store)
{
    const char* const kStages[]
        = {"checked_in", "inspection", "awaiting_approval", "in_repair", "quality_check", "washing", "ready"};
    std::vector<std::pair<std::string, std::string>> cars;
    for (const store::OrderSummary& order : store::OpenOrders(store))
        cars.emplace_back(order.customer_id, store::LoadOrder(store, order.order_id)->vehicle_id);
    store::WriteTransaction write(store);
    const std::int64_t now = store.Clock().NowUtcMs();
    for (int index = 0; index < kBoardOrders; ++index) {
        const auto& [customer, vehicle] = cars[static_cast<std::size_t>(index) % cars.size()];
        char number[32];
        std::snprintf(number, sizeof(number), "RO-BENCH-%03d", index);
        write.Upsert("repair_orders", write.NewId(),
            {{"customer_id", customer}, {"vehicle_id", vehicle}, {"number", std::string(number)},
                {"stage", std::string(kStages[index % 7])}, {"promised_at", now + (index - 40) * 60'000LL},
                {"opened_at", now - 3'600'000}, {"vat_rate_bp", std::int64_t{1300}}});
    }
    write.Commit();
}

} // namespace

void MeasureStations(Report& report)
{
    std::vector<std::filesystem::path> scripts;
    for (const auto& entry :
        std::filesystem::directory_iterator(std::string(CHECKIN_TEST_SCRIPTS_DIR) + "/stations"))
        scripts.push_back(entry.path());
    std::sort(scripts.begin(), scripts.end());
    for (const std::filesystem::path& script : scripts) {
        const std::string name = script.stem().string();
        testing::AppHarness harness(RoleOfScript(name));
        const auto result = driver::RunScript(harness.Driver(), driver::ReadScriptFile(script.string()));
        if (!result.ok) {
            std::fprintf(stderr, "bench: cannot reach %s: line %d: %s\n", name.c_str(), result.failed_line,
                result.message.c_str());
            continue;
        }
        std::vector<double> frame_us = FrameCosts(harness);
        report.rows.push_back(Summarize("frame, headless: " + name, "us", frame_us));
    }

    {
        testing::AppHarness harness(app::Role::Advisor);
        AddOpenOrders(harness.Store());
        const auto steps = driver::ReadScriptFile(
            std::string(CHECKIN_TEST_SCRIPTS_DIR) + "/stations/advisor-01-sign-in.txt");
        driver::RunScript(harness.Driver(), steps);
        harness.Driver().Type("68");
        harness.Driver().Tap("Sign in");
        const std::string open_orders = std::to_string(store::OpenOrders(harness.Store()).size());
        const std::string orders_tab = "Orders (" + open_orders + ")";
        if (const std::string error = harness.Driver().Tap(orders_tab); !error.empty()) {
            std::fprintf(stderr, "bench: advisor board: %s\n", error.c_str());
        } else {
            std::vector<double> frame_us = FrameCosts(harness);
            report.rows.push_back(Summarize(
                "frame, headless: advisor order board, " + open_orders + " open orders", "us", frame_us));
        }
    }

    {
        // A 12 MP photo as the advisor imports it; the lounge viewer shows its screen rendition.
        const media::PhotoImport imported
            = media::PreparePhoto(testing::EncodeJpeg(testing::PhotoLike(4000, 3000)));
        if (!imported.photo)
            return;
        std::vector<double> decode_ms;
        for (int run = 0; run < 15; ++run) {
            const auto start = Clock::now();
            const auto image = media::DecodeRgba(imported.photo->screen.bytes);
            decode_ms.push_back(MicrosecondsSince(start) / 1000.0);
            if (!image)
                return;
        }
        report.rows.push_back(Summarize("lounge viewer: decode the 1600x1200 rendition (texture worker)",
            "ms", decode_ms, std::to_string(imported.photo->screen.bytes.size()) + " bytes JPEG"));
    }
}

} // namespace checkin::bench
