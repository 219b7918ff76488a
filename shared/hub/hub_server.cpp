#include "shared/hub/hub_server.h"

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iterator>

#include "shared/store/hub_store.h"
#include "shared/store/migrations.h"

namespace checkin::hub {
namespace {

constexpr int kHttpOk = 200;
constexpr int kHttpBadRequest = 400;
constexpr int kHttpUnauthorized = 401;
constexpr int kHttpForbidden = 403;
constexpr int kHttpNotFound = 404;
constexpr int kHttpInternalError = 500;
constexpr std::size_t kHttpThreads = 64; // long-polling devices each hold one
constexpr time_t kSocketTimeoutS = 35; // longer than a long-poll

void SendJson(httplib::Response& response, int status, const nlohmann::json& body)
{
    response.status = status;
    response.set_content(body.dump(), "application/json");
}

void SendError(httplib::Response& response, const sync::HubError& error)
{
    SendJson(response, error.status, sync::ToJson(error));
}

std::string HttpErrorMessage(int status)
{
    switch (status) {
    case 404:
        return "No such API path";
    case 413:
        return "The request body is larger than the hub takes (" + std::to_string(kMaxBodyBytes) + " bytes)";
    default:
        return "HTTP error " + std::to_string(status);
    }
}

std::optional<std::int64_t> IntParam(
    const httplib::Request& request, const std::string& name, std::int64_t fallback)
{
    if (!request.has_param(name))
        return fallback;
    const std::string text = request.get_param_value(name);
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

// [SECTION] WriterThread

WriterThread::WriterThread() : m_thread([this] { Loop(); })
{
}

WriterThread::~WriterThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WriterThread::Post(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push(std::move(task));
    }
    m_wake.notify_one();
}

void WriterThread::Loop()
{
    while (true) {
        std::function<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty())
                return;
            task = std::move(m_tasks.front());
            m_tasks.pop();
        }
        task();
    }
}

// [SECTION] Readers

struct HubServer::Reader {
    store::Database db;
    store::SchemaCatalog catalog;
};

// A read connection borrowed from the pool for one request.
class HubServer::ReaderLease {
public:
    explicit ReaderLease(HubServer& server) : m_server(server)
    {
        {
            std::lock_guard lock(server.m_readers_mutex);
            if (!server.m_idle_readers.empty()) {
                m_reader = std::move(server.m_idle_readers.back());
                server.m_idle_readers.pop_back();
            }
        }
        if (!m_reader) {
            store::Database db = store::Database::Open(server.m_db_path);
            store::SchemaCatalog catalog = store::SchemaCatalog::Load(db);
            m_reader = std::make_unique<Reader>(Reader{std::move(db), std::move(catalog)});
        }
    }
    ~ReaderLease()
    {
        std::lock_guard lock(m_server.m_readers_mutex);
        m_server.m_idle_readers.push_back(std::move(m_reader));
    }
    ReaderLease(const ReaderLease&) = delete;
    ReaderLease& operator=(const ReaderLease&) = delete;

    Reader* operator->() { return m_reader.get(); }

private:
    HubServer& m_server;
    std::unique_ptr<Reader> m_reader;
};

// [SECTION] HubServer

HubServer::HubServer(
    const std::filesystem::path& db_path, const std::filesystem::path& media_dir, const domain::Clock& clock)
    : m_db_path(db_path),
      m_clock(clock),
      m_store(store::Store::Open(db_path, clock, "hub")),
      m_service(std::make_unique<sync::HubService>(*m_store)),
      m_blobs(media_dir),
      m_http(std::make_unique<httplib::Server>())
{
    // Hub-local writes a crash left unpublished (see PublishLocalWrites) enter the feed now.
    m_last_server_seq = m_service->PublishLocalWrites();
    m_http->set_tcp_nodelay(true); // small replies on kept-alive connections: no Nagle delay
    Route();
}

HubServer::~HubServer() = default;

int HubServer::Bind(const std::string& host, int port)
{
    if (port == 0)
        return m_http->bind_to_any_port(host);
    return m_http->bind_to_port(host, port) ? port : -1;
}

void HubServer::Serve()
{
    m_http->listen_after_bind();
}

void HubServer::Stop()
{
    {
        std::lock_guard lock(m_feed_mutex);
        m_stopping = true;
    }
    m_feed_changed.notify_all();
    m_http->stop();
}

