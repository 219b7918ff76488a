#include "platform/frame.h"

#include <imgui.h>

#include "ui/theme.h"
#include "ui/touch.h"

namespace checkin::platform {

ImGuiContext* CreateImGuiContext()
{
    ImGuiContext* context = ImGui::CreateContext();
    ImGui::SetCurrentContext(context); // CreateContext keeps another live context current
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    return context;
}

bool UpdateFonts(app::App& app, FontLoader& loader, float display_height, std::uint64_t& built_generation,
    FontBuildReport* report)
{
    const app::FontRequest& request = app.Fonts();
    if (request.generation == built_generation)
        return false;
    const float body_px = BodyFontPixels(display_height, request.scale);
    const FontBuildReport built = loader.Build(
        *ImGui::GetIO().Fonts, ui::CurrentFonts(), body_px, request.glyph_text, request.display_text);
    ui::ApplyTouchTheme(ImGui::GetStyle(), body_px);
    app.SetChineseAvailable(built.cjk_file.has_value());
    built_generation = request.generation;
    if (report)
        *report = built;
    return true;
}

void BeginTouchFrame()
{
    ui::Gestures().Update(ui::Em(ui::kSwipeThresholdEm));
    ui::Recorder().BeginFrame();
}

void DrawAppFrame(app::App& app)
{
    BeginTouchFrame();
    app.DrawFrame();
}

} // namespace checkin::platform
