#include "ui/touch.h"

#include <cmath>

namespace checkin::ui {

void TouchRecorder::BeginFrame()
{
    m_items.clear();
    m_texts.clear();
}

void TouchRecorder::RecordItem(RecordedItem item)
{
    m_items.push_back(std::move(item));
}

void TouchRecorder::RecordText(std::string text)
{
    m_texts.push_back(std::move(text));
}

void TouchGestures::Update(float threshold_px)
{
    const ImGuiIO& io = ImGui::GetIO();
    m_release_was_swipe = false;
    if (io.MouseClicked[0]) {
        m_press_pos = io.MousePos;
        m_swiping = false;
        m_scroll_owner = 0;
    }
    if (io.MouseDown[0] && !m_swiping) {
        const float dx = io.MousePos.x - m_press_pos.x;
        const float dy = io.MousePos.y - m_press_pos.y;
        m_swiping = std::sqrt(dx * dx + dy * dy) > threshold_px;
    }
    if (io.MouseReleased[0]) {
        m_release_was_swipe = m_swiping;
        m_swiping = false;
    }
}

TouchRecorder& Recorder()
{
    static TouchRecorder s_recorder;
    return s_recorder;
}

TouchGestures& Gestures()
{
    static TouchGestures s_gestures;
    return s_gestures;
}

} // namespace checkin::ui
