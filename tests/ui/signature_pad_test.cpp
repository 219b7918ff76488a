// The signature pad on its own: a finger writing on it makes strokes in pad-relative coordinates, and
// never taps the button it slides onto nor scrolls the list the pad is in.
#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <imgui.h>

#include "shared/domain/clock.h"
#include "shared/media/signature.h"
#include "support/widget_host.h"
#include "ui/signature_pad.h"
#include "ui/touch.h"
#include "ui/widgets.h"

using checkin::ui::SignaturePadEvent;

namespace {

// What a screen and the app around the pad would hold: the model, and every event the pad reported.
struct SigningModel {
    checkin::media::SignatureEditor editor;
    std::vector<SignaturePadEvent> events;

    void Draw(ImVec2 size)
    {
        for (const SignaturePadEvent& event :
            checkin::ui::SignaturePad("Signature##pad", editor.Current(), size, "Sign here"))
            events.push_back(event);
    }
    // After the frame, as the app applies intents.
    void Apply()
    {
        for (const SignaturePadEvent& event : events)
            checkin::ui::ApplySignaturePadEvent(editor, event);
        events.clear();
    }
};

const checkin::ui::RecordedItem* FindItem(const std::string& label)
{
    for (const checkin::ui::RecordedItem& item : checkin::ui::Recorder().Items())
        if (item.label == label)
            return &item;
    return nullptr;
}

size_t CountKind(const std::vector<SignaturePadEvent>& events, SignaturePadEvent::Kind kind)
{
    return static_cast<size_t>(std::count_if(
        events.begin(), events.end(), [kind](const SignaturePadEvent& event) { return event.kind == kind; }));
}

} // namespace

TEST_SUITE("ui/signature_pad")
{
    TEST_CASE("a stroke on the pad becomes one stroke of pad-relative points and taps the button it ends on")
    {
        SigningModel model;
        std::vector<SignaturePadEvent> seen;
        int done_taps = 0;
        checkin::testing::WidgetHost host([&] {
            model.Draw(ImVec2(800, 300));
            ImGui::SameLine();
            if (checkin::ui::Button("Done", {.size = {300, 300}}))
                ++done_taps;
            seen.insert(seen.end(), model.events.begin(), model.events.end());
            model.Apply();
        });
        checkin::domain::ManualClock clock(0);
        checkin::driver::UiDriver driver(host, clock);
        CHECK(driver.Sees("Sign here"));

        const checkin::ui::RecordedItem* pad = FindItem("Signature");
        const checkin::ui::RecordedItem* done = FindItem("Done");
        REQUIRE(pad != nullptr);
        REQUIRE(done != nullptr);
        // The finger ends on the middle of the Done button, in the pad's coordinates.
        const ImVec2 over_done(((done->min.x + done->max.x) * 0.5f - pad->min.x) / (pad->max.x - pad->min.x),
            ((done->min.y + done->max.y) * 0.5f - pad->min.y) / (pad->max.y - pad->min.y));
        REQUIRE(over_done.x > 1.0f);
        const std::vector<ImVec2> path{
            {0.1f, 0.6f}, {0.2f, 0.4f}, {0.3f, 0.6f}, {0.4f, 0.4f}, {0.5f, 0.6f}, {0.7f, 0.5f}, over_done};
        CHECK(driver.Draw("Signature", path).empty());

        CHECK(done_taps == 0);
        REQUIRE(model.editor.Current().strokes.size() == 1);
        const auto& points = model.editor.Current().strokes[0].points;
        CHECK(points.size() >= 6);
        for (const auto& [x, y] : points) {
            CHECK(x >= 0.0f);
            CHECK(x <= 1.0f);
            CHECK(y >= 0.0f);
            CHECK(y <= 1.0f);
        }
        CHECK(points.front().first == doctest::Approx(0.1f).epsilon(0.01));
        CHECK(points.back().first == 1.0f); // clamped at the pad's edge while the finger was over Done
        REQUIRE(seen.size() >= 3);
        CHECK(seen.front().kind == SignaturePadEvent::Kind::BeginStroke);
        CHECK(seen.back().kind == SignaturePadEvent::Kind::EndStroke);
        CHECK(CountKind(seen, SignaturePadEvent::Kind::BeginStroke) == 1);
        CHECK(CountKind(seen, SignaturePadEvent::Kind::AddPoint) == path.size() - 1);
        CHECK_FALSE(driver.Sees("Sign here")); // the hint goes once there is ink

        CHECK(driver.Tap("Done").empty()); // the button itself works
        CHECK(done_taps == 1);
    }

    TEST_CASE("a tap on the pad is a dot")
    {
        SigningModel model;
        checkin::testing::WidgetHost host([&] {
            model.Draw(ImVec2(0, 0)); // the available width, a third as high
            model.Apply();
        });
        checkin::domain::ManualClock clock(0);
        checkin::driver::UiDriver driver(host, clock);
        CHECK(driver.Tap("Signature").empty());
        REQUIRE(model.editor.Current().strokes.size() == 1);
        CHECK(model.editor.Current().strokes[0].points.size() == 1);
        CHECK_FALSE(model.editor.Drawing());
    }

    TEST_CASE("writing on a pad inside a scroll list does not scroll the list")
    {
        SigningModel model;
        float scroll = 0.0f;
        float scroll_max = 0.0f;
        checkin::testing::WidgetHost host([&] {
            if (checkin::ui::BeginScrollList("##form", ImVec2(900, 500))) {
                model.Draw(ImVec2(800, 300));
                for (int i = 0; i < 20; ++i)
                    checkin::ui::Button(("Row " + std::to_string(i)).c_str());
                scroll = ImGui::GetScrollY();
                scroll_max = ImGui::GetScrollMaxY();
            }
            checkin::ui::EndScrollList();
            model.Apply();
        });
        checkin::domain::ManualClock clock(0);
        checkin::driver::UiDriver driver(host, clock);
        REQUIRE(scroll_max > 300.0f);
        // Upwards, the swipe that would scroll the list down.
        CHECK(
            driver.Draw("Signature", {{0.5f, 0.95f}, {0.5f, 0.7f}, {0.5f, 0.45f}, {0.5f, 0.2f}, {0.5f, 0.0f}})
                .empty());
        CHECK(scroll == 0.0f);
        REQUIRE(model.editor.Current().strokes.size() == 1);
        CHECK(model.editor.Current().strokes[0].points.size() == 5);
    }

    TEST_CASE("Draw says what is wrong")
    {
        SigningModel model;
        checkin::testing::WidgetHost host([&] { model.Draw(ImVec2(600, 200)); });
        checkin::domain::ManualClock clock(0);
        checkin::driver::UiDriver driver(host, clock);
        CHECK(driver.Draw("Signature", {}).find("nothing to draw") != std::string::npos);
        CHECK(driver.Draw("Photo", {{0.5f, 0.5f}}).find("nothing labelled") != std::string::npos);
        CHECK(driver.Draw("Signature", {{1.2f, 0.5f}}).find("inside") != std::string::npos);
        CHECK(model.events.empty());
    }
}
