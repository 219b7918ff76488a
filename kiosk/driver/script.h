#pragma once
// `checkin --headless --script FILE`: the UI driver as a language. One step per line:
//   tap "Label"      tap the item with this visible text (case-insensitive)
//   type "京A12345"  type through the on-screen keyboard that is open
//   draw "Label"     sign on the pad with this label (a zigzag across it)
//   expect "text"    the screen shows this text;  expect-not "text": it does not
//   wait 2s          virtual time passes (ms, s or min)
//   lang zh-CN       switch the language
// Blank lines and lines starting with # are ignored. The run stops at the first failing step.
#include <string>
#include <vector>

#include "driver/ui_driver.h"

namespace checkin::driver {

struct ScriptResult {
    bool ok = true;
    int failed_line = 0; // 1-based
    std::string failed_step; // the line as written
    std::string message; // what went wrong
    std::string screen; // what the screen showed then
};

ScriptResult RunScript(UiDriver& driver, const std::vector<std::string>& lines);
std::vector<std::string> ReadScriptFile(const std::string& path);

} // namespace checkin::driver
