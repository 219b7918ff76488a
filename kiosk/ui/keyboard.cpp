#include "ui/keyboard.h"

#include <algorithm>
#include <string_view>

#include <imgui.h>

#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::ui {
namespace {

size_t CountCodePoints(const std::string& text)
{
    return static_cast<size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

constexpr float kMaxKeyWidthEm = 2.9f;
constexpr float kKeyHeightEm = kTouchTargetEm;

float KeyWidth(size_t columns)
{
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    const float fit
        = (AvailableWidth() - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    return std::min(fit, Em(kMaxKeyWidthEm));
}

// One centred row of keys, each typing its own label.
std::optional<KeyEdit> KeyRow(
    const std::vector<std::string>& keys, float key_width, const std::string& current, const AcceptFn& accept)
{
    std::optional<KeyEdit> edit;
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    const float row_width
        = key_width * static_cast<float>(keys.size()) + spacing * static_cast<float>(keys.size() - 1);
    const float indent = (AvailableWidth() - row_width) * 0.5f;
    if (indent > 0.0f)
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
    for (size_t i = 0; i < keys.size(); ++i) {
        if (i > 0)
            ImGui::SameLine(0.0f, spacing);
        const std::string& key = keys[i];
        const bool enabled = !accept || accept(current + key);
        ImGui::PushID(key.c_str());
        if (Key(key.c_str(), key, ImVec2(key_width, Em(kKeyHeightEm)), enabled))
            edit = KeyEdit{KeyEdit::Kind::Insert, key};
        ImGui::PopID();
    }
    return edit;
}

std::vector<std::string> Split(std::string_view letters)
{
    std::vector<std::string> keys;
    for (char c : letters)
        keys.emplace_back(1, c);
    return keys;
}

// Backspace and Clear (and an optional space bar) under every keyboard.
std::optional<KeyEdit> EditRow(const KeyboardLabels& labels, bool with_space, bool has_text)
{
    std::optional<KeyEdit> edit;
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    const float wide = Em(kMaxKeyWidthEm * 2.0f);
    const float space_width = with_space ? Em(kMaxKeyWidthEm * 4.0f) : 0.0f;
    const float row_width = wide * 2.0f + spacing + (with_space ? space_width + spacing : 0.0f);
    const float indent = (AvailableWidth() - row_width) * 0.5f;
    if (indent > 0.0f)
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
    if (with_space) {
        if (Key(labels.space, " ", ImVec2(space_width, Em(kKeyHeightEm))))
            edit = KeyEdit{KeyEdit::Kind::Insert, " "};
        ImGui::SameLine(0.0f, spacing);
    }
    if (Key(labels.backspace, "", ImVec2(wide, Em(kKeyHeightEm)), has_text, ButtonStyle::Secondary))
        edit = KeyEdit{KeyEdit::Kind::Backspace, {}};
    ImGui::SameLine(0.0f, spacing);
    if (Key(labels.clear, "", ImVec2(wide, Em(kKeyHeightEm)), has_text, ButtonStyle::Secondary))
        edit = KeyEdit{KeyEdit::Kind::Clear, {}};
    return edit;
}

void Merge(std::optional<KeyEdit>& into, std::optional<KeyEdit> edit)
{
    if (edit)
        into = std::move(edit);
}

} // namespace

void ApplyKeyEdit(std::string& target, const KeyEdit& edit, size_t max_code_points)
{
    switch (edit.kind) {
    case KeyEdit::Kind::Insert:
        if (CountCodePoints(target) + CountCodePoints(edit.text) <= max_code_points)
            target += edit.text;
        break;
    case KeyEdit::Kind::Backspace:
        while (!target.empty()) {
            const auto byte = static_cast<unsigned char>(target.back());
            target.pop_back();
            if ((byte & 0xC0) != 0x80)
                break;
        }
        break;
    case KeyEdit::Kind::Clear:
        target.clear();
        break;
    }
}

std::optional<KeyEdit> PlateKeyboard(const std::string& current, const std::vector<std::string>& provinces,
    const std::vector<std::string>& special_endings, const AcceptFn& accept, const KeyboardLabels& labels)
{
    std::optional<KeyEdit> edit;
    ImGui::PushID("plate_keyboard");
    if (current.empty()) {
        constexpr size_t kColumns = 11;
        const float width = KeyWidth(kColumns);
        for (size_t start = 0; start < provinces.size(); start += kColumns) {
            const auto end = provinces.begin()
                + static_cast<std::ptrdiff_t>(std::min(start + kColumns, provinces.size()));
            Merge(edit,
                KeyRow(
                    {provinces.begin() + static_cast<std::ptrdiff_t>(start), end}, width, current, accept));
        }
    } else {
        const float width = KeyWidth(10);
        Merge(edit, KeyRow(Split("1234567890"), width, current, accept));
        Merge(edit, KeyRow(Split("QWERTYUP"), width, current, accept));
        Merge(edit, KeyRow(Split("ASDFGHJKL"), width, current, accept));
        Merge(edit, KeyRow(Split("ZXCVBNM"), width, current, accept));
        Merge(edit, KeyRow(special_endings, width, current, accept));
    }
    Merge(edit, EditRow(labels, false, !current.empty()));
    ImGui::PopID();
    return edit;
}

std::optional<KeyEdit> PhonePad(const std::string& current, size_t max_digits, const KeyboardLabels& labels)
{
    std::optional<KeyEdit> edit;
    ImGui::PushID("phone_pad");
    const AcceptFn fits
        = [max_digits](const std::string& candidate) { return candidate.size() <= max_digits; };
    const float width = Em(kMaxKeyWidthEm * 1.6f);
    Merge(edit, KeyRow(Split("123"), width, current, fits));
    Merge(edit, KeyRow(Split("456"), width, current, fits));
    Merge(edit, KeyRow(Split("789"), width, current, fits));
    Merge(edit, KeyRow(Split("0"), width, current, fits));
    Merge(edit, EditRow(labels, false, !current.empty()));
    ImGui::PopID();
    return edit;
}

std::optional<KeyEdit> CharacterKeyboard(
    const std::string& current, std::string_view alphabet, size_t max_chars, const KeyboardLabels& labels)
{
    std::optional<KeyEdit> edit;
    ImGui::PushID("character_keyboard");
    const AcceptFn fits = [max_chars](const std::string& candidate) { return candidate.size() <= max_chars; };
    const float width = KeyWidth(10);
    for (std::string_view row : {"1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"}) {
        std::string keys;
        for (char c : row)
            if (alphabet.find(c) != std::string_view::npos)
                keys.push_back(c);
        if (!keys.empty())
            Merge(edit, KeyRow(Split(keys), width, current, fits));
    }
    Merge(edit, EditRow(labels, false, !current.empty()));
    ImGui::PopID();
    return edit;
}

std::optional<KeyEdit> LatinKeyboard(const std::string& current, const KeyboardLabels& labels)
{
    std::optional<KeyEdit> edit;
    ImGui::PushID("latin_keyboard");
    const float width = KeyWidth(11);
    Merge(edit, KeyRow(Split("1234567890"), width, current, nullptr));
    Merge(edit, KeyRow(Split("QWERTYUIOP"), width, current, nullptr));
    Merge(edit, KeyRow(Split("ASDFGHJKL'"), width, current, nullptr));
    Merge(edit, KeyRow(Split("ZXCVBNM-."), width, current, nullptr));
    Merge(edit, EditRow(labels, true, !current.empty()));
    ImGui::PopID();
    return edit;
}

} // namespace checkin::ui
