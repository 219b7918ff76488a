#include "shared/domain/clock.h"

#include <chrono>

namespace checkin::domain {

std::int64_t SystemClock::NowUtcMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace checkin::domain
