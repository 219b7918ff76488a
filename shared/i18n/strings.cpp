#include "shared/i18n/strings.h"

#include <fstream>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace checkin::i18n {

std::string_view LanguageCode(Language language)
{
    return language == Language::English ? "en" : "zh-CN";
}

std::optional<Language> ParseLanguage(std::string_view code)
{
    if (code == "en")
        return Language::English;
    if (code == "zh-CN" || code == "zh")
        return Language::ChineseSimplified;
    return std::nullopt;
}

StringTable StringTable::LoadFile(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw std::runtime_error("cannot open string table " + path.string());
    nlohmann::json json;
    try {
        file >> json;
    } catch (const nlohmann::json::exception& error) {
        throw std::runtime_error("string table " + path.string() + " is not valid JSON: " + error.what());
    }
    if (!json.is_object())
        throw std::runtime_error("string table " + path.string() + " must be a JSON object");
    StringTable table;
    for (const auto& [key, value] : json.items()) {
        if (!value.is_string())
            throw std::runtime_error(
                "string table " + path.string() + ": value of '" + key + "' is not a string");
        table.m_entries.emplace(key, value.get<std::string>());
    }
    return table;
}

const std::string* StringTable::Find(std::string_view key) const
{
    const auto it = m_entries.find(key);
    return it == m_entries.end() ? nullptr : &it->second;
}

std::vector<std::string> StringTable::Keys() const
{
    std::vector<std::string> keys;
    keys.reserve(m_entries.size());
    for (const auto& entry : m_entries)
        keys.push_back(entry.first);
    return keys;
}

std::string StringTable::AllText() const
{
    std::string text;
    for (const auto& entry : m_entries)
        text += entry.second;
    return text;
}

Strings Strings::LoadFolder(const std::filesystem::path& folder)
{
    Strings strings;
    strings.m_english = StringTable::LoadFile(folder / "en.json");
    strings.m_chinese = StringTable::LoadFile(folder / "zh-CN.json");
    return strings;
}

const StringTable& Strings::Table(Language language) const
{
    return language == Language::English ? m_english : m_chinese;
}

const std::string& Strings::Text(Language language, std::string_view key) const
{
    if (const std::string* text = Table(language).Find(key))
        return *text;
    auto it = m_missing.find(key);
    if (it == m_missing.end()) {
        spdlog::warn("missing string '{}' for language {}", key, LanguageCode(language));
        it = m_missing.emplace(std::string(key), std::string(key)).first;
    }
    return it->second;
}

std::vector<std::string> Strings::MissingKeys(Language language) const
{
    std::set<std::string> all;
    for (Language other : kAllLanguages)
        for (auto& key : Table(other).Keys())
            all.insert(std::move(key));
    std::vector<std::string> missing;
    for (const auto& key : all)
        if (!Table(language).Find(key))
            missing.push_back(key);
    return missing;
}

std::string Format(
    std::string_view pattern, const std::vector<std::pair<std::string_view, std::string>>& values)
{
    std::string result;
    result.reserve(pattern.size());
    size_t pos = 0;
    while (pos < pattern.size()) {
        const size_t open = pattern.find('{', pos);
        if (open == std::string_view::npos) {
            result.append(pattern.substr(pos));
            break;
        }
        result.append(pattern.substr(pos, open - pos));
        const size_t close = pattern.find('}', open);
        if (close == std::string_view::npos) {
            result.append(pattern.substr(open));
            break;
        }
        const std::string_view name = pattern.substr(open + 1, close - open - 1);
        bool replaced = false;
        for (const auto& [key, value] : values) {
            if (key == name) {
                result += value;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            result.append(pattern.substr(open, close - open + 1));
        pos = close + 1;
    }
    return result;
}

} // namespace checkin::i18n
