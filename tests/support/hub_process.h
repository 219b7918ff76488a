#pragma once
// A real `checkin-hub serve` on 127.0.0.1 for the integration tests and checkin-bench (POSIX: fork/exec,
// SIGTERM by pid).
#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/types.h>

namespace checkin::testing {

struct CommandResult {
    int exit_code = -1;
    std::string output; // stdout only
};

// Runs build/bin/checkin-hub with the arguments (already quoted for the shell); stderr is discarded
// unless `with_errors`, which adds it to the output.
CommandResult RunHubCommand(const std::string& arguments, bool with_errors = false);

class HubProcess {
public:
    // `init`, then `serve --listen 127.0.0.1:0`; waits until it prints its port. Throws when it cannot start.
    explicit HubProcess(const std::filesystem::path& folder);
    ~HubProcess(); // SIGTERM, then waits for the process

    // kill -9: no chance to finish anything.
    void Kill();
    // Serves the same database on the same port again.
    void Restart();
    HubProcess(const HubProcess&) = delete;
    HubProcess& operator=(const HubProcess&) = delete;

    const std::string& Url() const { return m_url; }
    const std::filesystem::path& DatabasePath() const { return m_db; }
    // A one-time pairing code from `checkin-hub enroll`.
    std::string Enroll(const std::string& name, const std::string& role) const;

private:
    void Start(int port);
    void Wait();

    std::filesystem::path m_folder;
    std::filesystem::path m_db;
    std::string m_url;
    pid_t m_pid = -1;
    FILE* m_output = nullptr;
};

} // namespace checkin::testing
