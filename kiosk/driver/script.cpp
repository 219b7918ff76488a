#include "driver/script.h"

#include <charconv>
#include <fstream>
#include <stdexcept>

#include "shared/i18n/strings.h"

namespace checkin::driver {
namespace {

std::string_view Trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

// The argument of a step: a "quoted string" (\" and \\ escapes) or a bare word.
bool ParseArgument(std::string_view rest, std::string& argument)
{
    rest = Trim(rest);
    argument.clear();
    if (rest.empty())
        return false;
    if (rest.front() != '"') {
        argument = rest;
        return true;
    }
    for (size_t i = 1; i < rest.size(); ++i) {
        if (rest[i] == '\\' && i + 1 < rest.size()) {
            argument.push_back(rest[++i]);
        } else if (rest[i] == '"') {
            return Trim(rest.substr(i + 1)).empty();
        } else {
            argument.push_back(rest[i]);
        }
    }
    return false;
}

bool ParseDuration(const std::string& text, std::int64_t& ms)
{
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || value < 0)
        return false;
    const std::string_view unit(end, static_cast<size_t>(text.data() + text.size() - end));
    if (unit == "ms")
        ms = value;
    else if (unit == "s" || unit.empty())
        ms = value * 1000;
    else if (unit == "min")
        ms = value * 60'000;
    else
        return false;
    return true;
}

std::string RunStep(UiDriver& driver, std::string_view command, const std::string& argument)
{
    if (command == "tap")
        return driver.Tap(argument);
    if (command == "type")
        return driver.Type(argument);
    if (command == "draw") // a signature-like zigzag across the item
        return driver.Draw(
            argument, {{0.1f, 0.6f}, {0.2f, 0.3f}, {0.3f, 0.7f}, {0.45f, 0.35f}, {0.6f, 0.65f}});
    if (command == "expect")
        return driver.Sees(argument) ? std::string() : "the screen does not show \"" + argument + "\"";
    if (command == "expect-not")
        return driver.Sees(argument) ? "the screen shows \"" + argument + "\"" : std::string();
    if (command == "wait") {
        std::int64_t ms = 0;
        if (!ParseDuration(argument, ms))
            return "bad duration \"" + argument + "\" (use 500ms, 2s or 1min)";
        driver.Wait(ms);
        return {};
    }
    if (command == "lang") {
        const auto language = i18n::ParseLanguage(argument);
        if (!language)
            return "unknown language \"" + argument + "\" (en or zh-CN)";
        return driver.SwitchLanguage(*language);
    }
    return "unknown step \"" + std::string(command) + "\" (tap, type, draw, expect, expect-not, wait, lang)";
}

} // namespace

ScriptResult RunScript(UiDriver& driver, const std::vector<std::string>& lines)
{
    for (size_t index = 0; index < lines.size(); ++index) {
        const std::string_view line = Trim(lines[index]);
        if (line.empty() || line.front() == '#')
            continue;
        const size_t space = line.find(' ');
        const std::string_view command = line.substr(0, space);
        std::string argument;
        std::string error;
        if (space == std::string_view::npos || !ParseArgument(line.substr(space), argument))
            error = "a step is a command and one argument, e.g. tap \"Start\"";
        else
            error = RunStep(driver, command, argument);
        if (!error.empty())
            return {false, static_cast<int>(index + 1), std::string(line), error, driver.ScreenDump()};
    }
    return {};
}

std::vector<std::string> ReadScriptFile(const std::string& path)
{
    std::ifstream file(path);
    if (!file)
        throw std::runtime_error("cannot read script " + path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(file, line);)
        lines.push_back(line);
    return lines;
}

} // namespace checkin::driver
