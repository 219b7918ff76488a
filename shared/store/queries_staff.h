#pragma once
// Staff as the sign-in screen and the order screens list them.
#include <optional>
#include <string>
#include <vector>

#include "shared/store/store.h"

namespace checkin::store {

struct StaffRow {
    std::string id;
    std::string name;
    std::string role; // "advisor" | "technician" | "manager"
    bool locked = false; // locked_until is in the future
    std::int64_t locked_until_utc_ms = 0;
};

// Active staff by role (manager, advisor, technician) and name.
std::vector<StaffRow> ListActiveStaff(Store& store);
std::optional<StaffRow> FindStaff(Store& store, const std::string& staff_id);

struct AuditEntry {
    std::string id;
    std::optional<std::string> staff_id;
    std::string device_id;
    std::string action;
    std::string subject_table;
    std::string subject_id;
    std::string detail_json;
    std::int64_t at_utc_ms = 0;
};

// Newest first.
std::vector<AuditEntry> RecentAuditEntries(Store& store, int limit);

} // namespace checkin::store
