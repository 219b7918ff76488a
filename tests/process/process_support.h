#pragma once
#include <filesystem>
#include <string>

namespace checkin::testing {

struct ProcessResult {
    int exit_code = -1;
    std::string output; // stdout and stderr
};

enum class Display { Inherit, Xvfb, None };

// Runs build/bin/checkin with the arguments (already quoted for the shell) and captures its output.
ProcessResult RunCheckin(const std::string& arguments, Display display = Display::Inherit);

std::string Quote(const std::filesystem::path& path);

} // namespace checkin::testing
