#include "shared/store/hub_store.h"

namespace checkin::store::hub {

std::optional<DeviceRecord> FindDeviceByTokenHash(Database& db, const std::string& token_hash)
{
    Statement select(
        db, "SELECT id, name, role, revoked_at FROM devices WHERE token_hash = ? AND deleted_at IS NULL");
    select.BindAll(token_hash);
    if (!select.Step())
        return std::nullopt;
    return DeviceRecord{select.Text(0), select.Text(1), select.Text(2), select.OptionalInt64(3)};
}

std::vector<DeviceRecord> ListDevices(Database& db)
{
    Statement select(
        db, "SELECT id, name, role, revoked_at FROM devices WHERE deleted_at IS NULL ORDER BY enrolled_at");
    std::vector<DeviceRecord> devices;
    while (select.Step())
        devices.push_back({select.Text(0), select.Text(1), select.Text(2), select.OptionalInt64(3)});
    return devices;
}

void SaveDevice(Database& db, const DeviceRecord& device, const std::string& token_hash, std::int64_t now_ms,
    const std::string& hlc)
{
    Statement upsert(db,
        "INSERT INTO devices (id, created_at, updated_at, hlc, name, role, token_hash, enrolled_at) "
        "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?2) ON CONFLICT (id) DO UPDATE SET updated_at = ?2, hlc = ?3, "
        "name = ?4, role = ?5, token_hash = ?6, enrolled_at = ?2, revoked_at = NULL, deleted_at = NULL");
    upsert.BindAll(device.id, now_ms, hlc, device.name, device.role, token_hash);
    upsert.Run();
}

int RevokeDevice(Database& db, const std::string& id_or_name, std::int64_t now_ms, const std::string& hlc)
{
    Statement update(db,
        "UPDATE devices SET revoked_at = ?1, token_hash = NULL, updated_at = ?1, hlc = ?2 "
        "WHERE (id = ?3 OR name = ?3) AND revoked_at IS NULL RETURNING id");
    update.BindAll(now_ms, hlc, id_or_name);
    int revoked = 0;
    while (update.Step())
        ++revoked;
    return revoked;
}

void InsertPairingCode(Database& db, const std::string& code_hash, const PairingCode& code,
    std::int64_t now_ms, std::int64_t expires_at_ms)
{
    Statement insert(db,
        "INSERT INTO hub_pairing_codes (code_hash, name, role, created_at, expires_at) VALUES (?, ?, ?, ?, "
        "?)");
    insert.BindAll(code_hash, code.name, code.role, now_ms, expires_at_ms);
    insert.Run();
}

std::optional<PairingCode> TakePairingCode(
    Database& db, const std::string& code_hash, const std::string& device_id, std::int64_t now_ms)
{
    Statement update(db,
        "UPDATE hub_pairing_codes SET used_at = ?1, device_id = ?2 "
        "WHERE code_hash = ?3 AND used_at IS NULL AND expires_at > ?1 RETURNING name, role");
    update.BindAll(now_ms, device_id, code_hash);
    if (!update.Step())
        return std::nullopt;
    PairingCode code{update.Text(0), update.Text(1)};
    update.Run();
    return code;
}

std::optional<OpOutcome> FindOpOutcome(Database& db, const std::string& device_id, std::int64_t device_seq)
{
    Statement select(
        db, "SELECT server_seq, reason, message FROM hub_ops WHERE device_id = ? AND device_seq = ?");
    select.BindAll(device_id, device_seq);
    if (!select.Step())
        return std::nullopt;
    return OpOutcome{select.OptionalInt64(0), select.Text(1), select.Text(2)};
}

void InsertOp(Database& db, const ReceivedOp& op, const OpOutcome& outcome, std::int64_t now_ms)
{
    Statement insert(db,
        "INSERT INTO hub_ops (device_id, device_seq, op_id, table_name, row_id, kind, columns_json, hlc, "
        "received_at, server_seq, reason, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const std::optional<std::string> reason
        = outcome.reason.empty() ? std::nullopt : std::optional<std::string>(outcome.reason);
    const std::optional<std::string> message
        = outcome.reason.empty() ? std::nullopt : std::optional<std::string>(outcome.message);
    insert.BindAll(op.device_id, op.device_seq, op.op_id, op.table_name, op.row_id, op.kind, op.columns_json,
        op.hlc, now_ms, outcome.server_seq, reason, message);
    insert.Run();
}

std::int64_t LastServerSeq(Database& db)
{
    Statement select(db, "SELECT coalesce(max(server_seq), 0) FROM hub_ops");
    select.Step();
    return select.Int64(0);
}

void TouchFeed(Database& db, std::int64_t server_seq, const std::string& table, const std::string& row_id)
{
    Statement upsert(db,
        "INSERT INTO hub_feed (server_seq, table_name, row_id) VALUES (?, ?, ?) "
        "ON CONFLICT (table_name, row_id) DO UPDATE SET server_seq = excluded.server_seq");
    upsert.BindAll(server_seq, table, row_id);
    upsert.Run();
}

std::vector<FeedEntry> FeedAfter(Database& db, std::int64_t after, std::int64_t limit)
{
    Statement select(db,
        "SELECT server_seq, table_name, row_id FROM hub_feed WHERE server_seq > ? ORDER BY server_seq LIMIT "
        "?");
    select.BindAll(after, limit);
    std::vector<FeedEntry> entries;
    while (select.Step())
        entries.push_back({select.Int64(0), select.Text(1), select.Text(2)});
    return entries;
}

DeviceSyncState ReadDeviceSyncState(Database& db, const std::string& device_id)
{
    Statement select(db,
        "SELECT last_seq, outbox_size, pull_cursor, last_push_at, last_pull_at, clock_refusals, "
        "coalesce(last_refusal, '') FROM hub_device_state WHERE device_id = ?");
    select.BindAll(device_id);
    if (!select.Step())
        return {};
    return {select.Int64(0), select.Int64(1), select.Int64(2), select.OptionalInt64(3),
        select.OptionalInt64(4), select.Int64(5), select.Text(6)};
}

void SaveDevicePush(Database& db, const std::string& device_id, std::int64_t last_seq,
    std::int64_t outbox_size, std::int64_t now_ms)
{
    Statement upsert(db,
        "INSERT INTO hub_device_state (device_id, last_seq, outbox_size, last_push_at) VALUES (?1, ?2, ?3, "
        "?4) "
        "ON CONFLICT (device_id) DO UPDATE SET last_seq = max(last_seq, ?2), outbox_size = ?3, "
        "last_push_at = ?4");
    upsert.BindAll(device_id, last_seq, outbox_size, now_ms);
    upsert.Run();
}

void SaveDeviceRefusal(Database& db, const std::string& device_id, const std::string& refusal)
{
    Statement upsert(db,
        "INSERT INTO hub_device_state (device_id, clock_refusals, last_refusal) VALUES (?1, 1, ?2) "
        "ON CONFLICT (device_id) DO UPDATE SET clock_refusals = clock_refusals + 1, last_refusal = ?2");
    upsert.BindAll(device_id, refusal);
    upsert.Run();
}

void SaveDevicePull(Database& db, const std::string& device_id, std::int64_t cursor, std::int64_t now_ms)
{
    Statement upsert(db,
        "INSERT INTO hub_device_state (device_id, pull_cursor, last_pull_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (device_id) DO UPDATE SET pull_cursor = ?2, last_pull_at = ?3");
    upsert.BindAll(device_id, cursor, now_ms);
    upsert.Run();
}

ReadSnapshot::ReadSnapshot(Database& db) : m_db(db)
{
    m_db.Execute("BEGIN DEFERRED");
}

ReadSnapshot::~ReadSnapshot()
{
    try {
        m_db.Execute("ROLLBACK");
    } catch (const StoreError&) {
        // Nothing was written: there is nothing to undo.
    }
}

void BackupInto(Database& db, const std::filesystem::path& target)
{
    const std::u8string path = target.u8string();
    Statement vacuum(db, "VACUUM INTO ?");
    vacuum.BindAll(std::string(path.begin(), path.end()));
    vacuum.Run();
}

std::string IntegrityCheck(Database& db)
{
    Statement check(db, "PRAGMA integrity_check");
    std::string result;
    while (check.Step())
        result += (result.empty() ? "" : "\n") + check.Text(0);
    return result;
}

} // namespace checkin::store::hub
