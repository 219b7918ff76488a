#include "shared/store/sync_rows.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace checkin::store {
namespace {

constexpr std::string_view kRowHlcColumn = "hlc";

std::string Quoted(const std::string& identifier)
{
    return "\"" + identifier + "\"";
}

// Columns sync moves: all but the key and the derived row hlc.
std::vector<const std::string*> MovedColumns(const TableInfo& table)
{
    std::vector<const std::string*> columns;
    for (const std::string& column : table.columns)
        if (column != table.primary_key && column != kRowHlcColumn)
            columns.push_back(&column);
    return columns;
}

// "typeof(a), a, typeof(b), b": the declared type alone does not tell an integer from a real in a REAL.
std::string TypedSelectList(const std::vector<const std::string*>& columns)
{
    std::string list;
    for (const std::string* column : columns)
        list += (list.empty() ? "" : ", ") + ("typeof(" + Quoted(*column) + "), " + Quoted(*column));
    return list;
}

Value TypedValue(const Statement& statement, int type_column)
{
    const std::string type = statement.Text(type_column);
    if (type == "integer")
        return statement.Int64(type_column + 1);
    if (type == "real")
        return statement.Double(type_column + 1);
    if (type == "null")
        return nullptr;
    return statement.Text(type_column + 1);
}

nlohmann::json ToJson(const Value& value)
{
    return std::visit([](const auto& alternative) { return nlohmann::json(alternative); }, value);
}

} // namespace

std::optional<RowState> ReadRowState(Database& db, const TableInfo& table, const std::string& id)
{
    const std::vector<const std::string*> columns = MovedColumns(table);
    Statement select(db,
        "SELECT " + TypedSelectList(columns) + " FROM " + Quoted(table.name) + " WHERE "
            + Quoted(table.primary_key) + " = ?");
    select.BindAll(id);
    if (!select.Step())
        return std::nullopt;
    RowState row{table.name, id, {}};
    for (size_t i = 0; i < columns.size(); ++i)
        row.columns[*columns[i]].value = TypedValue(select, static_cast<int>(2 * i));

    Statement clocks(
        db, "SELECT column_name, hlc, device_id FROM column_clocks WHERE table_name = ? AND row_id = ?");
    clocks.BindAll(table.name, id);
    while (clocks.Step()) {
        const auto found = row.columns.find(clocks.Text(0));
        if (found != row.columns.end())
            found->second.clock = ColumnClock{clocks.Text(1), clocks.Text(2)};
    }
    return row;
}

void WriteRowState(Database& db, const TableInfo& table, const RowState& changes, bool row_exists)
{
    std::vector<std::pair<const std::string*, const Value*>> values;
    std::string newest_hlc;
    for (const auto& [name, state] : changes.columns) {
        const std::string* column = table.FindColumn(name);
        if (column == nullptr || *column == table.primary_key || *column == kRowHlcColumn)
            throw StoreError(StoreErrorCode::Other,
                "Column '" + name + "' of table '" + table.name + "' cannot be written by sync");
        values.emplace_back(column, &state.value);
        if (state.clock)
            newest_hlc = std::max(newest_hlc, state.clock->hlc);
    }
    if (values.empty())
        return;

    std::string sql;
    if (row_exists) {
        sql = "UPDATE " + Quoted(table.name) + " SET ";
        for (size_t i = 0; i < values.size(); ++i)
            sql += (i == 0 ? "" : ", ") + Quoted(*values[i].first) + " = ?" + std::to_string(i + 2);
        sql += " WHERE " + Quoted(table.primary_key) + " = ?1";
    } else {
        std::string names = Quoted(table.primary_key) + ", hlc";
        std::string placeholders = "?1, ?" + std::to_string(values.size() + 2);
        for (size_t i = 0; i < values.size(); ++i) {
            names += ", " + Quoted(*values[i].first);
            placeholders += ", ?" + std::to_string(i + 2);
        }
        sql = "INSERT INTO " + Quoted(table.name) + " (" + names + ") VALUES (" + placeholders + ")";
    }
    Statement write(db, sql);
    write.Bind(1, changes.id);
    for (size_t i = 0; i < values.size(); ++i)
        write.Bind(static_cast<int>(i + 2), *values[i].second);
    if (!row_exists)
        write.Bind(static_cast<int>(values.size() + 2), newest_hlc);
    write.Run();

    Statement stamp(db,
        "INSERT INTO column_clocks (table_name, row_id, column_name, hlc, device_id) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (table_name, row_id, column_name) DO UPDATE SET hlc = excluded.hlc, "
        "device_id = excluded.device_id");
    for (const auto& [name, state] : changes.columns) {
        if (!state.clock)
            continue;
        stamp.Reset();
        stamp.BindAll(table.name, changes.id, name, state.clock->hlc, state.clock->device_id);
        stamp.Run();
    }
    Statement row_hlc(db,
        "UPDATE " + Quoted(table.name)
            + " SET hlc = coalesce((SELECT max(hlc) FROM column_clocks WHERE table_name = ?1 AND row_id = "
              "?2), "
              "hlc) WHERE "
            + Quoted(table.primary_key) + " = ?2");
    row_hlc.BindAll(table.name, changes.id);
    row_hlc.Run();
}

std::string DumpSyncedState(
    Database& db, const SchemaCatalog& catalog, const std::vector<std::string>& skip_tables)
{
    std::string dump;
    for (const TableInfo* table : catalog.SyncedTables()) {
        if (std::find(skip_tables.begin(), skip_tables.end(), table->name) != skip_tables.end())
            continue;
        std::vector<const std::string*> columns;
        for (const std::string& column : table->columns)
            columns.push_back(&column);
        Statement rows(db,
            "SELECT " + TypedSelectList(columns) + " FROM " + Quoted(table->name) + " ORDER BY "
                + Quoted(table->primary_key));
        while (rows.Step()) {
            nlohmann::json row = nlohmann::json::array({table->name});
            for (size_t i = 0; i < columns.size(); ++i)
                row.push_back(ToJson(TypedValue(rows, static_cast<int>(2 * i))));
            dump += row.dump() + "\n";
        }
    }
    Statement clocks(db,
        "SELECT table_name, row_id, column_name, hlc, device_id FROM column_clocks "
        "ORDER BY table_name, row_id, column_name");
    while (clocks.Step()) {
        if (std::find(skip_tables.begin(), skip_tables.end(), clocks.Text(0)) != skip_tables.end())
            continue;
        dump += clocks.Text(0) + " " + clocks.Text(1) + " " + clocks.Text(2) + " " + clocks.Text(3) + " "
            + clocks.Text(4) + "\n";
    }
    return dump;
}

Savepoint::Savepoint(Database& db) : m_db(db)
{
    m_db.Execute("SAVEPOINT sync_op");
}

Savepoint::~Savepoint()
{
    if (m_released)
        return;
    try {
        m_db.Execute("ROLLBACK TO sync_op");
        m_db.Execute("RELEASE sync_op");
    } catch (const StoreError&) {
        // The enclosing transaction is gone already (SQLite rolled it back on a fatal error).
    }
}

void Savepoint::Release()
{
    m_db.Execute("RELEASE sync_op");
    m_released = true;
}

} // namespace checkin::store
