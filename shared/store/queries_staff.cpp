#include "shared/store/queries_staff.h"

#include "shared/store/database.h"

namespace checkin::store {
namespace {

constexpr const char* kStaffColumns = "id, name, role, coalesce(locked_until, 0), active";

StaffRow ReadStaffRow(const Statement& select, std::int64_t now)
{
    StaffRow row;
    row.id = select.Text(0);
    row.name = select.Text(1);
    row.role = select.Text(2);
    row.locked_until_utc_ms = select.Int64(3);
    row.locked = row.locked_until_utc_ms > now;
    row.active = select.Int64(4) != 0;
    return row;
}

} // namespace

std::vector<StaffRow> ListActiveStaff(Store& store)
{
    Statement select(store.Db(), std::string("SELECT ") + kStaffColumns + R"sql( FROM staff
WHERE active = 1 AND deleted_at IS NULL
ORDER BY CASE role WHEN 'manager' THEN 0 WHEN 'advisor' THEN 1 ELSE 2 END, name, id
)sql");
    const std::int64_t now = store.Clock().NowUtcMs();
    std::vector<StaffRow> rows;
    while (select.Step())
        rows.push_back(ReadStaffRow(select, now));
    return rows;
}

std::optional<StaffRow> FindStaff(Store& store, const std::string& staff_id)
{
    Statement select(store.Db(),
        std::string("SELECT ") + kStaffColumns + " FROM staff WHERE id = ? AND deleted_at IS NULL");
    select.BindAll(staff_id);
    if (!select.Step())
        return std::nullopt;
    return ReadStaffRow(select, store.Clock().NowUtcMs());
}

std::optional<StaffCredentials> FindStaffCredentials(Store& store, const std::string& staff_id)
{
    Statement select(store.Db(),
        std::string("SELECT ") + kStaffColumns
            + ", pin_hash, failed_attempts, locked_until FROM staff WHERE id = ? AND deleted_at IS NULL");
    select.BindAll(staff_id);
    if (!select.Step())
        return std::nullopt;
    return StaffCredentials{ReadStaffRow(select, store.Clock().NowUtcMs()), select.OptionalText(5),
        static_cast<int>(select.Int64(6)), select.OptionalInt64(7)};
}

std::vector<AuditEntry> RecentAuditEntries(Store& store, int limit)
{
    // rowid breaks ties between entries of the same millisecond: the later insert is the newer entry.
    Statement select(store.Db(), R"sql(
SELECT id, staff_id, device_id, action, subject_table, subject_id, detail_json, at FROM audit_log
WHERE deleted_at IS NULL
ORDER BY at DESC, rowid DESC
LIMIT ?
)sql");
    select.BindAll(limit);
    std::vector<AuditEntry> entries;
    while (select.Step())
        entries.push_back({select.Text(0), select.OptionalText(1), select.Text(2), select.Text(3),
            select.Text(4), select.Text(5), select.Text(6), select.Int64(7)});
    return entries;
}

} // namespace checkin::store
