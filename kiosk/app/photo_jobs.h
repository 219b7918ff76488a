#pragma once
// Photo imports off the UI thread: a worker decodes, turns upright and renders each picture
// (media::PreparePhotoFile); the app takes the finished ones after a frame and writes them through the
// AttachPhoto use case on its own thread, because a Store is not shared across threads. The UI never waits
// on image I/O; `wake` (the window's glfwPostEmptyEvent) makes it draw when a job is done.
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "shared/media/photo_import.h"

namespace checkin::app {

struct PhotoJob {
    std::filesystem::path file;
    std::string order_id;
    std::optional<std::string> finding_id;
    bool from_camera_folder = false; // moved to "imported" beside it once it is in the store
};

struct FinishedPhotoJob {
    PhotoJob job;
    media::PhotoImport result;
};

class PhotoJobs {
public:
    PhotoJobs() = default;
    ~PhotoJobs();
    PhotoJobs(const PhotoJobs&) = delete;
    PhotoJobs& operator=(const PhotoJobs&) = delete;

    // Called on the worker thread after each job; set before the first Submit.
    void SetWake(std::function<void()> wake) { m_wake = std::move(wake); }
    void Submit(PhotoJob job);
    std::vector<FinishedPhotoJob> TakeFinished();
    // Submitted and not yet taken.
    int Pending() const;

private:
    void Run();

    std::function<void()> m_wake;
    mutable std::mutex m_mutex;
    std::condition_variable m_signal;
    std::deque<PhotoJob> m_queue;
    std::vector<FinishedPhotoJob> m_finished;
    int m_in_progress = 0;
    bool m_stop = false;
    std::thread m_thread; // started with the first job
};

} // namespace checkin::app
