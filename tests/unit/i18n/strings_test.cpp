// The string tables: both languages have every key, every key the app names exists, and placeholders
// match between languages (a missing {seconds} in one language would show a broken sentence).
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <doctest/doctest.h>

#include "shared/i18n/strings.h"

using checkin::i18n::Language;
using checkin::i18n::Strings;

namespace {

Strings LoadTables()
{
    return Strings::LoadFolder(std::filesystem::path(CHECKIN_SOURCE_ASSETS_DIR) / "i18n");
}

std::set<std::string> Placeholders(const std::string& text)
{
    std::set<std::string> names;
    static const std::regex kPlaceholder(R"(\{([a-z_]+)\})");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kPlaceholder); it != std::sregex_iterator();
         ++it)
        names.insert((*it)[1]);
    return names;
}

// Every "area.name..." string literal in the app's sources that looks like a string key.
std::set<std::string> KeysNamedInSources()
{
    static const std::regex kKey(
        R"re("((?:common|kiosk|lounge|advisor|board|keyboard)\.[a-z0-9_.]*[a-z0-9_])")re");
    std::set<std::string> keys;
    const std::filesystem::path root = std::filesystem::path(CHECKIN_SOURCE_DIR) / "kiosk";
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h")
            continue;
        std::ifstream file(entry.path());
        std::stringstream content;
        content << file.rdbuf();
        const std::string text = content.str();
        for (auto it = std::sregex_iterator(text.begin(), text.end(), kKey); it != std::sregex_iterator();
             ++it)
            keys.insert((*it)[1]);
    }
    return keys;
}

} // namespace

TEST_SUITE("unit/i18n")
{
    TEST_CASE("both languages have every key")
    {
        const Strings strings = LoadTables();
        CHECK(strings.MissingKeys(Language::English).empty());
        CHECK(strings.MissingKeys(Language::ChineseSimplified).empty());
        for (const auto& key : strings.MissingKeys(Language::English))
            MESSAGE("missing in en.json: " << key);
        for (const auto& key : strings.MissingKeys(Language::ChineseSimplified))
            MESSAGE("missing in zh-CN.json: " << key);
    }

    TEST_CASE("every key the app names is in both tables")
    {
        const Strings strings = LoadTables();
        const auto keys = KeysNamedInSources();
        CHECK(keys.size() > 20);
        for (const auto& key : keys) {
            CAPTURE(key);
            CHECK(strings.Table(Language::English).Find(key) != nullptr);
            CHECK(strings.Table(Language::ChineseSimplified).Find(key) != nullptr);
        }
    }

    TEST_CASE("placeholders are the same in both languages")
    {
        const Strings strings = LoadTables();
        for (const auto& key : strings.Table(Language::English).Keys()) {
            CAPTURE(key);
            CHECK(Placeholders(strings.Text(Language::English, key))
                == Placeholders(strings.Text(Language::ChineseSimplified, key)));
        }
    }

    TEST_CASE("a missing key shows as itself, never a crash")
    {
        const Strings strings = LoadTables();
        CHECK(strings.Text(Language::English, "no.such.key") == "no.such.key");
    }

    TEST_CASE("Format fills placeholders and leaves unknown ones")
    {
        using checkin::i18n::Format;
        CHECK(Format("in {seconds} s", {{"seconds", "14"}}) == "in 14 s");
        CHECK(Format("{name}，欢迎回来", {{"name", "张**"}}) == "张**，欢迎回来");
        CHECK(Format("{a}{b}{a}", {{"a", "1"}, {"b", "2"}}) == "121");
        CHECK(Format("{unknown} and {", {}) == "{unknown} and {");
    }

    TEST_CASE("a broken table is refused with the file named")
    {
        const auto path = std::filesystem::temp_directory_path() / "checkin-broken-table.json";
        std::ofstream(path) << R"({"a": 1})";
        CHECK_THROWS_WITH_AS(checkin::i18n::StringTable::LoadFile(path),
            doctest::Contains("checkin-broken-table.json"), std::runtime_error);
        std::filesystem::remove(path);
    }

    TEST_CASE("languages by code")
    {
        CHECK(checkin::i18n::ParseLanguage("en") == Language::English);
        CHECK(checkin::i18n::ParseLanguage("zh-CN") == Language::ChineseSimplified);
        CHECK_FALSE(checkin::i18n::ParseLanguage("fr").has_value());
        CHECK(checkin::i18n::LanguageCode(Language::ChineseSimplified) == "zh-CN");
    }
}
