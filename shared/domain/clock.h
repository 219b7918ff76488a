#pragma once
// Every "now" in the product comes from a Clock, so tests and the headless driver can run virtual time
// (an idle reset after 60 s is tested in milliseconds).
#include <cstdint>

namespace checkin::domain {

class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual std::int64_t NowUtcMs() const = 0;
};

class SystemClock final : public Clock {
public:
    std::int64_t NowUtcMs() const override;
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(std::int64_t start_utc_ms) : m_now_ms(start_utc_ms) { }
    std::int64_t NowUtcMs() const override { return m_now_ms; }
    void Advance(std::int64_t delta_ms) { m_now_ms += delta_ms; }
    void Set(std::int64_t utc_ms) { m_now_ms = utc_ms; }

private:
    std::int64_t m_now_ms;
};

} // namespace checkin::domain
