#include "shared/sync/hub_rules.h"

#include <algorithm>

#include "shared/domain/civil_date.h"
#include "shared/domain/repair_stage.h"
#include "shared/store/queries_capacity.h"
#include "shared/store/queries_settings.h"

namespace checkin::sync {
namespace {

constexpr std::int64_t kHourMs = 60 * 60 * 1000;

std::optional<std::string> TextColumn(const store::RowState& row, std::string_view column)
{
    const auto found = row.columns.find(column);
    if (found == row.columns.end() || !std::holds_alternative<std::string>(found->second.value))
        return std::nullopt;
    return std::get<std::string>(found->second.value);
}

std::optional<std::int64_t> IntColumn(const store::RowState& row, std::string_view column)
{
    const auto found = row.columns.find(column);
    if (found == row.columns.end() || !std::holds_alternative<std::int64_t>(found->second.value))
        return std::nullopt;
    return std::get<std::int64_t>(found->second.value);
}

// The column as it is after the op: the op's winning value, else the hub's.
std::optional<std::string> TextAfter(
    const std::optional<store::RowState>& stored, const store::RowState& winners, std::string_view column)
{
    if (winners.columns.contains(column))
        return TextColumn(winners, column);
    return stored ? TextColumn(*stored, column) : std::nullopt;
}

bool StageChangeAllowed(const std::string& from, const std::string& to)
{
    const auto from_stage = domain::ParseRepairStage(from);
    const auto to_stage = domain::ParseRepairStage(to);
    return from == to || (from_stage && to_stage && domain::IsProcessStageChange(*from_stage, *to_stage));
}

RuleRefusal StageRefusal(const std::string& from, const std::string& to, const std::string& order)
{
    return {"stage_change",
        "Repair order " + order + " is at '" + from + "' on the hub and cannot change to '" + to
            + "' (changed on another station meanwhile); the hub kept '" + from + "'",
        {}, std::nullopt};
}

std::optional<RuleRefusal> CheckStage(
    store::Store& store, const std::optional<store::RowState>& stored, const store::RowState& winners)
{
    if (winners.table == "repair_orders" && stored) {
        const auto from = TextColumn(*stored, "stage");
        const auto to = TextColumn(winners, "stage");
        if (from && to && !StageChangeAllowed(*from, *to))
            return StageRefusal(*from, *to, TextColumn(*stored, "number").value_or(winners.id));
    }
    if (winners.table == "stage_events" && !stored) {
        const auto order_id = TextColumn(winners, "repair_order_id");
        const auto event_stage = TextColumn(winners, "stage");
        const store::TableInfo* orders = store.Schema().Find("repair_orders");
        if (!order_id || !event_stage || orders == nullptr)
            return std::nullopt;
        const auto order = store::ReadRowState(store.Db(), *orders, *order_id);
        const auto order_stage = order ? TextColumn(*order, "stage") : std::nullopt;
        if (order_stage && !StageChangeAllowed(*order_stage, *event_stage))
            return StageRefusal(*order_stage, *event_stage, TextColumn(*order, "number").value_or(*order_id));
    }
    return std::nullopt;
}

std::optional<RuleRefusal> CheckSlotRoom(
    store::Store& store, const std::optional<store::RowState>& stored, const store::RowState& winners)
{
    const auto slot_start = IntColumn(winners, "slot_start");
    if (winners.table != "bookings" || !slot_start
        || TextAfter(stored, winners, "status").value_or("booked") != "booked")
        return std::nullopt;
    const auto deleted = winners.columns.find("deleted_at");
    if (deleted != winners.columns.end() && !std::holds_alternative<std::nullptr_t>(deleted->second.value))
        return std::nullopt;
    if (*slot_start + kHourMs <= store.Clock().NowUtcMs())
        return std::nullopt; // the hour is over: whoever came has been served (history, imports)
    const std::int64_t offset
        = store::GetIntSetting(store, store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes);
    const auto local_hour = [&](std::int64_t utc_ms) { return (utc_ms + offset * 60'000) / kHourMs; };
    const auto before = stored ? IntColumn(*stored, "slot_start") : std::nullopt;
    if (before && local_hour(*before) == local_hour(*slot_start))
        return std::nullopt; // the same hour: it holds its place already

    const std::int64_t day = domain::LocalDayNumber(*slot_start, offset);
    const std::vector<store::SlotView> slots
        = store::DaySlots(store, domain::LocalMidnightUtcMs(day, offset), offset);
    const auto slot = std::find_if(slots.begin(), slots.end(), [&](const store::SlotView& each) {
        return each.start_utc_ms <= *slot_start && *slot_start < each.start_utc_ms + kHourMs;
    });
    // Only a slot that has places and no room left: an hour closed since (a holiday) keeps its bookings
    // for the manager to move, as it does on every station.
    if (slot == slots.end() || slot->capacity <= 0 || !slot->full)
        return std::nullopt;
    const std::string when = domain::FormatIsoDate(day) + " " + domain::FormatLocalTime(*slot_start, offset);
    const std::string code = TextAfter(stored, winners, "booking_code").value_or(winners.id);
    return RuleRefusal{"slot_full",
        "The " + when + " slot has no room left on the hub (booked from another device meanwhile): booking "
            + code + (stored ? " keeps its earlier time" : " was cancelled") + "; call the customer",
        {{"status", std::string("cancelled")}}, when};
}

} // namespace

std::optional<RuleRefusal> CheckHubRules(
    store::Store& store, const std::optional<store::RowState>& stored, const store::RowState& winners)
{
    if (auto refusal = CheckStage(store, stored, winners))
        return refusal;
    return CheckSlotRoom(store, stored, winners);
}

} // namespace checkin::sync
