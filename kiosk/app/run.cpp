#include "app/run.h"

#include <cstdio>
#include <memory>

#include <GLFW/glfw3.h>
#include <spdlog/spdlog.h>

#include "app/app.h"
#include "app/options.h"
#include "driver/headless_host.h"
#include "driver/script.h"
#include "platform/window_host.h"
#include "shared/store/store.h"
#include "shared/store/store_error.h"
#include "shared/sync/sync_client.h"
#include "shared/sync/sync_worker.h"
#include "shared/usecases/demo_data.h"

namespace checkin::app {
namespace {

constexpr int kExitScriptFailed = 1;
constexpr int kExitBadSetup = 2;
constexpr int kExitNoDisplay = 3;
constexpr int kExitSyncFailed = 4;
constexpr int kScreenshotSettleFrames = 6;

int RunScriptSteps(driver::UiDriver& driver, const std::filesystem::path& script)
{
    const driver::ScriptResult result = driver::RunScript(driver, driver::ReadScriptFile(script.string()));
    if (result.ok) {
        std::printf("script %s: all steps passed\n", script.string().c_str());
        return 0;
    }
    std::fprintf(stderr, "script %s, line %d failed: %s\n  %s\nThe screen showed:\n%s",
        script.string().c_str(), result.failed_line, result.failed_step.c_str(), result.message.c_str(),
        result.screen.c_str());
    return kExitScriptFailed;
}

int Pair(store::Store& store, const Options& options)
{
    const sync::PairResult result = sync::PairDevice(store, options.hub_url, options.pairing_code);
    if (!result.Ok()) {
        std::fprintf(stderr, "checkin: pairing with %s failed: %s (%s)\n", options.hub_url.c_str(),
            result.error.message.c_str(), result.error.code.c_str());
        return kExitSyncFailed;
    }
    std::printf(
        "paired with %s as %s \"%s\"\n", options.hub_url.c_str(), result.role.c_str(), result.name.c_str());
    return 0;
}

int SyncOnce(store::Store& store)
{
    sync::BlobSyncMemory memory;
    const sync::RoundReport round = sync::SyncRoundWithBlobs(store, {}, memory);
    const sync::SyncReport& report = round.rows;
    std::printf("pushed %lld, pulled %lld (%lld changed here), %zu refused, %lld still to send; "
                "files: %lld sent, %lld received, %lld waiting\n",
        static_cast<long long>(report.pushed), static_cast<long long>(report.pulled),
        static_cast<long long>(report.applied), report.rejections.size(),
        static_cast<long long>(store.OutboxSize()), static_cast<long long>(round.blobs.uploaded),
        static_cast<long long>(round.blobs.downloaded), static_cast<long long>(round.blobs.waiting));
    for (const sync::SyncRejection& rejection : report.rejections)
        std::printf("  refused: %s %s: %s (%s)\n", rejection.table.c_str(), rejection.row_id.c_str(),
            rejection.message.c_str(), rejection.reason.c_str());
    if (!report.Ok()) {
        std::fprintf(stderr, "checkin: sync failed: %s (%s)\n", report.error.message.c_str(),
            report.error.code.c_str());
        return kExitSyncFailed;
    }
    if (!round.blobs.Ok())
        std::fprintf(stderr, "checkin: files will follow in a later round: %s (%s)\n",
            round.blobs.error.message.c_str(), round.blobs.error.code.c_str());
    return 0;
}

} // namespace

int RunMain(int argc, char** argv)
{
    int exit_code = 0;
    const std::optional<Options> options = ParseOptions(argc, argv, exit_code);
    if (!options)
        return exit_code;

    i18n::Strings strings;
    try {
        strings = i18n::Strings::LoadFolder(options->assets_dir / "i18n");
    } catch (const std::exception& error) {
        std::fprintf(stderr, "checkin: %s\n(use --assets to point at the assets folder)\n", error.what());
        return kExitBadSetup;
    }

    // A script runs on virtual time from now: `wait 60s` takes no real time.
    domain::SystemClock system_clock;
    domain::ManualClock script_clock(options->script_start_ms.value_or(system_clock.NowUtcMs()));
    const domain::Clock& clock
        = options->script ? static_cast<const domain::Clock&>(script_clock) : system_clock;

    std::unique_ptr<store::Store> store;
    try {
        store = store::Store::Open(options->db_path, clock, RoleName(options->role));
        // A paired device gets the shop's data from the hub; only an advisor station may bring the demo shop
        // to a new hub (kiosks and tablets may not write the catalog).
        const bool paired = sync::IsPaired(*store);
        if (options->demo && paired && options->role != Role::Advisor)
            spdlog::info("--demo ignored: this {} is paired with a hub and gets the shop's data from it",
                RoleName(options->role));
        else if (options->demo && usecases::SeedDemoDataIfEmpty(*store, options->assets_dir / "demo"))
            spdlog::info("seeded demo data into {}", options->db_path.string());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "checkin: cannot use the database %s:\n  %s\n",
            options->db_path.string().c_str(), error.what());
        return kExitBadSetup;
    }

    if (options->command == Command::Pair)
        return Pair(*store, *options);
    if (options->command == Command::SyncOnce)
        return SyncOnce(*store);

    App app(AppConfig{options->role, options->language, options->assets_dir, options->photo_folder,
                options->watch_folder, options->export_folder},
        *store, strings, clock);
    const platform::FontSetup fonts{options->font, options->assets_dir};
    const auto switch_language
        = [&app](i18n::Language language) { app.Submit(intent::SetLanguage{language}); };
    try {
        if (options->headless) {
            driver::HeadlessHost host(
                app, fonts, ImVec2(static_cast<float>(options->width), static_cast<float>(options->height)));
            driver::UiDriver driver(host, script_clock, switch_language);
            return RunScriptSteps(driver, *options->script);
        }

        platform::WindowOptions window{
            options->fullscreen, options->monitor, options->width, options->height, fonts};
        std::string error;
        auto host = platform::WindowHost::Create(app, clock, window, error);
        if (!host) {
            std::fprintf(stderr, "checkin: %s\n", error.c_str());
            return kExitNoDisplay;
        }
        if (options->script) {
            driver::UiDriver driver(*host, script_clock, switch_language);
            if (const int result = RunScriptSteps(driver, *options->script); result != 0)
                return result;
        }
        if (options->screenshot) {
            for (int i = 0; i < kScreenshotSettleFrames; ++i)
                host->RunFrame({});
            return host->SaveScreenshot(*options->screenshot) ? 0 : kExitBadSetup;
        }
        // The background sync: declared after the window, so it stops before the window goes.
        sync::SyncWorker sync_worker(options->db_path, system_clock, [] { glfwPostEmptyEvent(); });
        return host->RunInteractive(&sync_worker);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "checkin: %s\n", error.what());
        return kExitBadSetup;
    }
}

} // namespace checkin::app
