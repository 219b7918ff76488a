#include <doctest/doctest.h>

#include <string>

#include "shared/domain/region.h"
#include "shared/domain/vin.h"

using namespace checkin::domain;

TEST_SUITE("unit/domain")
{
    TEST_CASE("vin: check digit of known VINs")
    {
        // The textbook North American example.
        CHECK(ComputeVinCheckDigit("1M8GDM9AXKP042788") == 'X');
        // L3 S2 V5 A1 U4 2 1 8 _ N5 2 1 8 3 2 9 4 weighted: 24+14+30+5+16+6+2+80+0+45+16+7+48+15+8+27+8 =
        // 351, 351 mod 11 = 10 -> 'X'. The check position itself has weight 0.
        CHECK(ComputeVinCheckDigit("LSVAU218XN2183294") == 'X');
        CHECK(ComputeVinCheckDigit("LSVAU2180N2183294") == 'X');
        CHECK(ComputeVinCheckDigit("LFV2A21K9G3046512") == '9');
        CHECK(ComputeVinCheckDigit("LHGRU5830J2012345") == '0');
        CHECK(ComputeVinCheckDigit("11111111111111111") == '1');
        CHECK_FALSE(ComputeVinCheckDigit("LSVAU218XN218329").has_value());
        CHECK_FALSE(ComputeVinCheckDigit("LSVAU218XN218329I").has_value());
        CHECK_FALSE(ComputeVinCheckDigit("lsvau218xn2183294").has_value());
    }

    TEST_CASE("vin: valid VINs, normalized to uppercase")
    {
        for (const std::string vin : {"1M8GDM9AXKP042788", "LSVAU218XN2183294", "LFV2A21K9G3046512",
                 "LHGRU5830J2012345", "lvshffal0jf123456", " LFV2A21K9G 3046512 "}) {
            CAPTURE(vin);
            const VinCheck check = CheckVin(vin);
            CHECK(check.valid);
            CHECK(check.issue == VinIssue::None);
            CHECK(check.check_digit_ok);
            CHECK(check.normalized.size() == 17);
            CHECK(check.expected_check_digit == check.normalized[8]);
        }
        CHECK(CheckVin("lvshffal0jf123456").normalized == "LVSHFFAL0JF123456");
        CHECK(NormalizeVin(" lfv2a21k9g3046512\n") == "LFV2A21K9G3046512");
    }

    TEST_CASE("vin: wrong check digit")
    {
        const VinCheck check = CheckVin("LSVAU2180N2183294");
        CHECK_FALSE(check.valid);
        CHECK(check.issue == VinIssue::CheckDigitMismatch);
        CHECK_FALSE(check.check_digit_ok);
        CHECK(check.expected_check_digit == 'X');

        const VinCheck digit = CheckVin("LFV2A21K6G3046512");
        CHECK(digit.issue == VinIssue::CheckDigitMismatch);
        CHECK(digit.expected_check_digit == '9');
    }

    TEST_CASE("vin: characters and length")
    {
        const auto issue_of = [](const std::string& text) { return CheckVin(text).issue; };
        CHECK(issue_of("") == VinIssue::Empty);
        CHECK(issue_of("   ") == VinIssue::Empty);
        CHECK(issue_of("LSVAU218XN218329") == VinIssue::WrongLength);
        CHECK(issue_of("LSVAU218XN21832944") == VinIssue::WrongLength);
        CHECK(issue_of("LSVIU218XN2183294") == VinIssue::ForbiddenLetter);
        CHECK(issue_of("LSVAU218XN2183O94") == VinIssue::ForbiddenLetter);
        CHECK(issue_of("qSVAU218XN2183294") == VinIssue::ForbiddenLetter);
        CHECK(issue_of("LSVAU218-N2183294") == VinIssue::BadCharacter);
        CHECK(issue_of("LSVAU218XN218329京") == VinIssue::BadCharacter);
        // Characters are reported before length, so the kiosk can flag a key as it is typed.
        CHECK(issue_of("LSVI") == VinIssue::ForbiddenLetter);
        const VinCheck short_vin = CheckVin("LSVAU");
        CHECK_FALSE(short_vin.valid);
        CHECK(short_vin.expected_check_digit == '\0');
        CHECK_FALSE(short_vin.check_digit_ok);
    }

    TEST_CASE("vin: a check-digit mismatch is an error only where the region requires the digit")
    {
        RegionRules no_check_digit = ChinaRules();
        no_check_digit.code = "XX";
        no_check_digit.vin_check_digit_required = false;

        // A European-style VIN with no check digit ('Z' at position 9).
        const VinCheck european = CheckVin("WVWZZZ3CZJE123456");
        REQUIRE(european.issue == VinIssue::CheckDigitMismatch);
        CHECK(european.expected_check_digit == '4');
        CHECK(ClassifyVin(european, ChinaRules()) == VinSeverity::Error);
        CHECK(ClassifyVin(european, no_check_digit) == VinSeverity::Warning);

        CHECK(ClassifyVin(CheckVin("LSVAU218XN2183294"), ChinaRules()) == VinSeverity::Ok);
        CHECK(ClassifyVin(CheckVin("LSVAU218XN2183294"), no_check_digit) == VinSeverity::Ok);
        CHECK(ClassifyVin(CheckVin("LSVAU218XN218329"), no_check_digit) == VinSeverity::Error);
        CHECK(ClassifyVin(CheckVin("LSVIU218XN2183294"), no_check_digit) == VinSeverity::Error);
        CHECK(ClassifyVin(CheckVin(""), no_check_digit) == VinSeverity::Error);
    }
}
