#include "shared/store/write_transaction.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

#include "shared/sync/uuid.h"

namespace checkin::store {
namespace {

std::string Quoted(const std::string& identifier)
{
    return "\"" + identifier + "\"";
}

bool IsReserved(const TableInfo& table, std::string_view column)
{
    return column == table.primary_key
        || std::find(kSyncColumns.begin(), kSyncColumns.end(), column) != kSyncColumns.end();
}

nlohmann::json ToJson(const Value& value)
{
    return std::visit([](const auto& alternative) { return nlohmann::json(alternative); }, value);
}

std::string DumpOrThrow(const nlohmann::json& columns, std::string_view table)
{
    try {
        return columns.dump();
    } catch (const nlohmann::json::exception&) {
        throw StoreError(
            StoreErrorCode::Other, "A text value for table '" + std::string(table) + "' is not valid UTF-8");
    }
}

} // namespace

WriteTransaction::WriteTransaction(Store& store)
    : m_store(store),
      m_transaction(store.Db()),
      m_append_op(store.Db(),
          "INSERT INTO outbox (op_id, device_id, device_seq, table_name, row_id, kind, "
          "columns_json, hlc, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
{
    Statement select(store.Db(), "SELECT next_seq, hlc_last FROM local_device WHERE singleton = 1");
    if (!select.Step())
        throw StoreError(
            StoreErrorCode::Other, "Database '" + store.Db().FileName() + "' has no local device identity");
    m_next_seq = select.Int64(0);
    // Another connection (the sync worker) may have observed newer remote clocks: a local write must
    // still order after everything this store has seen, or last-writer-wins would drop it.
    if (const auto seen = sync::HlcTimestamp::Parse(select.Text(1)))
        m_store.Hlc().Observe(*seen);
}

const TableInfo& WriteTransaction::SyncedTable(std::string_view table) const
{
    const TableInfo* info = m_store.Schema().Find(table);
    if (info == nullptr || !info->synced)
        throw StoreError(StoreErrorCode::Other,
            "'" + std::string(table) + "' is not a synced table of database '" + m_store.Db().FileName()
                + "'");
    return *info;
}

void WriteTransaction::RequireOpen() const
{
    if (m_transaction.Committed())
        throw StoreError(StoreErrorCode::Other, "WriteTransaction used after Commit()");
    if (m_row_without_op)
        throw StoreError(StoreErrorCode::Other, "WriteTransaction used after an outbox op failed");
}

void WriteTransaction::Upsert(std::string_view table, const std::string& row_id, const Columns& columns)
{
    RequireOpen();
    const TableInfo& info = SyncedTable(table);
    if (row_id.empty())
        throw StoreError(StoreErrorCode::Other, "Upsert into '" + info.name + "' without a row id");

    std::vector<const std::string*> names;
    for (const auto& [column, value] : columns) {
        const std::string* name = info.FindColumn(column);
        if (name == nullptr || IsReserved(info, column)
            || std::find(names.begin(), names.end(), name) != names.end())
            throw StoreError(StoreErrorCode::Other,
                "Column '" + column + "' of table '" + info.name + "' is unknown, reserved or given twice");
        names.push_back(name);
    }

    // UPDATE first and INSERT only when there is no such row: INSERT ... ON CONFLICT checks the NOT NULL
    // columns a partial update leaves out before it finds the conflict, and fails.
    std::string update = "UPDATE " + Quoted(info.name) + " SET ";
    std::string insert = "INSERT INTO " + Quoted(info.name) + " (" + Quoted(info.primary_key)
        + ", created_at, updated_at, hlc";
    std::string values = "?1, ?2, ?2, ?3";
    for (size_t i = 0; i < names.size(); ++i) {
        const std::string parameter = "?" + std::to_string(i + 4);
        update += Quoted(*names[i]) + " = " + parameter + ", ";
        insert += ", " + Quoted(*names[i]);
        values += ", " + parameter;
    }
    update += "updated_at = ?2, hlc = ?3 WHERE " + Quoted(info.primary_key) + " = ?1 RETURNING 1";
    insert += ") VALUES (" + values + ")";

    nlohmann::json changed = nlohmann::json::object();
    for (size_t i = 0; i < columns.size(); ++i)
        changed[*names[i]] = ToJson(columns[i].second);
    const std::string columns_json = DumpOrThrow(changed, info.name);

    const std::int64_t now = m_store.Clock().NowUtcMs();
    const std::string hlc = m_store.Hlc().Now().ToString();
    const auto bind = [&](Statement& statement) {
        statement.BindAll(row_id, now, hlc);
        for (size_t i = 0; i < columns.size(); ++i)
            statement.Bind(static_cast<int>(i + 4), columns[i].second);
    };
    Statement update_statement(m_store.Db(), update);
    bind(update_statement);
    if (update_statement.Step()) {
        update_statement.Run();
    } else {
        Statement insert_statement(m_store.Db(), insert);
        bind(insert_statement);
        insert_statement.Run();
    }
    AppendOp(info, row_id, "upsert", columns_json, hlc, now);
}

void WriteTransaction::Tombstone(std::string_view table, const std::string& row_id)
{
    RequireOpen();
    const TableInfo& info = SyncedTable(table);
    const std::int64_t now = m_store.Clock().NowUtcMs();
    const std::string hlc = m_store.Hlc().Now().ToString();
    const std::string sql = "UPDATE " + Quoted(info.name)
        + " SET deleted_at = coalesce(deleted_at, ?1), updated_at = ?1, hlc = ?2 WHERE "
        + Quoted(info.primary_key) + " = ?3 RETURNING deleted_at";
    Statement statement(m_store.Db(), sql);
    statement.BindAll(now, hlc, row_id);
    if (!statement.Step())
        throw StoreError(
            StoreErrorCode::Other, "No row '" + row_id + "' in table '" + info.name + "' to delete");
    const nlohmann::json changed = {{"deleted_at", statement.Int64(0)}};
    statement.Run();
    AppendOp(info, row_id, "delete", changed.dump(), hlc, now);
}

void WriteTransaction::AppendOp(const TableInfo& table, const std::string& row_id, std::string_view kind,
    const std::string& columns_json, const std::string& hlc, std::int64_t now)
{
    m_append_op.Reset();
    m_append_op.BindAll(
        NewId(), m_store.DeviceId(), m_next_seq, table.name, row_id, kind, columns_json, hlc, now);
    m_append_op.Run();
    ++m_next_seq;
}

void WriteTransaction::Commit()
{
    RequireOpen();
    Statement save(m_store.Db(), "UPDATE local_device SET next_seq = ?, hlc_last = ? WHERE singleton = 1");
    save.BindAll(m_next_seq, m_store.Hlc().Last().ToString());
    save.Run();
    m_transaction.Commit();
}

std::string WriteTransaction::NewId()
{
    return sync::NewUuidV7(m_store.Clock().NowUtcMs());
}

} // namespace checkin::store
