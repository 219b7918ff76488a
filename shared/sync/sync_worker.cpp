#include "shared/sync/sync_worker.h"

#include <chrono>

#include <spdlog/spdlog.h>

#include "shared/store/store.h"
#include "shared/store/sync_device.h"
#include "shared/sync/sync_client.h"

namespace checkin::sync {
namespace {

constexpr std::int64_t kLongPollMs = 1'000; // a local change waits at most this long to be pushed
constexpr auto kRetryAfterError = std::chrono::seconds(5);
constexpr auto kCheckPairingEvery = std::chrono::seconds(10);

} // namespace

SyncWorker::SyncWorker(std::filesystem::path db_path, const domain::Clock& clock, std::function<void()> wake)
    : m_db_path(std::move(db_path)), m_clock(clock), m_wake(std::move(wake)), m_thread([this] { Run(); })
{
}

SyncWorker::~SyncWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_stop_signal.notify_all();
    m_thread.join();
}

SyncStatus SyncWorker::Status() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

void SyncWorker::Run()
{
    std::unique_ptr<store::Store> store;
    try {
        store = store::Store::Open(m_db_path, m_clock, {});
    } catch (const std::exception& error) {
        spdlog::error("sync worker: cannot open {}: {}", m_db_path.string(), error.what());
        return;
    }
    BlobSyncMemory blob_memory;
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        lock.unlock();
        SyncStatus next = Status();
        auto pause = std::chrono::milliseconds(0);
        next.paired = IsPaired(*store);
        if (next.paired) {
            const RoundReport round
                = SyncRoundWithBlobs(*store, SyncOptions{.wait_ms = kLongPollMs}, blob_memory);
            const SyncReport& report = round.rows;
            next.online = report.Ok();
            next.last_error = report.error.code;
            if (report.Ok())
                next.last_sync_ms = m_clock.NowUtcMs();
            else
                pause = kRetryAfterError;
            if (report.applied > 0)
                ++next.pulled_generation;
            if (round.blobs.downloaded > 0)
                ++next.blobs_generation;
            // The rows went through: a blob step cut short is finished in the next round, quietly.
            if (!round.blobs.Ok())
                spdlog::debug("sync: blob files wait for the next round: {}", round.blobs.error.message);
            if (!report.rejections.empty())
                spdlog::warn("sync: the hub refused {} change(s), first: {}", report.rejections.size(),
                    report.rejections.front().message);
        } else {
            pause = kCheckPairingEvery;
        }
        next.pending = store->OutboxSize();
        next.rejections = static_cast<std::int64_t>(store::UnseenSyncRejections(store->Db()).size());

        lock.lock();
        // The screens show the time of the last sync to the minute: a new minute is a change, a new second
        // not.
        const bool changed = next.paired != m_status.paired || next.online != m_status.online
            || next.pending != m_status.pending || next.rejections != m_status.rejections
            || next.pulled_generation != m_status.pulled_generation
            || next.blobs_generation != m_status.blobs_generation
            || next.last_sync_ms / 60'000 != m_status.last_sync_ms / 60'000;
        m_status = next;
        if (changed && m_wake) {
            lock.unlock();
            m_wake();
            lock.lock();
        }
        m_stop_signal.wait_for(lock, pause, [this] { return m_stop; });
    }
}

} // namespace checkin::sync
