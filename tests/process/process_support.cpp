#include "process/process_support.h"

#include <array>
#include <cstdio>

#ifndef _WIN32
#include <sys/wait.h>
#endif

namespace checkin::testing {

std::string Quote(const std::filesystem::path& path)
{
    std::filesystem::path native = path;
    return "\"" + native.make_preferred().string() + "\"";
}

ProcessResult RunCheckin(const std::string& arguments, Display display)
{
    std::string command;
#ifdef _WIN32
    // A Windows session always has a desktop (under Wine the tests run inside xvfb-run). cmd.exe /c drops
    // the outer quotes, so the whole line is quoted once more.
    (void)display;
    command
        = "\"" + Quote(std::filesystem::path(CHECKIN_BIN_DIR) / "checkin.exe") + " " + arguments + " 2>&1\"";
    ProcessResult result;
    FILE* pipe = _popen(command.c_str(), "r");
#else
    if (display == Display::Xvfb)
        command = "xvfb-run -a -s \"-screen 0 1920x1080x24\" ";
    else if (display == Display::None)
        command = "env -u DISPLAY -u WAYLAND_DISPLAY ";
    command += Quote(std::filesystem::path(CHECKIN_BIN_DIR) / "checkin") + " " + arguments + " 2>&1";
    ProcessResult result;
    FILE* pipe = popen(command.c_str(), "r");
#endif
    if (!pipe)
        return result;
    std::array<char, 4096> buffer{};
    while (const size_t read = std::fread(buffer.data(), 1, buffer.size(), pipe))
        result.output.append(buffer.data(), read);
#ifdef _WIN32
    result.exit_code = _pclose(pipe);
#else
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
#endif
    return result;
}

} // namespace checkin::testing
