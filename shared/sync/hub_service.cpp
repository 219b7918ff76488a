#include "shared/sync/hub_service.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <set>
#include <utility>

#include "shared/domain/civil_date.h"
#include "shared/domain/followup_rules.h"
#include "shared/store/hub_store.h"
#include "shared/store/migrations.h"
#include "shared/store/queries_settings.h"
#include "shared/store/sync_device.h"
#include "shared/store/sync_rows.h"
#include "shared/sync/hub_rules.h"
#include "shared/sync/merge.h"
#include "shared/sync/secrets.h"
#include "shared/sync/uuid.h"

namespace checkin::sync {
namespace {

constexpr int kBadRequest = 400;
constexpr int kUnauthorized = 401;
constexpr int kForbidden = 403;
constexpr int kConflict = 409;
constexpr int kUpgradeRequired = 426;

bool IsReservedColumn(const store::TableInfo& table, std::string_view column)
{
    return column == table.primary_key || column == "created_at" || column == "updated_at" || column == "hlc"
        || column == "deleted_at";
}

std::string ColumnsJson(const store::Columns& columns)
{
    nlohmann::json object = nlohmann::json::object();
    for (const auto& [name, value] : columns)
        object[name] = ValueToJson(value);
    return object.dump();
}

// A refused op whose change the device already shows: the hub's row before it, and the op's columns that
// would have won.
struct WriteBack {
    std::optional<store::RowState> stored;
    store::RowState refused;
};

// Restores the hub's values over the refused columns. A row the hub never held is kept as the refusal
// says, else becomes a tombstone; its created_at keeps the device's clock (the oldest clock wins there).
store::RowState RestoredRow(const WriteBack& write_back, const RuleRefusal& refusal,
    const store::ColumnClock& clock, std::int64_t now, store::Columns& op_columns)
{
    store::RowState restored{write_back.refused.table, write_back.refused.id, {}};
    for (const auto& [name, column] : write_back.refused.columns) {
        if (name == "updated_at" || (write_back.stored && name == "created_at"))
            continue;
        if (name == "created_at") {
            restored.columns[name] = column;
            continue;
        }
        store::Value value = column.value;
        if (write_back.stored) {
            const auto held = write_back.stored->columns.find(name);
            value = held == write_back.stored->columns.end() ? store::Value(nullptr) : held->second.value;
        }
        restored.columns[name] = {value, clock};
        op_columns.emplace_back(name, value);
    }
    if (!write_back.stored) {
        store::Columns kept = refusal.kept_as;
        if (kept.empty())
            kept.emplace_back("deleted_at", now);
        for (auto& [name, value] : kept) {
            restored.columns[name] = {value, clock};
            std::erase_if(op_columns, [&](const auto& column) { return column.first == name; });
            op_columns.emplace_back(name, value);
        }
    }
    restored.columns["updated_at"] = {now, clock};
    return restored;
}

// A row the hub writes itself, with its own clock, numbered in the feed like a pushed change; false when it
// cannot be stored (nothing is written then).
bool PublishHubRow(store::Store& store, const store::RowState& row, const store::Columns& op_columns,
    bool row_exists, std::int64_t& last_server_seq, std::int64_t now)
{
    store::Database& db = store.Db();
    const store::TableInfo& table = *store.Schema().Find(row.table);
    const std::string hlc = row.columns.at("updated_at").clock->hlc;
    store::Savepoint savepoint(db);
    try {
        store::WriteRowState(db, table, row, row_exists);
    } catch (const store::StoreError& error) {
        if (error.Code() != store::StoreErrorCode::Constraint)
            throw;
        spdlog::warn("The hub could not write {} {}: {}", row.table, row.id, error.what());
        return false;
    }
    const std::int64_t server_seq = ++last_server_seq;
    store::hub::InsertOp(db,
        {store.DeviceId(), store::TakeDeviceSeq(db), NewUuidV7(now), row.table, row.id, "upsert",
            ColumnsJson(op_columns), hlc},
        {server_seq, {}, {}}, now);
    store::hub::TouchFeed(db, server_seq, row.table, row.id);
    store::RaiseDeviceHlc(db, hlc);
    savepoint.Release();
    return true;
}

// An advisor's call on today's worklist: the customer was promised a booking the hub could not keep.
void AddRebookCall(store::Store& store, const WriteBack& write_back, const std::string& slot,
    std::int64_t& last_server_seq, std::int64_t now)
{
    const auto column = [&](std::string_view name) -> store::Value {
        for (const store::RowState* row :
            {&write_back.refused, write_back.stored ? &*write_back.stored : nullptr})
            if (row != nullptr)
                if (const auto found = row->columns.find(name); found != row->columns.end())
                    return found->second.value;
        return nullptr;
    };
    const std::int64_t offset
        = store::GetIntSetting(store, store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes);
    const store::Columns columns = {{"customer_id", column("customer_id")},
        {"vehicle_id", column("vehicle_id")}, {"booking_id", write_back.refused.id},
        {"kind", std::string(domain::FollowUpKindName(domain::FollowUpKind::Rebook))},
        {"due_date", domain::FormatIsoDate(domain::LocalDayNumber(now, offset))}, {"reason", slot}};
    const store::ColumnClock clock{store.Hlc().Now().ToString(), store.DeviceId()};
    store::RowState call{"followups", NewUuidV7(now), {}};
    for (const auto& [name, value] : columns)
        call.columns[name] = {value, clock};
    call.columns["created_at"] = {now, clock};
    call.columns["updated_at"] = {now, clock};
    PublishHubRow(store, call, columns, false, last_server_seq, now);
}

// The device that sent a refused op already shows its change: the hub writes back what it holds for those
// columns under a clock of its own, as a change of its own in the feed, so that device and every other
// converge on the hub's state; and an advisor is asked to call when the customer was promised something.
void WriteHubStateBack(store::Store& store, const WriteBack& write_back, const RuleRefusal& refusal,
    std::int64_t& last_server_seq, std::int64_t now)
{
    const store::ColumnClock clock{store.Hlc().Now().ToString(), store.DeviceId()};
    store::Columns op_columns;
    const store::RowState restored = RestoredRow(write_back, refusal, clock, now, op_columns);
    if (PublishHubRow(store, restored, op_columns, write_back.stored.has_value(), last_server_seq, now)
        && refusal.call_customer)
        AddRebookCall(store, write_back, *refusal.call_customer, last_server_seq, now);
}

} // namespace

std::optional<HubError> CheckSchemaVersion(int schema_version)
{
    if (schema_version < kMinSchemaVersion)
        return HubError{kUpgradeRequired, "schema_too_old",
            "This device's app (schema " + std::to_string(schema_version) + ") is too old for the hub (needs "
                + std::to_string(kMinSchemaVersion) + " or newer): update the app; nothing was lost"};
    if (schema_version > store::kSchemaVersion)
        return HubError{kConflict, "hub_too_old",
            "This device's app (schema " + std::to_string(schema_version) + ") is newer than the hub (schema "
                + std::to_string(store::kSchemaVersion) + "): update checkin-hub; nothing was lost"};
    return std::nullopt;
}

std::optional<HubDevice> Authenticate(store::Database& db, std::string_view token)
{
    if (token.empty())
        return std::nullopt;
    const auto device = store::hub::FindDeviceByTokenHash(db, HashSecret(token));
    if (!device || device->revoked_at)
        return std::nullopt;
    const auto role = ParseRole(device->role);
    if (!role)
        return std::nullopt;
    return HubDevice{device->id, device->name, *role};
}

MetricsResponse ReadMetrics(store::Database& db)
{
    const store::hub::ReadSnapshot snapshot(db);
    MetricsResponse metrics{store::hub::LastServerSeq(db), {}};
    for (const store::hub::DeviceRecord& device : store::hub::ListDevices(db)) {
        const store::hub::DeviceSyncState state = store::hub::ReadDeviceSyncState(db, device.id);
        metrics.devices.push_back(
            {device.id, device.name, device.role, device.revoked_at.has_value(), state.last_seq,
                state.outbox_size, std::max<std::int64_t>(0, metrics.server_seq - state.pull_cursor),
                state.last_push_at, state.last_pull_at, state.clock_refusals, state.last_refusal});
    }
    return metrics;
}

std::string HubService::CreatePairingCode(const std::string& name, DeviceRole role)
{
    const std::string code = NewPairingCode();
    const std::int64_t now = m_store.Clock().NowUtcMs();
    store::Transaction transaction(m_store.Db());
    store::hub::InsertPairingCode(m_store.Db(), HashSecret(NormalizePairingCode(code)),
        {name, std::string(RoleName(role))}, now, now + kPairingCodeLifetimeMs);
    transaction.Commit();
    return code;
}

HubReply<EnrollResponse> HubService::Enroll(const EnrollRequest& request)
{
    if (auto error = CheckSchemaVersion(request.schema_version))
        return {std::nullopt, *error};
    if (!IsUuidV7(request.device_id))
        return HubReply<EnrollResponse>::Failure(kBadRequest, "bad_device_id", "device_id must be a UUIDv7");
    const std::int64_t now = m_store.Clock().NowUtcMs();
    store::Transaction transaction(m_store.Db());
    const auto code = store::hub::TakePairingCode(
        m_store.Db(), HashSecret(NormalizePairingCode(request.code)), request.device_id, now);
    if (!code)
        return HubReply<EnrollResponse>::Failure(
            kUnauthorized, "invalid_code", "The pairing code is unknown, used or expired");
    const std::string token = NewDeviceToken();
    store::hub::SaveDevice(m_store.Db(), {request.device_id, code->name, code->role, std::nullopt},
        HashSecret(token), now, m_store.Hlc().Now().ToString());
    transaction.Commit();
    spdlog::info("Device {} enrolled as '{}' ({})", request.device_id, code->name, code->role);
    return HubReply<EnrollResponse>::Success({token, request.device_id, code->name, code->role});
}

int HubService::Revoke(const std::string& id_or_name)
{
    store::Transaction transaction(m_store.Db());
    const int revoked = store::hub::RevokeDevice(
        m_store.Db(), id_or_name, m_store.Clock().NowUtcMs(), m_store.Hlc().Now().ToString());
    transaction.Commit();
    return revoked;
}

void HubService::RecordPull(const HubDevice& device, std::int64_t cursor)
{
    store::Transaction transaction(m_store.Db());
    store::hub::SaveDevicePull(m_store.Db(), device.id, cursor, m_store.Clock().NowUtcMs());
    transaction.Commit();
}

std::int64_t HubService::PublishLocalWrites()
{
    constexpr std::int64_t kBatch = 500;
    store::Database& db = m_store.Db();
    const std::int64_t now = m_store.Clock().NowUtcMs();
    store::Transaction transaction(db);
    std::int64_t last_server_seq = store::hub::LastServerSeq(db);
    while (true) {
        const std::vector<store::OutboxOp> ops = store::PendingOutboxOps(db, kBatch);
        if (ops.empty())
            break;
        for (const store::OutboxOp& op : ops) {
            store::hub::InsertOp(db,
                {m_store.DeviceId(), op.device_seq, op.op_id, op.table_name, op.row_id, op.kind,
                    op.columns_json, op.hlc},
                {++last_server_seq, {}, {}}, now);
            store::hub::TouchFeed(db, last_server_seq, op.table_name, op.row_id);
            store::MarkOutboxOpPushed(db, op.device_seq, now);
        }
    }
    transaction.Commit();
    return last_server_seq;
}

std::optional<HubError> HubService::Validate(const HubDevice& device, const PushRequest& request) const
{
    if (request.device_id != device.id)
        return HubError{kForbidden, "wrong_device", "The token belongs to another device"};
    for (size_t i = 0; i < request.ops.size(); ++i) {
        const PushOp& op = request.ops[i];
        const std::string where = "op " + std::to_string(op.seq) + ": ";
        if (i > 0 && op.seq != request.ops[i - 1].seq + 1)
            return HubError{kBadRequest, "bad_op", where + "ops must have consecutive device_seq"};
        const store::TableInfo* table = m_store.Schema().Find(op.table);
        if (table == nullptr || !table->synced)
            return HubError{kBadRequest, "bad_op", where + "unknown table '" + op.table + "'"};
        if (op.row_id.empty() || !HlcTimestamp::Parse(op.hlc) || op.seq <= 0)
            return HubError{kBadRequest, "bad_op", where + "needs a row id, a device_seq and an hlc"};
        if (op.kind == "delete") {
            if (op.columns.size() != 1 || op.columns[0].first != "deleted_at"
                || !std::holds_alternative<std::int64_t>(op.columns[0].second))
                return HubError{kBadRequest, "bad_op", where + "a delete carries deleted_at only"};
            if (!RoleMayWrite(device.role, op.table))
                return HubError{kForbidden, "role_forbidden",
                    std::string(RoleName(device.role)) + " devices may not delete from '" + op.table + "'"};
            continue;
        }
        if (op.kind != "upsert")
            return HubError{kBadRequest, "bad_op", where + "kind must be upsert or delete"};
        std::set<std::string_view> seen;
        for (const auto& [column, value] : op.columns) {
            if (table->FindColumn(column) == nullptr || IsReservedColumn(*table, column)
                || !seen.insert(column).second)
                return HubError{kBadRequest, "bad_op",
                    where + "column '" + column + "' of '" + op.table + "' is unknown, reserved or repeated"};
            if (!RoleMayWrite(device.role, op.table, column))
                return HubError{kForbidden, "role_forbidden",
                    std::string(RoleName(device.role)) + " devices may not write " + op.table + "." + column};
        }
    }
    return std::nullopt;
}

OpResult HubService::TakeOp(
    const HubDevice& device, const PushOp& op, std::int64_t& last_server_seq, std::int64_t now)
{
    store::Database& db = m_store.Db();
    const store::TableInfo& table = *m_store.Schema().Find(op.table);
    const store::ColumnClock clock{op.hlc, device.id};
    store::RowState incoming{table.name, op.row_id, {}};
    for (const auto& [column, value] : op.columns)
        incoming.columns[column] = {value, clock};
    incoming.columns["updated_at"] = {op.at_ms, clock};
    if (op.kind == "upsert")
        incoming.columns["created_at"] = {op.at_ms, clock};

    std::optional<RuleRefusal> rejection;
    std::optional<WriteBack> write_back;
    {
        store::Savepoint savepoint(db);
        try {
            const std::optional<store::RowState> stored = store::ReadRowState(db, table, op.row_id);
            if (!stored && op.kind == "delete") {
                rejection = RuleRefusal{"unknown_row",
                    "No row " + op.row_id + " in " + table.name + " to delete", {}, std::nullopt};
            } else {
                store::RowState winners = WinningColumns(stored, incoming);
                rejection = CheckHubRules(m_store, stored, winners);
                if (rejection) {
                    write_back = WriteBack{stored, std::move(winners)};
                } else {
                    store::WriteRowState(db, table, winners, stored.has_value());
                    savepoint.Release();
                }
            }
        } catch (const store::StoreError& error) {
            if (error.Code() != store::StoreErrorCode::Constraint)
                throw;
            rejection = RuleRefusal{"constraint", error.what(), {}, std::nullopt};
        }
    }

    const store::hub::ReceivedOp received{
        device.id, op.seq, op.op_id, table.name, op.row_id, op.kind, ColumnsJson(op.columns), op.hlc};
    if (rejection) {
        store::hub::InsertOp(db, received, {std::nullopt, rejection->reason, rejection->message}, now);
        spdlog::info("Rejected op {}/{} on {}: {}", device.id, op.seq, table.name, rejection->message);
        if (write_back)
            WriteHubStateBack(m_store, *write_back, *rejection, last_server_seq, now);
        return {op.seq, std::nullopt, rejection->reason, rejection->message};
    }
    const std::int64_t server_seq = ++last_server_seq;
    store::hub::InsertOp(db, received, {server_seq, {}, {}}, now);
    store::hub::TouchFeed(db, server_seq, table.name, op.row_id);
    return {op.seq, server_seq, {}, {}};
}

HubReply<PushResponse> HubService::Push(const HubDevice& device, const PushRequest& request)
{
    if (auto error = CheckSchemaVersion(request.schema_version))
        return {std::nullopt, *error};
    if (auto error = Validate(device, request))
        return {std::nullopt, *error};

    store::Database& db = m_store.Db();
    const std::int64_t now = m_store.Clock().NowUtcMs();
    PushResponse response;
    response.hub_time_ms = now;
    store::Transaction transaction(db);
    std::int64_t last_seq = store::hub::ReadDeviceSyncState(db, device.id).last_seq;
    std::int64_t last_server_seq = store::hub::LastServerSeq(db);
    for (const PushOp& op : request.ops) {
        if (op.seq <= last_seq) {
            const auto outcome = store::hub::FindOpOutcome(db, device.id, op.seq);
            if (!outcome)
                throw store::StoreError(store::StoreErrorCode::Other,
                    "Op " + std::to_string(op.seq) + " of device " + device.id
                        + " is counted but not stored");
            response.results.push_back({op.seq, outcome->server_seq, outcome->reason, outcome->message});
            continue;
        }
        if (op.seq != last_seq + 1) {
            response.refused = PushRefusal{"sequence_gap", last_seq + 1,
                "Expected op " + std::to_string(last_seq + 1) + ", got " + std::to_string(op.seq)
                    + ": resend from there"};
            break;
        }
        const HlcTimestamp hlc = *HlcTimestamp::Parse(op.hlc);
        if (hlc.wall_ms > now + kMaxClockAheadMs) {
            const std::string message = "The device clock is " + std::to_string((hlc.wall_ms - now) / 1000)
                + " s ahead of the hub (at most " + std::to_string(kMaxClockAheadMs / 1000)
                + " s allowed): set the device time";
            response.refused = PushRefusal{"clock_ahead", op.seq, message};
            store::hub::SaveDeviceRefusal(db, device.id, message);
            spdlog::info("Device {} ('{}'): {}", device.id, device.name, message);
            break;
        }
        m_store.Hlc().Observe(hlc);
        response.results.push_back(TakeOp(device, op, last_server_seq, now));
        last_seq = op.seq;
    }
    store::hub::SaveDevicePush(db, device.id, last_seq, request.outbox_size, now);
    transaction.Commit();
    return HubReply<PushResponse>::Success(std::move(response));
}

} // namespace checkin::sync
