#include "shared/store/schema_catalog.h"

#include <algorithm>

namespace checkin::store {
namespace {

bool IsLocalOnly(std::string_view table)
{
    return std::find(kLocalOnlyTables.begin(), kLocalOnlyTables.end(), table) != kLocalOnlyTables.end();
}

void CheckSyncedShape(const TableInfo& table, int key_columns, const std::string& file_name)
{
    bool valid = key_columns == 1;
    for (std::string_view column : kSyncColumns)
        valid = valid && table.FindColumn(column) != nullptr;
    if (!valid)
        throw StoreError(StoreErrorCode::Other,
            "Synced table '" + table.name + "' in database '" + file_name
                + "' needs a one-column key and the sync columns");
}

} // namespace

const std::string* TableInfo::FindColumn(std::string_view column) const
{
    const auto found = std::find(columns.begin(), columns.end(), column);
    return found != columns.end() ? &*found : nullptr;
}

SchemaCatalog SchemaCatalog::Load(Database& db)
{
    SchemaCatalog catalog;
    Statement tables(db,
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\'");
    Statement columns(db, "SELECT name, pk FROM pragma_table_info(?)");
    while (tables.Step()) {
        TableInfo table;
        table.name = tables.Text(0);
        table.synced = !IsLocalOnly(table.name);
        int key_columns = 0;
        columns.Reset();
        columns.BindAll(table.name);
        while (columns.Step()) {
            table.columns.push_back(columns.Text(0));
            if (columns.Int64(1) > 0) {
                table.primary_key = columns.Text(0);
                ++key_columns;
            }
        }
        if (table.synced)
            CheckSyncedShape(table, key_columns, db.FileName());
        std::string name = table.name;
        catalog.m_tables.emplace(std::move(name), std::move(table));
    }
    return catalog;
}

const TableInfo* SchemaCatalog::Find(std::string_view table) const
{
    const auto found = m_tables.find(table);
    return found != m_tables.end() ? &found->second : nullptr;
}

std::vector<const TableInfo*> SchemaCatalog::SyncedTables() const
{
    std::vector<const TableInfo*> tables;
    for (const auto& [name, table] : m_tables)
        if (table.synced)
            tables.push_back(&table);
    return tables;
}

} // namespace checkin::store
