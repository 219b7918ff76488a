#include "shared/usecases/close_out.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <utility>

#include "shared/domain/order_number.h"
#include "shared/domain/repair_stage.h"
#include "shared/store/queries_aftercare.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/store/queries_settings.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/audit.h"
#include "shared/usecases/rule_violation.h"
#include "shared/usecases/shop_day.h"

namespace checkin::usecases {
namespace {

using domain::RepairStage;

void RequireStaff(store::Store& store, const std::string& staff_id)
{
    if (!store::IsActiveStaff(store, staff_id))
        throw RuleViolation(RuleViolationCode::UnknownStaff);
}

// The stage of a live order that is not delivered, else OrderClosed.
RepairStage RequireOpenStage(const std::string& stage_name)
{
    const std::optional<RepairStage> stage = domain::ParseRepairStage(stage_name);
    if (!stage || !domain::IsOpenStage(*stage))
        throw RuleViolation(RuleViolationCode::OrderClosed);
    return *stage;
}

store::InvoiceView RequireOpenBill(store::Store& store, const std::string& order_id)
{
    std::optional<store::InvoiceView> bill = store::LoadInvoice(store, order_id);
    if (!bill)
        throw RuleViolation(RuleViolationCode::OrderClosed);
    RequireOpenStage(bill->stage);
    return std::move(*bill);
}

} // namespace

void SetOrderDiscount(
    store::Store& store, const std::string& order_id, std::int64_t discount_fen, const std::string& staff_id)
{
    store::WriteTransaction write(store);
    const store::InvoiceView bill = RequireOpenBill(store, order_id);
    if (discount_fen < 0 || discount_fen > bill.invoice.total.minor)
        throw RuleViolation(RuleViolationCode::BadDiscount);
    RequireStaff(store, staff_id);

    write.Upsert("repair_orders", order_id, {{"discount_fen", discount_fen}});
    RecordAudit(write, store, staff_id, "set_discount", "repair_orders", order_id,
        nlohmann::json{{"discount_fen", discount_fen}, {"previous_fen", bill.invoice.discount.minor},
            {"total_fen", bill.invoice.total.minor}}
            .dump());
    write.Commit();
}

DeliveryResult DeliverOrder(store::Store& store, const std::string& order_id, const std::string& staff_id)
{
    const std::int64_t now = store.Clock().NowUtcMs();
    // Taken first, so the settlement number is read and used under the same write lock.
    store::WriteTransaction write(store);

    // [SECTION] Every rule, before anything is written
    const std::optional<store::OrderForCloseOut> order = store::FindOrderForCloseOut(store, order_id);
    if (!order)
        throw RuleViolation(RuleViolationCode::OrderClosed);
    if (RequireOpenStage(order->stage) != RepairStage::Ready)
        throw RuleViolation(RuleViolationCode::OrderNotReady);
    if (store::PendingDecisionCount(store, order_id) > 0)
        throw RuleViolation(RuleViolationCode::DecisionsPending);
    const store::InvoiceView bill = RequireOpenBill(store, order_id);
    if (bill.invoice.payable.minor < 0) // lines removed after the discount was set
        throw RuleViolation(RuleViolationCode::BadDiscount);
    RequireStaff(store, staff_id);

    // [SECTION] The writes
    const std::string date = ShopDate(
        now, store::GetIntSetting(store, store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes));
    const std::string number = domain::FormatSettlementNumber(
        date, store::NextSettlementCount(store, domain::SettlementNumberPrefix(date)));
    const std::string delivered(domain::RepairStageName(RepairStage::Delivered));
    write.Upsert("repair_orders", order_id,
        {{"stage", delivered}, {"closed_at", now}, {"settlement_number", number},
            {"output_value_fen", bill.invoice.output_value.minor}});
    write.Upsert("stage_events", write.NewId(),
        {{"repair_order_id", order_id}, {"stage", delivered}, {"at", now}, {"by_staff_id", staff_id}});
    for (const std::string& line_id : order->approved_line_ids)
        write.Upsert("repair_order_lines", line_id, {{"status", std::string("done")}});
    store::Columns vehicle = {{"last_visit_date", date}};
    if (order->mileage_km && (!order->vehicle_mileage_km || *order->mileage_km > *order->vehicle_mileage_km))
        vehicle.emplace_back("last_mileage_km", *order->mileage_km);
    write.Upsert("vehicles", order->vehicle_id, vehicle);
    RecordAudit(write, store, staff_id, "deliver_order", "repair_orders", order_id,
        nlohmann::json{{"settlement_number", number}, {"payable_fen", bill.invoice.payable.minor},
            {"output_value_fen", bill.invoice.output_value.minor}}
            .dump());
    write.Commit();
    return {number, now};
}

} // namespace checkin::usecases
