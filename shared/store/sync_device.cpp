#include "shared/store/sync_device.h"

namespace checkin::store {

std::vector<OutboxOp> PendingOutboxOps(Database& db, std::int64_t limit)
{
    Statement select(db,
        "SELECT device_seq, op_id, table_name, row_id, kind, columns_json, hlc, created_at FROM outbox "
        "WHERE pushed_at IS NULL ORDER BY device_seq LIMIT ?");
    select.BindAll(limit);
    std::vector<OutboxOp> ops;
    while (select.Step())
        ops.push_back({select.Int64(0), select.Text(1), select.Text(2), select.Text(3), select.Text(4),
            select.Text(5), select.Text(6), select.Int64(7)});
    return ops;
}

void MarkOutboxOpPushed(Database& db, std::int64_t device_seq, std::int64_t now_ms)
{
    Statement update(db, "UPDATE outbox SET pushed_at = ? WHERE device_seq = ? AND pushed_at IS NULL");
    update.BindAll(now_ms, device_seq);
    update.Run();
}

void ResendOutboxFrom(Database& db, std::int64_t device_seq)
{
    Statement update(db, "UPDATE outbox SET pushed_at = NULL WHERE device_seq >= ?");
    update.BindAll(device_seq);
    update.Run();
}

std::optional<std::string> ReadSyncState(Database& db, std::string_view key)
{
    Statement select(db, "SELECT value FROM sync_state WHERE key = ?");
    select.BindAll(key);
    if (!select.Step())
        return std::nullopt;
    return select.Text(0);
}

void WriteSyncState(Database& db, std::string_view key, std::string_view value)
{
    Statement upsert(db,
        "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
        "excluded.value");
    upsert.BindAll(key, value);
    upsert.Run();
}

void RecordSyncRejection(Database& db, const SyncRejectionRecord& rejection)
{
    Statement insert(db,
        "INSERT INTO sync_rejections (device_seq, op_id, table_name, row_id, reason, message, rejected_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (device_seq) DO NOTHING");
    insert.BindAll(rejection.device_seq, rejection.op_id, rejection.table_name, rejection.row_id,
        rejection.reason, rejection.message, rejection.rejected_at);
    insert.Run();
}

std::vector<SyncRejectionRecord> UnseenSyncRejections(Database& db)
{
    Statement select(db,
        "SELECT device_seq, op_id, table_name, row_id, reason, message, rejected_at FROM sync_rejections "
        "WHERE seen_at IS NULL ORDER BY device_seq");
    std::vector<SyncRejectionRecord> rejections;
    while (select.Step())
        rejections.push_back({select.Int64(0), select.Text(1), select.Text(2), select.Text(3), select.Text(4),
            select.Text(5), select.Int64(6)});
    return rejections;
}

void MarkSyncRejectionSeen(Database& db, std::int64_t device_seq, std::int64_t now_ms)
{
    Statement update(db, "UPDATE sync_rejections SET seen_at = ? WHERE device_seq = ? AND seen_at IS NULL");
    update.BindAll(now_ms, device_seq);
    update.Run();
}

void RaiseDeviceHlc(Database& db, const std::string& hlc)
{
    Statement update(db, "UPDATE local_device SET hlc_last = max(hlc_last, ?) WHERE singleton = 1");
    update.BindAll(hlc);
    update.Run();
}

std::int64_t TakeDeviceSeq(Database& db)
{
    Statement update(
        db, "UPDATE local_device SET next_seq = next_seq + 1 WHERE singleton = 1 RETURNING next_seq - 1");
    if (!update.Step())
        throw StoreError(
            StoreErrorCode::Other, "Database '" + db.FileName() + "' has no local device identity");
    return update.Int64(0);
}

ForeignKeysOff::ForeignKeysOff(Database& db) : m_db(db)
{
    m_db.Execute("PRAGMA foreign_keys = OFF");
}

ForeignKeysOff::~ForeignKeysOff()
{
    try {
        m_db.Execute("PRAGMA foreign_keys = ON");
    } catch (const StoreError&) {
        // Only fails inside a transaction, which the owner has already ended by now.
    }
}

} // namespace checkin::store
