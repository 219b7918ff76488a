#include "shared/store/queries_help.h"

namespace checkin::store {

std::vector<HelpRequest> OpenHelpRequests(Store& store)
{
    Statement select(store.Db(), R"sql(
SELECT id, device_id, screen, language, requested_at FROM help_requests
WHERE handled_at IS NULL AND deleted_at IS NULL
ORDER BY requested_at, id
)sql");
    std::vector<HelpRequest> requests;
    while (select.Step())
        requests.push_back({select.Text(0), select.Text(1), select.Text(2), select.Text(3), select.Int64(4)});
    return requests;
}

bool IsHelpRequestOpen(Store& store, const std::string& help_request_id)
{
    Statement select(store.Db(),
        "SELECT 1 FROM help_requests WHERE id = ? AND handled_at IS NULL AND deleted_at IS NULL");
    select.BindAll(help_request_id);
    return select.Step();
}

} // namespace checkin::store
