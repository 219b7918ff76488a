#include "shared/store/queries_exports.h"

#include <sqlite3.h>

#include <memory>
#include <string_view>

#include "shared/domain/civil_date.h"
#include "shared/store/database.h"
#include "shared/store/queries_settings.h"
#include "shared/store/store_error.h"

namespace checkin::store {
namespace {

constexpr std::string_view kFaultSeparator = "；";

// [SECTION] Whole rows as JSON
// Statement reads known columns; copying whole rows needs the column names, so this one read talks to the
// SQLite API itself. Sync bookkeeping (hlc) is left out.
using StatementHandle = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

[[noreturn]] void Fail(Store& store, std::string_view what)
{
    throw StoreError(StoreErrorCode::Other,
        std::string(what) + " in " + store.Db().FileName() + ": " + sqlite3_errmsg(store.Db().Handle()));
}

nlohmann::json Rows(Store& store, std::string_view sql, const std::string& parameter)
{
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(store.Db().Handle(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr)
        != SQLITE_OK)
        Fail(store, "Preparing the customer's data");
    const StatementHandle statement(raw, &sqlite3_finalize);
    sqlite3_bind_text(raw, 1, parameter.data(), static_cast<int>(parameter.size()), SQLITE_TRANSIENT);
    nlohmann::json rows = nlohmann::json::array();
    int result = SQLITE_ROW;
    while ((result = sqlite3_step(raw)) == SQLITE_ROW) {
        nlohmann::json row = nlohmann::json::object();
        for (int column = 0; column < sqlite3_column_count(raw); ++column) {
            const std::string name = sqlite3_column_name(raw, column);
            if (name == "hlc")
                continue;
            switch (sqlite3_column_type(raw, column)) {
            case SQLITE_INTEGER:
                row[name] = sqlite3_column_int64(raw, column);
                break;
            case SQLITE_FLOAT:
                row[name] = sqlite3_column_double(raw, column);
                break;
            case SQLITE_TEXT:
                row[name] = std::string(reinterpret_cast<const char*>(sqlite3_column_text(raw, column)),
                    static_cast<std::size_t>(sqlite3_column_bytes(raw, column)));
                break;
            default:
                row[name] = nullptr;
            }
        }
        rows.push_back(std::move(row));
    }
    if (result != SQLITE_DONE)
        Fail(store, "Reading the customer's data");
    return rows;
}

// Adds the rows of the child query (parameter: the parent's id) to each parent under the key.
void AddChildren(Store& store, nlohmann::json& parents, const char* key, std::string_view sql)
{
    for (nlohmann::json& parent : parents)
        parent[key] = Rows(store, sql, parent.at("id").get<std::string>());
}

// [SECTION] Repair record
// The billed lines and approved findings of each order, with the two statements prepared once.
class ItemReader {
public:
    explicit ItemReader(Store& store)
        : m_lines(store.Db(), R"sql(
SELECT description, labor_hours_tenths, coalesce(part_name, ''), coalesce(part_code, ''), quantity
FROM repair_order_lines
WHERE repair_order_id = ?1 AND deleted_at IS NULL AND status IN ('approved', 'done')
ORDER BY created_at, id
)sql"),
          m_findings(store.Db(), R"sql(
SELECT title FROM findings WHERE repair_order_id = ?1 AND deleted_at IS NULL AND decision = 'approved'
ORDER BY created_at, id
)sql")
    {
    }

