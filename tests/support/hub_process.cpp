#include "support/hub_process.h"

#ifndef _WIN32
#include <array>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace checkin::testing {
namespace {

// CHECKIN_TEST_HUB names another hub executable and CHECKIN_TEST_HUB_RUNNER the program that starts it:
// scripts/windows/test.sh serves these tests' Linux devices from checkin-hub.exe under Wine.
std::string HubBinary()
{
    if (const char* other = std::getenv("CHECKIN_TEST_HUB"); other != nullptr && *other != '\0')
        return other;
    return (std::filesystem::path(CHECKIN_BIN_DIR) / "checkin-hub").string();
}

std::string HubRunner()
{
    const char* runner = std::getenv("CHECKIN_TEST_HUB_RUNNER");
    return runner != nullptr ? runner : "";
}

std::string Quoted(const std::filesystem::path& path)
{
    return "'" + path.string() + "'";
}

std::string HubCommandLine()
{
    return HubRunner().empty() ? Quoted(HubBinary()) : Quoted(HubRunner()) + " " + Quoted(HubBinary());
}

} // namespace

CommandResult RunHubCommand(const std::string& arguments, bool with_errors)
{
    CommandResult result;
    const std::string errors = with_errors ? " 2>&1" : " 2>/dev/null";
    FILE* pipe = popen((HubCommandLine() + " " + arguments + errors).c_str(), "r");
    if (pipe == nullptr)
        return result;
    std::array<char, 4096> buffer{};
    while (const size_t read = std::fread(buffer.data(), 1, buffer.size(), pipe))
        result.output.append(buffer.data(), read);
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::erase(result.output, '\r'); // checkin-hub.exe ends its lines with CR LF
    return result;
}

HubProcess::HubProcess(const std::filesystem::path& folder) : m_folder(folder), m_db(folder / "hub.db")
{
    const CommandResult init
        = RunHubCommand("init --db " + Quoted(m_db) + " --media " + Quoted(folder / "media"), true);
    if (init.exit_code != 0)
        throw std::runtime_error(
            "checkin-hub init failed (exit code " + std::to_string(init.exit_code) + "): " + init.output);
    Start(0);
}

void HubProcess::Start(int port)
{
    int output[2];
    if (pipe(output) != 0)
        throw std::runtime_error("pipe() failed");
    m_pid = fork();
    if (m_pid < 0)
        throw std::runtime_error("fork() failed");
    if (m_pid == 0) {
        dup2(output[1], STDOUT_FILENO);
        const std::string log = (m_folder / "hub.log").string();
        if (FILE* log_file = std::fopen(log.c_str(), "a"))
            dup2(fileno(log_file), STDERR_FILENO);
        close(output[0]);
        close(output[1]);
        const std::string runner = HubRunner();
        const std::string binary = HubBinary();
        const std::string db = m_db.string();
        const std::string media = (m_folder / "media").string();
        const std::string listen = "127.0.0.1:" + std::to_string(port);
        if (runner.empty())
            execl(binary.c_str(), binary.c_str(), "serve", "--db", db.c_str(), "--media", media.c_str(),
                "--listen", listen.c_str(), static_cast<char*>(nullptr));
        else
            execlp(runner.c_str(), runner.c_str(), binary.c_str(), "serve", "--db", db.c_str(), "--media",
                media.c_str(), "--listen", listen.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(output[1]);
    // "Listening on http://127.0.0.1:PORT". The pipe stays open until the hub ends (no SIGPIPE).
    m_output = fdopen(output[0], "r");
    std::array<char, 256> line{};
    const std::string prefix = "Listening on ";
    std::string url;
    while (std::fgets(line.data(), static_cast<int>(line.size()), m_output) != nullptr) {
        const std::string text(line.data());
        if (text.starts_with(prefix)) {
            url = text.substr(prefix.size(), text.find_last_not_of("\r\n") + 1 - prefix.size());
            break;
        }
    }
    if (url.empty()) {
        kill(m_pid, SIGTERM);
        Wait();
        throw std::runtime_error("checkin-hub serve did not start; see " + (m_folder / "hub.log").string());
    }
    m_url = url;
}

void HubProcess::Wait()
{
    waitpid(m_pid, nullptr, 0);
    m_pid = -1;
    std::fclose(m_output);
    m_output = nullptr;
}

HubProcess::~HubProcess()
{
    if (m_pid <= 0)
        return;
    kill(m_pid, SIGTERM);
    Wait();
}

void HubProcess::Kill()
{
    kill(m_pid, SIGKILL);
    Wait();
}

void HubProcess::Restart()
{
    const std::string port = m_url.substr(m_url.rfind(':') + 1);
    Start(std::stoi(port));
}

std::string HubProcess::Enroll(const std::string& name, const std::string& role) const
{
    const CommandResult result
        = RunHubCommand("enroll --db " + Quoted(m_db) + " --name '" + name + "' --role " + role);
    if (result.exit_code != 0)
        throw std::runtime_error("checkin-hub enroll failed");
    return result.output.substr(0, result.output.find('\n'));
}

} // namespace checkin::testing
#endif
