#pragma once
// How the kiosk greets a returning customer without showing their full name on a public screen.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace checkin::domain {

enum class Title { Mr, Ms, None };
enum class GreetingLanguage { Chinese, English };

// The name to show in a greeting:
// - Chinese surname, Chinese UI: surname plus one '*' per remaining character of the full name when it is
//   known and starts with the surname, else "**": "张**", "欧阳*" (title is left to the greeting text).
// - Chinese surname, English UI: title plus the pinyin initial, "Mr. Z***" (张 = Zhang); a surname not in
//   the table keeps its characters, "Mr. 乜**"; without a title as in Chinese, "张**".
// - Latin surname (either UI): uppercase initial and "***", after the title in English: "Mr. Z***",
//   "Ms. S***"; Chinese UI or no title: "Z***".
// Returns "" for an empty surname (the caller shows a greeting without a name).
std::string MaskedSurnameGreetingName(std::string_view surname_utf8, Title title, GreetingLanguage language,
    std::string_view full_name_utf8 = {});

struct SurnameEntry {
    std::string_view hanzi;
    std::string_view pinyin;
};

// About 100 of the most common single-character surnames, most common first, then common compound ones
// (欧阳...), for the surname picker.
const std::vector<std::string>& CommonChineseSurnames();
// The Hanyu Pinyin of a surname in the table ("张" -> "Zhang").
std::optional<std::string_view> SurnamePinyin(std::string_view surname_utf8);

} // namespace checkin::domain
