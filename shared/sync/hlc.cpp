#include "shared/sync/hlc.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace checkin::sync {

std::string HlcTimestamp::ToString() const
{
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%016lld-%05u", static_cast<long long>(wall_ms), counter);
    return buffer;
}

std::optional<HlcTimestamp> HlcTimestamp::Parse(const std::string& text)
{
    if (text.size() != 22 || text[16] != '-')
        return std::nullopt;
    HlcTimestamp result;
    const char* begin = text.data();
    if (std::from_chars(begin, begin + 16, result.wall_ms).ptr != begin + 16)
        return std::nullopt;
    if (std::from_chars(begin + 17, begin + 22, result.counter).ptr != begin + 22)
        return std::nullopt;
    return result;
}

HlcTimestamp HybridClock::Now()
{
    std::lock_guard lock(m_mutex);
    const std::int64_t physical = m_clock.NowUtcMs();
    if (physical > m_last.wall_ms)
        m_last = {physical, 0};
    else
        ++m_last.counter;
    return m_last;
}

void HybridClock::Observe(const HlcTimestamp& remote)
{
    std::lock_guard lock(m_mutex);
    const std::int64_t physical = m_clock.NowUtcMs();
    const std::int64_t wall = std::max({physical, m_last.wall_ms, remote.wall_ms});
    std::uint32_t counter = 0;
    if (wall == m_last.wall_ms && wall == remote.wall_ms)
        counter = std::max(m_last.counter, remote.counter) + 1;
    else if (wall == m_last.wall_ms)
        counter = m_last.counter + 1;
    else if (wall == remote.wall_ms)
        counter = remote.counter + 1;
    m_last = {wall, counter};
}

HlcTimestamp HybridClock::Last() const
{
    std::lock_guard lock(m_mutex);
    return m_last;
}

} // namespace checkin::sync
