#pragma once
// Input rules that differ between markets, in one place, so another market plugs in its own RegionRules
// instead of adding "if China" branches to screens and use cases.
#include <functional>
#include <string>
#include <string_view>

#include "shared/domain/phone.h"
#include "shared/domain/plate.h"

namespace checkin::domain {

struct RegionRules {
    std::string code; // ISO 3166-1 alpha-2, e.g. "CN"
    std::function<PlateCheck(std::string_view)> check_plate;
    std::function<PhoneCheck(std::string_view)> check_mobile;
    bool vin_check_digit_required = true; // China and North America: true
    int vat_rate_basis_points = 0; // CN: 1300 (13 %)
    int utc_offset_minutes = 0; // CN: +480 (UTC+8, no daylight saving)
};

const RegionRules& ChinaRules();

// The rules used when a site has not configured a region: China.
const RegionRules& DefaultRegionRules();

} // namespace checkin::domain
