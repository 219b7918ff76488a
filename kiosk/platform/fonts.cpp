#include "platform/fonts.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <vector>

#include <spdlog/spdlog.h>

namespace checkin::platform {
namespace {

constexpr float kHeadingScale = 1.6f;
constexpr float kDisplayScale = 2.6f;

std::vector<std::filesystem::path> SystemFontCandidates()
{
#ifdef _WIN32
    std::filesystem::path windows = "C:\\Windows";
    if (const char* root = std::getenv("SystemRoot"))
        windows = root;
    // Microsoft YaHei and SimHei ship with Windows; WenQuanYi Micro Hei is the one installed on Wine.
    return {windows / "Fonts" / "msyh.ttc", windows / "Fonts" / "msyh.ttf", windows / "Fonts" / "simhei.ttf",
        windows / "Fonts" / "wqy-microhei.ttc"};
#else
    return {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"};
#endif
}

ImVector<ImWchar> BuildRanges(const ImWchar* base_ranges, const std::string& glyph_text)
{
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesDefault());
    if (base_ranges)
        builder.AddRanges(base_ranges);
    builder.AddText(glyph_text.c_str(), glyph_text.c_str() + glyph_text.size());
    // Symbols the kit draws itself: backspace arrow, middle dot of plates, yen sign, check mark.
    for (ImWchar symbol :
        {ImWchar(0x232B), ImWchar(0x00B7), ImWchar(0x00A5), ImWchar(0x2713), ImWchar(0x2190)})
        builder.AddChar(symbol);
    ImVector<ImWchar> ranges;
    builder.BuildRanges(&ranges);
    return ranges;
}

} // namespace

std::optional<std::filesystem::path> FindCjkFont(const FontSetup& setup)
{
    std::error_code error;
    if (setup.override_file) {
        if (std::filesystem::is_regular_file(*setup.override_file, error))
            return setup.override_file;
        spdlog::warn(
            "--font {} is not a readable file; looking for another CJK font", setup.override_file->string());
    }
    const std::filesystem::path fonts_dir = setup.assets_dir / "fonts";
    if (std::filesystem::is_directory(fonts_dir, error)) {
        std::vector<std::filesystem::path> found;
        for (const auto& entry : std::filesystem::directory_iterator(fonts_dir, error)) {
            const std::string extension = entry.path().extension().string();
            if (extension == ".ttf" || extension == ".ttc" || extension == ".otf")
                found.push_back(entry.path());
        }
        std::sort(found.begin(), found.end());
        if (!found.empty())
            return found.front();
    }
    for (const auto& candidate : SystemFontCandidates())
        if (std::filesystem::is_regular_file(candidate, error))
            return candidate;
    return std::nullopt;
}

float BodyFontPixels(float display_height, float scale)
{
    const float base = std::max(18.0f, std::round(28.0f * display_height / 1080.0f));
    return std::round(base * scale);
}

FontLoader::FontLoader(const FontSetup& setup) : m_file(FindCjkFont(setup))
{
    if (!m_file) {
        spdlog::warn("no CJK font found (tried --font, assets/fonts/ and the system fonts): English only");
        return;
    }
    std::ifstream file(*m_file, std::ios::binary);
    m_bytes.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    if (m_bytes.empty()) {
        spdlog::warn("font {} could not be read", m_file->string());
        m_file.reset();
    }
}

FontBuildReport FontLoader::Build(ImFontAtlas& atlas, ui::Fonts& fonts, float body_px,
    const std::string& glyph_text, const std::string& display_text)
{
    const auto start = std::chrono::steady_clock::now();
    FontBuildReport report;
    report.body_px = body_px;
    report.cjk_file = m_file;
    atlas.Clear();
    fonts = {};
    if (m_file) {
        m_body_ranges = BuildRanges(atlas.GetGlyphRangesChineseSimplifiedCommon(), glyph_text);
        m_heading_ranges = BuildRanges(nullptr, glyph_text);
        m_display_ranges = BuildRanges(nullptr, display_text);
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;
        config.OversampleH = 1;
        config.OversampleV = 1;
        config.PixelSnapH = true;
        void* data = m_bytes.data();
        const int size = static_cast<int>(m_bytes.size());
        fonts.body = atlas.AddFontFromMemoryTTF(data, size, body_px, &config, m_body_ranges.Data);
        fonts.heading = atlas.AddFontFromMemoryTTF(
            data, size, std::round(body_px * kHeadingScale), &config, m_heading_ranges.Data);
        fonts.display = atlas.AddFontFromMemoryTTF(
            data, size, std::round(body_px * kDisplayScale), &config, m_display_ranges.Data);
    } else {
        ImFontConfig config;
        config.SizePixels = body_px;
        fonts.body = atlas.AddFontDefault(&config);
        config.SizePixels = std::round(body_px * kHeadingScale);
        fonts.heading = atlas.AddFontDefault(&config);
        config.SizePixels = std::round(body_px * kDisplayScale);
        fonts.display = atlas.AddFontDefault(&config);
    }
    unsigned char* pixels = nullptr;
    atlas.GetTexDataAsRGBA32(&pixels, &report.atlas_width, &report.atlas_height);
    report.glyph_count = fonts.body->Glyphs.Size + fonts.heading->Glyphs.Size + fonts.display->Glyphs.Size;
    report.build_ms
        = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return report;
}

} // namespace checkin::platform
