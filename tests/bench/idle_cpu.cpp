// Idle CPU of the real app: `checkin` in a window on its own Xvfb server, left alone on the attract
// screen; CPU time from /proc over 10 s. Linux only (the bench says so elsewhere).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "bench/bench.h"
#include "support/app_harness.h"

#ifdef __linux__
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace checkin::bench {

#ifdef __linux__
namespace {

constexpr int kSettleSeconds = 4;
constexpr int kMeasureSeconds = 10;

// utime + stime of a process, in clock ticks.
long CpuTicks(pid_t pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string content((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const size_t after_name = content.rfind(')');
    if (after_name == std::string::npos)
        return -1;
    std::istringstream fields(content.substr(after_name + 2));
    std::string field;
    long utime = 0;
    long stime = 0;
    for (int index = 3; index <= 15 && fields >> field; ++index) {
        if (index == 14)
            utime = std::stol(field);
        if (index == 15)
            stime = std::stol(field);
    }
    return utime + stime;
}

pid_t Spawn(const std::vector<std::string>& arguments, const std::string& display)
{
    const pid_t pid = fork();
    if (pid == 0) {
        if (!display.empty())
            setenv("DISPLAY", display.c_str(), 1);
        std::vector<char*> argv;
        for (const auto& argument : arguments)
            argv.push_back(const_cast<char*>(argument.c_str()));
        argv.push_back(nullptr);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    return pid;
}

// Starts Xvfb on the first free display from :91 and returns its pid and display name.
std::pair<pid_t, std::string> StartXvfb()
{
    for (int number = 91; number < 120; ++number) {
        if (std::filesystem::exists("/tmp/.X11-unix/X" + std::to_string(number))
            || std::filesystem::exists("/tmp/.X" + std::to_string(number) + "-lock"))
            continue;
        const std::string display = ":" + std::to_string(number);
        const pid_t pid = Spawn({"Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"}, "");
        std::this_thread::sleep_for(std::chrono::seconds(1));
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == 0)
            return {pid, display};
    }
    return {-1, {}};
}

void Stop(pid_t pid)
{
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
}

} // namespace

void MeasureIdleCpu(Report& report)
{
    const auto [xvfb, display] = StartXvfb();
    if (xvfb < 0) {
        std::fprintf(stderr, "bench: cannot start Xvfb; idle CPU not measured\n");
        return;
    }
    testing::TempDir dir;
    const std::string binary = (std::filesystem::path(CHECKIN_BIN_DIR) / "checkin").string();
    const pid_t app = Spawn(
        {binary, "--windowed", "--size", "1920x1080", "--demo", "--db", (dir.Path() / "idle.db").string()},
        display);
    std::this_thread::sleep_for(std::chrono::seconds(kSettleSeconds));
    const long before = CpuTicks(app);
    const auto start = std::chrono::steady_clock::now();
    std::this_thread::sleep_for(std::chrono::seconds(kMeasureSeconds));
    const long after = CpuTicks(app);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    Stop(app);
    Stop(xvfb);
    if (before < 0 || after < 0) {
        std::fprintf(stderr, "bench: checkin exited early; idle CPU not measured\n");
        return;
    }
    const double percent
        = 100.0 * static_cast<double>(after - before) / static_cast<double>(sysconf(_SC_CLK_TCK)) / seconds;
    report.rows.push_back({"idle CPU, attract screen, real window under Xvfb", "% of a core", percent, 0.0,
        "over " + std::to_string(kMeasureSeconds) + " s (goal: at most 1%)"});
}
#else
void MeasureIdleCpu(Report&)
{
    std::fprintf(stderr, "bench: idle CPU is measured on Linux only\n");
}
#endif

} // namespace checkin::bench
