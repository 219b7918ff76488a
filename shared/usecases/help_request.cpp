#include "shared/usecases/help_request.h"

#include "shared/store/write_transaction.h"

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

} // namespace checkin::usecases
