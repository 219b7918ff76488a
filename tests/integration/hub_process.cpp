#include "integration/hub_process.h"

#ifndef _WIN32
#include <array>
#include <csignal>
#include <cstdio>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace checkin::test {
namespace {

std::string HubBinary()
{
    return (std::filesystem::path(CHECKIN_BIN_DIR) / "checkin-hub").string();
}

std::string Quoted(const std::filesystem::path& path)
{
    return "'" + path.string() + "'";
}

} // namespace

CommandResult RunHubCommand(const std::string& arguments)
{
    CommandResult result;
    FILE* pipe = popen((Quoted(HubBinary()) + " " + arguments + " 2>/dev/null").c_str(), "r");
    if (pipe == nullptr)
        return result;
    std::array<char, 4096> buffer{};
    while (const size_t read = std::fread(buffer.data(), 1, buffer.size(), pipe))
        result.output.append(buffer.data(), read);
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

HubProcess::HubProcess(const std::filesystem::path& folder) : m_db(folder / "hub.db")
{
    const auto media = folder / "media";
    if (RunHubCommand("init --db " + Quoted(m_db) + " --media " + Quoted(media)).exit_code != 0)
        throw std::runtime_error("checkin-hub init failed");
    int output[2];
    if (pipe(output) != 0)
        throw std::runtime_error("pipe() failed");
    m_pid = fork();
    if (m_pid < 0)
        throw std::runtime_error("fork() failed");
    if (m_pid == 0) {
        dup2(output[1], STDOUT_FILENO);
        const std::string log = (folder / "hub.log").string();
        if (FILE* log_file = std::fopen(log.c_str(), "w"))
            dup2(fileno(log_file), STDERR_FILENO);
        close(output[0]);
        close(output[1]);
        const std::string binary = HubBinary();
        const std::string db = m_db.string();
        const std::string media_dir = media.string();
        execl(binary.c_str(), binary.c_str(), "serve", "--db", db.c_str(), "--media", media_dir.c_str(),
            "--listen", "127.0.0.1:0", static_cast<char*>(nullptr));
        _exit(127);
    }
    close(output[1]);
    // "Listening on http://127.0.0.1:PORT". The pipe stays open until the hub ends (no SIGPIPE).
    m_output = fdopen(output[0], "r");
    FILE* lines = m_output;
    std::array<char, 256> line{};
    const std::string prefix = "Listening on ";
    while (std::fgets(line.data(), static_cast<int>(line.size()), lines) != nullptr) {
        const std::string text(line.data());
        if (text.starts_with(prefix)) {
            m_url = text.substr(prefix.size(), text.find_last_not_of("\r\n") + 1 - prefix.size());
            break;
        }
    }
    if (m_url.empty()) {
        kill(m_pid, SIGTERM);
        waitpid(m_pid, nullptr, 0);
        std::fclose(m_output);
        throw std::runtime_error("checkin-hub serve did not start; see " + (folder / "hub.log").string());
    }
}

HubProcess::~HubProcess()
{
    if (m_pid <= 0)
        return;
    kill(m_pid, SIGTERM);
    int status = 0;
    waitpid(m_pid, &status, 0);
    std::fclose(m_output);
}

std::string HubProcess::Enroll(const std::string& name, const std::string& role) const
{
    const CommandResult result
        = RunHubCommand("enroll --db " + Quoted(m_db) + " --name '" + name + "' --role " + role);
    if (result.exit_code != 0)
        throw std::runtime_error("checkin-hub enroll failed");
    return result.output.substr(0, result.output.find('\n'));
}

} // namespace checkin::test
#endif
