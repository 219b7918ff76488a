#pragma once
// The hub's own SQL: enrolled devices and their token hashes (the v1 devices table), one-time pairing
// codes, the log of every op received with its outcome, the change feed, per-device sync state, and
// the maintenance commands (backup, integrity check).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "shared/store/database.h"

namespace checkin::store::hub {

struct DeviceRecord {
    std::string id;
    std::string name;
    std::string role;
    std::optional<std::int64_t> revoked_at;
};

std::optional<DeviceRecord> FindDeviceByTokenHash(Database& db, const std::string& token_hash);
std::vector<DeviceRecord> ListDevices(Database& db);
// Inserts the device or gives it a new token (a device paired again keeps its id).
void SaveDevice(Database& db, const DeviceRecord& device, const std::string& token_hash, std::int64_t now_ms,
    const std::string& hlc);
// Revokes by id or by name; returns how many devices were revoked.
int RevokeDevice(Database& db, const std::string& id_or_name, std::int64_t now_ms, const std::string& hlc);

struct PairingCode {
    std::string name;
    std::string role;
};

void InsertPairingCode(Database& db, const std::string& code_hash, const PairingCode& code,
    std::int64_t now_ms, std::int64_t expires_at_ms);
// Marks an unused, unexpired code used by device_id and returns it; nullopt when there is none.
std::optional<PairingCode> TakePairingCode(
    Database& db, const std::string& code_hash, const std::string& device_id, std::int64_t now_ms);

struct OpOutcome {
    std::optional<std::int64_t> server_seq;
    std::string reason; // empty when accepted
    std::string message;
};

struct ReceivedOp {
    std::string device_id;
    std::int64_t device_seq = 0;
    std::string op_id;
    std::string table_name;
    std::string row_id;
    std::string kind;
    std::string columns_json;
    std::string hlc;
};

std::optional<OpOutcome> FindOpOutcome(Database& db, const std::string& device_id, std::int64_t device_seq);
void InsertOp(Database& db, const ReceivedOp& op, const OpOutcome& outcome, std::int64_t now_ms);
std::int64_t LastServerSeq(Database& db);
// Moves the row to the end of the feed at server_seq.
void TouchFeed(Database& db, std::int64_t server_seq, const std::string& table, const std::string& row_id);

struct FeedEntry {
    std::int64_t server_seq = 0;
    std::string table_name;
    std::string row_id;
};

std::vector<FeedEntry> FeedAfter(Database& db, std::int64_t after, std::int64_t limit);

struct DeviceSyncState {
    std::int64_t last_seq = 0;
    std::int64_t outbox_size = 0;
    std::int64_t pull_cursor = 0;
    std::optional<std::int64_t> last_push_at;
    std::optional<std::int64_t> last_pull_at;
    std::int64_t clock_refusals = 0;
    std::string last_refusal;
};

DeviceSyncState ReadDeviceSyncState(Database& db, const std::string& device_id);
void SaveDevicePush(Database& db, const std::string& device_id, std::int64_t last_seq,
    std::int64_t outbox_size, std::int64_t now_ms);
void SaveDeviceRefusal(Database& db, const std::string& device_id, const std::string& refusal);
void SaveDevicePull(Database& db, const std::string& device_id, std::int64_t cursor, std::int64_t now_ms);

// A read transaction (BEGIN DEFERRED): one consistent view for a pull, without taking the write lock.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db);
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    ~ReadSnapshot();

private:
    Database& m_db;
};

// Online copy of the whole database into a new file (VACUUM INTO).
void BackupInto(Database& db, const std::filesystem::path& target);
// "ok", or what PRAGMA integrity_check found.
std::string IntegrityCheck(Database& db);

} // namespace checkin::store::hub
