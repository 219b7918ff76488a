#include "shared/store/queries_repair_orders.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "shared/domain/civil_date.h"
#include "shared/domain/order_number.h"
#include "shared/domain/plate.h"
#include "shared/store/queries_settings.h"

namespace checkin::store {
namespace {

constexpr std::size_t kMobileTailDigits = 4;

struct DayRange {
    std::int64_t start_utc_ms = 0;
    std::int64_t end_utc_ms = 0;
};

// The shop day that holds the instant (settings' UTC offset).
DayRange ShopDayOf(Store& store, std::int64_t utc_ms)
{
    const std::int64_t offset = GetIntSetting(store, kSettingUtcOffsetMinutes, kDefaultUtcOffsetMinutes);
    const std::int64_t day = domain::LocalDayNumber(utc_ms, offset);
    return {domain::LocalMidnightUtcMs(day, offset), domain::LocalMidnightUtcMs(day + 1, offset)};
}

// The clock of the write that created a row: rows written in the same millisecond (e.g. the lines of one
// order) keep the order they were written in.
std::string CreatedClock(std::string_view table, std::string_view alias)
{
    return "(SELECT cc.hlc FROM column_clocks cc WHERE cc.table_name = '" + std::string(table)
        + "' AND cc.row_id = " + std::string(alias) + ".id AND cc.column_name = 'created_at')";
}

// Oldest first, in the order the rows were written.
std::string CreatedOrder(std::string_view table, std::string_view alias)
{
    const std::string a(alias);
    return a + ".created_at, " + CreatedClock(table, alias) + ", " + a + ".id";
}

// [SECTION] Order summaries
constexpr std::string_view kSelectSummaries = R"sql(
SELECT o.id, o.number, o.stage, o.customer_id, c.surname, c.title, coalesce(v.plate, ''),
       coalesce(v.make, ''), coalesce(v.model, ''), coalesce(a.name, ''), coalesce(t.name, ''),
       coalesce(o.bay, ''), o.promised_at, o.opened_at,
       (SELECT count(*) FROM findings f WHERE f.repair_order_id = o.id AND f.deleted_at IS NULL
        AND f.rating IN ('red', 'yellow') AND f.decision = 'pending'),
       o.vehicle_id, o.checkin_id, o.mileage_km, o.closed_at, o.vat_rate_bp
FROM repair_orders o
JOIN customers c ON c.id = o.customer_id AND c.deleted_at IS NULL
JOIN vehicles v ON v.id = o.vehicle_id AND v.deleted_at IS NULL
LEFT JOIN staff a ON a.id = o.advisor_id AND a.deleted_at IS NULL
LEFT JOIN staff t ON t.id = o.technician_id AND t.deleted_at IS NULL
WHERE o.deleted_at IS NULL
)sql";

// Orders with a promised time first, by that time; then by number.
constexpr std::string_view kByPromisedTime = " ORDER BY o.promised_at IS NULL, o.promised_at, o.number";

OrderSummary ReadSummary(const Statement& select)
{
    OrderSummary order;
    order.order_id = select.Text(0);
    order.number = select.Text(1);
    order.stage = select.Text(2);
    order.customer_id = select.Text(3);
    order.surname = select.Text(4);
    order.title = select.Text(5);
    order.plate = select.Text(6);
    order.make = select.Text(7);
    order.model = select.Text(8);
    order.advisor_name = select.Text(9);
    order.technician_name = select.Text(10);
    order.bay = select.Text(11);
    order.promised_at_utc_ms = select.OptionalInt64(12);
    order.opened_at_utc_ms = select.Int64(13);
    order.pending_decisions = static_cast<int>(select.Int64(14));
    return order;
}

// [SECTION] The parts of one order
std::vector<OrderLine> LoadLines(Store& store, const std::string& order_id)
{
    Statement select(store.Db(),
        R"sql(
SELECT l.id, l.service_item_id, l.description, coalesce(s.name_en, l.description), l.labor_fen, l.parts_fen,
       l.status, l.source
FROM repair_order_lines l LEFT JOIN service_items s ON s.id = l.service_item_id
WHERE l.repair_order_id = ?1 AND l.deleted_at IS NULL
ORDER BY )sql"
            + CreatedOrder("repair_order_lines", "l"));
    select.BindAll(order_id);
    std::vector<OrderLine> lines;
    while (select.Step())
        lines.push_back({select.Text(0), select.OptionalText(1), select.Text(2), select.Text(3),
            select.Int64(4), select.Int64(5), select.Text(6), select.Text(7)});
    return lines;
}

