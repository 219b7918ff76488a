#include "shared/domain/estimate.h"

#include <nlohmann/json.hpp>

#include <utility>

namespace checkin::domain {

Estimate BuildEstimate(std::vector<EstimateLine> lines, int vat_basis_points)
{
    Estimate estimate;
    for (const EstimateLine& line : lines) {
        estimate.labor += line.labor;
        estimate.parts += line.parts;
    }
    estimate.total = estimate.labor + estimate.parts;
    estimate.tax_included = SplitGross(estimate.total, vat_basis_points).tax;
    estimate.vat_basis_points = vat_basis_points;
    estimate.lines = std::move(lines);
    return estimate;
}

std::string EstimateJson(const Estimate& estimate)
{
    nlohmann::json lines = nlohmann::json::array();
    for (const EstimateLine& line : estimate.lines)
        lines.push_back(
            {{"service_item_id", line.service_item_id}, {"code", line.code}, {"name_en", line.name_en},
                {"name_zh", line.name_zh}, {"labor_fen", line.labor.minor}, {"parts_fen", line.parts.minor}});
    const nlohmann::json document = {{"lines", std::move(lines)}, {"labor_fen", estimate.labor.minor},
        {"parts_fen", estimate.parts.minor}, {"total_fen", estimate.total.minor},
        {"tax_included_fen", estimate.tax_included.minor}, {"vat_rate_bp", estimate.vat_basis_points}};
    return document.dump();
}

} // namespace checkin::domain
