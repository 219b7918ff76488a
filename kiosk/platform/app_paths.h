#pragma once
// Where things live on this OS. The only file with per-OS path code.
#include <filesystem>
#include <string_view>

namespace checkin::platform {

// A path from UTF-8 text (command line, config), right on Windows too.
std::filesystem::path PathFromUtf8(std::string_view utf8);

// %LOCALAPPDATA%\DealerCheckin\checkin.db on Windows; $XDG_DATA_HOME/dealer-checkin/checkin.db
// (default ~/.local/share) elsewhere.
std::filesystem::path DefaultStorePath();

// Where the advisor's photo browser starts: %USERPROFILE%\Pictures on Windows, ~/Pictures elsewhere (the
// home folder when there is no Pictures folder).
std::filesystem::path DefaultPhotoFolder();

// assets/ next to the executable (a packaged install), else the source tree's (a developer build).
std::filesystem::path DefaultAssetsDir();

} // namespace checkin::platform