std::vector<StageEvent> LoadStages(Store& store, const std::string& order_id)
{
    Statement select(store.Db(),
        R"sql(
SELECT e.stage, e.at, coalesce(s.name, '')
FROM stage_events e LEFT JOIN staff s ON s.id = e.by_staff_id AND s.deleted_at IS NULL
WHERE e.repair_order_id = ?1 AND e.deleted_at IS NULL
ORDER BY e.at, )sql"
            + CreatedOrder("stage_events", "e"));
    select.BindAll(order_id);
    std::vector<StageEvent> stages;
    while (select.Step())
        stages.push_back({select.Text(0), select.Int64(1), select.Text(2)});
    return stages;
}

std::vector<PhotoRecord> LoadPhotos(Store& store, const std::string& order_id)
{
    Statement select(store.Db(),
        R"sql(
SELECT p.id, p.finding_id, p.blob_sha256, coalesce(p.screen_sha256, ''), coalesce(p.thumb_sha256, ''),
       coalesce(p.caption, ''), p.kind, coalesce(p.width, 0), coalesce(p.height, 0), p.taken_at
FROM photos p WHERE p.repair_order_id = ?1 AND p.deleted_at IS NULL
ORDER BY p.taken_at, )sql"
            + CreatedOrder("photos", "p"));
    select.BindAll(order_id);
    std::vector<PhotoRecord> photos;
    while (select.Step())
        photos.push_back({select.Text(0), select.OptionalText(1), select.Text(2), select.Text(3),
            select.Text(4), select.Text(5), select.Text(6), static_cast<int>(select.Int64(7)),
            static_cast<int>(select.Int64(8)), select.Int64(9)});
    return photos;
}

std::vector<FindingRecord> LoadFindings(
    Store& store, const std::string& order_id, const std::vector<PhotoRecord>& photos)
{
    Statement select(store.Db(),
        R"sql(
SELECT f.id, f.title, coalesce(f.description, ''), f.rating, f.labor_fen, f.parts_fen, f.decision,
       f.decided_at, f.decided_price_fen
FROM findings f WHERE f.repair_order_id = ?1 AND f.deleted_at IS NULL
ORDER BY CASE f.rating WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 ELSE 2 END, )sql"
            + CreatedOrder("findings", "f"));
    select.BindAll(order_id);
    std::vector<FindingRecord> findings;
    while (select.Step()) {
        FindingRecord finding{select.Text(0), select.Text(1), select.Text(2), select.Text(3), select.Int64(4),
            select.Int64(5), select.Text(6), select.OptionalInt64(7), select.OptionalInt64(8), {}};
        for (const PhotoRecord& photo : photos)
            if (photo.finding_id == finding.id)
                finding.photo_ids.push_back(photo.id);
        findings.push_back(std::move(finding));
    }
    return findings;
}

std::int64_t ApprovedFen(const OrderDetail& order)
{
    std::int64_t total = 0;
    for (const OrderLine& line : order.lines)
        if (line.status == "approved" || line.status == "done")
            total += line.labor_fen + line.parts_fen;
    for (const FindingRecord& finding : order.findings)
        if (finding.decision == "approved")
            total += finding.labor_fen + finding.parts_fen;
    return total;
}

} // namespace

// [SECTION] Arrivals

