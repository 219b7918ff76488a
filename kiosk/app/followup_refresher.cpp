#include "app/followup_refresher.h"

#include <spdlog/spdlog.h>

#include "shared/domain/clock.h"
#include "shared/store/store.h"
#include "shared/usecases/followups.h"

namespace checkin::app {

FollowUpRefresher::~FollowUpRefresher()
{
    if (m_thread.joinable())
        m_thread.join();
}

void FollowUpRefresher::Start(const std::filesystem::path& store_file, const std::string& today,
    std::int64_t now_utc_ms, const std::string& device_role)
{
    if (m_running || today == m_started_day)
        return;
    if (m_thread.joinable())
        m_thread.join();
    m_started_day = today;
    m_running = true;
    m_thread = std::thread([this, store_file, today, now_utc_ms, device_role] {
        // The refresh's "now" is the moment it was asked for: the worker never reads the app's clock.
        const domain::ManualClock clock(now_utc_ms);
        try {
            const auto store = store::Store::Open(store_file, clock, device_role);
            const usecases::RefreshSummary summary = usecases::RefreshFollowUps(*store, today);
            spdlog::info(
                "follow-ups for {}: {} cars, {} calls added", today, summary.vehicles, summary.created);
        } catch (const std::exception& error) {
            spdlog::error("follow-up refresh failed: {}", error.what());
        }
        m_done_day = today;
        m_running = false;
        if (m_wake)
            m_wake();
    });
}

std::string FollowUpRefresher::RefreshedDay() const
{
    return m_running ? std::string() : m_done_day;
}

} // namespace checkin::app