    void Load(HealthRecordRow& row)
    {
        m_lines.Reset();
        m_lines.BindAll(row.order_id);
        while (m_lines.Step()) {
            row.items.push_back({m_lines.Text(0), m_lines.Int64(1)});
            if (!m_lines.Text(2).empty() || !m_lines.Text(3).empty())
                row.parts.push_back({m_lines.Text(2), m_lines.Text(3), m_lines.Double(4)});
        }
        m_findings.Reset();
        m_findings.BindAll(row.order_id);
        while (m_findings.Step()) {
            row.items.push_back({m_findings.Text(0), 0});
            if (!row.fault_description.empty())
                row.fault_description += kFaultSeparator;
            row.fault_description += m_findings.Text(0);
        }
    }

private:
    Statement m_lines;
    Statement m_findings;
};

} // namespace

std::vector<HealthRecordRow> HealthRecordRows(
    Store& store, std::int64_t start_utc_ms, std::int64_t end_utc_ms)
{
    const std::int64_t offset = GetIntSetting(store, kSettingUtcOffsetMinutes, kDefaultUtcOffsetMinutes);
    Statement select(store.Db(), R"sql(
SELECT o.id, coalesce(v.vin, ''), coalesce(v.plate, ''), o.opened_at, o.mileage_km, o.closed_at,
       coalesce(o.settlement_number, ''), coalesce(k.concerns_text, '')
FROM repair_orders o
JOIN vehicles v ON v.id = o.vehicle_id
LEFT JOIN checkins k ON k.id = o.checkin_id
WHERE o.closed_at >= ?1 AND o.closed_at < ?2 AND o.deleted_at IS NULL AND o.stage = 'delivered'
ORDER BY o.closed_at, o.id
)sql");
    select.BindAll(start_utc_ms, end_utc_ms);
    std::vector<HealthRecordRow> rows;
    while (select.Step()) {
        HealthRecordRow row;
        row.order_id = select.Text(0);
        row.vin = select.Text(1);
        row.plate = select.Text(2);
        row.drop_off_date = domain::FormatIsoDate(domain::LocalDayNumber(select.Int64(3), offset));
        row.odometer_km = select.OptionalInt64(4);
        row.settlement_date = domain::FormatIsoDate(domain::LocalDayNumber(select.Int64(5), offset));
        row.settlement_number = select.Text(6);
        row.fault_description = select.Text(7);
        rows.push_back(std::move(row));
    }
    ItemReader items(store);
    for (HealthRecordRow& row : rows)
        items.Load(row);
    return rows;
}

std::optional<nlohmann::json> CustomerDataJson(Store& store, const std::string& customer_id)
{
    nlohmann::json customer = Rows(store, "SELECT * FROM customers WHERE id = ?1", customer_id);
    if (customer.empty())
        return std::nullopt;
    nlohmann::json data = nlohmann::json::object();
    data["customer"] = customer.front();
    data["consents"]
        = Rows(store, "SELECT * FROM consents WHERE customer_id = ?1 ORDER BY created_at, id", customer_id);
    data["vehicles"]
        = Rows(store, "SELECT * FROM vehicles WHERE customer_id = ?1 ORDER BY created_at, id", customer_id);

    nlohmann::json bookings
        = Rows(store, "SELECT * FROM bookings WHERE customer_id = ?1 ORDER BY slot_start, id", customer_id);
    AddChildren(store, bookings, "lines",
        "SELECT * FROM booking_lines WHERE booking_id = ?1 ORDER BY created_at, id");
    data["bookings"] = std::move(bookings);

    nlohmann::json checkins
        = Rows(store, "SELECT * FROM checkins WHERE customer_id = ?1 ORDER BY arrived_at, id", customer_id);
    AddChildren(store, checkins, "signatures",
        "SELECT * FROM signatures WHERE checkin_id = ?1 ORDER BY signed_at, id");
    data["checkins"] = std::move(checkins);

    nlohmann::json orders = Rows(
        store, "SELECT * FROM repair_orders WHERE customer_id = ?1 ORDER BY opened_at, id", customer_id);
    AddChildren(store, orders, "lines",
        "SELECT * FROM repair_order_lines WHERE repair_order_id = ?1 ORDER BY created_at, id");
    AddChildren(store, orders, "stage_events",
        "SELECT * FROM stage_events WHERE repair_order_id = ?1 ORDER BY at, id");
    AddChildren(store, orders, "findings",
        "SELECT * FROM findings WHERE repair_order_id = ?1 ORDER BY created_at, id");
    AddChildren(
        store, orders, "photos", "SELECT * FROM photos WHERE repair_order_id = ?1 ORDER BY taken_at, id");
    data["repair_orders"] = std::move(orders);

    nlohmann::json surveys = Rows(store, R"sql(
SELECT s.* FROM surveys s JOIN repair_orders o ON o.id = s.repair_order_id
WHERE o.customer_id = ?1 ORDER BY s.submitted_at, s.id
)sql",
        customer_id);
    AddChildren(store, surveys, "answers",
        "SELECT * FROM survey_answers WHERE survey_id = ?1 ORDER BY created_at, id");
    data["surveys"] = std::move(surveys);
    data["complaints"]
        = Rows(store, "SELECT * FROM complaints WHERE customer_id = ?1 ORDER BY opened_at, id", customer_id);
    data["followups"]
        = Rows(store, "SELECT * FROM followups WHERE customer_id = ?1 ORDER BY due_date, id", customer_id);
    return data;
}

} // namespace checkin::store
