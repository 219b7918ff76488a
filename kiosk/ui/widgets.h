#pragma once
// The touch widget kit: big buttons, choice chips, texts and drag-to-scroll lists. Each widget records
// itself for the UI driver, gives pressed feedback, has no hover-only state, and ignores the release of
// a swipe so scrolling never taps a button by accident.
#include <string>
#include <string_view>

#include <imgui.h>

namespace checkin::ui {

enum class ButtonStyle { Primary, Secondary, Danger, Quiet };

struct ButtonOptions {
    ImVec2 size{0, 0}; // pixels; 0 = fit the label (at least the touch target)
    ButtonStyle style = ButtonStyle::Secondary;
    const char* subtitle = nullptr; // a smaller second line
    bool enabled = true;
};

// "Label##id": the part before ## is shown and recorded. Returns true when tapped (not swiped).
bool Button(const char* label, const ButtonOptions& options = {});
// A toggle chip (concerns, titles, time slots): selected chips are filled.
bool Chip(const char* label, bool selected, bool enabled = true, float width = 0.0f);
// A keyboard key: records what it types so the driver can type through it.
bool Key(const char* label, std::string_view types_text, ImVec2 size, bool enabled = true,
    ButtonStyle style = ButtonStyle::Secondary);

void Text(std::string_view text);
void TextMuted(std::string_view text);
void TextColored(ImU32 color, std::string_view text);
void TextWrapped(std::string_view text);
void Heading(std::string_view text);
enum class TextSize { Body, Heading, Display };
// Centred in the current content width.
void TextCentered(std::string_view text, TextSize size = TextSize::Body);

// A list that scrolls by dragging anywhere inside it (with a scrollbar as an indicator).
bool BeginScrollList(const char* id, ImVec2 size);
void EndScrollList();

// Width of the content region left on this line.
float AvailableWidth();

// The box showing what was typed on an on-screen keyboard (there is no text cursor to move: keyboards
// append and delete at the end). Shows the placeholder, muted, while empty.
void InputDisplay(
    const char* id, std::string_view text, std::string_view placeholder, float width, bool error);

} // namespace checkin::ui
