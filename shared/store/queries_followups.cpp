#include "shared/store/queries_followups.h"

#include <algorithm>
#include <map>

#include "shared/domain/civil_date.h"
#include "shared/domain/repair_stage.h"

namespace checkin::store {
namespace {

constexpr std::string_view kSelectVehicles = R"sql(
SELECT v.id, v.customer_id, coalesce(v.plate, ''), v.purchase_date, v.last_mileage_km, v.insurance_expiry,
       v.inspection_expiry, v.licence_expiry, v.last_visit_date
FROM vehicles v JOIN customers c ON c.id = v.customer_id
WHERE v.id > ?1 AND v.deleted_at IS NULL AND c.deleted_at IS NULL AND c.erased_at IS NULL
ORDER BY v.id
LIMIT ?2
)sql";

// The orders of the cars with ids in (?1, ?2]: a range of repair_orders_vehicle.
constexpr std::string_view kSelectOrders = R"sql(
SELECT o.vehicle_id, o.id, o.stage, o.opened_at, o.closed_at, o.mileage_km
FROM repair_orders o
WHERE o.vehicle_id > ?1 AND o.vehicle_id <= ?2 AND o.deleted_at IS NULL
)sql";

constexpr std::string_view kSelectDoneLines = R"sql(
SELECT o.vehicle_id, s.code, coalesce(o.closed_at, o.opened_at), o.mileage_km
FROM repair_orders o
JOIN repair_order_lines l ON l.repair_order_id = o.id
JOIN service_items s ON s.id = l.service_item_id
WHERE o.vehicle_id > ?1 AND o.vehicle_id <= ?2 AND o.deleted_at IS NULL AND l.status = 'done'
  AND l.deleted_at IS NULL
)sql";

constexpr std::string_view kSelectWorklist = R"sql(
SELECT f.id, f.kind, f.due_date, coalesce(f.reason, ''), f.customer_id, c.surname, c.title, c.mobile,
       f.vehicle_id, coalesce(v.plate, ''), coalesce(v.make, ''), coalesce(v.model, ''), f.repair_order_id,
       coalesce(o.number, ''), f.outcome, f.note, f.attempts, f.attempted_at
FROM followups f
JOIN customers c ON c.id = f.customer_id
LEFT JOIN vehicles v ON v.id = f.vehicle_id
LEFT JOIN repair_orders o ON o.id = f.repair_order_id
WHERE f.done_at IS NULL AND f.deleted_at IS NULL AND f.due_date <= ?1 AND c.erased_at IS NULL
)sql";

std::string LastDay(std::string_view today, std::int64_t due_within_days)
{
    const std::optional<std::int64_t> day = domain::ParseIsoDate(today);
    return day ? domain::FormatIsoDate(*day + due_within_days) : std::string(today);
}

std::string LocalDate(std::int64_t utc_ms, std::int64_t utc_offset_minutes)
{
    return domain::FormatIsoDate(domain::LocalDayNumber(utc_ms, utc_offset_minutes));
}

FollowUpSource ReadSource(const Statement& row)
{
    FollowUpSource source;
    source.vehicle_id = row.Text(0);
    source.customer_id = row.Text(1);
    source.plate = row.Text(2);
    domain::VehicleFollowUpFacts& facts = source.facts;
    facts.service.purchase_date = row.OptionalText(3);
    facts.service.mileage_km = row.OptionalInt64(4);
    facts.insurance_expiry = row.OptionalText(5);
    facts.inspection_expiry = row.OptionalText(6);
    facts.licence_expiry = row.OptionalText(7);
    facts.last_visit_date = row.OptionalText(8);
    if (facts.service.purchase_date)
        facts.readings.push_back({*facts.service.purchase_date, 0});
    return source;
}

void LoadOrders(Store& store, const std::string& after, std::map<std::string, FollowUpSource*>& by_id,
    std::string_view delivered_since, std::int64_t utc_offset_minutes)
{
    const std::string delivered_name(domain::RepairStageName(domain::RepairStage::Delivered));
    Statement orders(store.Db(), kSelectOrders);
    orders.BindAll(after, by_id.rbegin()->first);
    while (orders.Step()) {
        const auto found = by_id.find(orders.Text(0));
        if (found == by_id.end())
            continue;
        domain::VehicleFollowUpFacts& facts = found->second->facts;
        if (const std::optional<std::int64_t> mileage = orders.OptionalInt64(5))
            facts.readings.push_back({LocalDate(orders.Int64(3), utc_offset_minutes), *mileage});
        const std::optional<std::int64_t> closed_at = orders.OptionalInt64(4);
        if (orders.Text(2) != delivered_name || !closed_at)
            continue;
        std::string delivered = LocalDate(*closed_at, utc_offset_minutes);
        if (delivered >= delivered_since)
            facts.delivered.push_back({orders.Text(1), std::move(delivered)});
    }

    Statement lines(store.Db(), kSelectDoneLines);
    lines.BindAll(after, by_id.rbegin()->first);
    while (lines.Step()) {
        const auto found = by_id.find(lines.Text(0));
        if (found != by_id.end())
            found->second->facts.service.history.push_back(
                {lines.Text(1), LocalDate(lines.Int64(2), utc_offset_minutes), lines.OptionalInt64(3)});
    }
}

} // namespace