void HubServer::Route()
{
    m_http->new_task_queue = [] { return new httplib::ThreadPool(kHttpThreads); };
    m_http->set_payload_max_length(kMaxBodyBytes);
    m_http->set_read_timeout(kSocketTimeoutS, 0);
    m_http->set_write_timeout(kSocketTimeoutS, 0);
    m_http->set_keep_alive_timeout(kSocketTimeoutS);
    m_http->set_exception_handler(
        [](const httplib::Request& request, httplib::Response& response, std::exception_ptr failure) {
            std::string what = "unknown error";
            try {
                std::rethrow_exception(failure);
            } catch (const std::exception& error) {
                what = error.what();
            } catch (...) {
            }
            spdlog::error("{} {} failed: {}", request.method, request.path, what);
            SendJson(response, kHttpInternalError,
                {{"error", "internal"}, {"message", "The hub failed: " + what}});
        });
    // Statuses httplib answers itself (413 body too large, 404 unknown path) get a JSON body too.
    m_http->set_error_handler([](const httplib::Request&, httplib::Response& response) {
        if (response.body.empty())
            SendJson(response, response.status,
                {{"error", "http_" + std::to_string(response.status)},
                    {"message", HttpErrorMessage(response.status)}});
    });
    m_http->Post("/v1/enroll", [this](const auto& request, auto& response) { Enroll(request, response); });
    m_http->Post("/v1/push", [this](const auto& request, auto& response) { Push(request, response); });
    m_http->Get("/v1/pull", [this](const auto& request, auto& response) { Pull(request, response); });
    m_http->Get("/v1/health", [this](const auto& request, auto& response) { Health(request, response); });
    m_http->Get(
        "/v1/customers", [this](const auto& request, auto& response) { LookUpCustomer(request, response); });
    m_http->Get("/v1/metrics", [this](const auto& request, auto& response) { Metrics(request, response); });
    m_http->Put(R"(/v1/blobs/([0-9a-f]{64}))",
        [this](const auto& request, auto& response) { PutBlob(request, response); });
    m_http->Get(R"(/v1/blobs/([0-9a-f]{64})/status)",
        [this](const auto& request, auto& response) { BlobStatus(request, response); });
    m_http->Get(R"(/v1/blobs/([0-9a-f]{64}))",
        [this](const auto& request, auto& response) { GetBlob(request, response); });
}

std::optional<sync::HubDevice> HubServer::Authenticate(
    const httplib::Request& request, httplib::Response& response)
{
    constexpr std::string_view kBearer = "Bearer ";
    const std::string header = request.get_header_value("Authorization");
    std::optional<sync::HubDevice> device;
    if (header.starts_with(kBearer)) {
        ReaderLease reader(*this);
        device = sync::Authenticate(reader->db, std::string_view(header).substr(kBearer.size()));
    }
    if (!device)
        SendError(response, {kHttpUnauthorized, "unauthorized", "A valid device token is required"});
    return device;
}

void HubServer::Enroll(const httplib::Request& request, httplib::Response& response)
{
    sync::EnrollRequest enroll;
    try {
        enroll = sync::EnrollRequestFromJson(nlohmann::json::parse(request.body));
    } catch (const std::exception& error) {
        SendError(response,
            {kHttpBadRequest, "bad_request", std::string("Malformed enroll request: ") + error.what()});
        return;
    }
    const auto reply = m_writer.Run([&] { return m_service->Enroll(enroll); });
    if (!reply.Ok())
        SendError(response, reply.error);
    else
        SendJson(response, kHttpOk, sync::ToJson(*reply.response));
}

void HubServer::Push(const httplib::Request& request, httplib::Response& response)
{
    const auto device = Authenticate(request, response);
    if (!device)
        return;
    sync::PushRequest push;
    try {
        push = sync::PushRequestFromJson(nlohmann::json::parse(request.body));
    } catch (const std::exception& error) {
        SendError(response,
            {kHttpBadRequest, "bad_request", std::string("Malformed push request: ") + error.what()});
        return;
    }
    const auto reply = m_writer.Run([&] { return m_service->Push(*device, push); });
    if (!reply.Ok()) {
        SendError(response, reply.error);
        return;
    }
    std::int64_t newest = 0;
    for (const sync::OpResult& result : reply.response->results)
        newest = std::max(newest, result.server_seq.value_or(0));
    FeedAdvanced(newest);
    SendJson(response, kHttpOk, sync::ToJson(*reply.response));
}

void HubServer::Pull(const httplib::Request& request, httplib::Response& response)
{
    const auto device = Authenticate(request, response);
    if (!device)
        return;
    const auto schema_version = IntParam(request, "schema_version", 0);
    const auto after = IntParam(request, "after", 0);
    const auto limit = IntParam(request, "limit", sync::kDefaultPullLimit);
    const auto wait_ms = IntParam(request, "wait_ms", 0);
    if (!schema_version || !after || !limit || !wait_ms || *after < 0) {
        SendError(response, {kHttpBadRequest, "bad_request", "after, limit and wait_ms must be integers"});
        return;
    }
    if (const auto error = sync::CheckSchemaVersion(static_cast<int>(*schema_version))) {
        SendError(response, *error);
        return;
    }
    WaitForFeed(*after, std::clamp<std::int64_t>(*wait_ms, 0, kMaxLongPollMs));
    sync::PullResponse page;
    {
        ReaderLease reader(*this);
        page = sync::ReadFeed(reader->db, reader->catalog, *device,
            {static_cast<int>(*schema_version), *after, *limit, 0}, m_clock.NowUtcMs());
    }
    // Another process (`checkin-hub staff add`) may have advanced the feed: later long polls wait from there.
    FeedAdvanced(page.next_cursor);
    m_writer.Post(
        [this, device = *device, cursor = page.next_cursor] { m_service->RecordPull(device, cursor); });
    SendJson(response, kHttpOk, sync::ToJson(page));
}

