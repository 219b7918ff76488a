#pragma once
// The device side of sync in SQL: the outbox queue, the cursor and hub settings (sync_state), the
// rejections the hub sent back, and the device's last HLC.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/store/database.h"

namespace checkin::store {

struct OutboxOp {
    std::int64_t device_seq = 0;
    std::string op_id;
    std::string table_name;
    std::string row_id;
    std::string kind; // upsert | delete
    std::string columns_json;
    std::string hlc;
    std::int64_t created_at = 0;
};

// Ops not yet acknowledged by the hub, oldest first.
std::vector<OutboxOp> PendingOutboxOps(Database& db, std::int64_t limit);
void MarkOutboxOpPushed(Database& db, std::int64_t device_seq, std::int64_t now_ms);
// The hub asked for everything from device_seq on again (it has lost them, e.g. restored from a backup).
void ResendOutboxFrom(Database& db, std::int64_t device_seq);

std::optional<std::string> ReadSyncState(Database& db, std::string_view key);
void WriteSyncState(Database& db, std::string_view key, std::string_view value);

struct SyncRejectionRecord {
    std::int64_t device_seq = 0;
    std::string op_id;
    std::string table_name;
    std::string row_id;
    std::string reason;
    std::string message;
    std::int64_t rejected_at = 0;
};

// Keeps the first record of an op: a replayed reply adds nothing.
void RecordSyncRejection(Database& db, const SyncRejectionRecord& rejection);
// Rejections staff have not acknowledged yet, oldest first.
std::vector<SyncRejectionRecord> UnseenSyncRejections(Database& db);
void MarkSyncRejectionSeen(Database& db, std::int64_t device_seq, std::int64_t now_ms);

// Raises the stored HLC of this device (what WriteTransaction starts from) to at least hlc.
void RaiseDeviceHlc(Database& db, const std::string& hlc);

// The next device_seq of this store's own ops, taken for an op written without WriteTransaction (the hub's
// answer to a refused op); inside the caller's transaction.
std::int64_t TakeDeviceSeq(Database& db);

// Rows pulled from the hub may arrive before the rows they reference (a page is ordered by last
// change, and a lounge tablet never receives the customer file): foreign keys are not enforced while
// they are stored. Must be created outside a transaction.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Database& db);
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;
    ~ForeignKeysOff();

private:
    Database& m_db;
};

} // namespace checkin::store
