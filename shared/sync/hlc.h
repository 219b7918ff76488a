#pragma once
// Hybrid logical clock (Kulkarni et al.): wall time in ms plus a counter. Orders every op made on any
// device consistently with causality even when device clocks drift; last-writer-wins compares these.
#include <compare>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "shared/domain/clock.h"

namespace checkin::sync {

struct HlcTimestamp {
    std::int64_t wall_ms = 0;
    std::uint32_t counter = 0;

    auto operator<=>(const HlcTimestamp&) const = default;

    // Fixed width, so text order equals time order: "0001732412345678-00000".
    std::string ToString() const;
    static std::optional<HlcTimestamp> Parse(const std::string& text);
};

class HybridClock {
public:
    explicit HybridClock(const domain::Clock& clock, HlcTimestamp last = {})
        : m_clock(clock), m_last(last) { }

    // A timestamp for a local event, greater than every one issued or observed before.
    HlcTimestamp Now();
    // Merge a timestamp received from another node, so later local events order after it.
    void Observe(const HlcTimestamp& remote);
    HlcTimestamp Last() const;

private:
    const domain::Clock& m_clock;
    mutable std::mutex m_mutex;
    HlcTimestamp m_last;
};

} // namespace checkin::sync
