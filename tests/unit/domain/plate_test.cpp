#include <doctest/doctest.h>

#include <set>
#include <string>

#include "shared/domain/plate.h"
#include "shared/domain/utf8.h"

using namespace checkin::domain;

namespace {

void CheckValid(const std::string& input, PlateKind kind, const std::string& normalized)
{
    CAPTURE(input);
    const PlateCheck check = CheckChinaPlate(input);
    CHECK(check.valid);
    CHECK(check.prefix_ok);
    CHECK(check.kind == kind);
    CHECK(check.issue == PlateIssue::None);
    CHECK(check.normalized == normalized);
}

void CheckInvalid(const std::string& input, PlateIssue issue, bool prefix_ok = false)
{
    CAPTURE(input);
    const PlateCheck check = CheckChinaPlate(input);
    CHECK_FALSE(check.valid);
    CHECK(check.issue == issue);
    CHECK(check.prefix_ok == prefix_ok);
    CHECK(check.kind == PlateKind::Unknown);
}

} // namespace

TEST_SUITE("unit/domain")
{
    TEST_CASE("plate: province list is the 31 keyboard characters in order")
    {
        const auto& provinces = ChinaProvinces();
        REQUIRE(provinces.size() == 31);
        CHECK(provinces[0] == "京");
        CHECK(provinces[1] == "津");
        CHECK(provinces[2] == "沪");
        CHECK(provinces[15] == "赣");
        CHECK(provinces[30] == "琼");
        CHECK(std::set<std::string>(provinces.begin(), provinces.end()).size() == 31);
        for (const std::string& province : provinces) {
            CHECK(CountCodePoints(province) == 1);
            CheckValid(province + "A12345", PlateKind::Regular, province + "A12345");
        }
    }

    TEST_CASE("plate: regular plates")
    {
        CheckValid("京A12345", PlateKind::Regular, "京A12345");
        CheckValid("沪BX7Z99", PlateKind::Regular, "沪BX7Z99");
        CheckValid("粤BABCDE", PlateKind::Regular, "粤BABCDE");
        CheckValid("琼Z00000", PlateKind::Regular, "琼Z00000");
    }

    TEST_CASE("plate: normalization of case, separators and full-width input")
    {
        CheckValid("京a1234b", PlateKind::Regular, "京A1234B");
        CheckValid("京A·12345", PlateKind::Regular, "京A12345");
        CheckValid("京A-12345", PlateKind::Regular, "京A12345");
        CheckValid(" 京 A 123 45 ", PlateKind::Regular, "京A12345");
        CheckValid("京Ａ１２３４５", PlateKind::Regular, "京A12345");
        CheckValid("京ａ　１２３４５", PlateKind::Regular, "京A12345"); // ideographic space
        CheckValid("京A－D12345", PlateKind::NewEnergySmall, "京AD12345"); // full-width hyphen
        CHECK(NormalizePlate("沪a·b1-2 3ｃ") == "沪AB123C");
    }

    TEST_CASE("plate: new-energy small car")
    {
        CheckValid("京AD12345", PlateKind::NewEnergySmall, "京AD12345");
        CheckValid("京AF12345", PlateKind::NewEnergySmall, "京AF12345");
        CheckValid("粤BDA1234", PlateKind::NewEnergySmall, "粤BDA1234");
        CheckValid("苏Ef00001", PlateKind::NewEnergySmall, "苏EF00001");
        CheckInvalid("京AD1234A", PlateIssue::BadNewEnergyPattern);
        CheckInvalid("京AE12345", PlateIssue::BadNewEnergyPattern);
        CheckInvalid("京ADAB123", PlateIssue::BadNewEnergyPattern);
        CheckInvalid("京ADI1234", PlateIssue::ForbiddenLetterIO);
    }

    TEST_CASE("plate: new-energy large car")
    {
        CheckValid("京A12345D", PlateKind::NewEnergyLarge, "京A12345D");
        CheckValid("粤B12345F", PlateKind::NewEnergyLarge, "粤B12345F");
        CheckInvalid("京A12345E", PlateIssue::BadNewEnergyPattern);
        CheckInvalid("京A1234AD", PlateIssue::BadNewEnergyPattern);
        CheckInvalid("京A123456", PlateIssue::BadNewEnergyPattern);
        CheckInvalid("京A12345O", PlateIssue::ForbiddenLetterIO);
    }

    TEST_CASE("plate: every special ending")
    {
        const auto& endings = ChinaPlateSpecialEndings();
        REQUIRE(endings.size() == 7);
        CHECK(endings[0] == "警");
        CHECK(endings[6] == "使");
        for (const std::string ending : {"警", "学", "挂", "港", "澳", "领", "使"}) {
            CheckValid("粤Z1234" + ending, PlateKind::Special, "粤Z1234" + ending);
            CheckValid("京AB12C" + ending, PlateKind::Special, "京AB12C" + ending);
            // Only as the 7th and last character.
            CheckInvalid("京A12" + ending + "45", PlateIssue::BadCharacter);
            CheckInvalid("京A12345" + ending, PlateIssue::BadCharacter);
            CheckInvalid("京A123" + ending, PlateIssue::BadCharacter);
        }
        CheckInvalid("京A1I34警", PlateIssue::ForbiddenLetterIO);
        CheckInvalid("京A1234警1", PlateIssue::BadCharacter);
    }

    TEST_CASE("plate: province and office letter")
    {
        CheckInvalid("A12345", PlateIssue::UnknownProvince);
        CheckInvalid("港A12345", PlateIssue::UnknownProvince);
        CheckInvalid("台A12345", PlateIssue::UnknownProvince);
        CheckInvalid("1京A1234", PlateIssue::UnknownProvince);
        CheckInvalid("京112345", PlateIssue::BadOfficeLetter);
        CheckInvalid("京京12345", PlateIssue::BadOfficeLetter);
        CheckInvalid("京I12345", PlateIssue::ForbiddenLetterIO);
        CheckInvalid("京o12345", PlateIssue::ForbiddenLetterIO);
    }

    TEST_CASE("plate: I and O are never valid in the serial")
    {
        CheckInvalid("京A1234I", PlateIssue::ForbiddenLetterIO);
        CheckInvalid("京A12O45", PlateIssue::ForbiddenLetterIO);
        CheckInvalid("京a1234o", PlateIssue::ForbiddenLetterIO);
        CheckInvalid("京AＯ2345", PlateIssue::ForbiddenLetterIO); // full-width O
    }

    TEST_CASE("plate: bad characters, length and empty input")
    {
        CheckInvalid("京A1234#", PlateIssue::BadCharacter);
        CheckInvalid("京A1234京", PlateIssue::BadCharacter);
        CheckInvalid("京A12_45", PlateIssue::BadCharacter);
        CheckInvalid("京A1234567", PlateIssue::TooLong);
        CheckInvalid("京A1234", PlateIssue::TooShort, true);
        CheckInvalid("京", PlateIssue::TooShort, true);
        CheckInvalid("", PlateIssue::Empty, true);
        CheckInvalid(" · - ", PlateIssue::Empty, true);
    }

    TEST_CASE("plate: prefixes as typed")
    {
        for (const std::string plate : {"京AD12345", "京A12345D", "粤Z1234港", "沪B9X8Y7"}) {
            const std::vector<char32_t> code_points = DecodeUtf8(plate);
            for (std::size_t length = 0; length <= code_points.size(); ++length) {
                const std::string typed = EncodeUtf8(std::span<const char32_t>(code_points).first(length));
                CAPTURE(typed);
                const PlateCheck check = CheckChinaPlate(typed);
                CHECK(check.prefix_ok);
                CHECK(check.valid == (length >= 7));
            }
        }
        CHECK_FALSE(CheckChinaPlate("京I").prefix_ok);
        CHECK_FALSE(CheckChinaPlate("X").prefix_ok);
        CHECK_FALSE(CheckChinaPlate("京A1警").prefix_ok);
        CHECK_FALSE(CheckChinaPlate("京A123456").prefix_ok);
        CHECK_FALSE(CheckChinaPlate("京A1234警1").prefix_ok);
        CHECK(CheckChinaPlate("京AD").prefix_ok);
        CHECK(CheckChinaPlate("京AD1234").prefix_ok);
    }

    TEST_CASE("plate: display format")
    {
        CHECK(FormatPlateForDisplay("京A12345") == "京A·12345");
        CHECK(FormatPlateForDisplay("京AD12345") == "京A·D12345");
        CHECK(FormatPlateForDisplay("粤Z1234港") == "粤Z·1234港");
        CHECK(FormatPlateForDisplay("京A") == "京A");
        CHECK(FormatPlateForDisplay("") == "");
        CHECK(CheckChinaPlate(FormatPlateForDisplay("京A12345D")).normalized == "京A12345D");
    }

    TEST_CASE("plate: mask for public screens")
    {
        CHECK(MaskPlate("京A12345") == "京A·***45");
        CHECK(MaskPlate("京AD12345") == "京A·****45");
        CHECK(MaskPlate("粤Z1234港") == "粤Z·***4港");
        CHECK(MaskPlate("京A12") == "京A·**");
        CHECK(MaskPlate("京A") == "京A");
        CHECK(MaskPlate("") == "");
    }
}
