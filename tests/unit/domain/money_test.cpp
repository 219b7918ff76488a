#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <ostream>

#include "shared/domain/money.h"

namespace checkin::domain {
// Lets doctest print both sides of a failed comparison.
std::ostream& operator<<(std::ostream& out, const Money& money)
{
    return out << money.minor << " fen";
}
} // namespace checkin::domain

using namespace checkin::domain;

namespace {
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
} // namespace

TEST_SUITE("unit/domain")
{
    TEST_CASE("money: arithmetic and comparison")
    {
        const Money price = Money::FromYuan(12) + Money{50};
        CHECK(price == Money{1250});
        CHECK(price - Money{1300} == Money{-50});
        CHECK(-price == Money{-1250});
        CHECK(price * 3 == Money{3750});
        CHECK(2 * price == Money{2500});
        CHECK(Money{1} < Money{2});
        CHECK(Money{-5} < Money{0});
        Money total;
        total += Money{100};
        total -= Money{30};
        CHECK(total == Money{70});
    }

    TEST_CASE("money: rate in basis points rounds half away from zero")
    {
        CHECK(ApplyRateBasisPoints(Money{10'000}, 1300) == Money{1300});
        CHECK(ApplyRateBasisPoints(Money{1}, 5000) == Money{1}); // 0.5 fen
        CHECK(ApplyRateBasisPoints(Money{1}, 4999) == Money{0}); // 0.4999 fen
        CHECK(ApplyRateBasisPoints(Money{-1}, 5000) == Money{-1}); // -0.5 fen
        CHECK(ApplyRateBasisPoints(Money{-1}, 4999) == Money{0}); // -0.4999 fen
        CHECK(ApplyRateBasisPoints(Money{4}, 1300) == Money{1}); // 0.52 fen
        CHECK(ApplyRateBasisPoints(Money{3}, 1300) == Money{0}); // 0.39 fen
        CHECK(ApplyRateBasisPoints(Money{-4}, 1300) == Money{-1}); // -0.52 fen
        CHECK(ApplyRateBasisPoints(Money{12'345}, 1300) == Money{1605}); // 1604.85 fen
        CHECK(ApplyRateBasisPoints(Money{12'345}, 0) == Money{0});
        CHECK(ApplyRateBasisPoints(Money{12'345}, 10'000) == Money{12'345});
        CHECK(ApplyRateBasisPoints(Money{12'345}, -1000) == Money{-1235}); // -1234.5 fen
    }

    TEST_CASE("money: rate on large amounts does not overflow")
    {
        CHECK(ApplyRateBasisPoints(Money{kMax}, 10'000) == Money{kMax});
        CHECK(ApplyRateBasisPoints(Money{kMax}, 5000) == Money{4'611'686'018'427'387'904}); // ...903.5
        CHECK(ApplyRateBasisPoints(Money{-kMax}, 5000) == Money{-4'611'686'018'427'387'904});
        CHECK(ApplyRateBasisPoints(Money{1'000'000'000'000'000}, 1300) == Money{130'000'000'000'000});
    }

    TEST_CASE("money: VAT on net and split of gross")
    {
        CHECK(TaxOnNet(Money{10'000}, 1300) == Money{1300});
        CHECK(TaxOnNet(Money{99}, 1300) == Money{13}); // 12.87 fen

        const VatSplit exact = SplitGross(Money{11'300}, 1300);
        CHECK(exact.net == Money{10'000});
        CHECK(exact.tax == Money{1300});

        const VatSplit yuan = SplitGross(Money{100}, 1300); // 88.495... fen net
        CHECK(yuan.net == Money{88});
        CHECK(yuan.tax == Money{12});

        const VatSplit refund = SplitGross(Money{-11'300}, 1300);
        CHECK(refund.net == Money{-10'000});
        CHECK(refund.tax == Money{-1300});

        const VatSplit half = SplitGross(Money{1}, 10'000); // 0.5 fen net
        CHECK(half.net == Money{1});
        CHECK(half.tax == Money{0});

        const VatSplit large = SplitGross(Money{kMax}, 1300);
        CHECK(large.net + large.tax == Money{kMax});
        CHECK(large.net == Money{8'162'276'138'809'536'112}); // kMax / 1.13 = ...112.39
    }

    TEST_CASE("money: format as yuan")
    {
        CHECK(FormatYuan(Money{123'450}) == "¥1,234.50");
        CHECK(FormatYuan(Money{0}) == "¥0.00");
        CHECK(FormatYuan(Money{5}) == "¥0.05");
        CHECK(FormatYuan(Money{99'999}) == "¥999.99");
        CHECK(FormatYuan(Money{100'000}) == "¥1,000.00");
        CHECK(FormatYuan(Money::FromYuan(1'000'000)) == "¥1,000,000.00");
        CHECK(FormatYuan(Money{-123'450}) == "-¥1,234.50");
        CHECK(FormatYuan(Money{-5}) == "-¥0.05");
        CHECK(FormatYuan(Money{kMax}) == "¥92,233,720,368,547,758.07");
        CHECK(FormatYuan(Money{kMin}) == "-¥92,233,720,368,547,758.08");
    }
}
