#pragma once
// The odometer reading a customer types at the kiosk. A reading below the last one on file is possible (a
// typo then or now, a replaced instrument cluster) but is also how odometer fraud looks: the customer must
// confirm it, and the advisor sees a flag.
#include <cstdint>
#include <optional>

namespace checkin::domain {

inline constexpr std::int64_t kMaxMileageKm = 2'000'000;

enum class MileageIssue { None, Negative, TooHigh, LowerThanLast };
enum class MileageSeverity { Ok, Warning, Error };

struct MileageCheck {
    MileageSeverity severity = MileageSeverity::Ok;
    MileageIssue issue = MileageIssue::None;
};

// Error: negative or above kMaxMileageKm. Warning: lower than the last recorded mileage. Ok otherwise,
// also when nothing was recorded before.
MileageCheck CheckMileage(std::int64_t mileage_km, std::optional<std::int64_t> last_recorded_km);

} // namespace checkin::domain
