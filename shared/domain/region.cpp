#include "shared/domain/region.h"

namespace checkin::domain {

const RegionRules& ChinaRules()
{
    static const RegionRules rules{
        .code = "CN",
        .check_plate = CheckChinaPlate,
        .check_mobile = CheckChinaMobile,
        .vin_check_digit_required = true,
        .vat_rate_basis_points = 1300,
        .utc_offset_minutes = 8 * 60,
    };
    return rules;
}

const RegionRules& DefaultRegionRules()
{
    return ChinaRules();
}

} // namespace checkin::domain