std::vector<WaitingCheckIn> WaitingCheckIns(Store& store)
{
    Statement select(store.Db(), R"sql(
SELECT k.id, k.customer_id, k.vehicle_id, coalesce(k.queue_number, ''), k.kind, c.surname, c.title,
       coalesce(v.plate, ''), coalesce(v.make, ''), coalesce(v.model, ''), k.arrived_at, k.mileage_km,
       k.mileage_lower_flag, coalesce(k.wait_mode, ''), coalesce(k.concerns_json, ''),
       coalesce(k.concerns_text, ''), coalesce(k.estimate_fen, 0)
FROM checkins k
JOIN customers c ON c.id = k.customer_id AND c.deleted_at IS NULL
JOIN vehicles v ON v.id = k.vehicle_id AND v.deleted_at IS NULL
WHERE k.status = 'waiting' AND k.deleted_at IS NULL
ORDER BY k.arrived_at, k.id
)sql");
    std::vector<WaitingCheckIn> waiting;
    while (select.Step())
        waiting.push_back({select.Text(0), select.Text(1), select.Text(2), select.Text(3), select.Text(4),
            select.Text(5), select.Text(6), select.Text(7), select.Text(8), select.Text(9), select.Int64(10),
            select.OptionalInt64(11), select.Int64(12) != 0, select.Text(13), select.Text(14),
            select.Text(15), select.Int64(16)});
    return waiting;
}

std::vector<TodayBooking> TodaysBookings(Store& store, std::int64_t now_utc_ms)
{
    const DayRange today = ShopDayOf(store, now_utc_ms);
    Statement select(store.Db(), R"sql(
SELECT b.id, b.booking_code, b.slot_start, c.surname, c.title, coalesce(v.plate, ''), b.status
FROM bookings b
JOIN customers c ON c.id = b.customer_id AND c.deleted_at IS NULL
JOIN vehicles v ON v.id = b.vehicle_id AND v.deleted_at IS NULL
WHERE b.deleted_at IS NULL AND b.status <> 'cancelled' AND b.slot_start >= ?1 AND b.slot_start < ?2
ORDER BY b.slot_start, b.booking_code, b.id
)sql");
    select.BindAll(today.start_utc_ms, today.end_utc_ms);
    std::vector<TodayBooking> bookings;
    while (select.Step()) {
        TodayBooking booking{
            select.Text(0), select.Text(1), select.Int64(2), select.Text(3), select.Text(4), select.Text(5)};
        const std::string status = select.Text(6);
        if (status == "arrived")
            booking.arrival = BookingArrival::Arrived;
        else if (status == "no_show" || now_utc_ms - booking.slot_start_utc_ms > kNoShowGraceMs)
            booking.arrival = BookingArrival::NoShow;
        else
            booking.arrival = BookingArrival::NotYet;
        bookings.push_back(std::move(booking));
    }
    return bookings;
}

// [SECTION] Orders

std::vector<OrderSummary> OpenOrders(Store& store)
{
    Statement select(store.Db(),
        std::string(kSelectSummaries) + "AND o.stage <> 'delivered'" + std::string(kByPromisedTime));
    std::vector<OrderSummary> orders;
    while (select.Step())
        orders.push_back(ReadSummary(select));
    return orders;
}

std::optional<OrderDetail> LoadOrder(Store& store, const std::string& order_id)
{
    Statement select(store.Db(), std::string(kSelectSummaries) + "AND o.id = ?1");
    select.BindAll(order_id);
    if (!select.Step())
        return std::nullopt;
    OrderDetail order;
    order.summary = ReadSummary(select);
    order.vehicle_id = select.Text(15);
    order.checkin_id = select.OptionalText(16);
    order.mileage_km = select.OptionalInt64(17);
    order.closed_at_utc_ms = select.OptionalInt64(18);
    order.vat_rate_bp = static_cast<int>(select.Int64(19));
    order.lines = LoadLines(store, order_id);
    order.stages = LoadStages(store, order_id);
    order.photos = LoadPhotos(store, order_id);
    order.findings = LoadFindings(store, order_id, order.photos);
    order.approved_fen = ApprovedFen(order);
    return order;
}

// [SECTION] Customer file for the advisor

