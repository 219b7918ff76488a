#pragma once
// A headless frame runner that draws one widget function in a full-screen window: tests of the touch kit
// on its own (keyboards not yet used by any screen, swipe versus tap).
#include <functional>

#include <imgui.h>

#include "driver/ui_driver.h"
#include "platform/fonts.h"

namespace checkin::testing {

class WidgetHost final : public driver::FrameRunner {
public:
    explicit WidgetHost(std::function<void()> draw);
    ~WidgetHost() override;
    WidgetHost(const WidgetHost&) = delete;
    WidgetHost& operator=(const WidgetHost&) = delete;

    void RunFrame(const driver::PointerInput& input) override;

private:
    std::function<void()> m_draw;
    platform::FontLoader m_fonts;
    ImGuiContext* m_context;
};

} // namespace checkin::testing
