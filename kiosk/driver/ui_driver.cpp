#include "driver/ui_driver.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <thread>

#include "shared/domain/utf8.h"
#include "ui/touch.h"

namespace checkin::driver {
namespace {

constexpr std::int64_t kFrameMs = 16;
constexpr std::chrono::seconds kMaxHubWait(10); // the lookup's own timeouts end it in about 2 s

// The driver whose frame the recorder holds.
const UiDriver* s_last_drawn_by = nullptr;

std::string Lower(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

ImVec2 Center(const ui::RecordedItem& item)
{
    return {(item.min.x + item.max.x) * 0.5f, (item.min.y + item.max.y) * 0.5f};
}

} // namespace

UiDriver::UiDriver(FrameRunner& runner, domain::ManualClock& clock, LanguageSwitch switch_language)
    : m_runner(runner), m_clock(clock), m_switch_language(std::move(switch_language))
{
    Settle();
}

void UiDriver::Frame(const PointerInput& input)
{
    m_clock.Advance(kFrameMs);
    m_runner.RunFrame(input);
    s_last_drawn_by = this;
}

void UiDriver::OwnScreen()
{
    if (s_last_drawn_by != this)
        Settle();
}

void UiDriver::Settle()
{
    for (int i = 0; i < 3; ++i)
        Frame({});
    if (!m_runner.AwaitsHub())
        return;
    // The hub answers in real time, not on the virtual clock: wait for it as the customer would.
    const auto deadline = std::chrono::steady_clock::now() + kMaxHubWait;
    while (m_runner.AwaitsHub() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    for (int i = 0; i < 3; ++i)
        Frame({});
}

std::string UiDriver::TapAt(ImVec2 point)
{
    // Finger down, (still) down, lifted, then hover cleared, as the touch layer of the window does.
    Frame({point, true});
    Frame({point, true});
    Frame({point, false});
    Settle();
    return {};
}

std::string UiDriver::FindItem(
    std::string_view label, std::initializer_list<ui::ItemKind> kinds, ui::RecordedItem& found) const
{
    const std::string wanted = Lower(label);
    int matches = 0;
    // In the order of kinds: a keyboard key "A" never shadows a button labelled "A".
    for (const ui::ItemKind kind : kinds) {
        for (const ui::RecordedItem& item : ui::Recorder().Items()) {
            if (item.kind == kind && Lower(item.label) == wanted) {
                if (matches == 0)
                    found = item;
                ++matches;
            }
        }
        if (matches > 0)
            break;
    }
    if (matches == 0)
        return "nothing labelled \"" + std::string(label) + "\" on screen";
    if (matches > 1)
        return std::to_string(matches) + " items labelled \"" + std::string(label) + "\" on screen";
    if (!found.enabled)
        return "\"" + std::string(label) + "\" is disabled";
    return {};
}

bool UiDriver::ScrollIntoView(
    std::string_view label, std::initializer_list<ui::ItemKind> kinds, ui::RecordedItem& item)
{
    constexpr int kMaxSwipes = 20;
    constexpr int kSwipeFrames = 8;
    for (int swipe = 0; swipe < kMaxSwipes; ++swipe) {
        const ImVec2 center = Center(item);
        const float clip_top = item.clip_min.y;
        const float clip_bottom = item.clip_max.y;
        if (center.y >= clip_top && center.y <= clip_bottom && center.x >= item.clip_min.x
            && center.x <= item.clip_max.x)
            return true;
        // Drag the list by at most most of its height, from its middle, towards where the item must go.
        const float clip_middle = (clip_top + clip_bottom) * 0.5f;
        const float limit = (clip_bottom - clip_top) * 0.4f;
        const float distance = std::clamp(clip_middle - center.y, -limit, limit);
        const ImVec2 start((item.clip_min.x + item.clip_max.x) * 0.5f, clip_middle - distance * 0.5f);
        Frame({start, true});
        for (int step = 1; step <= kSwipeFrames; ++step)
            Frame({ImVec2(start.x, start.y + distance * static_cast<float>(step) / kSwipeFrames), true});
        Frame({ImVec2(start.x, start.y + distance), false});
        Settle();
        if (!FindItem(label, kinds, item).empty())
            return false;
    }
    return false;
}

std::string UiDriver::Tap(std::string_view label)
{
    OwnScreen();
    const auto tappable = {ui::ItemKind::Button, ui::ItemKind::Chip, ui::ItemKind::Key};
    ui::RecordedItem found;
    if (std::string error = FindItem(label, tappable, found); !error.empty())
        return error;
    if (!ScrollIntoView(label, tappable, found))
        return "\"" + std::string(label) + "\" cannot be scrolled into view";
    ++m_taps;
    return TapAt(Center(found));
}

std::string UiDriver::Type(std::string_view text)
{
    OwnScreen();
    for (char32_t code_point : domain::DecodeUtf8(text)) {
        const std::string character = domain::EncodeUtf8(code_point);
        const ui::RecordedItem* key = nullptr;
        for (const ui::RecordedItem& item : ui::Recorder().Items())
            if (item.kind == ui::ItemKind::Key && item.key_text == character)
                key = &item;
        if (!key)
            return "no key types \"" + character + "\" on the open keyboard";
        if (!key->enabled)
            return "the key \"" + character + "\" is disabled here";
        ++m_keys;
        TapAt(Center(*key));
    }
    return {};
}

std::string UiDriver::Draw(std::string_view label, const std::vector<ImVec2>& relative_points)
{
    OwnScreen();
    if (relative_points.empty())
        return "nothing to draw on \"" + std::string(label) + "\"";
    const ImVec2 first = relative_points.front();
    if (first.x < 0.0f || first.x >= 1.0f || first.y < 0.0f || first.y >= 1.0f)
        return "the first point of a drawing must be inside the item (0 <= x, y < 1)";
    ui::RecordedItem found;
    if (std::string error = FindItem(label, {ui::ItemKind::Button}, found); !error.empty())
        return error;
    ++m_taps; // a signature is one gesture
    const ImVec2 min = found.min;
    const ImVec2 size(found.max.x - found.min.x, found.max.y - found.min.y);
    const auto screen
        = [&](ImVec2 relative) { return ImVec2(min.x + relative.x * size.x, min.y + relative.y * size.y); };
    for (const ImVec2& point : relative_points)
        Frame({screen(point), true});
    Frame({screen(relative_points.back()), false});
    Settle();
    return {};
}

bool UiDriver::Sees(std::string_view text)
{
    OwnScreen();
    const std::string wanted = Lower(text);
    const auto contains
        = [&wanted](const std::string& shown) { return Lower(shown).find(wanted) != std::string::npos; };
    const auto& recorder = ui::Recorder();
    return std::any_of(recorder.Texts().begin(), recorder.Texts().end(), contains)
        || std::any_of(recorder.Items().begin(), recorder.Items().end(),
            [&contains](const ui::RecordedItem& item) { return contains(item.label); });
}

std::string UiDriver::SwitchLanguage(i18n::Language language)
{
    if (!m_switch_language)
        return "this screen has no language switch";
    m_switch_language(language);
    Settle();
    return {};
}

void UiDriver::Wait(std::int64_t ms)
{
    const std::int64_t end = m_clock.NowUtcMs() + ms;
    while (m_clock.NowUtcMs() < end) {
        m_clock.Advance(std::min<std::int64_t>(1000, end - m_clock.NowUtcMs()));
        m_runner.RunFrame({});
    }
    Settle();
}

std::string UiDriver::ScreenDump() const
{
    std::string dump;
    for (const ui::RecordedItem& item : ui::Recorder().Items()) {
        if (item.kind == ui::ItemKind::Key)
            continue;
        dump += "  [" + item.label + "]" + (item.enabled ? "" : " (disabled)") + "\n";
    }
    for (const std::string& text : ui::Recorder().Texts())
        dump += "  " + text + "\n";
    return dump;
}

} // namespace checkin::driver
