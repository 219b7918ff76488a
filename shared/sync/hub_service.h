#pragma once
// The hub's sync logic without HTTP: enrollment, authentication, taking pushed ops into the shared store
// and reading the change feed. checkin-hub serves it over HTTP; tests call it in-process.
//
// Writes (HubService) must all run on one thread with one Store: the hub is the only writer. Reads
// (Authenticate, ReadFeed) may run on any thread with its own connection.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "shared/store/store.h"
#include "shared/sync/protocol.h"
#include "shared/sync/roles.h"

namespace checkin::sync {

// A device clock more than this far ahead of the hub is refused (and reported).
inline constexpr std::int64_t kMaxClockAheadMs = 60'000;
inline constexpr std::int64_t kPairingCodeLifetimeMs = 24LL * 60 * 60 * 1000;
inline constexpr std::int64_t kDefaultPullLimit = 500;
inline constexpr std::int64_t kMaxPullLimit = 2000;

struct HubDevice {
    std::string id;
    std::string name;
    DeviceRole role = DeviceRole::Board;
};

// nullopt when the schema version is one the hub takes; else the refusal (426 too old, 409 too new).
std::optional<HubError> CheckSchemaVersion(int schema_version);

// The enrolled, not revoked device the token belongs to.
std::optional<HubDevice> Authenticate(store::Database& db, std::string_view token);

// The rows in the device's scope changed after request.after, at most request.limit feed entries.
PullResponse ReadFeed(store::Database& db, const store::SchemaCatalog& catalog, const HubDevice& device,
    const PullRequest& request, std::int64_t now_ms);

// Drops the columns the scope does not send and masks those it sends masked.
void CutToScope(store::RowState& row, const TableScope& scope);

// Per-device sync state for operators (GET /v1/metrics, `checkin-hub devices`).
MetricsResponse ReadMetrics(store::Database& db);

class HubService {
public:
    explicit HubService(store::Store& store) : m_store(store) { }

    // A one-time code for `enroll`, valid for kPairingCodeLifetimeMs.
    std::string CreatePairingCode(const std::string& name, DeviceRole role);
    HubReply<EnrollResponse> Enroll(const EnrollRequest& request);
    // Takes the ops in order, each once: 400 (malformed) and 403 (role) refuse the whole batch unchanged.
    HubReply<PushResponse> Push(const HubDevice& device, const PushRequest& request);
    // Revokes by id or name; returns how many devices lost their token.
    int Revoke(const std::string& id_or_name);
    void RecordPull(const HubDevice& device, std::int64_t cursor);
    // The customer file of the car with the plate, in the device's scope (kiosks and advisors only: 403
    // for the others, 400 for a plate that is not one). Defined in hub_lookup.cpp.
    HubReply<LookupResponse> LookUpCustomer(const HubDevice& device, const LookupRequest& request);
    // Rows the hub wrote itself through WriteTransaction (`checkin-hub staff add`) sit in its own outbox,
    // already merged with their column clocks: this gives each op a server_seq under the hub's device id
    // and puts the row in the feed, so devices pull it like a pushed change. Returns the last server_seq.
    std::int64_t PublishLocalWrites();

    store::Store& Store() { return m_store; }

private:
    std::optional<HubError> Validate(const HubDevice& device, const PushRequest& request) const;
    OpResult TakeOp(
        const HubDevice& device, const PushOp& op, std::int64_t& last_server_seq, std::int64_t now);

    store::Store& m_store;
};

} // namespace checkin::sync
