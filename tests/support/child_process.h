#pragma once
// A program started with fork/exec that a test can kill -9 at any moment (POSIX only): the integration
// tests cut real device processes off in the middle of their work.
#include <string>
#include <sys/types.h>
#include <vector>

namespace checkin::testing {

class ChildProcess {
public:
    // Starts argv[0] with the arguments; its stdout and stderr go to /dev/null.
    explicit ChildProcess(const std::vector<std::string>& argv);
    ~ChildProcess(); // kills it if it still runs
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // SIGKILL, then waits. True when the signal ended it, false when it had already exited.
    bool Kill();
    // Waits for it to end on its own; its exit code, or -1 when a signal ended it.
    int Wait();

private:
    pid_t m_pid = -1;
};

} // namespace checkin::testing
