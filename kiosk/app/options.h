#pragma once
// The command line of `checkin`, parsed with CLI11.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "app/app_state.h"
#include "shared/i18n/strings.h"

namespace checkin::app {

enum class Command { Run, Pair, SyncOnce };

struct Options {
    Command command = Command::Run;
    std::string hub_url; // pair
    std::string pairing_code;
    Role role = Role::Kiosk;
    std::filesystem::path db_path;
    bool demo = false;
    i18n::Language language = i18n::Language::ChineseSimplified;
    bool fullscreen = true;
    int monitor = 0;
    int width = 1920;
    int height = 1080;
    std::optional<std::filesystem::path> font;
    std::filesystem::path assets_dir;
    std::filesystem::path photo_folder; // the advisor's file browser starts here
    std::filesystem::path watch_folder; // per-bay camera folders; empty: none
    std::filesystem::path export_folder; // the manager's exports; empty: "exports" beside the store
    std::optional<std::filesystem::path> screenshot;
    bool headless = false;
    std::optional<std::filesystem::path> script;
    std::optional<std::int64_t> script_start_ms; // the virtual clock's start for --script (default: now)
};

// Parses argv. On --help or a bad option returns nullopt and sets exit_code (0 for --help, 2 otherwise)
// after printing the message.
std::optional<Options> ParseOptions(int argc, char** argv, int& exit_code);

} // namespace checkin::app
