#pragma once
// Look and sizes of the touch kit. Every size is in "em" (multiples of the current font size), so the
// large-text mode and any screen resolution scale the whole layout; nothing is in raw pixels.
#include <imgui.h>

namespace checkin::ui {

struct Fonts {
    ImFont* body = nullptr; // every CJK glyph the app may show
    ImFont* heading = nullptr; // 1.6x: titles; glyphs of the string tables and names only
    ImFont* display = nullptr; // 2.6x: the attract screen's welcome, queue numbers; same glyphs as heading
};

Fonts& CurrentFonts();

inline float Em(float count)
{
    return count * ImGui::GetFontSize();
}
inline ImVec2 Em(float x, float y)
{
    return {Em(x), Em(y)};
}

// Touch targets: at least 64 px at 1080p; with the 28 px body font at 1080p that is 2.3 em.
inline constexpr float kTouchTargetEm = 2.4f;
inline constexpr float kSwipeThresholdEm = 0.5f;

namespace colors {
inline constexpr ImU32 kBackground = IM_COL32(245, 247, 250, 255);
inline constexpr ImU32 kText = IM_COL32(28, 36, 48, 255);
inline constexpr ImU32 kMutedText = IM_COL32(96, 106, 120, 255);
inline constexpr ImU32 kPrimary = IM_COL32(0, 94, 184, 255);
inline constexpr ImU32 kPrimaryPressed = IM_COL32(0, 62, 128, 255);
inline constexpr ImU32 kSecondary = IM_COL32(226, 232, 240, 255);
inline constexpr ImU32 kSecondaryPressed = IM_COL32(180, 190, 204, 255);
inline constexpr ImU32 kDanger = IM_COL32(200, 40, 40, 255);
inline constexpr ImU32 kWarning = IM_COL32(230, 140, 0, 255);
inline constexpr ImU32 kSuccess = IM_COL32(20, 140, 70, 255);
inline constexpr ImU32 kPanel = IM_COL32(255, 255, 255, 255);
} // namespace colors

// Sizes scale with the body font (pixels) so the large-text mode enlarges the whole layout.
void ApplyTouchTheme(ImGuiStyle& style, float font_px);

} // namespace checkin::ui
