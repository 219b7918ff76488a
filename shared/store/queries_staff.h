#pragma once
// Staff as the sign-in screen and the order screens list them.
#include <cstdint>
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
    bool active = true;
};

// Active staff by role (manager, advisor, technician) and name.
std::vector<StaffRow> ListActiveStaff(Store& store);
// Active or not (an order still names the advisor who has left); nullopt when unknown or deleted.
std::optional<StaffRow> FindStaff(Store& store, const std::string& staff_id);

// What sign-in checks. Only shared/usecases/staff.cpp reads the PIN hash.
struct StaffCredentials {
    StaffRow staff;
    std::optional<std::string> pin_hash;
    int failed_attempts = 0;
    std::optional<std::int64_t> locked_until_utc_ms;
};

std::optional<StaffCredentials> FindStaffCredentials(Store& store, const std::string& staff_id);

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
