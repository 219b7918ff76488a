#include "platform/app_paths.h"

#include <cstdlib>
#include <system_error>

#ifdef _WIN32
#include <windows.h>
#endif

namespace checkin::platform {
namespace {

std::filesystem::path ExecutableDir()
{
#ifdef _WIN32
    wchar_t buffer[MAX_PATH];
    const DWORD length = GetModuleFileNameW(nullptr, buffer, MAX_PATH);
    return std::filesystem::path(std::wstring(buffer, length)).parent_path();
#else
    std::error_code error;
    return std::filesystem::read_symlink("/proc/self/exe", error).parent_path();
#endif
}

} // namespace

std::filesystem::path PathFromUtf8(std::string_view utf8)
{
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

std::filesystem::path DefaultStorePath()
{
#ifdef _WIN32
    if (const wchar_t* local = _wgetenv(L"LOCALAPPDATA"))
        return std::filesystem::path(local) / L"DealerCheckin" / L"checkin.db";
    return std::filesystem::path(L"checkin.db");
#else
    if (const char* data_home = std::getenv("XDG_DATA_HOME"); data_home && *data_home)
        return std::filesystem::path(data_home) / "dealer-checkin" / "checkin.db";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "share" / "dealer-checkin" / "checkin.db";
    return "checkin.db";
#endif
}

std::filesystem::path DefaultPhotoFolder()
{
#ifdef _WIN32
    const wchar_t* home_text = _wgetenv(L"USERPROFILE");
    const std::filesystem::path home = home_text ? std::filesystem::path(home_text) : std::filesystem::path(L".");
#else
    const char* home_text = std::getenv("HOME");
    const std::filesystem::path home = home_text && *home_text ? home_text : ".";
#endif
    std::error_code error;
    return std::filesystem::is_directory(home / "Pictures", error) ? home / "Pictures" : home;
}

std::filesystem::path DefaultAssetsDir()
{
    std::error_code error;
    const std::filesystem::path beside = ExecutableDir() / "assets";
    if (std::filesystem::is_directory(beside / "i18n", error))
        return beside;
    return PathFromUtf8(CHECKIN_SOURCE_ASSETS_DIR);
}

} // namespace checkin::platform
