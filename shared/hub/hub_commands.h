#pragma once
// The checkin-hub subcommands. Each returns the process exit code: 0 done, 1 failed (message on stderr).
#include <filesystem>
#include <string>

namespace checkin::hub {

int InitCommand(const std::filesystem::path& db, const std::filesystem::path& media);
// Prints "Listening on http://HOST:PORT" once bound (port 0 picks a free port), then serves until
// SIGINT or SIGTERM.
int ServeCommand(
    const std::filesystem::path& db, const std::filesystem::path& media, const std::string& listen);
// Prints the one-time pairing code alone on stdout (details on stderr), for scripts.
int EnrollCommand(const std::filesystem::path& db, const std::string& name, const std::string& role);
int RevokeCommand(const std::filesystem::path& db, const std::string& device);
int DevicesCommand(const std::filesystem::path& db);
int BackupCommand(const std::filesystem::path& db, const std::filesystem::path& target);
int CheckCommand(const std::filesystem::path& db);
// A new staff member with a sign-in PIN (never printed or logged): prints the new id alone on stdout.
// The row enters the hub's feed at once, so stations receive it with their next sync.
int StaffAddCommand(const std::filesystem::path& db, const std::string& name, const std::string& role,
    const std::string& pin);
int StaffListCommand(const std::filesystem::path& db);

} // namespace checkin::hub
