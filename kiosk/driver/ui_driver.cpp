#include "driver/ui_driver.h"

#include <algorithm>
#include <cctype>

#include "shared/domain/utf8.h"
#include "ui/touch.h"

namespace checkin::driver {
namespace {

constexpr std::int64_t kFrameMs = 16;

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
    : m_runner(runner)
    , m_clock(clock)
    , m_switch_language(std::move(switch_language))
{
    Settle();
}

void UiDriver::Frame(const PointerInput& input)
{
    m_clock.Advance(kFrameMs);
    m_runner.RunFrame(input);
}

void UiDriver::Settle()
{
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

std::string UiDriver::Tap(std::string_view label)
{
    const std::string wanted = Lower(label);
    const ui::RecordedItem* found = nullptr;
    int matches = 0;
    // Buttons and chips first: a keyboard key "A" never shadows a button labelled "A".
    for (const ui::ItemKind kind : {ui::ItemKind::Button, ui::ItemKind::Chip, ui::ItemKind::Key}) {
        for (const ui::RecordedItem& item : ui::Recorder().Items()) {
            if (item.kind == kind && Lower(item.label) == wanted) {
                if (!found)
                    found = &item;
                ++matches;
            }
        }
        if (found)
            break;
    }
    if (!found)
        return "nothing labelled \"" + std::string(label) + "\" on screen";
    if (matches > 1)
        return std::to_string(matches) + " items labelled \"" + std::string(label) + "\" on screen";
    if (!found->enabled)
        return "\"" + std::string(label) + "\" is disabled";
    return TapAt(Center(*found));
}

std::string UiDriver::Type(std::string_view text)
{
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
        TapAt(Center(*key));
    }
    return {};
}

std::string UiDriver::Draw(std::string_view label, const std::vector<ImVec2>& relative_points)
{
    if (relative_points.empty())
        return "nothing to draw on \"" + std::string(label) + "\"";
    const ImVec2 first = relative_points.front();
    if (first.x < 0.0f || first.x >= 1.0f || first.y < 0.0f || first.y >= 1.0f)
        return "the first point of a drawing must be inside the item (0 <= x, y < 1)";
    const std::string wanted = Lower(label);
    const ui::RecordedItem* found = nullptr;
    int matches = 0;
    for (const ui::RecordedItem& item : ui::Recorder().Items()) {
        if (item.kind == ui::ItemKind::Button && Lower(item.label) == wanted) {
            if (!found)
                found = &item;
            ++matches;
        }
    }
    if (!found)
        return "nothing labelled \"" + std::string(label) + "\" to draw on";
    if (matches > 1)
        return std::to_string(matches) + " items labelled \"" + std::string(label) + "\" on screen";
    if (!found->enabled)
        return "\"" + std::string(label) + "\" is disabled";
    // The record is rebuilt every frame: keep the rectangle, not the item.
    const ImVec2 min = found->min;
    const ImVec2 size(found->max.x - found->min.x, found->max.y - found->min.y);
    const auto screen = [&](ImVec2 relative) {
        return ImVec2(min.x + relative.x * size.x, min.y + relative.y * size.y);
    };
    for (const ImVec2& point : relative_points)
        Frame({screen(point), true});
    Frame({screen(relative_points.back()), false});
    Settle();
    return {};
}

bool UiDriver::Sees(std::string_view text) const
{
    const std::string wanted = Lower(text);
    const auto contains = [&wanted](const std::string& shown) {
        return Lower(shown).find(wanted) != std::string::npos;
    };
    const auto& recorder = ui::Recorder();
    return std::any_of(recorder.Texts().begin(), recorder.Texts().end(), contains) ||
           std::any_of(recorder.Items().begin(), recorder.Items().end(),
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
