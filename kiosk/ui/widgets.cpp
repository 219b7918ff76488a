#include "ui/widgets.h"

#include <algorithm>

#include "ui/theme.h"
#include "ui/touch.h"

namespace checkin::ui {
namespace {

std::string_view VisiblePart(const char* label)
{
    const std::string_view text(label);
    const size_t hidden = text.find("##");
    return hidden == std::string_view::npos ? text : text.substr(0, hidden);
}

struct Palette {
    ImU32 fill;
    ImU32 pressed;
    ImU32 text;
};

Palette PaletteFor(ButtonStyle style)
{
    switch (style) {
    case ButtonStyle::Primary:
        return {colors::kPrimary, colors::kPrimaryPressed, IM_COL32_WHITE};
    case ButtonStyle::Danger:
        return {colors::kDanger, IM_COL32(140, 20, 20, 255), IM_COL32_WHITE};
    case ButtonStyle::Quiet:
        return {IM_COL32(0, 0, 0, 0), colors::kSecondaryPressed, colors::kPrimary};
    case ButtonStyle::Secondary:
        break;
    }
    return {colors::kSecondary, colors::kSecondaryPressed, colors::kText};
}

// Draws and handles one touch target; `kind` and `types_text` go to the recorder.
bool TouchTarget(const char* label, ImVec2 size, const Palette& palette, const char* subtitle, bool enabled,
    ItemKind kind, std::string_view types_text, bool outlined)
{
    const std::string_view visible = VisiblePart(label);
    const ImVec2 text_size = ImGui::CalcTextSize(visible.data(), visible.data() + visible.size());
    const float min_side = Em(kTouchTargetEm);
    if (size.x <= 0.0f)
        size.x = std::max(min_side, text_size.x + Em(1.6f));
    if (size.y <= 0.0f)
        size.y = std::max(min_side, subtitle ? text_size.y * 2.6f + Em(0.8f) : min_side);

    if (!enabled)
        ImGui::BeginDisabled();
    const bool clicked = ImGui::InvisibleButton(label, size);
    const bool pressed = ImGui::IsItemActive() && !Gestures().IsSwiping();
    if (!enabled)
        ImGui::EndDisabled();

    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().FrameRounding;
    ImU32 fill = pressed ? palette.pressed : palette.fill;
    ImU32 text_color = palette.text;
    if (!enabled) {
        fill = IM_COL32(232, 235, 240, 255);
        text_color = IM_COL32(160, 166, 176, 255);
    }
    draw->AddRectFilled(min, max, fill, rounding);
    if (outlined)
        draw->AddRect(min, max, colors::kPrimary, rounding, 0, Em(0.08f));

    if (subtitle) {
        ImFont* font = ImGui::GetFont();
        const float small = ImGui::GetFontSize() * 0.75f;
        const ImVec2 sub_size = font->CalcTextSizeA(small, FLT_MAX, 0.0f, subtitle);
        const float block = text_size.y + Em(0.2f) + sub_size.y;
        const float top = min.y + (size.y - block) * 0.5f;
        draw->AddText(
            ImVec2(min.x + Em(0.8f), top), text_color, visible.data(), visible.data() + visible.size());
        const ImU32 sub_color = (text_color & 0x00FFFFFF) | 0xC0000000;
        draw->AddText(
            font, small, ImVec2(min.x + Em(0.8f), top + text_size.y + Em(0.2f)), sub_color, subtitle);
    } else {
        const ImVec2 pos(min.x + (size.x - text_size.x) * 0.5f, min.y + (size.y - text_size.y) * 0.5f);
        draw->AddText(pos, text_color, visible.data(), visible.data() + visible.size());
    }

    RecordedItem item;
    item.label = std::string(visible);
    if (subtitle)
        Recorder().RecordText(subtitle);
    item.key_text = std::string(types_text);
    item.min = min;
    item.max = max;
    item.clip_min = draw->GetClipRectMin();
    item.clip_max = draw->GetClipRectMax();
    item.kind = kind;
    item.enabled = enabled;
    Recorder().RecordItem(std::move(item));
    return clicked && enabled && !Gestures().ReleaseWasSwipe();
}

} // namespace

bool Button(const char* label, const ButtonOptions& options)
{
    return TouchTarget(label, options.size, PaletteFor(options.style), options.subtitle, options.enabled,
        ItemKind::Button, {}, false);
}

bool Chip(const char* label, bool selected, bool enabled, float width)
{
    const Palette palette = selected ? PaletteFor(ButtonStyle::Primary)
                                     : Palette{colors::kPanel, colors::kSecondaryPressed, colors::kText};
    return TouchTarget(label, ImVec2(width, 0), palette, nullptr, enabled, ItemKind::Chip, {}, !selected);
}

bool Key(const char* label, std::string_view types_text, ImVec2 size, bool enabled, ButtonStyle style)
{
    const Palette palette = style == ButtonStyle::Secondary
        ? Palette{colors::kPanel, colors::kSecondaryPressed, colors::kText}
        : PaletteFor(style);
    return TouchTarget(label, size, palette, nullptr, enabled, ItemKind::Key, types_text, false);
}

void Text(std::string_view text)
{
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    Recorder().RecordText(std::string(text));
}

void TextMuted(std::string_view text)
{
    TextColored(colors::kMutedText, text);
}

void TextColored(ImU32 color, std::string_view text)
{
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    Text(text);
    ImGui::PopStyleColor();
}

void TextWrapped(std::string_view text)
{
    ImGui::PushTextWrapPos(0.0f);
    Text(text);
    ImGui::PopTextWrapPos();
}

void Heading(std::string_view text)
{
    ImGui::PushFont(CurrentFonts().heading ? CurrentFonts().heading : ImGui::GetFont());
    Text(text);
    ImGui::PopFont();
}

void TextCentered(std::string_view text, TextSize size)
{
    ImFont* font = size == TextSize::Display ? CurrentFonts().display
        : size == TextSize::Heading          ? CurrentFonts().heading
                                             : nullptr;
    if (font)
        ImGui::PushFont(font);
    const float width = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    const float offset = (ImGui::GetContentRegionAvail().x - width) * 0.5f;
    if (offset > 0.0f)
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + offset);
    Text(text);
    if (font)
        ImGui::PopFont();
}