void HubServer::Health(const httplib::Request& request, httplib::Response& response)
{
    const auto device = Authenticate(request, response);
    if (!device)
        return;
    std::int64_t server_seq = 0;
    {
        std::lock_guard lock(m_feed_mutex);
        server_seq = m_last_server_seq;
    }
    SendJson(response, kHttpOk,
        sync::ToJson(sync::HealthResponse{store::kSchemaVersion, server_seq, m_clock.NowUtcMs(), device->id,
            std::string(sync::RoleName(device->role))}));
}

void HubServer::LookUpCustomer(const httplib::Request& request, httplib::Response& response)
{
    const auto device = Authenticate(request, response);
    if (!device)
        return;
    const auto schema_version = IntParam(request, "schema_version", 0);
    if (!schema_version) {
        SendError(response, {kHttpBadRequest, "bad_request", "schema_version must be an integer"});
        return;
    }
    // On the writer: a read of a few rows, in order with the pushes before it.
    const sync::LookupRequest lookup{static_cast<int>(*schema_version), request.get_param_value("plate")};
    const auto reply = m_writer.Run([&] { return m_service->LookUpCustomer(*device, lookup); });
    if (!reply.Ok()) {
        SendError(response, reply.error);
        return;
    }
    SendJson(response, kHttpOk, sync::ToJson(*reply.response));
}

void HubServer::Metrics(const httplib::Request& request, httplib::Response& response)
{
    const auto device = Authenticate(request, response);
    if (!device)
        return;
    if (device->role != sync::DeviceRole::Advisor) {
        SendError(response,
            {kHttpForbidden, "role_forbidden", "Only advisor stations see the devices' sync state"});
        return;
    }
    ReaderLease reader(*this);
    SendJson(response, kHttpOk, sync::ToJson(sync::ReadMetrics(reader->db)));
}

void HubServer::PutBlob(const httplib::Request& request, httplib::Response& response)
{
    const auto device = Authenticate(request, response);
    if (!device)
        return;
    if (!sync::RoleMayWrite(device->role, "photos") && !sync::RoleMayWrite(device->role, "signatures")) {
        SendError(response, {kHttpForbidden, "role_forbidden", "This device may not upload files"});
        return;
    }
    const auto offset = IntParam(request, "offset", -1);
    const auto total = IntParam(request, "total", -1);
    if (!offset || !total) {
        SendError(response, {kHttpBadRequest, "bad_request", "offset and total must be integers"});
        return;
    }
    const auto reply = m_blobs.Append(request.matches[1], *offset, *total, request.body);
    if (!reply.Ok())
        SendError(response, reply.error);
    else
        SendJson(response, kHttpOk,
            {{"received", reply.response->received}, {"complete", reply.response->complete}});
}

void HubServer::BlobStatus(const httplib::Request& request, httplib::Response& response)
{
    if (!Authenticate(request, response))
        return;
    const sync::BlobProgress progress = m_blobs.Status(request.matches[1]);
    SendJson(response, kHttpOk, {{"received", progress.received}, {"complete", progress.complete}});
}

void HubServer::GetBlob(const httplib::Request& request, httplib::Response& response)
{
    if (!Authenticate(request, response))
        return;
    const auto path = m_blobs.Find(request.matches[1]);
    if (!path) {
        SendError(response, {kHttpNotFound, "no_blob", "The hub does not have this file (yet)"});
        return;
    }
    std::ifstream file(*path, std::ios::binary);
    response.set_content(std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()),
        "application/octet-stream");
}

void HubServer::WaitForFeed(std::int64_t after, std::int64_t wait_ms)
{
    std::unique_lock lock(m_feed_mutex);
    m_feed_changed.wait_for(
        lock, std::chrono::milliseconds(wait_ms), [&] { return m_stopping || m_last_server_seq != after; });
}

void HubServer::FeedAdvanced(std::int64_t server_seq)
{
    {
        std::lock_guard lock(m_feed_mutex);
        if (server_seq <= m_last_server_seq)
            return;
        m_last_server_seq = server_seq;
    }
    m_feed_changed.notify_all();
}

} // namespace checkin::hub
