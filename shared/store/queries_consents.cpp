#include "shared/store/queries_consents.h"

#include "shared/store/database.h"

namespace checkin::store {

std::vector<ConsentView> ConsentsOf(Store& store, const std::string& customer_id)
{
    Statement query(store.Db(),
        "SELECT kind, granted, notice_version, recorded_at, COALESCE(device_id, '') "
        "FROM consents WHERE customer_id = ? AND deleted_at IS NULL "
        "ORDER BY recorded_at, id");
    query.BindAll(customer_id);
    std::vector<ConsentView> consents;
    while (query.Step())
        consents.push_back(
            {query.Text(0), query.Int64(1) != 0, query.Text(2), query.Int64(3), query.Text(4)});
    return consents;
}

} // namespace checkin::store
