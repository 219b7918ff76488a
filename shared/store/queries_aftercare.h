#pragma once
// Reads for settlement, the survey and complaints: the bill of an order, whether it was surveyed, the
// complaint list with its deadlines.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/invoice.h"
#include "shared/store/store.h"

namespace checkin::store {

// [SECTION] Settlement
struct InvoiceView {
    std::string order_id;
    std::string number; // "RO20261124-001"
    std::string settlement_number; // "" until delivered
    std::string stage;
    std::string plate;
    std::string surname;
    std::string title;
    std::optional<std::int64_t> mileage_km;
    std::optional<std::int64_t> delivered_at_utc_ms;
    // Approved and done lines (oldest first), then approved red and yellow findings (oldest first; a green
    // one is a check passed, never billed) at their decided price: labor and parts as the finding has them
    // when the decided price equals their sum, else all of it as labor. A line not from the catalog has
    // description_en "" too: show its description. The discount is the order's discount_fen, the VAT rate
    // its vat_rate_bp.
    domain::Invoice invoice;
};
std::optional<InvoiceView> LoadInvoice(Store& store, const std::string& order_id);

// The next settlement number's count for "JS" + yyyymmdd + "-" (domain::SettlementNumberPrefix): 1 + the
// highest used with that prefix by any order, tombstoned too, so a number is never given twice.
int NextSettlementCount(Store& store, const std::string& number_prefix);

// [SECTION] Survey
struct SurveyOfOrder {
    std::string survey_id;
    std::int64_t submitted_at_utc_ms = 0;
    int nps = 0;
};
std::optional<SurveyOfOrder> FindSurveyOfOrder(Store& store, const std::string& order_id);

// [SECTION] Complaints
struct ComplaintRow {
    std::string id;
    std::string customer_id;
    std::string surname;
    std::string title;
    std::string mobile; // as stored on this device ("" when not known)
    std::string plate; // of the order's car, else ""
    std::string order_number; // "" when not about an order
    std::string source; // "survey" | "staff"
    std::string status; // "open" | "responded" | "resolved" | "closed"
    std::string category; // "" until the first response
    std::string description;
    std::int64_t opened_at_utc_ms = 0;
    std::int64_t response_due_at_utc_ms = 0;
    std::optional<std::int64_t> first_response_at_utc_ms;
    std::array<std::string, 2> options; // "" until offered
    std::optional<int> chosen_option;
    std::string resolution;
    std::optional<std::int64_t> resolved_at_utc_ms;
    std::optional<std::int64_t> manager_followup_at_utc_ms;
    std::string manager_note;
    std::optional<std::int64_t> closed_at_utc_ms;
    std::optional<int> survey_nps; // when opened by a survey
};
// Complaints not closed, most urgent first: open ones by response deadline, then responded and resolved by
// opening time. With include_closed, the closed ones of the last 30 days follow, newest first.
std::vector<ComplaintRow> ComplaintRows(Store& store, bool include_closed, std::int64_t now_utc_ms);
std::optional<ComplaintRow> LoadComplaint(Store& store, const std::string& complaint_id);
// Open complaints past their response deadline (no first response yet), for the manager's badge.
int OverdueComplaintCount(Store& store, std::int64_t now_utc_ms);

// [SECTION] Lookups for the use cases (shared/usecases/close_out.cpp, survey.cpp, complaints.cpp)
// A live order as delivery, the survey and a complaint need it.
struct OrderForCloseOut {
    std::string id;
    std::string customer_id;
    std::string vehicle_id;
    std::string stage;
    std::optional<std::int64_t> mileage_km;
    std::optional<std::int64_t> vehicle_mileage_km; // the car's last_mileage_km
    std::vector<std::string> approved_line_ids; // live lines with status approved, oldest first
};
std::optional<OrderForCloseOut> FindOrderForCloseOut(Store& store, const std::string& order_id);

} // namespace checkin::store