std::vector<FollowUpSource> FollowUpSourcesAfter(Store& store, const std::string& after_vehicle_id, int limit,
    std::string_view delivered_since, std::int64_t utc_offset_minutes)
{
    std::vector<FollowUpSource> sources;
    Statement select(store.Db(), kSelectVehicles);
    select.BindAll(after_vehicle_id, limit);
    while (select.Step())
        sources.push_back(ReadSource(select));
    if (sources.empty())
        return sources;
    std::map<std::string, FollowUpSource*> by_id;
    for (FollowUpSource& source : sources)
        by_id.emplace(source.vehicle_id, &source);
    LoadOrders(store, after_vehicle_id, by_id, delivered_since, utc_offset_minutes);
    return sources;
}

std::set<std::string, std::less<>> ExistingFollowUpIds(Store& store, const std::vector<std::string>& ids)
{
    std::set<std::string, std::less<>> existing;
    Statement select(store.Db(), "SELECT 1 FROM followups WHERE id = ?1");
    for (const std::string& id : ids) {
        select.Reset();
        select.BindAll(id);
        if (select.Step())
            existing.insert(id);
    }
    return existing;
}

std::optional<FollowUpRow> FindFollowUp(Store& store, const std::string& followup_id)
{
    Statement select(store.Db(), R"sql(
SELECT f.id, f.customer_id, f.vehicle_id, f.kind, f.done_at, f.attempts, c.erased_at IS NOT NULL
FROM followups f JOIN customers c ON c.id = f.customer_id
WHERE f.id = ?1 AND f.deleted_at IS NULL
)sql");
    select.BindAll(followup_id);
    if (!select.Step())
        return std::nullopt;
    return FollowUpRow{select.Text(0), select.Text(1), select.OptionalText(2), select.Text(3),
        select.OptionalInt64(4), select.Int64(5), select.Int64(6) != 0};
}

std::vector<WorklistItem> WorklistItems(Store& store, std::string_view today, const WorklistFilter& filter)
{
    // Written out rather than "?2 IS NULL OR ...", so a kind's calls are read from followups_open. Ties
    // of a day go by rowid, the order of the index: no sort of a whole day's calls, which may be thousands.
    const std::string kind = filter.kind ? "AND f.kind = ?2 " : "AND ?2 IS NULL ";
    const std::string order = filter.order == WorklistOrder::NewestDueFirst
        ? "ORDER BY f.due_date DESC, f.rowid DESC LIMIT ?3 OFFSET ?4"
        : "ORDER BY f.due_date, f.rowid LIMIT ?3 OFFSET ?4";
    Statement select(store.Db(), std::string(kSelectWorklist) + kind + order);
    select.BindAll(LastDay(today, filter.due_within_days), filter.kind, filter.limit, filter.offset);
    std::vector<WorklistItem> items;
    while (select.Step()) {
        WorklistItem item;
        item.id = select.Text(0);
        item.kind = select.Text(1);
        item.due_date = select.Text(2);
        item.reason = select.Text(3);
        item.customer_id = select.Text(4);
        item.surname = select.Text(5);
        item.title = select.Text(6);
        item.mobile = select.OptionalText(7);
        item.vehicle_id = select.OptionalText(8);
        item.plate = select.Text(9);
        item.make = select.Text(10);
        item.model = select.Text(11);
        item.repair_order_id = select.OptionalText(12);
        item.order_number = select.Text(13);
        item.last_outcome = select.OptionalText(14);
        item.note = select.OptionalText(15);
        item.attempts = select.Int64(16);
        item.attempted_at = select.OptionalInt64(17);
        items.push_back(std::move(item));
    }
    return items;
}

std::vector<WorklistCount> WorklistCounts(Store& store, std::string_view today, const WorklistFilter& filter)
{
    Statement select(store.Db(), R"sql(
SELECT count(*) FROM (
    SELECT 1 FROM followups INDEXED BY followups_open
    WHERE kind = ?1 AND done_at IS NULL AND deleted_at IS NULL AND due_date <= ?2
    LIMIT ?3)
)sql");
    const std::string last_day = LastDay(today, filter.due_within_days);
    std::vector<WorklistCount> counts;
    for (const domain::FollowUpKind kind : domain::AllFollowUpKinds()) {
        const std::string name(domain::FollowUpKindName(kind));
        select.Reset();
        select.BindAll(name, last_day, kWorklistCountCap);
        select.Step();
        if (const std::int64_t count = select.Int64(0); count > 0)
            counts.push_back({name, count});
    }
    std::sort(counts.begin(), counts.end(),
        [](const WorklistCount& a, const WorklistCount& b) { return a.kind < b.kind; });
    return counts;
}

} // namespace checkin::store
