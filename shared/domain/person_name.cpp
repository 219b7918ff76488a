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

// The most common surnames in order of frequency (single-character first, then compound ones), with the
// Hanyu Pinyin the English greeting takes its initial from.
const std::vector<SurnameEntry>& SurnameTable()
{
    static const std::vector<SurnameEntry> table{
    {"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"}, {"陈", "Chen"}, {"杨", "Yang"}, {"黄", "Huang"},
    {"赵", "Zhao"}, {"吴", "Wu"}, {"周", "Zhou"}, {"徐", "Xu"}, {"孙", "Sun"}, {"马", "Ma"}, {"朱", "Zhu"},
    {"胡", "Hu"}, {"郭", "Guo"}, {"何", "He"}, {"高", "Gao"}, {"林", "Lin"}, {"罗", "Luo"}, {"郑", "Zheng"},
    {"梁", "Liang"}, {"谢", "Xie"}, {"宋", "Song"}, {"唐", "Tang"}, {"许", "Xu"}, {"韩", "Han"}, {"冯", "Feng"},
    {"邓", "Deng"}, {"曹", "Cao"}, {"彭", "Peng"}, {"曾", "Zeng"}, {"肖", "Xiao"}, {"田", "Tian"}, {"董", "Dong"},
    {"袁", "Yuan"}, {"潘", "Pan"}, {"于", "Yu"}, {"蒋", "Jiang"}, {"蔡", "Cai"}, {"余", "Yu"}, {"杜", "Du"},
    {"叶", "Ye"}, {"程", "Cheng"}, {"苏", "Su"}, {"魏", "Wei"}, {"吕", "Lü"}, {"丁", "Ding"}, {"任", "Ren"},
    {"沈", "Shen"}, {"姚", "Yao"}, {"卢", "Lu"}, {"姜", "Jiang"}, {"崔", "Cui"}, {"钟", "Zhong"}, {"谭", "Tan"},
    {"陆", "Lu"}, {"汪", "Wang"}, {"范", "Fan"}, {"金", "Jin"}, {"石", "Shi"}, {"廖", "Liao"}, {"贾", "Jia"},
    {"夏", "Xia"}, {"韦", "Wei"}, {"付", "Fu"}, {"方", "Fang"}, {"白", "Bai"}, {"邹", "Zou"}, {"孟", "Meng"},
    {"熊", "Xiong"}, {"秦", "Qin"}, {"邱", "Qiu"}, {"江", "Jiang"}, {"尹", "Yin"}, {"薛", "Xue"}, {"闫", "Yan"},
    {"段", "Duan"}, {"雷", "Lei"}, {"侯", "Hou"}, {"龙", "Long"}, {"史", "Shi"}, {"陶", "Tao"}, {"黎", "Li"},
    {"贺", "He"}, {"顾", "Gu"}, {"毛", "Mao"}, {"郝", "Hao"}, {"龚", "Gong"}, {"邵", "Shao"}, {"万", "Wan"},
    {"钱", "Qian"}, {"严", "Yan"}, {"覃", "Qin"}, {"武", "Wu"}, {"戴", "Dai"}, {"莫", "Mo"}, {"孔", "Kong"},
    {"向", "Xiang"}, {"汤", "Tang"}, {"欧阳", "Ouyang"}, {"司马", "Sima"}, {"诸葛", "Zhuge"}, {"上官", "Shangguan"},
    {"慕容", "Murong"},
    };
    return table;
}

std::optional<std::string_view> SurnamePinyin(std::string_view surname_utf8)
{
    for (const SurnameEntry& entry : SurnameTable())
        if (entry.hanzi == surname_utf8)
            return entry.pinyin;
    return std::nullopt;
}

const std::vector<std::string>& CommonChineseSurnames()
{
    static const std::vector<std::string> surnames = [] {
        std::vector<std::string> result;
        for (const SurnameEntry& entry : SurnameTable())
            result.emplace_back(entry.hanzi);
        return result;
    }();
    return surnames;
}

std::string MaskedSurnameGreetingName(
    std::string_view surname_utf8, Title title, GreetingLanguage language, std::string_view full_name_utf8)
{
    const std::string_view surname = Trim(surname_utf8);
    if (surname.empty())
        return {};
    const char32_t initial = DecodeUtf8(surname).front();
    const std::string_view title_text = language == GreetingLanguage::English ? EnglishTitle(title) : "";

    if (IsHan(initial)) {
        const auto pinyin = SurnamePinyin(surname);
        if (title_text.empty() || !pinyin)
            return std::string(title_text) + ChineseMasked(surname, Trim(full_name_utf8));
        return std::string(title_text) + std::string(pinyin->substr(0, 1)) + std::string(kLatinMask);
    }
    const char32_t upper = (initial >= U'a' && initial <= U'z') ? initial - (U'a' - U'A') : initial;
    return std::string(title_text) + EncodeUtf8(upper) + std::string(kLatinMask);
}

} // namespace checkin::domain
