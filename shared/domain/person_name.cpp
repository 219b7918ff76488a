#include "shared/domain/person_name.h"

#include <cstddef>

#include "shared/domain/utf8.h"

namespace checkin::domain {
namespace {

constexpr std::string_view kChineseDefaultMask = "**";
constexpr std::string_view kLatinMask = "***";

// CJK Unified Ideographs with extension A and the supplementary ideographic planes.
bool IsHan(char32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

std::string_view Trim(std::string_view text)
{
    constexpr std::string_view kSpaces = " \t";
    const std::size_t first = text.find_first_not_of(kSpaces);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(kSpaces) - first + 1);
}

std::string_view EnglishTitle(Title title)
{
    switch (title) {
    case Title::Mr:
        return "Mr. ";
    case Title::Ms:
        return "Ms. ";
    case Title::None:
        break;
    }
    return {};
}

std::string ChineseMasked(std::string_view surname, std::string_view full_name)
{
    std::string masked(surname);
    const std::size_t full_length = CountCodePoints(full_name);
    const std::size_t surname_length = CountCodePoints(surname);
    if (full_name.starts_with(surname) && full_length > surname_length)
        masked.append(full_length - surname_length, '*');
    else
        masked += kChineseDefaultMask;
    return masked;
}

} // namespace

std::string MaskedSurnameGreetingName(
    std::string_view surname_utf8, Title title, GreetingLanguage language, std::string_view full_name_utf8)
{
    const std::string_view surname = Trim(surname_utf8);
    if (surname.empty())
        return {};
    const char32_t initial = DecodeUtf8(surname).front();
    const std::string_view title_text = language == GreetingLanguage::English ? EnglishTitle(title) : "";

    if (IsHan(initial)) {
        if (title_text.empty())
            return ChineseMasked(surname, Trim(full_name_utf8));
        return std::string(title_text) + std::string(surname);
    }
    const char32_t upper = (initial >= U'a' && initial <= U'z') ? initial - (U'a' - U'A') : initial;
    return std::string(title_text) + EncodeUtf8(upper) + std::string(kLatinMask);
}

const std::vector<std::string>& CommonChineseSurnames()
{
    static const std::vector<std::string> surnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
        "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩",
        "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程",
        "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石",
        "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段",
        "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武",
        "戴", "莫", "孔", "向", "汤"};
    return surnames;
}

} // namespace checkin::domain