bool BeginScrollList(const char* id, ImVec2 size)
{
    const bool visible = ImGui::BeginChild(id, size, false);
    const ImGuiID list_id = ImGui::GetID("##drag_scroll");
    constexpr ImGuiHoveredFlags kHovered
        = ImGuiHoveredFlags_AllowWhenBlockedByActiveItem | ImGuiHoveredFlags_ChildWindows;
    if (ImGui::GetIO().MouseClicked[0] && ImGui::IsWindowHovered(kHovered))
        Gestures().ClaimScroll(list_id);
    if (Gestures().IsSwiping() && Gestures().ScrollOwner() == list_id)
        ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
    return visible;
}

void EndScrollList()
{
    ImGui::EndChild();
}

float AvailableWidth()
{
    return ImGui::GetContentRegionAvail().x;
}

void InputDisplay(
    const char* id, std::string_view text, std::string_view placeholder, float width, bool error)
{
    ImGui::PushID(id);
    ImFont* font = CurrentFonts().heading ? CurrentFonts().heading : ImGui::GetFont();
    ImGui::PushFont(font);
    const float height = ImGui::GetFontSize() + Em(1.0f);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + width, min.y + height);
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().FrameRounding;
    draw->AddRectFilled(min, max, colors::kPanel, rounding);
    draw->AddRect(min, max, error ? colors::kDanger : colors::kPrimary, rounding, 0, Em(0.1f));
    const bool empty = text.empty();
    const std::string_view shown = empty ? placeholder : text;
    const ImVec2 text_size = ImGui::CalcTextSize(shown.data(), shown.data() + shown.size());
    const ImVec2 pos(min.x + Em(0.6f), min.y + (height - text_size.y) * 0.5f);
    draw->AddText(pos, empty ? colors::kMutedText : colors::kText, shown.data(), shown.data() + shown.size());
    if (!empty) // the end of the text, where the next key goes
        draw->AddRectFilled(ImVec2(pos.x + text_size.x + Em(0.1f), pos.y),
            ImVec2(pos.x + text_size.x + Em(0.18f), pos.y + text_size.y), colors::kPrimary);
    ImGui::PopFont();
    Recorder().RecordText(std::string(shown));
    ImGui::PopID();
}

} // namespace checkin::ui
