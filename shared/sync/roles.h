#pragma once
// What each device role may push, and which rows and columns the hub sends it (its scope).
//
// Writes: kiosk - the customer's own registration and check-in (customers, vehicles, consents, bookings,
// booking_lines, checkins, signatures, help_requests); lounge - decisions on findings (only the decision
// columns), surveys, survey_answers, complaints (a low survey score opens one), help_requests, and new
// audit_log entries (the customer's decision is audited; a lounge may not delete audit entries); advisor -
// every synced table; board - nothing.
// The hub-only devices table is written by nobody.
//
// Reads (the rows a pull returns):
// - advisor: the working set, every synced table but devices; staff with pin_hash (an Argon2id hash, so a
//   PIN set on one station signs in on every station), without the per-station lock-out counters.
// - kiosk: catalog (service_items, service_item_contents), shop_capacity, settings, help_requests; bookings
//   whose slot starts in the last 24 h or later, with their booking_lines; check-ins that arrived in the
//   last 24 h; and, for those bookings and check-ins, the vehicle and the customer's surname, title,
//   mobile and language (to greet and confirm), never consents, signatures, notes or history. A returning
//   walk-in's car is asked of the hub by plate (GET /v1/customers): the same columns of that customer and
//   cars, which the kiosk keeps, and the cars' done services for the reminders, which it does not.
// - lounge: repair orders opened in the last 24 h with their lines, stage events, findings, photos and
//   surveys; for those orders the customer's surname, title, language and MASKED mobile (138****5678: the
//   last four digits find the car, the number never leaves the hub), the car's plate, make and model, the
//   order's check-in (tracking and queue number, arrival; not the concerns or the estimate) and the names
//   and roles of its advisor and technician; catalog, settings, shop_capacity (the working hours a
//   complaint's response deadline counts), help_requests. Never the customer file.
// - board: repair orders opened in the last 24 h and their stage events, with the same customer and car
//   columns as the lounge minus the mobile.
// Windows only reach back in time ("opened in the last 24 h", "slot from 24 h ago on"): a row leaves its
// window but never enters it later, so the cursor never skips a row that becomes visible afterwards.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace checkin::sync {

enum class DeviceRole { Kiosk, Lounge, Advisor, Board };

std::optional<DeviceRole> ParseRole(std::string_view name);
std::string_view RoleName(DeviceRole role);

// column empty: may the role write the table at all (and delete its rows).
bool RoleMayWrite(DeviceRole role, std::string_view table, std::string_view column = {});

inline constexpr std::int64_t kScopeWindowMs = 24LL * 60 * 60 * 1000;

// A column sent in a reduced form only (e.g. domain::MaskMobile): the device never holds the real value. Only
// for tables the role never writes, so a masked value never comes back.
struct MaskedColumn {
    std::string_view column;
    std::string (*mask)(const std::string& value);
};

struct TableScope {
    enum class Rows {
        All, // every row
        Recent, // rows whose time_column >= now - kScopeWindowMs
        ChildOf, // rows whose parent (parent_column -> parent_table) is in scope
        RelatedOnly, // only as the related row of a row in scope (see RelatedRow)
    };
    std::string_view table;
    Rows rows = Rows::All;
    std::string_view time_column; // Recent
    std::string_view parent_column; // ChildOf
    std::string_view parent_table; // ChildOf
    std::vector<std::string_view> columns; // empty: all; else these plus created_at, updated_at, deleted_at
    std::vector<std::string_view> hidden_columns; // never sent
    std::vector<MaskedColumn> masked_columns; // sent masked (text values; NULL stays NULL)
};

// When a row of from_table is sent, the row its via_column references in to_table is sent with it.
struct RelatedRow {
    std::string_view from_table;
    std::string_view via_column;
    std::string_view to_table;
};

// nullptr: the role receives nothing of this table.
const TableScope* FindScope(DeviceRole role, std::string_view table);
const std::vector<RelatedRow>& RelatedRows(DeviceRole role);
// Whether the column of a table in scope is sent to the role.
bool ScopeSendsColumn(const TableScope& scope, std::string_view column);
// The mask of a column the scope sends masked; nullptr when it is sent as stored.
const MaskedColumn* FindMaskedColumn(const TableScope& scope, std::string_view column);

} // namespace checkin::sync
