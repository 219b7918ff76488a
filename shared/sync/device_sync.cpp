#include "shared/sync/device_sync.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>

#include "shared/store/migrations.h"
#include "shared/store/sync_device.h"
#include "shared/store/sync_rows.h"
#include "shared/sync/merge.h"

namespace checkin::sync {
namespace {

constexpr std::string_view kCursorKey = "pull_cursor";
// A hub that keeps asking for the same resend is broken; stop instead of looping.
constexpr int kMaxResends = 3;

// Takes the hub's answer to one batch; false when pushing should stop for this round.
bool TakePushResponse(store::Store& store, const std::map<std::int64_t, const store::OutboxOp*>& sent,
    const PushResponse& response, SyncReport& report)
{
    const std::int64_t now = store.Clock().NowUtcMs();
    store::Transaction transaction(store.Db());
    for (const OpResult& result : response.results) {
        const auto op = sent.find(result.seq);
        if (op == sent.end())
            continue;
        store::MarkOutboxOpPushed(store.Db(), result.seq, now);
        ++report.pushed;
        if (result.server_seq)
            continue;
        store::RecordSyncRejection(store.Db(),
            {result.seq, op->second->op_id, op->second->table_name, op->second->row_id, result.reason,
                result.message, now});
        report.rejections.push_back(
            {result.seq, op->second->table_name, op->second->row_id, result.reason, result.message});
    }
    if (response.refused && response.refused->reason == "sequence_gap")
        store::ResendOutboxFrom(store.Db(), response.refused->expected_seq);
    transaction.Commit();
    if (response.refused)
        report.refused = response.refused;
    return !response.refused && !response.results.empty();
}

void PushOutbox(store::Store& store, HubTransport& transport, const SyncOptions& options, SyncReport& report)
{
    int resends = 0;
    while (true) {
        const std::vector<store::OutboxOp> ops = store::PendingOutboxOps(store.Db(), options.push_batch);
        if (ops.empty())
            return;
        PushRequest request{store::kSchemaVersion, store.DeviceId(), store.OutboxSize(), {}};
        std::map<std::int64_t, const store::OutboxOp*> sent;
        for (const store::OutboxOp& op : ops) {
            request.ops.push_back(ToPushOp(op));
            sent[op.device_seq] = &op;
        }
        const HubReply<PushResponse> reply = transport.Push(request);
        if (!reply.Ok()) {
            report.error = reply.error;
            return;
        }
        if (TakePushResponse(store, sent, *reply.response, report))
            continue;
        if (!report.refused || report.refused->reason != "sequence_gap" || ++resends > kMaxResends)
            return;
        report.refused.reset();
    }
}

void PullFeed(store::Store& store, HubTransport& transport, const SyncOptions& options, SyncReport& report)
{
    while (true) {
        const HubReply<PullResponse> reply
            = transport.Pull({store::kSchemaVersion, PullCursor(store), options.pull_page, options.wait_ms});
        if (!reply.Ok()) {
            report.error = reply.error;
            return;
        }
        report.pulled += static_cast<std::int64_t>(reply.response->rows.size());
        report.applied += ApplyPullPage(store, *reply.response);
        if (!reply.response->more)
            return;
    }
}

// Merges the hub's rows per column inside the caller's transaction and observes their clocks; returns how
// many rows changed anything here.
std::int64_t MergeRows(store::Store& store, const std::vector<store::RowState>& rows)
{
    store::Database& db = store.Db();
    std::int64_t changed = 0;
    std::string newest;
    for (const store::RowState& row : rows) {
        const store::TableInfo* table = store.Schema().Find(row.table);
        if (table == nullptr || !table->synced) {
            spdlog::warn("Pulled a row of unknown table '{}'; ignored", row.table);
            continue;
        }
        newest = std::max(newest, NewestHlc(row));
        store::Savepoint savepoint(db);
        try {
            const std::optional<store::RowState> stored = store::ReadRowState(db, *table, row.id);
            const store::RowState winners = WinningColumns(stored, row);
            if (!winners.columns.empty()) {
                store::WriteRowState(db, *table, winners, stored.has_value());
                ++changed;
            }
            savepoint.Release();
        } catch (const store::StoreError& error) {
            if (error.Code() != store::StoreErrorCode::Constraint)
                throw;
            spdlog::warn("Pulled row {} of '{}' could not be stored: {}", row.id, row.table, error.what());
        }
    }
    if (const auto hlc = HlcTimestamp::Parse(newest)) {
        store.Hlc().Observe(*hlc);
        store::RaiseDeviceHlc(db, store.Hlc().Last().ToString());
    }
    return changed;
}

} // namespace

PushOp ToPushOp(const store::OutboxOp& op)
{
    store::Columns columns;
    const nlohmann::json parsed = nlohmann::json::parse(op.columns_json);
    for (const auto& [name, value] : parsed.items())
        columns.emplace_back(name, ValueFromJson(value));
    return {op.device_seq, op.op_id, op.table_name, op.row_id, op.kind, std::move(columns), op.hlc,
        op.created_at};
}

std::int64_t PullCursor(store::Store& store)
{
    const auto text = store::ReadSyncState(store.Db(), kCursorKey);
    return text ? std::stoll(*text) : 0;
}

std::int64_t ApplyPullPage(store::Store& store, const PullResponse& page)
{
    store::Database& db = store.Db();
    const store::ForeignKeysOff foreign_keys_off(db);
    store::Transaction transaction(db);
    const std::int64_t changed = MergeRows(store, page.rows);
    const std::int64_t cursor = page.reset ? page.next_cursor : std::max(PullCursor(store), page.next_cursor);
    store::WriteSyncState(db, kCursorKey, std::to_string(cursor));
    transaction.Commit();
    return changed;
}

std::int64_t ApplyHubRows(store::Store& store, const std::vector<store::RowState>& rows)
{
    const store::ForeignKeysOff foreign_keys_off(store.Db());
    store::Transaction transaction(store.Db());
    const std::int64_t changed = MergeRows(store, rows);
    transaction.Commit();
    return changed;
}

SyncReport RunSyncRound(store::Store& store, HubTransport& transport, const SyncOptions& options)
{
    SyncReport report;
    PushOutbox(store, transport, options, report);
    // A refused push does not stop the pull: the device still learns what others did.
    if (report.Ok())
        PullFeed(store, transport, options, report);
    return report;
}

} // namespace checkin::sync
