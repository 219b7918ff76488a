#pragma once
// The price estimate a customer sees and signs ("明码标价": every line with labor and parts, and the tax
// it includes). Catalog prices are retail prices and, as retail prices in China must be, include VAT.
#include <string>
#include <vector>

#include "shared/domain/money.h"

namespace checkin::domain {

struct EstimateLine {
    std::string service_item_id;
    std::string code;
    std::string name_en;
    std::string name_zh;
    Money labor; // VAT included
    Money parts; // VAT included
};

struct Estimate {
    std::vector<EstimateLine> lines;
    Money labor; // sum of the lines' labor
    Money parts; // sum of the lines' parts
    Money total; // labor + parts: what the customer pays, VAT included
    Money tax_included; // the VAT part of total (SplitGross of the total, so it is rounded once)
    int vat_basis_points = 0;
};

Estimate BuildEstimate(std::vector<EstimateLine> lines, int vat_basis_points);

// The estimate as stored with a signature: the JSON text the customer signed. The same estimate always
// gives the same text, so the text shown can be compared with the one recomputed at confirmation.
// {"lines":[{"service_item_id","code","name_en","name_zh","labor_fen","parts_fen"}...],
//  "labor_fen","parts_fen","total_fen","tax_included_fen","vat_rate_bp"}
std::string EstimateJson(const Estimate& estimate);

} // namespace checkin::domain
