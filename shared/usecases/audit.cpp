#include "shared/usecases/audit.h"

namespace checkin::usecases {
namespace {

store::Value TextOrNull(std::string_view text)
{
    if (text.empty())
        return nullptr;
    return std::string(text);
}

} // namespace

void RecordAudit(store::WriteTransaction& write, store::Store& store,
    const std::optional<std::string>& staff_id, std::string_view action, std::string_view subject_table,
    std::string_view subject_id, std::string_view detail_json)
{
    write.Upsert("audit_log", write.NewId(),
        {{"staff_id", staff_id ? store::Value(*staff_id) : store::Value(nullptr)},
            {"device_id", store.DeviceId()}, {"action", std::string(action)},
            {"subject_table", TextOrNull(subject_table)}, {"subject_id", TextOrNull(subject_id)},
            {"detail_json", TextOrNull(detail_json)}, {"at", store.Clock().NowUtcMs()}});
}

} // namespace checkin::usecases
