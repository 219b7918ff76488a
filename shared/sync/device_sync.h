#pragma once
// One sync round of a device, over any transport: push the outbox (oldest first), then pull pages of
// the hub's feed after the saved cursor. The HTTP transport is in sync_client.h; tests plug in the hub
// logic directly, with lost, duplicated and reordered messages.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/store/store.h"
#include "shared/store/sync_device.h"
#include "shared/sync/protocol.h"

namespace checkin::sync {

class HubTransport {
public:
    virtual ~HubTransport() = default;
    virtual HubReply<PushResponse> Push(const PushRequest& request) = 0;
    virtual HubReply<PullResponse> Pull(const PullRequest& request) = 0;
};

struct SyncOptions {
    std::int64_t push_batch = 500;
    std::int64_t pull_page = 500;
    std::int64_t wait_ms = 0; // long-poll on the pull when nothing is new (a background worker: ~25000)
};

struct SyncRejection {
    std::int64_t device_seq = 0;
    std::string table;
    std::string row_id;
    std::string reason;
    std::string message;
};

struct SyncReport {
    std::int64_t pushed = 0; // ops the hub acknowledged in this round (accepted or rejected)
    std::int64_t pulled = 0; // rows received
    std::int64_t applied = 0; // rows received that changed something here
    std::vector<SyncRejection> rejections; // also stored in sync_rejections
    std::optional<PushRefusal> refused; // the hub stopped taking the outbox (gap resent, clock ahead)
    HubError error; // status 0 and empty code when the round completed

    bool Ok() const { return error.code.empty(); }
};

SyncReport RunSyncRound(store::Store& store, HubTransport& transport, const SyncOptions& options = {});

// Stores the page's rows (merged per column) and its cursor in one transaction; returns how many rows
// changed anything. Applying the same page again changes nothing.
std::int64_t ApplyPullPage(store::Store& store, const PullResponse& page);

// Stores rows the hub sent outside the feed (a customer lookup), merged per column like a pulled page, in
// one transaction; the cursor stays. Returns how many rows changed anything.
std::int64_t ApplyHubRows(store::Store& store, const std::vector<store::RowState>& rows);

// An outbox op as the hub protocol carries it.
PushOp ToPushOp(const store::OutboxOp& op);

// The cursor saved by the last page.
std::int64_t PullCursor(store::Store& store);

} // namespace checkin::sync
