#include "shared/store/network_location.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <sys/vfs.h>
#endif

#include <cstdint>
#include <string>
#include <system_error>

namespace checkin::store {

#ifdef _WIN32
bool IsOnNetworkDrive(const std::filesystem::path& file)
{
    const auto is_unc = [](const std::wstring& text) {
        return text.size() >= 2 && (text[0] == L'\\' || text[0] == L'/')
            && (text[1] == L'\\' || text[1] == L'/');
    };
    const auto has_drive_letter
        = [](const std::wstring& text) { return text.size() >= 2 && text[1] == L':'; };
    std::wstring text = file.native();
    if (text.starts_with(L"\\\\?\\")) { // the long-path form: \\?\C:\... or \\?\UNC\server\share
        text.erase(0, 4);
        if (text.starts_with(L"UNC\\"))
            return true;
    }
    if (!is_unc(text) && !has_drive_letter(text)) {
        std::error_code error;
        text = std::filesystem::absolute(file, error).native();
    }
    // A UNC path (\\server\share) is a share by definition: no need to ask the network.
    if (is_unc(text))
        return true;
    if (!has_drive_letter(text))
        return false;
    const std::wstring drive = text.substr(0, 2) + L"\\";
    return GetDriveTypeW(drive.c_str()) == DRIVE_REMOTE;
}
#else
bool IsOnNetworkDrive(const std::filesystem::path& file)
{
    // The nearest folder on the way up that exists: a database about to be created has no file yet.
    std::error_code error;
    std::filesystem::path folder = std::filesystem::absolute(file, error).parent_path();
    while (!folder.empty() && folder != folder.root_path() && !std::filesystem::exists(folder, error))
        folder = folder.parent_path();
    // Magic numbers of statfs(2): NFS, SMB, CIFS, SMB2, AFS, Coda, 9P.
    constexpr int64_t kNetworkFileSystems[]
        = {0x6969, 0x517B, 0xFF534D42, 0xFE534D42, 0x5346414F, 0x73757245, 0x01021997};
    struct statfs info { };
    if (statfs(folder.c_str(), &info) != 0)
        return false;
    for (const int64_t type : kNetworkFileSystems)
        if (static_cast<int64_t>(info.f_type) == type)
            return true;
    return false;
}
#endif

} // namespace checkin::store
