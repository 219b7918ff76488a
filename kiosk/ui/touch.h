#pragma once
// The touch layer of the widget kit. Every interactive item and every text drawn through the kit is
// recorded per frame with its label and rectangle: the UI driver taps by visible label and reads the
// screen from this record, exactly as a customer would. It also tells a tap from a swipe.
#include <cfloat>
#include <string>
#include <vector>

#include <imgui.h>

namespace checkin::ui {

enum class ItemKind { Button, Key, Chip };

struct RecordedItem {
    std::string label; // visible text (first line of the button)
    std::string key_text; // for keyboard keys: the text the key types ("" for Backspace, Clear...)
    ImVec2 min;
    ImVec2 max;
    ItemKind kind = ItemKind::Button;
    bool enabled = true;
    // The part of the screen where it can be seen (a scroll list's viewport).
    ImVec2 clip_min{-FLT_MAX, -FLT_MAX};
    ImVec2 clip_max{FLT_MAX, FLT_MAX};
};

class TouchRecorder {
public:
    void BeginFrame();
    void RecordItem(RecordedItem item);
    void RecordText(std::string text);

    const std::vector<RecordedItem>& Items() const { return m_items; }
    const std::vector<std::string>& Texts() const { return m_texts; }

private:
    std::vector<RecordedItem> m_items;
    std::vector<std::string> m_texts;
};

// Per-frame touch state: a press that moved further than the threshold is a swipe, never a tap.
class TouchGestures {
public:
    // Called once per frame after ImGui::NewFrame().
    void Update(float threshold_px);
    // True on the frame the finger lifts after a movement that was a swipe (buttons ignore that release).
    bool ReleaseWasSwipe() const { return m_release_was_swipe; }
    bool IsSwiping() const { return m_swiping; }
    // The scroll list the current press started in: only that list follows the finger, even when the
    // finger leaves it.
    void ClaimScroll(ImGuiID list_id) { m_scroll_owner = list_id; }
    ImGuiID ScrollOwner() const { return m_scroll_owner; }

private:
    ImGuiID m_scroll_owner = 0;
    ImVec2 m_press_pos{};
    bool m_swiping = false;
    bool m_release_was_swipe = false;
};

TouchRecorder& Recorder();
TouchGestures& Gestures();

} // namespace checkin::ui
