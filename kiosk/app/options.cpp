#include "app/options.h"

#include <CLI/CLI.hpp>

#include "platform/app_paths.h"

namespace checkin::app {
namespace {

constexpr int kExitBadOption = 2;

} // namespace

std::optional<Options> ParseOptions(int argc, char** argv, int& exit_code)
{
    Options options;
    CLI::App cli{"Service-lane check-in: reception kiosk, lounge tablet, advisor station and lounge board"};
    // The same options on every platform: CLI11 would read "/path" as a /option on Windows.
    cli.allow_windows_style_options(false);
    cli.set_version_flag("--version", "checkin 0.1.0");

    std::string role = "kiosk";
    std::string language = "zh-CN";
    std::string size;
    std::string db;
    std::string font;
    std::string assets;
    std::string screenshot;
    std::string script;
    std::string photos;
    std::string watch;
    std::string exports;
    bool windowed = false;
    bool fullscreen = false;
    cli.add_option("--role", role, "What this device is")
        ->check(CLI::IsMember({"kiosk", "lounge", "advisor", "board"}));
    cli.add_option("--db", db, "The local store (default: the per-user app data folder)");
    cli.add_flag("--demo", options.demo, "Seed demo data into an empty store");
    cli.add_option("--lang", language, "Starting language")->check(CLI::IsMember({"en", "zh-CN"}));
    auto* windowed_flag = cli.add_flag("--windowed", windowed, "A window instead of full screen");
    cli.add_flag("--fullscreen", fullscreen, "Full screen on the monitor (default)")->excludes(windowed_flag);
    cli.add_option("--monitor", options.monitor, "Monitor index for full screen")
        ->check(CLI::NonNegativeNumber);
    cli.add_option("--size", size, "Window size for --windowed, e.g. 1280x800");
    cli.add_option("--font", font, "A CJK font file (.ttf/.ttc/.otf) to use first");
    cli.add_option(
        "--assets", assets, "The assets folder (default: next to the program, else the source tree)");
    cli.add_option("--photos", photos, "Advisor: where the photo browser starts (default: the home folder)");
    cli.add_option("--watch", watch, "Advisor: a folder with one subfolder per bay where cameras drop photos");
    cli.add_option(
        "--exports", exports, "Manager: where exports are written (default: exports/ beside the store)");
    cli.add_option("--screenshot", screenshot, "Render until the screen settles, save this PNG and exit");
    auto* headless_flag
        = cli.add_flag("--headless", options.headless, "No window: run --script on the real screens");
    cli.add_option("--script", script, "UI-driver script: tap, type, expect, expect-not, wait, lang");
    headless_flag->excludes(cli.get_option("--screenshot"));

    // checkin pair --hub URL --code CODE: exchange the code printed by `checkin-hub enroll` for a token.
    CLI::App* pair = cli.add_subcommand("pair", "Pair this device's store with a hub");
    pair->add_option("--hub", options.hub_url, "The hub, e.g. http://192.168.1.10:8470")->required();
    pair->add_option("--code", options.pairing_code, "The one-time code from `checkin-hub enroll`")
        ->required();
    pair->add_option("--db", db, "The local store (default: the per-user app data folder)");
    // checkin sync --once: one round with the paired hub, for scripts.
    CLI::App* sync = cli.add_subcommand("sync", "Sync this device's store with its hub");
    bool once = false;
    sync->add_flag("--once", once, "One round: push the outbox, pull the changes")->required();
    sync->add_option("--db", db, "The local store (default: the per-user app data folder)");
    pair->fallthrough();
    sync->fallthrough();
    std::int64_t start_ms = 0;
    auto* start_option = cli.add_option(
        "--start-ms", start_ms, "With --script: the virtual clock starts at this time (ms since 1970, UTC)");
    start_option->needs(cli.get_option("--script"));

    try {
        cli.parse(argc, argv);
        if (options.headless && script.empty())
            throw CLI::ValidationError("--headless", "needs --script FILE");
        if (!size.empty()) {
            const size_t x = size.find('x');
            if (x == std::string::npos)
                throw CLI::ValidationError("--size", "expected WIDTHxHEIGHT, e.g. 1280x800");
            options.width = std::stoi(size.substr(0, x));
            options.height = std::stoi(size.substr(x + 1));
            if (options.width < 320 || options.height < 240 || options.width > 16384
                || options.height > 16384)
                throw CLI::ValidationError("--size", "between 320x240 and 16384x16384");
        }
    } catch (const CLI::ParseError& error) {
        exit_code = cli.exit(error) == 0 ? 0 : kExitBadOption; // --help and --version exit 0
        return std::nullopt;
    } catch (const std::logic_error&) { // std::stoi on a size like "axb"
        cli.exit(CLI::ValidationError("--size", "expected WIDTHxHEIGHT, e.g. 1280x800"));
        exit_code = kExitBadOption;
        return std::nullopt;
    }

    if (pair->parsed())
        options.command = Command::Pair;
    else if (sync->parsed())
        options.command = Command::SyncOnce;
    options.role = *ParseRole(role);
    options.language = *i18n::ParseLanguage(language);
    options.fullscreen = !windowed;
    options.db_path = db.empty() ? platform::DefaultStorePath() : platform::PathFromUtf8(db);
    options.assets_dir = assets.empty() ? platform::DefaultAssetsDir() : platform::PathFromUtf8(assets);
    options.photo_folder = photos.empty() ? platform::DefaultPhotoFolder() : platform::PathFromUtf8(photos);
    if (!watch.empty())
        options.watch_folder = platform::PathFromUtf8(watch);
    if (!exports.empty())
        options.export_folder = platform::PathFromUtf8(exports);
    if (!font.empty())
        options.font = platform::PathFromUtf8(font);
    if (!screenshot.empty())
        options.screenshot = platform::PathFromUtf8(screenshot);
    if (!script.empty())
        options.script = platform::PathFromUtf8(script);
    if (start_option->count() > 0)
        options.script_start_ms = start_ms;
    return options;
}

} // namespace checkin::app
