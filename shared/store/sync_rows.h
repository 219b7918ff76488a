#pragma once
// Synced rows as sync moves them: column values with their per-column clocks (schema 2, column_clocks).
// Used by the hub and by devices alike; the merge rules themselves live in shared/sync/merge.h.
#include <compare>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "shared/store/database.h"
#include "shared/store/schema_catalog.h"
#include "shared/store/value.h"

namespace checkin::store {

// Who wrote a column last. The hlc text sorts like time; the device id breaks ties.
struct ColumnClock {
    std::string hlc;
    std::string device_id;

    auto operator<=>(const ColumnClock&) const = default;
};

struct ColumnState {
    Value value;
    std::optional<ColumnClock> clock; // nullopt: never written through sync (a default)
};

// One row: every column but the key and the derived row hlc.
struct RowState {
    std::string table;
    std::string id;
    std::map<std::string, ColumnState, std::less<>> columns;
};

// nullopt when the row does not exist.
std::optional<RowState> ReadRowState(Database& db, const TableInfo& table, const std::string& id);

// Writes the given columns and clocks, inserting the row when it does not exist yet; then the row's hlc
// becomes the newest of its column clocks. Column names must come from the catalog (TableInfo).
void WriteRowState(Database& db, const TableInfo& table, const RowState& changes, bool row_exists);

// Every synced row and column clock in a fixed order, as text: equal text = equal replicas. Tables in
// skip_tables (e.g. the hub-only devices table) are left out.
std::string DumpSyncedState(
    Database& db, const SchemaCatalog& catalog, const std::vector<std::string>& skip_tables = {});

// Rolls back to the savepoint unless released: one op that fails leaves the rest of a batch intact.
class Savepoint {
public:
    explicit Savepoint(Database& db);
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    ~Savepoint();
    void Release();

private:
    Database& m_db;
    bool m_released = false;
};

} // namespace checkin::store
