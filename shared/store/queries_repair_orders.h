#pragma once
// What the advisor station and the lounge show of check-ins and repair orders. Times are UTC ms; "today"
// is the shop day that contains now (shop-local midnight to midnight, settings' utc offset).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/store/store.h"

namespace checkin::store {

// [SECTION] Arrivals
// A kiosk check-in waiting for an advisor, oldest first.
struct WaitingCheckIn {
    std::string checkin_id;
    std::string customer_id;
    std::string vehicle_id;
    std::string queue_number; // "A001"
    std::string kind; // "booking" | "walk_in"
    std::string surname;
    std::string title; // "mr" | "ms" | ""
    std::string plate; // normalized
    std::string make;
    std::string model;
    std::int64_t arrived_at_utc_ms = 0;
    std::optional<std::int64_t> mileage_km;
    bool mileage_lower_flag = false;
    std::string wait_mode; // "lounge" | "leave" | "ride" | ""
    std::string concerns_json; // ["noise",...] or ""
    std::string concerns_text;
    std::int64_t estimate_fen = 0;
};
std::vector<WaitingCheckIn> WaitingCheckIns(Store& store);

enum class BookingArrival { Arrived, NotYet, NoShow };
// Today's bookings by slot: arrived (status arrived), not yet (booked, slot + 30 min not passed), no-show
// (status no_show, or booked and the slot started more than 30 minutes ago).
struct TodayBooking {
    std::string booking_id;
    std::string booking_code;
    std::int64_t slot_start_utc_ms = 0;
    std::string surname;
    std::string title;
    std::string plate;
    BookingArrival arrival = BookingArrival::NotYet;
};
inline constexpr std::int64_t kNoShowGraceMs = 30LL * 60 * 1000;
std::vector<TodayBooking> TodaysBookings(Store& store, std::int64_t now_utc_ms);

// [SECTION] Orders
struct OrderSummary {
    std::string order_id;
    std::string number; // "RO20261124-001"
    std::string stage; // domain::RepairStageName
    std::string customer_id;
    std::string surname;
    std::string title;
    std::string plate; // normalized
    std::string make;
    std::string model;
    std::string advisor_name;
    std::string technician_name;
    std::string bay;
    std::optional<std::int64_t> promised_at_utc_ms;
    std::int64_t opened_at_utc_ms = 0;
    int pending_decisions = 0; // red/yellow findings still pending
};
// Orders not delivered, by promised time (none last), then number.
std::vector<OrderSummary> OpenOrders(Store& store);

struct OrderLine {
    std::string id;
    std::optional<std::string> service_item_id;
    std::string description; // the catalog name at the time, in the order's language of record (zh)
    std::string description_en;
    std::int64_t labor_fen = 0;
    std::int64_t parts_fen = 0;
    std::string status; // "proposed" | "approved" | "declined" | "done"
    std::string source; // "booking" | "advisor" | "finding"
};

struct StageEvent {
    std::string stage;
    std::int64_t at_utc_ms = 0;
    std::string staff_name; // "" when unknown
};

struct PhotoRecord {
    std::string id;
    std::optional<std::string> finding_id;
    std::string original_sha256;
    std::string screen_sha256; // "" until known
    std::string thumb_sha256;
    std::string caption;
    std::string kind; // "before" | "after" | "progress"
    int width = 0;
    int height = 0;
    std::int64_t taken_at_utc_ms = 0;
};

struct FindingRecord {
    std::string id;
    std::string title;
    std::string description;
    std::string rating; // "red" | "yellow" | "green"
    std::int64_t labor_fen = 0;
    std::int64_t parts_fen = 0;
    std::string decision; // "pending" | "approved" | "declined"
    std::optional<std::int64_t> decided_at_utc_ms;
    std::optional<std::int64_t> decided_price_fen;
    std::vector<std::string> photo_ids; // of photos below, oldest first
};

struct OrderDetail {
    OrderSummary summary;
    std::string vehicle_id;
    std::optional<std::string> checkin_id;
    std::optional<std::int64_t> mileage_km;
    std::optional<std::int64_t> closed_at_utc_ms;
    int vat_rate_bp = 0;
    std::vector<OrderLine> lines; // live lines, oldest first
    std::vector<StageEvent> stages; // oldest first
    std::vector<FindingRecord> findings; // red, yellow, green, then oldest first
    std::vector<PhotoRecord> photos; // live photos, oldest first
    std::int64_t approved_fen = 0; // approved and done lines + approved findings (labor + parts)
};
std::optional<OrderDetail> LoadOrder(Store& store, const std::string& order_id);

// [SECTION] Customer file for the advisor
struct VisitRecord {
    std::string order_id;
    std::string number;
    std::int64_t opened_at_utc_ms = 0;
    std::optional<std::int64_t> closed_at_utc_ms;
    std::optional<std::int64_t> mileage_km;
    std::string plate;
    std::vector<std::string> done_items; // approved/done lines, then approved red/yellow findings
    std::vector<std::string> declined_items; // declined lines and findings: what to offer next time
};
// The customer's orders, newest first.
std::vector<VisitRecord> VisitHistory(Store& store, const std::string& customer_id);

// [SECTION] Lounge and board
// The customer opens their car on a lounge tablet: the open order of today's check-in with this tracking
// code, or of the car with this plate whose customer's mobile ends with these 4 digits; also an order
// handed over today whose survey is not done yet (the customer rates the visit at pickup). nullopt when
// nothing matches: the caller says "not found" without telling which part was wrong.
std::optional<std::string> FindLoungeOrderByCode(Store& store, const std::string& tracking_code);
std::optional<std::string> FindLoungeOrderByPlate(
    Store& store, const std::string& normalized_plate, const std::string& mobile_last4);

// The board in the waiting area: today's open orders (opened today, not delivered), plate masked
// (domain::MaskPlate), by promised time.
struct BoardRow {
    std::string order_id;
    std::string masked_plate; // "京A·***45"
    std::string stage;
    std::optional<std::int64_t> promised_at_utc_ms;
};
std::vector<BoardRow> BoardRows(Store& store, std::int64_t now_utc_ms);

// [SECTION] Lookups for the use cases (shared/usecases/repair_orders.cpp)
// Whether the id is a live, active staff member.
bool IsActiveStaff(Store& store, const std::string& staff_id);

// A live check-in as the advisor's confirmation needs it.
struct CheckInForOrder {
    std::string id;
    std::string customer_id;
    std::string vehicle_id;
    std::optional<std::string> booking_id;
    std::string status; // "waiting" | "confirmed" | "cancelled"
    std::optional<std::int64_t> mileage_km;
    std::optional<std::string> estimate_json; // of its newest live signature
};
std::optional<CheckInForOrder> FindCheckInForOrder(Store& store, const std::string& checkin_id);

// 1 + the highest count of the order numbers that start with the prefix (domain::OrderNumberPrefix), any
// order, tombstoned too, so a number is never given twice; 1 for the day's first order.
int NextOrderCount(Store& store, const std::string& number_prefix);

// The stage name of a live order; nullopt when there is none.
std::optional<std::string> OrderStageOf(Store& store, const std::string& order_id);
// The order of a live line; nullopt when there is none.
std::optional<std::string> OrderOfLine(Store& store, const std::string& line_id);
// Red and yellow live findings of the order still waiting for the customer.
int PendingDecisionCount(Store& store, const std::string& order_id);

// A live finding of a live order.
struct FindingForDecision {
    std::string id;
    std::string order_id;
    std::string order_stage;
    std::string rating;
    std::string decision;
    std::int64_t price_fen = 0; // labor + parts
};
std::optional<FindingForDecision> FindFindingForDecision(Store& store, const std::string& finding_id);

} // namespace checkin::store
