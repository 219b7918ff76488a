#include "shared/domain/inspection.h"

#include <array>

namespace checkin::domain {

std::span<const std::string_view> InspectionItemKeys()
{
    static constexpr std::array<std::string_view, 16> kKeys{"brake_pads_front", "brake_pads_rear",
        "brake_discs", "brake_fluid", "tyres_front", "tyres_rear", "battery", "wiper_blades", "air_filter",
        "cabin_filter", "coolant", "engine_oil_leak", "drive_belt", "suspension", "lights", "exhaust"};
    return kKeys;
}

} // namespace checkin::domain
