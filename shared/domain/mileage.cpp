#include "shared/domain/mileage.h"

namespace checkin::domain {

MileageCheck CheckMileage(std::int64_t mileage_km, std::optional<std::int64_t> last_recorded_km)
{
    if (mileage_km < 0)
        return {MileageSeverity::Error, MileageIssue::Negative};
    if (mileage_km > kMaxMileageKm)
        return {MileageSeverity::Error, MileageIssue::TooHigh};
    if (last_recorded_km && mileage_km < *last_recorded_km)
        return {MileageSeverity::Warning, MileageIssue::LowerThanLast};
    return {};
}

} // namespace checkin::domain
