#include "driver/headless_host.h"

#include "platform/frame.h"

namespace checkin::driver {

HeadlessHost::HeadlessHost(app::App& app, const platform::FontSetup& fonts, ImVec2 display_size)
    : m_app(app),
      m_font_loader(fonts),
      m_context(platform::CreateImGuiContext()),
      m_display_size(display_size)
{
    ImGui::GetIO().DisplaySize = m_display_size;
}

HeadlessHost::~HeadlessHost()
{
    ImGui::DestroyContext(m_context);
}

void HeadlessHost::RunFrame(const PointerInput& input)
{
    ImGui::SetCurrentContext(m_context);
    platform::UpdateFonts(m_app, m_font_loader, m_display_size.y, m_font_generation, &m_font_report);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = m_display_size;
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = input.position;
    io.MouseDown[0] = input.down;
    if (input.down != m_last_input.down
        || (input.down
            && (input.position.x != m_last_input.position.x || input.position.y != m_last_input.position.y)))
        m_app.NoteInput();
    m_last_input = input;

    ImGui::NewFrame();
    platform::DrawAppFrame(m_app);
    ImGui::Render();
    m_app.ApplyIntents();
}

} // namespace checkin::driver
