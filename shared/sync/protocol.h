#pragma once
// The hub protocol, version-tagged JSON over HTTP (or in-process in tests):
//   POST /v1/enroll  EnrollRequest -> EnrollResponse       pairing code -> device token
//   POST /v1/push    PushRequest   -> PushResponse         outbox ops, in device_seq order
//   GET  /v1/pull    PullRequest (query) -> PullResponse   row states after a cursor, long-poll
//   GET  /v1/health  -> HealthResponse
//   GET  /v1/customers?plate=  LookupRequest (query) -> LookupResponse   a kiosk recognises a returning car
// Errors come back as ErrorBody with the HTTP status of HubError.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "shared/domain/reminders.h"
#include "shared/store/sync_rows.h"
#include "shared/store/value.h"

namespace checkin::sync {

// The store schema a request was made with. The hub accepts kMinSchemaVersion..store::kSchemaVersion.
inline constexpr int kMinSchemaVersion = 2;

// A request the hub could not take: the HTTP status, a stable code and an English message.
struct HubError {
    int status = 0;
    std::string code;
    std::string message;
};

// The answer of a hub call: the response, or the error.
template <typename T> struct HubReply {
    std::optional<T> response;
    HubError error;

    static HubReply Success(T value) { return {std::move(value), {}}; }
    static HubReply Failure(int status, std::string code, std::string message)
    {
        return {std::nullopt, {status, std::move(code), std::move(message)}};
    }
    bool Ok() const { return response.has_value(); }
};

struct EnrollRequest {
    int schema_version = 0;
    std::string code;
    std::string device_id;
};

struct EnrollResponse {
    std::string token;
    std::string device_id;
    std::string name;
    std::string role;
};

struct PushOp {
    std::int64_t seq = 0;
    std::string op_id;
    std::string table;
    std::string row_id;
    std::string kind; // upsert | delete
    store::Columns columns;
    std::string hlc;
    std::int64_t at_ms = 0; // when the device made it: the row's created_at/updated_at
};

struct PushRequest {
    int schema_version = 0;
    std::string device_id;
    std::int64_t outbox_size = 0; // ops still waiting on the device, this batch included
    std::vector<PushOp> ops;
};

// One op's outcome: accepted with its server_seq, or rejected on a business rule with a reason.
struct OpResult {
    std::int64_t seq = 0;
    std::optional<std::int64_t> server_seq;
    std::string reason;
    std::string message;
};

// Why the hub stopped taking a batch at an op: "sequence_gap" (resend from expected_seq) or
// "clock_ahead" (the device clock is more than kMaxClockAheadMs ahead of the hub; try again later).
struct PushRefusal {
    std::string reason;
    std::int64_t expected_seq = 0;
    std::string message;
};

struct PushResponse {
    std::vector<OpResult> results;
    std::optional<PushRefusal> refused;
    std::int64_t hub_time_ms = 0;
};

struct PullRequest {
    int schema_version = 0;
    std::int64_t after = 0;
    std::int64_t limit = 0;
    std::int64_t wait_ms = 0; // long-poll: wait up to this long when nothing is new
};

struct PullResponse {
    std::vector<store::RowState> rows;
    std::int64_t next_cursor = 0;
    bool more = false;
    // The device's cursor is past the hub's feed (the hub was restored from an older backup): the device
    // starts again from next_cursor (0) instead of keeping its cursor.
    bool reset = false;
};

struct LookupRequest {
    int schema_version = 0;
    std::string plate; // normalized (domain::CheckChinaPlate)
};

// The car's done services as the kiosk's reminders need them (the kiosk holds no repair orders).
struct VehicleServiceHistory {
    std::string vehicle_id;
    std::vector<domain::ServiceRecord> records;
};

// The customer file of the car with the plate, cut to the asking role's scope: the customer row and every
// car's row, each with its column clocks, so the device stores them as it stores a pulled page. Empty
// when no live car has the plate.
struct LookupResponse {
    std::vector<store::RowState> rows;
    std::vector<VehicleServiceHistory> history;

    bool Found() const { return !rows.empty(); }
};

struct HealthResponse {
    int schema_version = 0;
    std::int64_t server_seq = 0;
    std::int64_t hub_time_ms = 0;
    std::string device_id;
    std::string role;
};

// GET /v1/metrics (advisors): how far behind each device is.
struct DeviceMetrics {
    std::string device_id;
    std::string name;
    std::string role;
    bool revoked = false;
    std::int64_t pushed_seq = 0; // last device_seq the hub took
    std::int64_t outbox_size = 0; // as the device reported it with its last push
    std::int64_t lag = 0; // feed entries the device has not pulled yet
    std::optional<std::int64_t> last_push_at;
    std::optional<std::int64_t> last_pull_at;
    std::int64_t clock_refusals = 0;
    std::string last_refusal;
};

struct MetricsResponse {
    std::int64_t server_seq = 0;
    std::vector<DeviceMetrics> devices;
};

// JSON forms. FromJson throws nlohmann::json::exception (or std::invalid_argument) on malformed input.
nlohmann::json ToJson(const EnrollRequest& request);
nlohmann::json ToJson(const EnrollResponse& response);
nlohmann::json ToJson(const PushRequest& request);
nlohmann::json ToJson(const PushResponse& response);
nlohmann::json ToJson(const PullResponse& response);
nlohmann::json ToJson(const HealthResponse& response);
nlohmann::json ToJson(const HubError& error);
nlohmann::json ToJson(const MetricsResponse& response);
nlohmann::json ToJson(const LookupResponse& response);

EnrollRequest EnrollRequestFromJson(const nlohmann::json& json);
EnrollResponse EnrollResponseFromJson(const nlohmann::json& json);
PushRequest PushRequestFromJson(const nlohmann::json& json);
PushResponse PushResponseFromJson(const nlohmann::json& json);
PullResponse PullResponseFromJson(const nlohmann::json& json);
HealthResponse HealthResponseFromJson(const nlohmann::json& json);
LookupResponse LookupResponseFromJson(const nlohmann::json& json);
HubError HubErrorFromJson(int status, const nlohmann::json& json);

// A column value from JSON: null, integer, real or string (booleans become 0/1); anything else throws.
store::Value ValueFromJson(const nlohmann::json& json);
nlohmann::json ValueToJson(const store::Value& value);

} // namespace checkin::sync