std::vector<VisitRecord> VisitHistory(Store& store, const std::string& customer_id)
{
    Statement orders(store.Db(), R"sql(
SELECT o.id, o.number, o.opened_at, o.closed_at, o.mileage_km, coalesce(v.plate, '')
FROM repair_orders o LEFT JOIN vehicles v ON v.id = o.vehicle_id
WHERE o.customer_id = ?1 AND o.deleted_at IS NULL
ORDER BY o.opened_at DESC, o.number DESC
)sql");
    orders.BindAll(customer_id);
    std::vector<VisitRecord> visits;
    std::map<std::string, std::size_t> index;
    while (orders.Step()) {
        index[orders.Text(0)] = visits.size();
        visits.push_back({orders.Text(0), orders.Text(1), orders.Int64(2), orders.OptionalInt64(3),
            orders.OptionalInt64(4), orders.Text(5), {}, {}});
    }
    // Lines first, then findings; each oldest first. Approved red and yellow findings were work done too.
    Statement items(store.Db(),
        R"sql(
SELECT l.repair_order_id, l.description, l.status IN ('approved', 'done'), 0, l.created_at, )sql"
            + CreatedClock("repair_order_lines", "l") + R"sql(, l.id
FROM repair_order_lines l JOIN repair_orders o ON o.id = l.repair_order_id
WHERE o.customer_id = ?1 AND o.deleted_at IS NULL AND l.deleted_at IS NULL
  AND l.status IN ('approved', 'done', 'declined')
UNION ALL
SELECT f.repair_order_id, f.title, f.decision = 'approved', 1, f.created_at, )sql"
            + CreatedClock("findings", "f") + R"sql(, f.id
FROM findings f JOIN repair_orders o ON o.id = f.repair_order_id
WHERE o.customer_id = ?1 AND o.deleted_at IS NULL AND f.deleted_at IS NULL
  AND f.rating IN ('red', 'yellow') AND f.decision IN ('approved', 'declined')
ORDER BY 4, 5, 6, 7
)sql");
    items.BindAll(customer_id);
    while (items.Step()) {
        const auto found = index.find(items.Text(0));
        if (found == index.end())
            continue;
        VisitRecord& visit = visits[found->second];
        (items.Int64(2) != 0 ? visit.done_items : visit.declined_items).push_back(items.Text(1));
    }
    return visits;
}

// [SECTION] Lounge and board

std::optional<std::string> FindLoungeOrderByCode(Store& store, const std::string& tracking_code)
{
    if (tracking_code.empty())
        return std::nullopt;
    const DayRange today = ShopDayOf(store, store.Clock().NowUtcMs());
    Statement select(store.Db(), R"sql(
SELECT o.id FROM checkins k JOIN repair_orders o ON o.checkin_id = k.id
WHERE k.tracking_code = ?1 AND k.arrived_at >= ?2 AND k.arrived_at < ?3 AND k.deleted_at IS NULL
  AND o.deleted_at IS NULL
  AND (o.stage <> 'delivered' OR (o.closed_at >= ?2 AND NOT EXISTS (
      SELECT 1 FROM surveys s WHERE s.repair_order_id = o.id AND s.deleted_at IS NULL)))
ORDER BY o.opened_at DESC, o.id DESC LIMIT 1
)sql");
    select.BindAll(tracking_code, today.start_utc_ms, today.end_utc_ms);
    if (!select.Step())
        return std::nullopt;
    return select.Text(0);
}

