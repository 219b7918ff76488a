#include <doctest/doctest.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "shared/domain/invoice.h"
#include "shared/domain/order_number.h"

using namespace checkin::domain;

namespace {

InvoiceLine Line(const std::string& description, std::int64_t labor_fen, std::int64_t parts_fen)
{
    return {description, "", Money{labor_fen}, Money{parts_fen}, 0};
}

} // namespace

TEST_SUITE("unit/domain")
{
    TEST_CASE("invoice: totals, discount, output value and the VAT inside")
    {
        // Oil change 200.00 + 300.00, front brake pads 300.00 + 500.00, a wash 50.00; 100.00 off; 13 % VAT.
        const Invoice invoice = ComputeInvoice(
            {Line("更换机油", 20000, 30000), Line("更换前刹车片", 30000, 50000), Line("洗车", 5000, 0)},
            Money{10000}, 1300);
        REQUIRE(invoice.lines.size() == 3);
        CHECK(invoice.lines[1].description == "更换前刹车片");
        CHECK(invoice.labor_total.minor == 55000);
        CHECK(invoice.parts_total.minor == 80000);
        CHECK(invoice.total.minor == 135000);
        CHECK(invoice.discount.minor == 10000);
        CHECK(invoice.payable.minor == 125000);
        // 1250.00 / 1.13 = 1106.1946... -> 1106.19
        CHECK(invoice.output_value.minor == 110619);
        CHECK(invoice.vat.minor == 14381);
        CHECK(invoice.output_value + invoice.vat == invoice.payable);
        CHECK(invoice.vat_rate_bp == 1300);
    }

    TEST_CASE("invoice: the whole bill discounted, no lines, no VAT")
    {
        const Invoice free = ComputeInvoice({Line("首保", 15000, 20000)}, Money{35000}, 1300);
        CHECK(free.total.minor == 35000);
        CHECK(free.payable.minor == 0);
        CHECK(free.output_value.minor == 0);
        CHECK(free.vat.minor == 0);

        const Invoice empty = ComputeInvoice({}, Money{}, 1300);
        CHECK(empty.lines.empty());
        CHECK(empty.total.minor == 0);
        CHECK(empty.output_value.minor == 0);

        const Invoice untaxed = ComputeInvoice({Line("洗车", 5000, 0)}, Money{1000}, 0);
        CHECK(untaxed.output_value.minor == 4000);
        CHECK(untaxed.vat.minor == 0);
    }

    TEST_CASE("invoice: the output value rounds half away from zero to the fen")
    {
        // 13 %: 0.885 -> 1, 49.56 -> 50, 50.44 -> 50, 113 -> 100 exactly.
        CHECK(NetOfRate(Money{1}, 1300).minor == 1);
        CHECK(NetOfRate(Money{56}, 1300).minor == 50);
        CHECK(NetOfRate(Money{57}, 1300).minor == 50);
        CHECK(NetOfRate(Money{113}, 1300).minor == 100);
        CHECK(NetOfRate(Money{-57}, 1300).minor == -50);
        // 20 %: g / 1.2 is an exact half for g = 3 (2.5) and 9 (7.5).
        CHECK(NetOfRate(Money{3}, 2000).minor == 3);
        CHECK(NetOfRate(Money{9}, 2000).minor == 8);
        CHECK(NetOfRate(Money{-3}, 2000).minor == -3);
        CHECK(NetOfRate(Money{4}, 2000).minor == 3); // 3.33
        CHECK(NetOfRate(Money{0}, 1300).minor == 0);
        // The bill rounds the same way: 3 fen payable at 20 % is 3 fen net, no VAT.
        const Invoice tiny = ComputeInvoice({Line("x", 3, 0)}, Money{}, 2000);
        CHECK(tiny.output_value.minor == 3);
        CHECK(tiny.vat.minor == 0);
        const Invoice nine = ComputeInvoice({Line("x", 5, 4)}, Money{}, 2000);
        CHECK(nine.output_value.minor == 8);
        CHECK(nine.vat.minor == 1);
    }

    TEST_CASE("invoice: settlement numbers are shaped like order numbers, with JS")
    {
        CHECK(SettlementNumberPrefix("2024-11-20") == "JS20241120-");
        CHECK(FormatSettlementNumber("2024-11-20", 7) == "JS20241120-007");
        CHECK(FormatSettlementNumber("2024-11-20", 1000) == "JS20241120-1000");
        CHECK(ParseOrderNumberCount("JS20241120-012", "JS20241120-") == 12);
        CHECK_FALSE(ParseOrderNumberCount("RO20241120-012", "JS20241120-").has_value());
        CHECK(FormatOrderNumber("2024-11-20", 7) == "RO20241120-007");
        CHECK_THROWS_AS(FormatSettlementNumber("2024-11-20", 0), std::invalid_argument);
    }
}
