#pragma once
// THE way every domain write happens: one use case = one WriteTransaction, which changes the rows and
// records the matching sync ops in the outbox together, so a crash leaves all of it or none of it.
#include <cstdint>
#include <string>
#include <string_view>

#include "shared/store/database.h"
#include "shared/store/schema_catalog.h"
#include "shared/store/store.h"
#include "shared/store/value.h"

namespace checkin::store {

class WriteTransaction {
public:
    // BEGIN IMMEDIATE. Rolls back in the destructor unless committed.
    explicit WriteTransaction(Store& store);
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // Inserts the row or updates only the given columns (the key and the sync columns are set here), and
    // appends one "upsert" op holding those columns. Unknown, local-only or reserved names throw Other.
    void Upsert(std::string_view table, const std::string& row_id, const Columns& columns);
    // Marks the row deleted (deleted_at) and appends a "delete" op. A missing row throws Other.
    void Tombstone(std::string_view table, const std::string& row_id);
    // Commits the rows, the ops, the next device_seq and the last HLC together.
    void Commit();
    // A UUIDv7 from the store's clock.
    std::string NewId();

private:
    const TableInfo& SyncedTable(std::string_view table) const;
    void RequireOpen() const;
    void AppendOp(const TableInfo& table, const std::string& row_id, std::string_view kind,
        const std::string& columns_json, const std::string& hlc, std::int64_t now);

    Store& m_store;
    Transaction m_transaction;
    Statement m_append_op;
    std::int64_t m_next_seq = 0;
    bool m_row_without_op = false;
};

} // namespace checkin::store
