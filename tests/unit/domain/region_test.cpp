#include <doctest/doctest.h>

#include <string_view>

#include "shared/domain/region.h"

using namespace checkin::domain;

TEST_SUITE("unit/domain")
{
    TEST_CASE("region: China rules")
    {
        const RegionRules& china = ChinaRules();
        CHECK(china.code == "CN");
        CHECK(china.vin_check_digit_required);
        CHECK(china.vat_rate_basis_points == 1300);
        CHECK(china.utc_offset_minutes == 480);
        CHECK(china.check_plate("京A·12345").valid);
        CHECK(china.check_plate("京I12345").issue == PlateIssue::ForbiddenLetterIO);
        CHECK(china.check_mobile("+86 138 1234 5678").valid);
        CHECK(china.check_mobile("12812345678").issue == PhoneIssue::BadPrefix);
    }

    TEST_CASE("region: China is the default")
    {
        CHECK(&DefaultRegionRules() == &ChinaRules());
    }

    TEST_CASE("region: another market plugs in its own checkers")
    {
        RegionRules other{
            .code = "XX",
            .check_plate =
                [](std::string_view text) {
                    PlateCheck check;
                    check.valid = text.size() == 6;
                    check.normalized = std::string(text);
                    return check;
                },
            .check_mobile = [](std::string_view) { return PhoneCheck{}; },
            .vin_check_digit_required = false,
            .vat_rate_basis_points = 2000,
            .utc_offset_minutes = -300,
        };
        CHECK(other.check_plate("ABC123").valid);
        CHECK_FALSE(other.check_plate("京A12345").valid);
        CHECK_FALSE(other.check_mobile("13812345678").valid);
    }
}
