#include "support/widget_host.h"

#include "platform/frame.h"
#include "support/app_harness.h"
#include "ui/theme.h"

namespace checkin::testing {

WidgetHost::WidgetHost(std::function<void()> draw)
    : m_draw(std::move(draw)),
      m_fonts(platform::FontSetup{std::nullopt, AssetsDir()}),
      m_context(platform::CreateImGuiContext())
{
    const float body_px = platform::BodyFontPixels(1080.0f, 1.0f);
    m_fonts.Build(*ImGui::GetIO().Fonts, ui::CurrentFonts(), body_px, "", "");
    ui::ApplyTouchTheme(ImGui::GetStyle(), body_px);
}

WidgetHost::~WidgetHost()
{
    ImGui::DestroyContext(m_context);
}

void WidgetHost::RunFrame(const driver::PointerInput& input)
{
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1920, 1080);
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = input.position;
    io.MouseDown[0] = input.down;
    ImGui::NewFrame();
    platform::BeginTouchFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("##widgets", nullptr, ImGuiWindowFlags_NoDecoration);
    m_draw();
    ImGui::End();
    ImGui::Render();
}

} // namespace checkin::testing
