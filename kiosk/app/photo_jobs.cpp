#include "app/photo_jobs.h"

#include <utility>

namespace checkin::app {

PhotoJobs::~PhotoJobs()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_signal.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void PhotoJobs::Submit(PhotoJob job)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
        if (!m_thread.joinable())
            m_thread = std::thread([this] { Run(); });
    }
    m_signal.notify_one();
}

std::vector<FinishedPhotoJob> PhotoJobs::TakeFinished()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_finished, {});
}

int PhotoJobs::Pending() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_queue.size() + m_finished.size()) + m_in_progress;
}

void PhotoJobs::Run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_signal.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop)
            return;
        PhotoJob job = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_in_progress;
        lock.unlock();
        media::PhotoImport result = media::PreparePhotoFile(job.file);
        lock.lock();
        --m_in_progress;
        m_finished.push_back({std::move(job), std::move(result)});
        if (m_wake)
            m_wake();
    }
}

} // namespace checkin::app
