#pragma once
// The itemized bill of a repair order at settlement (结算) and its output value (产值). Catalog and finding
// prices already include VAT, as the customer saw them; the bill shows how much of the total is VAT and what
// the shop earned net of discount and tax:
//   output value = (total - discount) / (1 + VAT rate), rounded half away from zero to the fen;
//   VAT = (total - discount) - output value (so the three always add up exactly).
#include <cstdint>
#include <string>
#include <vector>

#include "shared/domain/money.h"

namespace checkin::domain {

// One billed line: an approved or done order line, or an approved finding.
struct InvoiceLine {
    std::string description; // zh, the order's language of record
    std::string description_en; // the catalog's English name; "" for a finding (its title as typed)
    Money labor;
    Money parts;
    std::int64_t labor_hours_tenths = 0;
};

struct Invoice {
    std::vector<InvoiceLine> lines;
    Money labor_total;
    Money parts_total;
    Money total; // labor + parts, VAT included
    Money discount;
    Money payable; // total - discount
    Money vat; // the VAT inside payable
    Money output_value; // payable net of VAT (产值)
    int vat_rate_bp = 0; // 1300 = 13 %
};

// Adds the lines up. The discount is clamped to [0, total] by the caller's rules (close-out refuses a
// negative discount or one above the total; this function assumes it is valid).
Invoice ComputeInvoice(std::vector<InvoiceLine> lines, Money discount, int vat_rate_bp);

// amount / (1 + basis_points / 10000), rounded half away from zero: the net of a VAT-inclusive amount.
Money NetOfRate(Money gross, int basis_points);

} // namespace checkin::domain
