#pragma once
// Drives the real screens the way a customer does: taps an item by its visible label, types on the
// on-screen keyboard that is open, reads the texts on screen. Works on any FrameRunner: the headless
// host in tests and `--headless --script`, or the GL window for scripted screenshots.
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "shared/domain/clock.h"
#include "shared/i18n/strings.h"
#include "ui/touch.h"

namespace checkin::driver {

struct PointerInput {
    ImVec2 position{-FLT_MAX, -FLT_MAX}; // off-screen: the finger is lifted, nothing is hovered
    bool down = false;
};

class FrameRunner {
public:
    virtual ~FrameRunner() = default;
    // Runs one complete frame (draw, render, apply intents) with this pointer state.
    virtual void RunFrame(const PointerInput& input) = 0;
    // Whether the app waits for another machine (the hub looking a plate up), as the customer then does.
    virtual bool AwaitsHub() const { return false; }
};

class UiDriver {
public:
    using LanguageSwitch = std::function<void(i18n::Language)>;
    UiDriver(FrameRunner& runner, domain::ManualClock& clock, LanguageSwitch switch_language = {});

    // Each returns an empty string on success, else what went wrong (in English, for test output).
    std::string Tap(std::string_view label);
    std::string Type(std::string_view text);
    // Presses the button-kind item labelled `label` (a signature pad) at the first point, moves through the
    // others one frame each and lifts at the last. Points are relative to the item's rectangle (0..1); the
    // first must be inside it, later ones may leave it as a finger can.
    std::string Draw(std::string_view label, const std::vector<ImVec2>& relative_points);
    bool Sees(std::string_view text);
    // The script's `lang` step; an error when this driver cannot switch languages.
    std::string SwitchLanguage(i18n::Language language);
    // Virtual time passes (the screens keep drawing, once a second), so idle timeouts run in no time.
    void Wait(std::int64_t ms);
    void Settle();

    // Touches so far: taps on buttons and chips (a signature counts as one), and keys typed.
    int TapCount() const { return m_taps; }
    int KeyCount() const { return m_keys; }

    // Every label and text of the last frame, one per line: what a failing step prints.
    std::string ScreenDump() const;

private:
    std::string TapAt(ImVec2 point);
    // Swipes the list the item is in until its centre can be seen, as a customer would; false if it can't.
    bool ScrollIntoView(
        std::string_view label, std::initializer_list<ui::ItemKind> kinds, ui::RecordedItem& item);
    // The one enabled item with this label among the kinds (in that order of preference), or why not.
    std::string FindItem(
        std::string_view label, std::initializer_list<ui::ItemKind> kinds, ui::RecordedItem& found) const;
    void Frame(const PointerInput& input);
    // The recorder holds the last frame drawn by any driver (tests run several stations side by side):
    // draws this driver's screen first when another one drew last.
    void OwnScreen();

    FrameRunner& m_runner;
    domain::ManualClock& m_clock;
    LanguageSwitch m_switch_language;
    int m_taps = 0;
    int m_keys = 0;
};

} // namespace checkin::driver
