#pragma once
// The follow-up worklist is refreshed once per shop day (usecases::RefreshFollowUps writes the calls that
// fell due). On a big shop that reads every car, so it runs on a worker thread with its own Store on the
// same file, as the sync worker does; the station sees the new rows through Store::ChangeStamp.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>

namespace checkin::app {

class FollowUpRefresher {
public:
    FollowUpRefresher() = default;
    ~FollowUpRefresher();
    FollowUpRefresher(const FollowUpRefresher&) = delete;
    FollowUpRefresher& operator=(const FollowUpRefresher&) = delete;

    // Called on the worker thread when a refresh ended; set before the first Start.
    void SetWake(std::function<void()> wake) { m_wake = std::move(wake); }
    // Refreshes the worklist of the store file for `today` (shop-local 'YYYY-MM-DD') as of now_utc_ms,
    // unless a refresh runs or that day was refreshed already.
    void Start(const std::filesystem::path& store_file, const std::string& today, std::int64_t now_utc_ms,
        const std::string& device_role);
    bool Running() const { return m_running; }
    // The day of the last refresh that ended ("" before the first one).
    std::string RefreshedDay() const;

private:
    std::function<void()> m_wake;
    std::thread m_thread;
    std::atomic<bool> m_running = false;
    std::string m_started_day; // UI thread only
    std::string m_done_day; // written by the worker before m_running turns false
};

} // namespace checkin::app
