#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "shared/domain/estimate.h"

using namespace checkin::domain;

namespace {

EstimateLine Line(const char* code, std::int64_t labor_fen, std::int64_t parts_fen)
{
    return {std::string("id-") + code, code, code, code, Money{labor_fen}, Money{parts_fen}};
}

} // namespace

TEST_SUITE("unit/domain")
{
    TEST_CASE("estimate: sums labor and parts, and the VAT the total includes")
    {
        // Basic maintenance 200 + 380 and a cabin filter 30 + 120: 730 yuan, VAT 13 % included.
        const Estimate estimate
            = BuildEstimate({Line("BASIC-MAINT", 20000, 38000), Line("CABIN-FILTER", 3000, 12000)}, 1300);
        REQUIRE(estimate.lines.size() == 2);
        CHECK(estimate.lines[1].code == "CABIN-FILTER");
        CHECK(estimate.labor == Money{23000});
        CHECK(estimate.parts == Money{50000});
        CHECK(estimate.total == Money{73000});
        // 730 / 1.13 = 646.017... -> net 646.02, tax 83.98.
        CHECK(estimate.tax_included == Money{8398});
        CHECK(estimate.vat_basis_points == 1300);
    }

    TEST_CASE("estimate: the tax is rounded once on the total, not per line")
    {
        // Each 1.00 yuan line holds 0.115 yuan of tax (0.12 rounded); three of them hold 0.35, not 0.36.
        const Estimate estimate
            = BuildEstimate({Line("A", 100, 0), Line("B", 0, 100), Line("C", 100, 0)}, 1300);
        CHECK(estimate.total == Money{300});
        CHECK(estimate.tax_included == Money{35});
        CHECK(SplitGross(estimate.total, 1300).net + estimate.tax_included == estimate.total);
    }

    TEST_CASE("estimate: empty, free and untaxed estimates")
    {
        const Estimate empty = BuildEstimate({}, 1300);
        CHECK(empty.lines.empty());
        CHECK(empty.total == Money{0});
        CHECK(empty.tax_included == Money{0});

        const Estimate free_check = BuildEstimate({Line("SAFETY-24", 0, 0)}, 1300);
        CHECK(free_check.total == Money{0});

        const Estimate no_vat = BuildEstimate({Line("OIL", 8000, 32000)}, 0);
        CHECK(no_vat.total == Money{40000});
        CHECK(no_vat.tax_included == Money{0});
    }

    TEST_CASE("estimate: the signed JSON holds every line and total, and is the same for the same estimate")
    {
        const Estimate estimate = BuildEstimate({Line("BASIC-MAINT", 20000, 38000)}, 1300);
        const std::string text = EstimateJson(estimate);
        CHECK(text == EstimateJson(BuildEstimate({Line("BASIC-MAINT", 20000, 38000)}, 1300)));
        CHECK(text != EstimateJson(BuildEstimate({Line("BASIC-MAINT", 20000, 38100)}, 1300)));

        const nlohmann::json document = nlohmann::json::parse(text);
        REQUIRE(document.at("lines").size() == 1);
        const nlohmann::json& line = document.at("lines")[0];
        CHECK(line.at("service_item_id") == "id-BASIC-MAINT");
        CHECK(line.at("code") == "BASIC-MAINT");
        CHECK(line.at("labor_fen") == 20000);
        CHECK(line.at("parts_fen") == 38000);
        CHECK(document.at("labor_fen") == 20000);
        CHECK(document.at("parts_fen") == 38000);
        CHECK(document.at("total_fen") == 58000);
        CHECK(document.at("tax_included_fen") == estimate.tax_included.minor);
        CHECK(document.at("vat_rate_bp") == 1300);
    }
}
