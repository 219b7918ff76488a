#pragma once
// The device's HTTP client for the hub API (cpp-httplib, JSON bodies, bearer token).
#include <cstdint>
#include <memory>
#include <string>

#include "shared/sync/device_sync.h"
#include "shared/sync/hub_blobs.h"
#include "shared/sync/protocol.h"

namespace httplib {
class Client;
}

namespace checkin::sync {

class HttpHubTransport final : public HubTransport {
public:
    // hub_url: "http://host:port". token may be empty for Enroll.
    HttpHubTransport(const std::string& hub_url, std::string token);
    ~HttpHubTransport() override;
    HttpHubTransport(const HttpHubTransport&) = delete;
    HttpHubTransport& operator=(const HttpHubTransport&) = delete;

    HubReply<EnrollResponse> Enroll(const EnrollRequest& request);
    HubReply<PushResponse> Push(const PushRequest& request) override;
    HubReply<PullResponse> Pull(const PullRequest& request) override;
    HubReply<HealthResponse> Health();
    // A customer waits at the kiosk: a hub that does not answer within about 2 s counts as unreachable.
    HubReply<LookupResponse> LookUpCustomer(const LookupRequest& request);

    // Blobs (content-addressed files): how much of one the hub has, one chunk of an upload, a download.
    HubReply<BlobProgress> BlobStatus(const std::string& sha256);
    HubReply<BlobProgress> PutBlobChunk(
        const std::string& sha256, std::int64_t offset, std::int64_t total, const std::string& bytes);
    HubReply<std::string> GetBlob(const std::string& sha256);

private:
    std::unique_ptr<httplib::Client> m_client;
    std::string m_token;
};

} // namespace checkin::sync
