#pragma once
// A kiosk holds only the customers of the day's bookings and check-ins, so a returning walk-in is
// recognised through the hub. The call runs on its own thread (the screen keeps drawing and says it is
// looking); the UI thread starts it and takes the answer, then stores the rows itself.
#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "shared/sync/sync_client.h"

namespace checkin::app {

struct LookupAnswer {
    std::string plate; // as asked
    sync::HubReply<sync::LookupResponse> reply;
};

class CustomerLookup {
public:
    CustomerLookup() = default;
    ~CustomerLookup();
    CustomerLookup(const CustomerLookup&) = delete;
    CustomerLookup& operator=(const CustomerLookup&) = delete;

    // Called on the worker thread when an answer came (the window posts an empty event).
    void SetWake(std::function<void()> wake) { m_wake = std::move(wake); }
    // Asks the hub about the plate. An earlier lookup still running is waited for and its answer dropped.
    void Start(const sync::HubAddress& hub, const std::string& plate);
    bool Running() const { return m_running; }
    // The answer of the last lookup, once, after it came.
    std::optional<LookupAnswer> Take();

private:
    std::function<void()> m_wake;
    std::thread m_thread;
    std::atomic<bool> m_running = false;
    std::mutex m_mutex;
    std::optional<LookupAnswer> m_answer; // guarded by m_mutex
};

} // namespace checkin::app
