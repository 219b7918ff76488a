#pragma once
// Every text a user sees comes from assets/i18n/<lang>.json by key. The tables are flat JSON objects
// ("kiosk.attract.title": "Welcome"); placeholders are written {name} and filled by Format().
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace checkin::i18n {

enum class Language { English, ChineseSimplified };

inline constexpr Language kAllLanguages[] = {Language::English, Language::ChineseSimplified};

std::string_view LanguageCode(Language language); // "en", "zh-CN"
std::optional<Language> ParseLanguage(std::string_view code);

class StringTable {
public:
    // Throws std::runtime_error naming the file when it is missing or not a flat JSON object of strings.
    static StringTable LoadFile(const std::filesystem::path& path);

    const std::string* Find(std::string_view key) const;
    std::vector<std::string> Keys() const;
    // Every value concatenated: the font atlas takes its glyphs from here.
    std::string AllText() const;

private:
    std::map<std::string, std::string, std::less<>> m_entries;
};

class Strings {
public:
    // Loads en.json and zh-CN.json from the folder; throws std::runtime_error on a bad file.
    static Strings LoadFolder(const std::filesystem::path& folder);

    // The text for the key; a missing key shows as the key itself, so it is visible and never a crash.
    const std::string& Text(Language language, std::string_view key) const;
    const StringTable& Table(Language language) const;
    // Keys present in some language's table but not in this one.
    std::vector<std::string> MissingKeys(Language language) const;

private:
    StringTable m_english;
    StringTable m_chinese;
    mutable std::map<std::string, std::string, std::less<>> m_missing;
};

// Replaces each "{name}" in the pattern by its value; unknown placeholders stay as they are.
std::string Format(
    std::string_view pattern, const std::vector<std::pair<std::string_view, std::string>>& values);

} // namespace checkin::i18n
