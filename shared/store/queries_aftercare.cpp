#include "shared/store/queries_aftercare.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string_view>

#include "shared/domain/order_number.h"

namespace checkin::store {
namespace {

// Complaints written before schema 4 have no deadline of their own: one hour after opening.
constexpr std::int64_t kLegacyResponseMs = 60 * 60 * 1000;
constexpr std::int64_t kClosedComplaintsShownMs = 30LL * 24 * 60 * 60 * 1000;

// Oldest first, in the order the rows were written: rows of one millisecond (the lines of one order) by the
// clock of the write that created them.
std::string CreatedOrder(std::string_view table, std::string_view alias)
{
    const std::string a(alias);
    return a + ".created_at, (SELECT cc.hlc FROM column_clocks cc WHERE cc.table_name = '"
        + std::string(table) + "' AND cc.row_id = " + a + ".id AND cc.column_name = 'created_at'), " + a
        + ".id";
}

// [SECTION] Settlement

std::vector<domain::InvoiceLine> BilledLines(Store& store, const std::string& order_id)
{
    std::vector<domain::InvoiceLine> lines;
    Statement order_lines(store.Db(),
        R"sql(
SELECT l.description, coalesce(s.name_en, ''), l.labor_fen, l.parts_fen, l.labor_hours_tenths
FROM repair_order_lines l LEFT JOIN service_items s ON s.id = l.service_item_id
WHERE l.repair_order_id = ?1 AND l.deleted_at IS NULL AND l.status IN ('approved', 'done')
ORDER BY )sql"
            + CreatedOrder("repair_order_lines", "l"));
    order_lines.BindAll(order_id);
    while (order_lines.Step())
        lines.push_back({order_lines.Text(0), order_lines.Text(1), domain::Money{order_lines.Int64(2)},
            domain::Money{order_lines.Int64(3)}, order_lines.Int64(4)});

    Statement findings(store.Db(),
        R"sql(
SELECT f.title, f.labor_fen, f.parts_fen, coalesce(f.decided_price_fen, f.labor_fen + f.parts_fen)
FROM findings f
WHERE f.repair_order_id = ?1 AND f.deleted_at IS NULL AND f.decision = 'approved'
  AND f.rating IN ('red', 'yellow')
ORDER BY )sql"
            + CreatedOrder("findings", "f"));
    findings.BindAll(order_id);
    while (findings.Step()) {
        const domain::Money labor{findings.Int64(1)};
        const domain::Money parts{findings.Int64(2)};
        const domain::Money decided{findings.Int64(3)};
        // The customer consented to the decided price; split it as the finding did only when it still adds
        // up.
        if (decided == labor + parts)
            lines.push_back({findings.Text(0), "", labor, parts, 0});
        else
            lines.push_back({findings.Text(0), "", decided, domain::Money{}, 0});
    }
    return lines;
}

// [SECTION] Complaints

constexpr std::string_view kSelectComplaints = R"sql(
SELECT k.id, k.customer_id, coalesce(c.surname, ''), coalesce(c.title, ''), coalesce(c.mobile, ''),
       coalesce(v.plate, ''), coalesce(o.number, ''), k.source, k.status, coalesce(k.category, ''),
       coalesce(k.description, ''), k.opened_at, coalesce(k.response_due_at, k.opened_at + ?1),
       k.first_response_at, k.options_json, k.chosen_option, coalesce(k.resolution, ''), k.resolved_at,
       k.manager_followup_at, coalesce(k.manager_note, ''), k.closed_at, s.nps
FROM complaints k
LEFT JOIN customers c ON c.id = k.customer_id
LEFT JOIN repair_orders o ON o.id = k.repair_order_id
LEFT JOIN vehicles v ON v.id = o.vehicle_id
LEFT JOIN surveys s ON s.id = k.survey_id
WHERE k.deleted_at IS NULL
)sql";

// The two options of options_json ["a", "b"]; "" for anything else.
std::array<std::string, 2> ParseOptions(const std::optional<std::string>& options_json)
{
    std::array<std::string, 2> options;
    if (!options_json)
        return options;
    const nlohmann::json parsed = nlohmann::json::parse(*options_json, nullptr, false);
    if (!parsed.is_array())
        return options;
    for (std::size_t index = 0; index < options.size() && index < parsed.size(); ++index)
        if (parsed[index].is_string())
            options[index] = parsed[index].get<std::string>();
    return options;
}

ComplaintRow ReadComplaint(const Statement& select)
{
    ComplaintRow row;
    row.id = select.Text(0);
    row.customer_id = select.Text(1);
    row.surname = select.Text(2);
    row.title = select.Text(3);
    row.mobile = select.Text(4);
    row.plate = select.Text(5);
    row.order_number = select.Text(6);
    row.source = select.Text(7);
    row.status = select.Text(8);
    row.category = select.Text(9);
    row.description = select.Text(10);
    row.opened_at_utc_ms = select.Int64(11);
    row.response_due_at_utc_ms = select.Int64(12);
    row.first_response_at_utc_ms = select.OptionalInt64(13);
    row.options = ParseOptions(select.OptionalText(14));
    if (const auto chosen = select.OptionalInt64(15))
        row.chosen_option = static_cast<int>(*chosen);
    row.resolution = select.Text(16);
    row.resolved_at_utc_ms = select.OptionalInt64(17);
    row.manager_followup_at_utc_ms = select.OptionalInt64(18);
    row.manager_note = select.Text(19);
    row.closed_at_utc_ms = select.OptionalInt64(20);
    if (const auto nps = select.OptionalInt64(21))
        row.survey_nps = static_cast<int>(*nps);
    return row;
}

} // namespace

// [SECTION] Settlement

