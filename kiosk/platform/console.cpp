#include "platform/console.h"

#ifdef _WIN32
#include <windows.h>

#include <cstdio>
#endif

namespace checkin::platform {

#ifdef _WIN32
void AttachParentConsole()
{
    const HANDLE output = GetStdHandle(STD_OUTPUT_HANDLE);
    if (output != nullptr && output != INVALID_HANDLE_VALUE && GetFileType(output) != FILE_TYPE_UNKNOWN)
        return; // redirected to a pipe or a file: keep it
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; // started from Explorer or a kiosk shell: no console, no output
    if (std::freopen("CONOUT$", "w", stdout) != nullptr && std::freopen("CONOUT$", "w", stderr) != nullptr)
        SetConsoleOutputCP(CP_UTF8); // the messages are UTF-8 (Chinese included)
}
#else
void AttachParentConsole()
{
}
#endif

} // namespace checkin::platform
