#include "shared/store/queries_counts.h"

#include <string>

namespace checkin::store {

std::int64_t CountRows(Store& store, std::string_view table)
{
    const TableInfo* info = store.Schema().Find(table);
    if (info == nullptr)
        throw StoreError(StoreErrorCode::Other,
            "No table '" + std::string(table) + "' in database '" + store.Db().FileName() + "'");
    Statement count(store.Db(), "SELECT count(*) FROM \"" + info->name + "\"");
    count.Step();
    return count.Int64(0);
}

} // namespace checkin::store
