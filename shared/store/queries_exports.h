#pragma once
// Reads for the manager's exports (shared/usecases/exports.h): the national electronic vehicle repair record
// (汽车维修电子健康档案) of the orders delivered in a range, and everything the store holds about one
// customer (their copy of their data).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "shared/store/store.h"

namespace checkin::store {

// [SECTION] Repair record
struct HealthRecordItem {
    std::string name; // the line's description (zh), or the finding's title
    std::int64_t labor_hours_tenths = 0;
};

struct HealthRecordPart {
    std::string name;
    std::string code;
    double quantity = 0.0;
};

// One delivered order. Dates are shop-local 'YYYY-MM-DD'.
struct HealthRecordRow {
    std::string order_id;
    std::string vin; // "" when not recorded (or erased)
    std::string plate;
    std::string drop_off_date; // the order's opening
    std::optional<std::int64_t> odometer_km;
    std::string settlement_date; // delivery (closed_at)
    std::string settlement_number;
    // The customer's words at check-in, then the approved findings' titles, joined by "；".
    std::string fault_description;
    // Approved and done lines (oldest first), then approved findings.
    std::vector<HealthRecordItem> items;
    // The lines that name a part (part_name or part_code).
    std::vector<HealthRecordPart> parts;
};

// Live orders delivered in [start, end) (closed_at), by delivery time.
std::vector<HealthRecordRow> HealthRecordRows(
    Store& store, std::int64_t start_utc_ms, std::int64_t end_utc_ms);

// [SECTION] The customer's data
// Every row about the customer, tombstoned ones included, as JSON objects of their columns (sync bookkeeping
// left out): "customer", "consents", "vehicles", "bookings" (with "lines"), "checkins" (with "signatures":
// metadata only), "repair_orders" (with "lines", "stage_events", "findings", "photos": metadata only),
// "surveys" (with "answers"), "complaints", "followups". nullopt when no customer row has the id.
std::optional<nlohmann::json> CustomerDataJson(Store& store, const std::string& customer_id);

} // namespace checkin::store
