#pragma once
// Settlement and delivery (结算/交车): the advisor sets the discount, shows the customer the itemized bill
// (store::LoadInvoice) and hands the car over. Delivery closes the order and is what the survey and the
// follow-up worklist start from. Each function is one WriteTransaction with its outbox ops and audit entry;
// rules are checked first and throw RuleViolation, leaving the store unchanged.
#include <cstdint>
#include <string>

#include "shared/store/store.h"

namespace checkin::usecases {

// The order's discount in fen (VAT included, taken off the bill's total). Rules: OrderClosed (delivered or
// unknown), BadDiscount (negative or above the bill's total), UnknownStaff.
void SetOrderDiscount(
    store::Store& store, const std::string& order_id, std::int64_t discount_fen, const std::string& staff_id);

struct DeliveryResult {
    std::string settlement_number; // "JS" + shop-local yyyymmdd + "-" + 3 digits, the day's next
    std::int64_t delivered_at_utc_ms = 0;
};

// Hands the car over: stage delivered with its stage event, closed_at, the settlement number, the bill's
// output value (output_value_fen, for the manager's figures: a delivered order no longer changes), approved
// lines marked done, and the vehicle's last_visit_date (shop-local today) and last_mileage_km (the order's
// mileage when higher). The lounge then offers the survey, and the worklist counts its thank-you calls from
// closed_at. Rules: OrderClosed, OrderNotReady (the stage is not ready), DecisionsPending, BadDiscount (lines
// removed since the discount was set left it above the bill's total), UnknownStaff.
// usecases::ChangeStage refuses a move to delivered (BadStageMove): delivery happens only here.
DeliveryResult DeliverOrder(store::Store& store, const std::string& order_id, const std::string& staff_id);

} // namespace checkin::usecases
