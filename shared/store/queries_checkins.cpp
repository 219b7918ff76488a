#include "shared/store/queries_checkins.h"

#include <algorithm>

#include "shared/domain/queue_number.h"

namespace checkin::store {

int NextQueueNumber(Store& store, std::int64_t day_start_utc_ms, std::int64_t day_end_utc_ms)
{
    Statement select(store.Db(), R"sql(
SELECT queue_number FROM checkins
WHERE arrived_at >= ?1 AND arrived_at < ?2 AND queue_number IS NOT NULL
)sql");
    select.BindAll(day_start_utc_ms, day_end_utc_ms);
    int highest = 0;
    while (select.Step())
        highest = std::max(highest, domain::ParseQueueNumber(select.Text(0)).value_or(0));
    return highest + 1;
}

bool TrackingCodeInUse(Store& store, const std::string& tracking_code, std::int64_t day_start_utc_ms,
    std::int64_t day_end_utc_ms)
{
    Statement select(store.Db(), R"sql(
SELECT 1 FROM checkins WHERE tracking_code = ?1 AND arrived_at >= ?2 AND arrived_at < ?3 LIMIT 1
)sql");
    select.BindAll(tracking_code, day_start_utc_ms, day_end_utc_ms);
    return select.Step();
}

} // namespace checkin::store
