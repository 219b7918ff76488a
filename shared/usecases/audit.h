#pragma once
// The audit log: every staff action, written in the same transaction as the action itself, so the log can
// never claim what did not happen nor miss what did.
#include <optional>
#include <string>
#include <string_view>

#include "shared/store/store.h"
#include "shared/store/write_transaction.h"

namespace checkin::usecases {

// Appends one audit_log row in the caller's transaction: the staff member (if known), this device, the
// action ("sign_in", "confirm_checkin"...), its subject and detail (a JSON object text, or empty), now.
void RecordAudit(store::WriteTransaction& write, store::Store& store,
    const std::optional<std::string>& staff_id, std::string_view action, std::string_view subject_table = {},
    std::string_view subject_id = {}, std::string_view detail_json = {});

} // namespace checkin::usecases
