#include "shared/domain/invoice.h"

#include <utility>

namespace checkin::domain {

Invoice ComputeInvoice(std::vector<InvoiceLine> lines, Money discount, int vat_rate_bp)
{
    Invoice invoice;
    for (const InvoiceLine& line : lines) {
        invoice.labor_total += line.labor;
        invoice.parts_total += line.parts;
    }
    invoice.lines = std::move(lines);
    invoice.total = invoice.labor_total + invoice.parts_total;
    invoice.discount = discount;
    invoice.payable = invoice.total - discount;
    const VatSplit split = SplitGross(invoice.payable, vat_rate_bp);
    invoice.output_value = split.net;
    invoice.vat = split.tax;
    invoice.vat_rate_bp = vat_rate_bp;
    return invoice;
}

Money NetOfRate(Money gross, int basis_points)
{
    return SplitGross(gross, basis_points).net;
}

} // namespace checkin::domain
