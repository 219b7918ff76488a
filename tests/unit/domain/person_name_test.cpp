#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "shared/domain/person_name.h"
#include "shared/domain/utf8.h"

using namespace checkin::domain;

TEST_SUITE("unit/domain")
{
    TEST_CASE("person name: Chinese surname in the Chinese UI")
    {
        constexpr auto kZh = GreetingLanguage::Chinese;
        CHECK(MaskedSurnameGreetingName("张", Title::Mr, kZh) == "张**");
        CHECK(MaskedSurnameGreetingName("张", Title::None, kZh) == "张**");
        CHECK(MaskedSurnameGreetingName("张", Title::Ms, kZh, "张三") == "张*");
        CHECK(MaskedSurnameGreetingName("张", Title::Ms, kZh, "张三丰") == "张**");
        CHECK(MaskedSurnameGreetingName("李", Title::Mr, kZh, "李明华杰") == "李***");
        CHECK(MaskedSurnameGreetingName("欧阳", Title::None, kZh, "欧阳修") == "欧阳*");
        CHECK(MaskedSurnameGreetingName("欧阳", Title::None, kZh, "欧阳娜娜") == "欧阳**");
        // A full name that does not match the surname, or is only the surname, reveals nothing about it.
        CHECK(MaskedSurnameGreetingName("张", Title::Mr, kZh, "李四") == "张**");
        CHECK(MaskedSurnameGreetingName("张", Title::Mr, kZh, "张") == "张**");
        CHECK(MaskedSurnameGreetingName(" 张 ", Title::Mr, kZh) == "张**");
    }

    TEST_CASE("person name: Chinese surname in the English UI")
    {
        constexpr auto kEn = GreetingLanguage::English;
        CHECK(MaskedSurnameGreetingName("张", Title::Mr, kEn) == "Mr. Z***");
        CHECK(MaskedSurnameGreetingName("王", Title::Ms, kEn, "王芳") == "Ms. W***");
        CHECK(MaskedSurnameGreetingName("欧阳", Title::Mr, kEn, "欧阳明") == "Mr. O***");
        CHECK(MaskedSurnameGreetingName("乜", Title::Mr, kEn) == "Mr. 乜**"); // not in the pinyin table
        CHECK(MaskedSurnameGreetingName("王", Title::None, kEn, "王芳") == "王*");
    }

    TEST_CASE("person name: Latin surname")
    {
        CHECK(MaskedSurnameGreetingName("Zhang", Title::Mr, GreetingLanguage::English) == "Mr. Z***");
        CHECK(MaskedSurnameGreetingName("smith", Title::Ms, GreetingLanguage::English) == "Ms. S***");
        CHECK(MaskedSurnameGreetingName("Zhang", Title::None, GreetingLanguage::English) == "Z***");
        CHECK(MaskedSurnameGreetingName("zhang", Title::Mr, GreetingLanguage::Chinese) == "Z***");
        CHECK(MaskedSurnameGreetingName("Özil", Title::Mr, GreetingLanguage::English) == "Mr. Ö***");
    }

    TEST_CASE("person name: empty surname gives no name")
    {
        CHECK(MaskedSurnameGreetingName("", Title::Mr, GreetingLanguage::English).empty());
        CHECK(MaskedSurnameGreetingName("  ", Title::Ms, GreetingLanguage::Chinese, "张三").empty());
    }

    TEST_CASE("person name: every surname of the picker has its pinyin")
    {
        for (const auto& surname : CommonChineseSurnames()) {
            CAPTURE(surname);
            const auto pinyin = SurnamePinyin(surname);
            REQUIRE(pinyin.has_value());
            CHECK(!pinyin->empty());
            CHECK(pinyin->front() >= 'A');
            CHECK(pinyin->front() <= 'Z');
        }
        CHECK(SurnamePinyin("张") == std::optional<std::string_view>("Zhang"));
        CHECK_FALSE(SurnamePinyin("Smith").has_value());
    }

    TEST_CASE("person name: common surnames for the picker")
    {
        const auto& surnames = CommonChineseSurnames();
        CHECK(surnames.size() >= 60);
        REQUIRE(surnames.size() >= 10);
        const std::vector<std::string> top_ten{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
        CHECK(std::equal(top_ten.begin(), top_ten.end(), surnames.begin()));
        CHECK(std::set<std::string>(surnames.begin(), surnames.end()).size() == surnames.size());
        CHECK(std::find(surnames.begin(), surnames.end(), "石") != surnames.end());
        CHECK(std::find(surnames.begin(), surnames.end(), "欧阳") != surnames.end());
        for (const std::string& surname : surnames) {
            CAPTURE(surname);
            CHECK(CountCodePoints(surname) >= 1);
            CHECK(CountCodePoints(surname) <= 2); // single-character and compound surnames
        }
    }
}
