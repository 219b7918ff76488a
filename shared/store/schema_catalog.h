#pragma once
// The table and column names SQL may be built from, read once from the migrated schema. Names given by
// callers are only looked up here; the SQL text uses the catalog's own copy.
#include <array>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "shared/store/database.h"

namespace checkin::store {

// Never synced: the device identity, the ops waiting to be pushed, the sync cursor, the local blob files,
// and (schema 2) the per-column clocks, the hub's rejections, and the hub's own bookkeeping.
inline constexpr std::array<std::string_view, 10> kLocalOnlyTables = {"local_device", "outbox", "sync_state",
    "blobs", "column_clocks", "sync_rejections", "hub_pairing_codes", "hub_ops", "hub_feed", "hub_device_state"};
// Set by WriteTransaction itself on every synced row, never by a caller.
inline constexpr std::array<std::string_view, 4> kSyncColumns
    = {"created_at", "updated_at", "deleted_at", "hlc"};

struct TableInfo {
    std::string name;
    std::string primary_key;
    std::vector<std::string> columns;
    bool synced = false;

    // The catalog's own spelling of the column, or nullptr when the table has no such column.
    const std::string* FindColumn(std::string_view column) const;
};

class SchemaCatalog {
public:
    // Throws StoreError Other when a synced table lacks the sync columns or a single-column key.
    static SchemaCatalog Load(Database& db);

    const TableInfo* Find(std::string_view table) const;
    // Every synced table, by name.
    std::vector<const TableInfo*> SyncedTables() const;

private:
    std::map<std::string, TableInfo, std::less<>> m_tables;
};

} // namespace checkin::store
