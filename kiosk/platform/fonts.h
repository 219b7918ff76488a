#pragma once
// The font atlas: a CJK font found on this machine, with ChineseSimplifiedCommon at OversampleH=1 plus
// every character of the string tables and of the customer names in the store (a full CJK range takes
// seconds and hundreds of MB; this takes ~40 ms). Without a CJK font the app runs in English.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "ui/theme.h"

namespace checkin::platform {

struct FontSetup {
    std::optional<std::filesystem::path> override_file; // --font
    std::filesystem::path assets_dir;
};

struct FontBuildReport {
    std::optional<std::filesystem::path> cjk_file; // empty: no CJK font, English only
    float body_px = 0.0f;
    double build_ms = 0.0;
    int atlas_width = 0;
    int atlas_height = 0;
    int glyph_count = 0;
};

// The first CJK font in order: --font, assets/fonts/, the OS fonts.
std::optional<std::filesystem::path> FindCjkFont(const FontSetup& setup);

// Body size for a display height: 28 px at 1080 lines (touch targets of 2.4 em are then 67 px).
float BodyFontPixels(float display_height, float scale);

// Finds and reads the font file once, then builds atlases from memory (large text, new customer names).
class FontLoader {
public:
    explicit FontLoader(const FontSetup& setup);

    // Clears the atlas, adds the body, heading and display fonts and builds the atlas pixels (no GL
    // involved). The display font is large, so it holds only ASCII and the characters of display_text.
    FontBuildReport Build(ImFontAtlas& atlas, ui::Fonts& fonts, float body_px, const std::string& glyph_text,
        const std::string& display_text);

private:
    std::optional<std::filesystem::path> m_file;
    std::vector<char> m_bytes;
    // Referenced by the atlas's font configs, so they live as long as the loader.
    ImVector<ImWchar> m_body_ranges;
    ImVector<ImWchar> m_heading_ranges;
    ImVector<ImWchar> m_display_ranges;
};

} // namespace checkin::platform
