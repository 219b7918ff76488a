#pragma once
// Complaint handling (投诉处理) as DOMAIN.md has it: respond within 1 hour of working time, classify
// (product / service / communication), offer two resolution options and record the customer's choice,
// resolve, and close only after the service manager's second follow-up call. Each step is one
// WriteTransaction with its audit entry; steps out of order are ComplaintStepOutOfOrder. Rules are checked
// first and throw RuleViolation, leaving the store unchanged; every staff id must be active (UnknownStaff).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "shared/store/store.h"

namespace checkin::usecases {

inline constexpr std::int64_t kComplaintResponseMs = 60 * 60 * 1000;

// When the first response is due for a complaint opened at this time: one hour of the shop's working time,
// the hours with capacity in shop_capacity (shop-local). Opened outside them, the hour starts when the shop
// next opens; a shop with no hour of capacity at all (no rows, or only rows of 0 slots) counts every hour as
// working.
std::int64_t ComplaintResponseDue(store::Store& store, std::int64_t opened_at_utc_ms);

enum class ComplaintCategory { Product, Service, Communication };
std::string_view ComplaintCategoryName(ComplaintCategory category); // "product" | "service" | "communication"

struct NewComplaint {
    std::string customer_id;
    std::optional<std::string> order_id;
    std::string description; // required
};

// A complaint taken by staff (a call, at the desk): source "staff", status open. Rules: UnknownCustomer,
// OrderClosed (an order id that is not the customer's), MissingComplaintText. Returns the id.
std::string OpenComplaint(store::Store& store, const NewComplaint& complaint, const std::string& staff_id);

// The first response: category, first_response_at, responded_by; status responded. From open only.
void RespondToComplaint(store::Store& store, const std::string& complaint_id, ComplaintCategory category,
    const std::string& staff_id);

// The two resolution options offered (options_json ["a","b"]), both required (MissingComplaintText). From
// responded, before a choice is recorded; offering again replaces them.
void OfferResolutionOptions(store::Store& store, const std::string& complaint_id, const std::string& option_a,
    const std::string& option_b, const std::string& staff_id);

// The option the customer chose, 0 or 1 (anything else is a caller's bug: std::invalid_argument). After
// options were offered, while responded; choosing again replaces the choice.
void RecordChosenOption(
    store::Store& store, const std::string& complaint_id, int option_index, const std::string& staff_id);

// What was done (required): resolution, resolved_at, resolved_by; status resolved. After a choice.
void ResolveComplaint(store::Store& store, const std::string& complaint_id, const std::string& resolution,
    const std::string& staff_id);

// The service manager's second follow-up call (note required): manager_followup_at, manager_id,
// manager_note. After resolved (a second record replaces the note; the audit log keeps both); manager_id
// must be an active manager (NotAManager).
void RecordManagerFollowUp(store::Store& store, const std::string& complaint_id, const std::string& note,
    const std::string& manager_id);

// Closes a resolved complaint: status closed, closed_at. ManagerFollowUpRequired without the manager's call.
void CloseComplaint(store::Store& store, const std::string& complaint_id, const std::string& staff_id);

} // namespace checkin::usecases
