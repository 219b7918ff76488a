#include "platform/frame_pacer.h"

#include <algorithm>

namespace checkin::platform {

std::optional<double> FramePacer::WaitSeconds(std::optional<std::int64_t> next_wake_ms, std::int64_t now_ms)
{
    if (!next_wake_ms)
        return std::nullopt;
    return std::max<double>(0.0, static_cast<double>(*next_wake_ms - now_ms) / 1000.0);
}

} // namespace checkin::platform
