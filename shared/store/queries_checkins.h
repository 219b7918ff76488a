#pragma once
#include <cstdint>
#include <string>

#include "shared/store/store.h"

namespace checkin::store {

// 1 + the highest queue number (A001 = 1) of the check-ins that arrived in [day_start, day_end), any status;
// 1 for the first check-in of the day.
int NextQueueNumber(Store& store, std::int64_t day_start_utc_ms, std::int64_t day_end_utc_ms);

// Whether a check-in that arrived in [day_start, day_end) has this tracking code.
bool TrackingCodeInUse(Store& store, const std::string& tracking_code, std::int64_t day_start_utc_ms,
    std::int64_t day_end_utc_ms);

} // namespace checkin::store
