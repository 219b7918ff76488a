// The touch widget kit on its own: every keyboard types what its keys say and offers nothing it must not;
// a swipe over a list scrolls it and taps nothing.
#include <string>

#include <doctest/doctest.h>
#include <imgui.h>

#include "shared/domain/clock.h"
#include "support/widget_host.h"
#include "ui/keyboard.h"
#include "ui/touch.h"
#include "ui/widgets.h"

using checkin::ui::KeyEdit;

namespace {

// A text the keyboard under test edits through KeyEdits, as a screen's model would.
struct KeyboardModel {
    std::string text;
    size_t max_chars = 32;
};

std::string TypeOn(const std::function<std::optional<KeyEdit>(const std::string&)>& keyboard,
    const std::string& keys, KeyboardModel& model)
{
    checkin::testing::WidgetHost host([&] {
        if (auto edit = keyboard(model.text))
            checkin::ui::ApplyKeyEdit(model.text, *edit, model.max_chars);
    });
    checkin::domain::ManualClock clock(0);
    checkin::driver::UiDriver driver(host, clock);
    return driver.Type(keys);
}

const checkin::ui::KeyboardLabels kLabels{"Delete", "Clear", "Space"};

} // namespace

TEST_SUITE("ui/touch_kit")
{
    TEST_CASE("ApplyKeyEdit deletes whole UTF-8 characters and respects the length limit")
    {
        std::string text = "粤A";
        checkin::ui::ApplyKeyEdit(text, {KeyEdit::Kind::Backspace, {}}, 8);
        CHECK(text == "粤");
        checkin::ui::ApplyKeyEdit(text, {KeyEdit::Kind::Backspace, {}}, 8);
        CHECK(text.empty());
        checkin::ui::ApplyKeyEdit(text, {KeyEdit::Kind::Backspace, {}}, 8);
        CHECK(text.empty());
        for (const char* key : {"京", "A", "1", "2"})
            checkin::ui::ApplyKeyEdit(text, {KeyEdit::Kind::Insert, key}, 3);
        CHECK(text == "京A1");
        checkin::ui::ApplyKeyEdit(text, {KeyEdit::Kind::Clear, {}}, 3);
        CHECK(text.empty());
    }

    TEST_CASE("the VIN keyboard types a VIN and has no I, O or Q")
    {
        KeyboardModel model{{}, 17};
        const auto vin = [](const std::string& text) {
            return checkin::ui::CharacterKeyboard(text, checkin::ui::kVinAlphabet, 17, kLabels);
        };
        CHECK(TypeOn(vin, "LSVAX6AC7K2108437", model).empty());
        CHECK(model.text == "LSVAX6AC7K2108437");
        CHECK(TypeOn(vin, "1", model).find("disabled") != std::string::npos); // 17 is the end
        KeyboardModel other;
        for (const char* letter : {"I", "O", "Q"})
            CHECK(TypeOn(vin, letter, other).find("no key types") != std::string::npos);
    }

    TEST_CASE("the Latin keyboard types names with a space")
    {
        KeyboardModel model;
        const auto latin = [](const std::string& text) { return checkin::ui::LatinKeyboard(text, kLabels); };
        CHECK(TypeOn(latin, "ZHANG WEI", model).empty());
        CHECK(model.text == "ZHANG WEI");
    }

    TEST_CASE("the phone pad stops at its length")
    {
        KeyboardModel model;
        const auto pad = [](const std::string& text) { return checkin::ui::PhonePad(text, 4, kLabels); };
        CHECK(TypeOn(pad, "2287", model).empty());
        CHECK(TypeOn(pad, "1", model).find("disabled") != std::string::npos);
        CHECK(model.text == "2287");
    }

    TEST_CASE("a swipe scrolls a list and taps nothing; a tap taps")
    {
        int taps = 0;
        float scroll = 0.0f;
        checkin::testing::WidgetHost host([&] {
            if (checkin::ui::BeginScrollList("##list", ImVec2(600, 400))) {
                for (int i = 0; i < 30; ++i) {
                    ImGui::PushID(i);
                    if (checkin::ui::Button(("Row " + std::to_string(i)).c_str(), {.size = {500, 0}}))
                        ++taps;
                    ImGui::PopID();
                }
                scroll = ImGui::GetScrollY();
            }
            checkin::ui::EndScrollList();
        });
        checkin::domain::ManualClock clock(0);
        checkin::driver::UiDriver driver(host, clock);
        const auto& items = checkin::ui::Recorder().Items();
        REQUIRE(items.size() >= 2);
        const ImVec2 start((items[1].min.x + items[1].max.x) / 2, (items[1].min.y + items[1].max.y) / 2);
        host.RunFrame({start, true});
        for (int step = 1; step <= 10; ++step)
            host.RunFrame({ImVec2(start.x, start.y - 20.0f * static_cast<float>(step)), true});
        host.RunFrame({ImVec2(start.x, start.y - 200.0f), false});
        driver.Settle();
        CHECK(taps == 0);
        CHECK(scroll > 150.0f);
        CHECK(driver.Tap("Row 5").empty());
        CHECK(taps == 1);
    }
}
