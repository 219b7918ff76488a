#include "ui/theme.h"

namespace checkin::ui {

Fonts& CurrentFonts()
{
    static Fonts s_fonts;
    return s_fonts;
}

void ApplyTouchTheme(ImGuiStyle& style, float font_px)
{
    const auto em = [font_px](float count) { return count * font_px; };
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(em(0.9f), em(0.9f));
    style.FramePadding = ImVec2(em(0.6f), em(0.45f));
    style.ItemSpacing = ImVec2(em(0.55f), em(0.55f));
    style.ItemInnerSpacing = ImVec2(em(0.4f), em(0.4f));
    style.FrameRounding = em(0.35f);
    style.ChildRounding = em(0.35f);
    style.GrabRounding = em(0.35f);
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = 0.0f;
    style.ScrollbarSize = em(0.6f);
    style.TouchExtraPadding = ImVec2(em(0.15f), em(0.15f));

    auto color = [](ImU32 packed) { return ImGui::ColorConvertU32ToFloat4(packed); };
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = color(colors::kBackground);
    c[ImGuiCol_ChildBg] = color(colors::kBackground);
    c[ImGuiCol_PopupBg] = color(colors::kPanel);
    c[ImGuiCol_Text] = color(colors::kText);
    c[ImGuiCol_TextDisabled] = color(colors::kMutedText);
    c[ImGuiCol_Button] = color(colors::kSecondary);
    c[ImGuiCol_ButtonHovered] = color(colors::kSecondary); // no hover affordance on a touch screen
    c[ImGuiCol_ButtonActive] = color(colors::kSecondaryPressed);
    c[ImGuiCol_FrameBg] = color(colors::kPanel);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.12f, 0.16f, 0.55f);
}

} // namespace checkin::ui
