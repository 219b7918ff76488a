#include "shared/sync/http_transport.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <stdexcept>

namespace checkin::sync {
namespace {

constexpr time_t kConnectTimeoutS = 5;
constexpr time_t kReadTimeoutS = 15; // plus the long-poll wait
constexpr int kHttpOk = 200;
constexpr std::chrono::milliseconds kLookupConnectTimeout(700);
constexpr std::chrono::milliseconds kLookupReadTimeout(1500);

template <typename T, typename Parse> HubReply<T> ToReply(const httplib::Result& result, Parse parse)
{
    if (!result)
        return HubReply<T>::Failure(
            0, "unreachable", "The hub did not answer: " + httplib::to_string(result.error()));
    try {
        const nlohmann::json body = nlohmann::json::parse(result->body);
        if (result->status != kHttpOk)
            return {std::nullopt, HubErrorFromJson(result->status, body)};
        return HubReply<T>::Success(parse(body));
    } catch (const std::exception& error) {
        return HubReply<T>::Failure(result->status, "bad_response",
            "The hub's answer (HTTP " + std::to_string(result->status)
                + ") could not be read: " + error.what());
    }
}

} // namespace

HttpHubTransport::HttpHubTransport(const std::string& hub_url, std::string token)
    : m_client(std::make_unique<httplib::Client>(hub_url)), m_token(std::move(token))
{
    m_client->set_connection_timeout(kConnectTimeoutS, 0);
    m_client->set_read_timeout(kReadTimeoutS, 0);
    m_client->set_keep_alive(true);
    // Small requests on a kept-alive connection: without TCP_NODELAY, Nagle and delayed ACKs add ~40 ms.
    m_client->set_tcp_nodelay(true);
    if (!m_token.empty())
        m_client->set_bearer_token_auth(m_token.c_str());
}

HttpHubTransport::~HttpHubTransport() = default;

HubReply<EnrollResponse> HttpHubTransport::Enroll(const EnrollRequest& request)
{
    return ToReply<EnrollResponse>(m_client->Post("/v1/enroll", ToJson(request).dump(), "application/json"),
        [](const nlohmann::json& body) { return EnrollResponseFromJson(body); });
}

HubReply<PushResponse> HttpHubTransport::Push(const PushRequest& request)
{
    return ToReply<PushResponse>(m_client->Post("/v1/push", ToJson(request).dump(), "application/json"),
        [](const nlohmann::json& body) { return PushResponseFromJson(body); });
}

HubReply<PullResponse> HttpHubTransport::Pull(const PullRequest& request)
{
    m_client->set_read_timeout(kReadTimeoutS + static_cast<time_t>(request.wait_ms / 1000), 0);
    const httplib::Params params = {{"schema_version", std::to_string(request.schema_version)},
        {"after", std::to_string(request.after)}, {"limit", std::to_string(request.limit)},
        {"wait_ms", std::to_string(request.wait_ms)}};
    return ToReply<PullResponse>(m_client->Get("/v1/pull", params, httplib::Headers{}),
        [](const nlohmann::json& body) { return PullResponseFromJson(body); });
}

HubReply<HealthResponse> HttpHubTransport::Health()
{
    return ToReply<HealthResponse>(
        m_client->Get("/v1/health"), [](const nlohmann::json& body) { return HealthResponseFromJson(body); });
}

HubReply<LookupResponse> HttpHubTransport::LookUpCustomer(const LookupRequest& request)
{
    m_client->set_connection_timeout(kLookupConnectTimeout);
    m_client->set_read_timeout(kLookupReadTimeout);
    const httplib::Params params
        = {{"schema_version", std::to_string(request.schema_version)}, {"plate", request.plate}};
    return ToReply<LookupResponse>(m_client->Get("/v1/customers", params, httplib::Headers{}),
        [](const nlohmann::json& body) { return LookupResponseFromJson(body); });
}

HubReply<BlobProgress> HttpHubTransport::BlobStatus(const std::string& sha256)
{
    return ToReply<BlobProgress>(
        m_client->Get("/v1/blobs/" + sha256 + "/status"), [](const nlohmann::json& body) {
            return BlobProgress{body.at("received").get<std::int64_t>(), body.at("complete").get<bool>()};
        });
}

HubReply<BlobProgress> HttpHubTransport::PutBlobChunk(
    const std::string& sha256, std::int64_t offset, std::int64_t total, const std::string& bytes)
{
    const std::string path
        = "/v1/blobs/" + sha256 + "?offset=" + std::to_string(offset) + "&total=" + std::to_string(total);
    return ToReply<BlobProgress>(
        m_client->Put(path, bytes, "application/octet-stream"), [](const nlohmann::json& body) {
            return BlobProgress{body.at("received").get<std::int64_t>(), body.at("complete").get<bool>()};
        });
}

HubReply<std::string> HttpHubTransport::GetBlob(const std::string& sha256)
{
    const httplib::Result result = m_client->Get("/v1/blobs/" + sha256);
    if (result && result->status == kHttpOk)
        return HubReply<std::string>::Success(result->body);
    return ToReply<std::string>(result, [](const nlohmann::json&) { return std::string(); });
}

} // namespace checkin::sync
