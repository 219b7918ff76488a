#pragma once
// Runs the app's frames with no window and no GL: an ImGui context with a built font atlas and a display
// size. Used by the UI tests, `checkin --headless --script` and the frame-cost benchmark.
#include <cstdint>

#include <imgui.h>

#include "app/app.h"
#include "driver/ui_driver.h"
#include "platform/fonts.h"

namespace checkin::driver {

class HeadlessHost final : public FrameRunner {
public:
    HeadlessHost(app::App& app, const platform::FontSetup& fonts, ImVec2 display_size = {1920, 1080});
    ~HeadlessHost() override;
    HeadlessHost(const HeadlessHost&) = delete;
    HeadlessHost& operator=(const HeadlessHost&) = delete;

    void RunFrame(const PointerInput& input) override;
    bool AwaitsHub() const override { return m_app.LookingUpCustomer(); }
    const platform::FontBuildReport& LastFontBuild() const { return m_font_report; }

private:
    app::App& m_app;
    platform::FontLoader m_font_loader;
    platform::FontBuildReport m_font_report;
    ImGuiContext* m_context = nullptr;
    ImVec2 m_display_size;
    std::uint64_t m_font_generation = ~std::uint64_t{0};
    PointerInput m_last_input;
};

} // namespace checkin::driver
