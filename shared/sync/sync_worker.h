#pragma once
// The device's background sync: a thread with its own connection to the store (Store is not shared across
// threads) that runs a round with the paired hub about every second - push the outbox, then pull with a
// short long-poll, then the blob files the rows reference (SyncRoundWithBlobs) - and publishes a status the
// screens show discreetly. The UI is woken only when the status changes in a way it shows, so an idle kiosk
// stays idle.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "shared/domain/clock.h"

namespace checkin::sync {

struct SyncStatus {
    bool paired = false;
    bool online = false; // the last round reached the hub
    std::int64_t last_sync_ms = 0; // end of the last completed round
    std::int64_t pending = 0; // local changes not yet acknowledged by the hub
    std::int64_t rejections = 0; // refused by the hub, not yet seen by staff
    std::uint64_t pulled_generation = 0; // grows when a round changed rows here: views reload
    std::uint64_t blobs_generation = 0; // grows when a round stored blob files here: photos redraw
    std::string last_error; // e.g. "unreachable", "schema_too_old"

    bool operator==(const SyncStatus&) const = default;
};

class SyncWorker {
public:
    // `wake` is called on the worker thread when the status changed (the window posts an empty event).
    SyncWorker(std::filesystem::path db_path, const domain::Clock& clock, std::function<void()> wake);
    ~SyncWorker();
    SyncWorker(const SyncWorker&) = delete;
    SyncWorker& operator=(const SyncWorker&) = delete;

    SyncStatus Status() const;

private:
    void Run();

    std::filesystem::path m_db_path;
    const domain::Clock& m_clock;
    std::function<void()> m_wake;
    mutable std::mutex m_mutex;
    std::condition_variable m_stop_signal;
    bool m_stop = false;
    SyncStatus m_status;
    std::thread m_thread;
};

} // namespace checkin::sync
