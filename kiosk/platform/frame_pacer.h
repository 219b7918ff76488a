#pragma once
// Draw only while something changes. A continuously drawing ImGui loop costs ~170% CPU under Xvfb here;
// waiting on events costs ~0.1%. After input a few more frames are drawn so popups and layout settle.
#include <cstdint>
#include <optional>

namespace checkin::platform {

class FramePacer {
public:
    static constexpr int kFramesAfterEvent = 3;

    void OnEvent() { m_frames_left = kFramesAfterEvent; }
    void OnDeadline()
    {
        if (m_frames_left == 0)
            m_frames_left = 1;
    }
    bool ShouldDraw() const { return m_frames_left > 0; }
    void FrameDrawn()
    {
        if (m_frames_left > 0)
            --m_frames_left;
    }

    // Seconds to wait for events before the app's next deadline; nullopt: wait until an event comes.
    static std::optional<double> WaitSeconds(std::optional<std::int64_t> next_wake_ms, std::int64_t now_ms);

private:
    int m_frames_left = kFramesAfterEvent;
};

} // namespace checkin::platform
