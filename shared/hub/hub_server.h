#pragma once
// checkin-hub's HTTP side: the sync API over cpp-httplib. One writer thread owns the writable Store (the
// hub is the only writer of the shared store); requests read through a pool of read-only connections.
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <queue>
#include <string>
#include <thread>
#include <vector>

#include "shared/domain/clock.h"
#include "shared/store/store.h"
#include "shared/sync/hub_blobs.h"
#include "shared/sync/hub_service.h"

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace checkin::hub {

// Largest request body taken (413 above). A push of 500 ops is well under 1 MB.
inline constexpr std::size_t kMaxBodyBytes = 4 * 1024 * 1024;
inline constexpr std::int64_t kMaxLongPollMs = 25'000;

// Runs tasks one at a time on its own thread, in the order they were posted.
class WriterThread {
public:
    WriterThread();
    ~WriterThread();
    WriterThread(const WriterThread&) = delete;
    WriterThread& operator=(const WriterThread&) = delete;

    void Post(std::function<void()> task);
    // Runs the task on the writer thread and waits for its result (or exception).
    template <typename Task> auto Run(Task task) -> decltype(task())
    {
        auto packaged = std::make_shared<std::packaged_task<decltype(task())()>>(std::move(task));
        auto result = packaged->get_future();
        Post([packaged] { (*packaged)(); });
        return result.get();
    }

private:
    void Loop();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::queue<std::function<void()>> m_tasks;
    bool m_stopping = false;
    std::thread m_thread;
};

class HubServer {
public:
    HubServer(const std::filesystem::path& db_path, const std::filesystem::path& media_dir,
        const domain::Clock& clock);
    ~HubServer();
    HubServer(const HubServer&) = delete;
    HubServer& operator=(const HubServer&) = delete;

    // Binds host:port (port 0: any free port); returns the port, or -1 when it cannot bind.
    int Bind(const std::string& host, int port);
    // Serves until Stop().
    void Serve();
    void Stop();

private:
    struct Reader;
    class ReaderLease;

    void Route();
    std::optional<sync::HubDevice> Authenticate(const httplib::Request& request, httplib::Response& response);
    void Enroll(const httplib::Request& request, httplib::Response& response);
    void Push(const httplib::Request& request, httplib::Response& response);
    void Pull(const httplib::Request& request, httplib::Response& response);
    void Health(const httplib::Request& request, httplib::Response& response);
    void LookUpCustomer(const httplib::Request& request, httplib::Response& response);
    void Metrics(const httplib::Request& request, httplib::Response& response);
    void PutBlob(const httplib::Request& request, httplib::Response& response);
    void BlobStatus(const httplib::Request& request, httplib::Response& response);
    void GetBlob(const httplib::Request& request, httplib::Response& response);
    // Long-poll: waits until the feed passes `after`, the time is up or the server stops.
    void WaitForFeed(std::int64_t after, std::int64_t wait_ms);
    void FeedAdvanced(std::int64_t server_seq);

    std::filesystem::path m_db_path;
    const domain::Clock& m_clock;
    std::unique_ptr<store::Store> m_store; // used on the writer thread only
    std::unique_ptr<sync::HubService> m_service;
    WriterThread m_writer;
    sync::HubBlobStore m_blobs;
    std::mutex m_readers_mutex;
    std::vector<std::unique_ptr<Reader>> m_idle_readers;
    std::mutex m_feed_mutex;
    std::condition_variable m_feed_changed;
    std::int64_t m_last_server_seq = 0;
    bool m_stopping = false;
    std::unique_ptr<httplib::Server> m_http;
};

} // namespace checkin::hub
