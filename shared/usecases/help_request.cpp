#include "shared/usecases/help_request.h"

#include "shared/store/queries_help.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/audit.h"

namespace checkin::usecases {

std::string RequestAdvisorHelp(store::Store& store, std::string_view screen, std::string_view language)
{
    store::WriteTransaction write(store);
    const std::string id = write.NewId();
    write.Upsert("help_requests", id,
        {{"device_id", store.DeviceId()}, {"screen", std::string(screen)},
            {"language", std::string(language)}, {"requested_at", store.Clock().NowUtcMs()}});
    write.Commit();
    return id;
}

void HandleHelpRequest(store::Store& store, const std::string& help_request_id, const std::string& staff_id)
{
    store::WriteTransaction write(store);
    if (!store::IsHelpRequestOpen(store, help_request_id))
        return;
    write.Upsert("help_requests", help_request_id,
        {{"handled_at", store.Clock().NowUtcMs()}, {"handled_by", staff_id}});
    RecordAudit(write, store, staff_id, "handle_help_request", "help_requests", help_request_id);
    write.Commit();
}

} // namespace checkin::usecases
