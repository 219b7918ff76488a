#include <doctest/doctest.h>

#include <string>

#include "shared/domain/phone.h"

using namespace checkin::domain;

namespace {

void CheckPhone(const std::string& input, PhoneIssue issue, bool prefix_ok, const std::string& normalized)
{
    CAPTURE(input);
    const PhoneCheck check = CheckChinaMobile(input);
    CHECK(check.issue == issue);
    CHECK(check.valid == (issue == PhoneIssue::None));
    CHECK(check.prefix_ok == prefix_ok);
    CHECK(check.normalized == normalized);
}

} // namespace

TEST_SUITE("unit/domain")
{
    TEST_CASE("phone: valid mobile numbers with and without country code")
    {
        CheckPhone("13812345678", PhoneIssue::None, true, "13812345678");
        CheckPhone("19912345678", PhoneIssue::None, true, "19912345678");
        CheckPhone("138 1234 5678", PhoneIssue::None, true, "13812345678");
        CheckPhone("138-1234-5678", PhoneIssue::None, true, "13812345678");
        CheckPhone("+8613812345678", PhoneIssue::None, true, "13812345678");
        CheckPhone("+86 138 1234 5678", PhoneIssue::None, true, "13812345678");
        CheckPhone("8613812345678", PhoneIssue::None, true, "13812345678");
        CheckPhone("86-138-1234-5678", PhoneIssue::None, true, "13812345678");
    }

    TEST_CASE("phone: prefix of the operator")
    {
        CheckPhone("12812345678", PhoneIssue::BadPrefix, false, "12812345678");
        CheckPhone("10012345678", PhoneIssue::BadPrefix, false, "10012345678");
        CheckPhone("23812345678", PhoneIssue::BadPrefix, false, "23812345678");
        CheckPhone("12", PhoneIssue::BadPrefix, false, "12");
        CheckPhone("87", PhoneIssue::BadPrefix, false, "87");
        CheckPhone("+8612", PhoneIssue::BadPrefix, false, "12");
        CheckPhone("+1 415 555 0100", PhoneIssue::BadPrefix, false, "+14155550100");
    }

    TEST_CASE("phone: length, characters and empty input")
    {
        CheckPhone("1381234567", PhoneIssue::TooShort, true, "1381234567");
        CheckPhone("138123456789", PhoneIssue::TooLong, false, "138123456789");
        CheckPhone("138a2345678", PhoneIssue::NotDigits, false, "138a2345678");
        CheckPhone("138.1234.5678", PhoneIssue::NotDigits, false, "138.1234.5678");
        CheckPhone("", PhoneIssue::Empty, true, "");
        CheckPhone(" - ", PhoneIssue::Empty, true, "");
        CheckPhone("+86", PhoneIssue::TooShort, true, "");
    }

    TEST_CASE("phone: prefixes as typed")
    {
        for (const std::string number : {"13812345678", "+8613812345678", "8615912345678"}) {
            for (std::size_t length = 0; length <= number.size(); ++length) {
                const std::string typed = number.substr(0, length);
                CAPTURE(typed);
                const PhoneCheck check = CheckChinaMobile(typed);
                CHECK(check.prefix_ok);
                CHECK(check.valid == (length == number.size()));
            }
        }
        CheckPhone("+", PhoneIssue::TooShort, true, "+");
        CheckPhone("+8", PhoneIssue::TooShort, true, "+8");
        CheckPhone("8", PhoneIssue::TooShort, true, "8");
        CheckPhone("86", PhoneIssue::TooShort, true, "86");
        CheckPhone("861", PhoneIssue::TooShort, true, "1");
    }

    TEST_CASE("phone: masks")
    {
        CHECK(MaskMobile("13812345678") == "138****5678");
        CHECK(MaskMobile("1381234567") == "138***4567");
        CHECK(MaskMobile("1234567") == "*******");
        CHECK(MaskMobile("") == "");
        CHECK(LastFour("13812345678") == "5678");
        CHECK(LastFour("12") == "12");
        CHECK(LastFour("") == "");
    }
}
