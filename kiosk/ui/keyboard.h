#pragma once
// On-screen keyboards. An ImGui-drawn keyboard would steal focus from an InputText, so keyboards never
// edit text themselves: they return a KeyEdit, the screen turns it into an intent, and the app applies it
// to the model's string after the frame.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace checkin::ui {

struct KeyEdit {
    enum class Kind { Insert, Backspace, Clear };
    Kind kind = Kind::Insert;
    std::string text; // UTF-8, for Insert

    bool operator==(const KeyEdit&) const = default;
};

// Applies the edit (Backspace removes one code point); an insert past max_code_points is ignored.
void ApplyKeyEdit(std::string& target, const KeyEdit& edit, size_t max_code_points);

struct KeyboardLabels {
    const char* backspace = "⌫";
    const char* clear = "Clear";
    const char* space = "Space";
};

// Would `candidate` (the current text plus one key) still be acceptable? Keys that fail are disabled.
using AcceptFn = std::function<bool(const std::string& candidate)>;

// Chinese plate: the province picker while empty, then letters (no I, O), digits and special endings.
std::optional<KeyEdit> PlateKeyboard(const std::string& current, const std::vector<std::string>& provinces,
    const std::vector<std::string>& special_endings, const AcceptFn& accept, const KeyboardLabels& labels);
// Phone pad: digits 0-9 in the telephone layout.
std::optional<KeyEdit> PhonePad(const std::string& current, size_t max_digits, const KeyboardLabels& labels);
// Digits and the letters of `alphabet` in QWERTY rows (keys outside the alphabet are left out), at most
// max_chars. VINs use kVinAlphabet (no I, O, Q); booking codes their own look-alike-free alphabet.
inline constexpr const char* kVinAlphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
std::optional<KeyEdit> CharacterKeyboard(
    const std::string& current, std::string_view alphabet, size_t max_chars, const KeyboardLabels& labels);
// Latin letters, digits, space, hyphen and apostrophe (names, free text).
std::optional<KeyEdit> LatinKeyboard(const std::string& current, const KeyboardLabels& labels);

} // namespace checkin::ui