std::optional<InvoiceView> LoadInvoice(Store& store, const std::string& order_id)
{
    Statement select(store.Db(), R"sql(
SELECT o.id, o.number, coalesce(o.settlement_number, ''), o.stage, coalesce(v.plate, ''),
       coalesce(c.surname, ''), coalesce(c.title, ''), o.mileage_km,
       CASE WHEN o.stage = 'delivered' THEN o.closed_at END, o.discount_fen, o.vat_rate_bp
FROM repair_orders o
LEFT JOIN customers c ON c.id = o.customer_id
LEFT JOIN vehicles v ON v.id = o.vehicle_id
WHERE o.id = ?1 AND o.deleted_at IS NULL
)sql");
    select.BindAll(order_id);
    if (!select.Step())
        return std::nullopt;
    InvoiceView view;
    view.order_id = select.Text(0);
    view.number = select.Text(1);
    view.settlement_number = select.Text(2);
    view.stage = select.Text(3);
    view.plate = select.Text(4);
    view.surname = select.Text(5);
    view.title = select.Text(6);
    view.mileage_km = select.OptionalInt64(7);
    view.delivered_at_utc_ms = select.OptionalInt64(8);
    view.invoice = domain::ComputeInvoice(
        BilledLines(store, order_id), domain::Money{select.Int64(9)}, static_cast<int>(select.Int64(10)));
    return view;
}

int NextSettlementCount(Store& store, const std::string& number_prefix)
{
    // A range on the index rather than substr(): every number of the prefix sorts between the prefix and the
    // prefix with its last character raised by one.
    std::string after_prefix = number_prefix;
    if (!after_prefix.empty())
        ++after_prefix.back();
    Statement select(store.Db(),
        "SELECT settlement_number FROM repair_orders WHERE settlement_number >= ?1 AND settlement_number < "
        "?2");
    select.BindAll(number_prefix, after_prefix);
    int highest = 0;
    while (select.Step())
        highest = std::max(highest, domain::ParseOrderNumberCount(select.Text(0), number_prefix).value_or(0));
    return highest + 1;
}

// [SECTION] Survey

std::optional<SurveyOfOrder> FindSurveyOfOrder(Store& store, const std::string& order_id)
{
    Statement select(store.Db(), R"sql(
SELECT id, submitted_at, coalesce(nps, 0) FROM surveys
WHERE repair_order_id = ?1 AND deleted_at IS NULL
ORDER BY submitted_at, id LIMIT 1
)sql");
    select.BindAll(order_id);
    if (!select.Step())
        return std::nullopt;
    return SurveyOfOrder{select.Text(0), select.Int64(1), static_cast<int>(select.Int64(2))};
}

// [SECTION] Complaints

std::vector<ComplaintRow> ComplaintRows(Store& store, bool include_closed, std::int64_t now_utc_ms)
{
    Statement select(store.Db(), std::string(kSelectComplaints) + R"sql(
  AND (k.status <> 'closed' OR (?2 = 1 AND k.closed_at >= ?3))
ORDER BY CASE k.status WHEN 'open' THEN 0 WHEN 'closed' THEN 2 ELSE 1 END,
         CASE WHEN k.status = 'open' THEN coalesce(k.response_due_at, k.opened_at + ?1) END,
         CASE WHEN k.status = 'closed' THEN -k.closed_at ELSE k.opened_at END, k.id
)sql");
    select.BindAll(
        kLegacyResponseMs, std::int64_t{include_closed ? 1 : 0}, now_utc_ms - kClosedComplaintsShownMs);
    std::vector<ComplaintRow> rows;
    while (select.Step())
        rows.push_back(ReadComplaint(select));
    return rows;
}

std::optional<ComplaintRow> LoadComplaint(Store& store, const std::string& complaint_id)
{
    Statement select(store.Db(), std::string(kSelectComplaints) + "  AND k.id = ?2");
    select.BindAll(kLegacyResponseMs, complaint_id);
    if (!select.Step())
        return std::nullopt;
    return ReadComplaint(select);
}

int OverdueComplaintCount(Store& store, std::int64_t now_utc_ms)
{
    Statement select(store.Db(), R"sql(
SELECT count(*) FROM complaints
WHERE status = 'open' AND first_response_at IS NULL AND deleted_at IS NULL
  AND coalesce(response_due_at, opened_at + ?1) < ?2
)sql");
    select.BindAll(kLegacyResponseMs, now_utc_ms);
    select.Step();
    return static_cast<int>(select.Int64(0));
}

// [SECTION] Lookups for the use cases

std::optional<OrderForCloseOut> FindOrderForCloseOut(Store& store, const std::string& order_id)
{
    Statement select(store.Db(), R"sql(
SELECT o.id, o.customer_id, o.vehicle_id, o.stage, o.mileage_km, v.last_mileage_km
FROM repair_orders o LEFT JOIN vehicles v ON v.id = o.vehicle_id
WHERE o.id = ?1 AND o.deleted_at IS NULL
)sql");
    select.BindAll(order_id);
    if (!select.Step())
        return std::nullopt;
    OrderForCloseOut order{select.Text(0), select.Text(1), select.Text(2), select.Text(3),
        select.OptionalInt64(4), select.OptionalInt64(5), {}};
    Statement lines(store.Db(),
        "SELECT l.id FROM repair_order_lines l WHERE l.repair_order_id = ?1 AND l.deleted_at IS NULL AND "
        "l.status = "
        "'approved' ORDER BY "
            + CreatedOrder("repair_order_lines", "l"));
    lines.BindAll(order_id);
    while (lines.Step())
        order.approved_line_ids.push_back(lines.Text(0));
    return order;
}

} // namespace checkin::store