std::optional<std::string> FindLoungeOrderByPlate(
    Store& store, const std::string& normalized_plate, const std::string& mobile_last4)
{
    if (normalized_plate.empty() || mobile_last4.size() != kMobileTailDigits
        || !std::all_of(
            mobile_last4.begin(), mobile_last4.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    // The last four characters of the mobile: the full number on the hub and the advisor station, the
    // masked one (138****5678) on a lounge tablet.
    Statement select(store.Db(), R"sql(
SELECT o.id FROM repair_orders o
JOIN vehicles v ON v.id = o.vehicle_id AND v.deleted_at IS NULL
JOIN customers c ON c.id = o.customer_id AND c.deleted_at IS NULL
WHERE v.plate = ?1 AND length(c.mobile) >= 4 AND substr(c.mobile, -4) = ?2
  AND o.deleted_at IS NULL
  AND (o.stage <> 'delivered' OR (o.closed_at >= ?3 AND NOT EXISTS (
      SELECT 1 FROM surveys s WHERE s.repair_order_id = o.id AND s.deleted_at IS NULL)))
ORDER BY o.opened_at DESC, o.id DESC LIMIT 1
)sql");
    select.BindAll(normalized_plate, mobile_last4, ShopDayOf(store, store.Clock().NowUtcMs()).start_utc_ms);
    if (!select.Step())
        return std::nullopt;
    return select.Text(0);
}

std::vector<BoardRow> BoardRows(Store& store, std::int64_t now_utc_ms)
{
    const DayRange today = ShopDayOf(store, now_utc_ms);
    Statement select(store.Db(),
        std::string(kSelectSummaries)
            + "AND o.stage <> 'delivered' AND o.opened_at >= ?1 AND o.opened_at < ?2"
            + std::string(kByPromisedTime));
    select.BindAll(today.start_utc_ms, today.end_utc_ms);
    std::vector<BoardRow> rows;
    while (select.Step()) {
        const OrderSummary order = ReadSummary(select);
        rows.push_back(
            {order.order_id, domain::MaskPlate(order.plate), order.stage, order.promised_at_utc_ms});
    }
    return rows;
}

// [SECTION] Lookups for the use cases

bool IsActiveStaff(Store& store, const std::string& staff_id)
{
    Statement select(
        store.Db(), "SELECT 1 FROM staff WHERE id = ?1 AND active = 1 AND deleted_at IS NULL LIMIT 1");
    select.BindAll(staff_id);
    return select.Step();
}

std::optional<CheckInForOrder> FindCheckInForOrder(Store& store, const std::string& checkin_id)
{
    Statement select(store.Db(), R"sql(
SELECT k.id, k.customer_id, k.vehicle_id, k.booking_id, k.status, k.mileage_km,
       (SELECT s.estimate_json FROM signatures s WHERE s.checkin_id = k.id AND s.deleted_at IS NULL
        ORDER BY s.signed_at DESC, s.id DESC LIMIT 1)
FROM checkins k WHERE k.id = ?1 AND k.deleted_at IS NULL
)sql");
    select.BindAll(checkin_id);
    if (!select.Step())
        return std::nullopt;
    return CheckInForOrder{select.Text(0), select.Text(1), select.Text(2), select.OptionalText(3),
        select.Text(4), select.OptionalInt64(5), select.OptionalText(6)};
}

int NextOrderCount(Store& store, const std::string& number_prefix)
{
    Statement select(store.Db(), "SELECT number FROM repair_orders WHERE substr(number, 1, length(?1)) = ?1");
    select.BindAll(number_prefix);
    int highest = 0;
    while (select.Step())
        highest = std::max(highest, domain::ParseOrderNumberCount(select.Text(0), number_prefix).value_or(0));
    return highest + 1;
}

std::optional<std::string> OrderStageOf(Store& store, const std::string& order_id)
{
    Statement select(store.Db(), "SELECT stage FROM repair_orders WHERE id = ?1 AND deleted_at IS NULL");
    select.BindAll(order_id);
    if (!select.Step())
        return std::nullopt;
    return select.Text(0);
}

std::optional<std::string> OrderOfLine(Store& store, const std::string& line_id)
{
    Statement select(
        store.Db(), "SELECT repair_order_id FROM repair_order_lines WHERE id = ?1 AND deleted_at IS NULL");
    select.BindAll(line_id);
    if (!select.Step())
        return std::nullopt;
    return select.Text(0);
}

int PendingDecisionCount(Store& store, const std::string& order_id)
{
    Statement select(store.Db(), R"sql(
SELECT count(*) FROM findings
WHERE repair_order_id = ?1 AND deleted_at IS NULL AND rating IN ('red', 'yellow') AND decision = 'pending'
)sql");
    select.BindAll(order_id);
    select.Step();
    return static_cast<int>(select.Int64(0));
}

std::optional<FindingForDecision> FindFindingForDecision(Store& store, const std::string& finding_id)
{
    Statement select(store.Db(), R"sql(
SELECT f.id, f.repair_order_id, o.stage, f.rating, f.decision, f.labor_fen + f.parts_fen
FROM findings f JOIN repair_orders o ON o.id = f.repair_order_id AND o.deleted_at IS NULL
WHERE f.id = ?1 AND f.deleted_at IS NULL
)sql");
    select.BindAll(finding_id);
    if (!select.Step())
        return std::nullopt;
    return FindingForDecision{
        select.Text(0), select.Text(1), select.Text(2), select.Text(3), select.Text(4), select.Int64(5)};
}

} // namespace checkin::store
