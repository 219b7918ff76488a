#include "shared/sync/roles.h"

#include <algorithm>
#include <array>

#include "shared/domain/phone.h"

namespace checkin::sync {
namespace {

using Rows = TableScope::Rows;

constexpr std::array<std::string_view, 8> kKioskWrites = {"customers", "vehicles", "consents", "bookings",
    "booking_lines", "checkins", "signatures", "help_requests"};
// A low survey score opens a complaint on the tablet, in the survey's transaction.
constexpr std::array<std::string_view, 5> kLoungeWrites
    = {"findings", "surveys", "survey_answers", "complaints", "help_requests"};
constexpr std::string_view kAuditTable = "audit_log";
constexpr std::array<std::string_view, 4> kLoungeFindingColumns
    = {"decision", "decided_at", "decided_device_id", "decided_price_fen"};
constexpr std::string_view kHubOnlyTable = "devices";

template <size_t N> bool Contains(const std::array<std::string_view, N>& names, std::string_view name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

const std::vector<TableScope>& AdvisorScopes()
{
    // Every synced table not listed here is sent whole (see FindScope). The lock-out counters stay on the
    // station where the PIN was typed.
    static const std::vector<TableScope> scopes = {
        {"staff", Rows::All, {}, {}, {}, {}, {"failed_attempts", "locked_until"}, {}},
    };
    return scopes;
}

const std::vector<TableScope>& KioskScopes()
{
    static const std::vector<TableScope> scopes = {
        {"service_items", Rows::All, {}, {}, {}, {}, {}, {}},
        {"service_item_contents", Rows::All, {}, {}, {}, {}, {}, {}},
        {"shop_capacity", Rows::All, {}, {}, {}, {}, {}, {}},
        {"settings", Rows::All, {}, {}, {}, {}, {}, {}},
        {"help_requests", Rows::All, {}, {}, {}, {}, {}, {}},
        {"bookings", Rows::Recent, "slot_start", {}, {}, {}, {"notes"}, {}},
        {"booking_lines", Rows::ChildOf, {}, "booking_id", "bookings", {}, {}, {}},
        {"checkins", Rows::Recent, "arrived_at", {}, {}, {}, {}, {}},
        {"customers", Rows::RelatedOnly, {}, {}, {}, {"surname", "title", "mobile", "preferred_language"}, {},
            {}},
        {"vehicles", Rows::RelatedOnly, {}, {}, {}, {}, {}, {}},
    };
    return scopes;
}

const std::vector<TableScope>& LoungeScopes()
{
    // checkins.kind is NOT NULL without a default: a row without it could not be stored on the tablet.
    static const std::vector<TableScope> scopes = {
        {"service_items", Rows::All, {}, {}, {}, {}, {}, {}},
        {"service_item_contents", Rows::All, {}, {}, {}, {}, {}, {}},
        {"settings", Rows::All, {}, {}, {}, {}, {}, {}},
        {"shop_capacity", Rows::All, {}, {}, {}, {}, {}, {}}, // the working hours of a complaint's deadline
        {"help_requests", Rows::All, {}, {}, {}, {}, {}, {}},
        {"repair_orders", Rows::Recent, "opened_at", {}, {}, {}, {}, {}},
        {"repair_order_lines", Rows::ChildOf, {}, "repair_order_id", "repair_orders", {}, {}, {}},
        {"stage_events", Rows::ChildOf, {}, "repair_order_id", "repair_orders", {}, {}, {}},
        {"findings", Rows::ChildOf, {}, "repair_order_id", "repair_orders", {}, {}, {}},
        {"photos", Rows::ChildOf, {}, "repair_order_id", "repair_orders", {}, {}, {}},
        {"surveys", Rows::ChildOf, {}, "repair_order_id", "repair_orders", {}, {}, {}},
        {"survey_answers", Rows::ChildOf, {}, "survey_id", "surveys", {}, {}, {}},
        {"customers", Rows::RelatedOnly, {}, {}, {}, {"surname", "title", "mobile", "preferred_language"}, {},
            {{"mobile", &domain::MaskMobile}}},
        {"vehicles", Rows::RelatedOnly, {}, {}, {}, {"customer_id", "plate", "make", "model", "car_class"},
            {}, {}},
        {"checkins", Rows::RelatedOnly, {}, {}, {},
            {"tracking_code", "queue_number", "arrived_at", "customer_id", "vehicle_id", "kind"}, {}, {}},
        {"staff", Rows::RelatedOnly, {}, {}, {}, {"name", "role"}, {}, {}},
    };
    return scopes;
}

const std::vector<TableScope>& BoardScopes()
{
    static const std::vector<TableScope> scopes = {
        {"repair_orders", Rows::Recent, "opened_at", {}, {}, {}, {}, {}},
        {"stage_events", Rows::ChildOf, {}, "repair_order_id", "repair_orders", {}, {}, {}},
        {"customers", Rows::RelatedOnly, {}, {}, {}, {"surname", "title", "preferred_language"}, {}, {}},
        {"vehicles", Rows::RelatedOnly, {}, {}, {}, {"customer_id", "plate", "make", "model", "car_class"},
            {}, {}},
    };
    return scopes;
}

const std::vector<TableScope>& ScopesOf(DeviceRole role)
{
    switch (role) {
    case DeviceRole::Kiosk:
        return KioskScopes();
    case DeviceRole::Lounge:
        return LoungeScopes();
    case DeviceRole::Advisor:
        return AdvisorScopes();
    case DeviceRole::Board:
        return BoardScopes();
    }
    return BoardScopes();
}

} // namespace

std::optional<DeviceRole> ParseRole(std::string_view name)
{
    for (DeviceRole role : {DeviceRole::Kiosk, DeviceRole::Lounge, DeviceRole::Advisor, DeviceRole::Board})
        if (RoleName(role) == name)
            return role;
    return std::nullopt;
}

std::string_view RoleName(DeviceRole role)
{
    switch (role) {
    case DeviceRole::Kiosk:
        return "kiosk";
    case DeviceRole::Lounge:
        return "lounge";
    case DeviceRole::Advisor:
        return "advisor";
    case DeviceRole::Board:
        return "board";
    }
    return "board";
}

bool RoleMayWrite(DeviceRole role, std::string_view table, std::string_view column)
{
    if (table == kHubOnlyTable)
        return false;
    switch (role) {
    case DeviceRole::Advisor:
        return true;
    case DeviceRole::Kiosk:
        return Contains(kKioskWrites, table);
    case DeviceRole::Lounge:
        if (table == "findings")
            return !column.empty() && Contains(kLoungeFindingColumns, column);
        if (table == kAuditTable)
            return !column.empty(); // appends entries, never deletes one
        return Contains(kLoungeWrites, table);
    case DeviceRole::Board:
        return false;
    }
    return false;
}

const TableScope* FindScope(DeviceRole role, std::string_view table)
{
    if (table == kHubOnlyTable)
        return nullptr;
    const std::vector<TableScope>& scopes = ScopesOf(role);
    const auto found = std::find_if(
        scopes.begin(), scopes.end(), [&](const TableScope& scope) { return scope.table == table; });
    if (found != scopes.end())
        return &*found;
    if (role == DeviceRole::Advisor) {
        static const TableScope everything{};
        return &everything;
    }
    return nullptr;
}

const std::vector<RelatedRow>& RelatedRows(DeviceRole role)
{
    static const std::vector<RelatedRow> kiosk
        = {{"bookings", "customer_id", "customers"}, {"bookings", "vehicle_id", "vehicles"},
            {"checkins", "customer_id", "customers"}, {"checkins", "vehicle_id", "vehicles"}};
    static const std::vector<RelatedRow> lounge = {{"repair_orders", "customer_id", "customers"},
        {"repair_orders", "vehicle_id", "vehicles"}, {"repair_orders", "checkin_id", "checkins"},
        {"repair_orders", "advisor_id", "staff"}, {"repair_orders", "technician_id", "staff"}};
    static const std::vector<RelatedRow> board
        = {{"repair_orders", "customer_id", "customers"}, {"repair_orders", "vehicle_id", "vehicles"}};
    static const std::vector<RelatedRow> none;
    switch (role) {
    case DeviceRole::Kiosk:
        return kiosk;
    case DeviceRole::Lounge:
        return lounge;
    case DeviceRole::Board:
        return board;
    case DeviceRole::Advisor:
        return none;
    }
    return none;
}

bool ScopeSendsColumn(const TableScope& scope, std::string_view column)
{
    if (std::find(scope.hidden_columns.begin(), scope.hidden_columns.end(), column)
        != scope.hidden_columns.end())
        return false;
    if (scope.columns.empty() || column == "created_at" || column == "updated_at" || column == "deleted_at")
        return true;
    return std::find(scope.columns.begin(), scope.columns.end(), column) != scope.columns.end();
}

const MaskedColumn* FindMaskedColumn(const TableScope& scope, std::string_view column)
{
    const auto found = std::find_if(scope.masked_columns.begin(), scope.masked_columns.end(),
        [&](const MaskedColumn& masked) { return masked.column == column; });
    return found == scope.masked_columns.end() ? nullptr : &*found;
}

} // namespace checkin::sync
