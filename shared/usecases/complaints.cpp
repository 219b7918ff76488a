#include "shared/usecases/complaints.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <utility>

#include "shared/domain/civil_date.h"
#include "shared/store/queries_aftercare.h"
#include "shared/store/queries_capacity.h"
#include "shared/store/queries_customers.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/store/queries_settings.h"
#include "shared/store/queries_staff.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/audit.h"
#include "shared/usecases/rule_violation.h"

namespace checkin::usecases {
namespace {

constexpr std::int64_t kHourMs = 60 * 60 * 1000;

bool IsBlank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

void RequireText(const std::string& text)
{
    if (IsBlank(text))
        throw RuleViolation(RuleViolationCode::MissingComplaintText);
}

void RequireStaff(store::Store& store, const std::string& staff_id)
{
    if (!store::IsActiveStaff(store, staff_id))
        throw RuleViolation(RuleViolationCode::UnknownStaff);
}

store::ComplaintRow RequireComplaint(store::Store& store, const std::string& complaint_id)
{
    std::optional<store::ComplaintRow> complaint = store::LoadComplaint(store, complaint_id);
    if (!complaint)
        throw RuleViolation(RuleViolationCode::UnknownComplaint);
    return std::move(*complaint);
}

void RequireStep(bool in_order)
{
    if (!in_order)
        throw RuleViolation(RuleViolationCode::ComplaintStepOutOfOrder);
}

bool OptionsOffered(const store::ComplaintRow& complaint)
{
    return !complaint.options[0].empty() && !complaint.options[1].empty();
}

} // namespace

std::int64_t ComplaintResponseDue(store::Store& store, std::int64_t opened_at_utc_ms)
{
    const store::WorkingWeek week = store::WorkingHours(store);
    bool any = false;
    for (const auto& day : week)
        for (bool working : day)
            any = any || working;
    if (!any)
        return opened_at_utc_ms + kComplaintResponseMs;

    // Hour by hour from the opening, counting only the working time; a working hour exists, so this ends
    // within two weeks.
    const std::int64_t offset
        = store::GetIntSetting(store, store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes);
    std::int64_t remaining = kComplaintResponseMs;
    std::int64_t at = opened_at_utc_ms;
    for (;;) {
        const std::int64_t day = domain::LocalDayNumber(at, offset);
        const std::int64_t midnight = domain::LocalMidnightUtcMs(day, offset);
        const std::int64_t hour = (at - midnight) / kHourMs;
        const std::int64_t hour_end = midnight + (hour + 1) * kHourMs;
        if (week.at(static_cast<std::size_t>(domain::IsoWeekday(day) - 1))
                .at(static_cast<std::size_t>(hour))) {
            if (at + remaining <= hour_end)
                return at + remaining;
            remaining -= hour_end - at;
        }
        at = hour_end;
    }
}

std::string_view ComplaintCategoryName(ComplaintCategory category)
{
    switch (category) {
    case ComplaintCategory::Product:
        return "product";
    case ComplaintCategory::Service:
        return "service";
    case ComplaintCategory::Communication:
        return "communication";
    }
    return "service";
}

std::string OpenComplaint(store::Store& store, const NewComplaint& complaint, const std::string& staff_id)
{
    store::WriteTransaction write(store);
    if (!store::IsLiveCustomer(store, complaint.customer_id))
        throw RuleViolation(RuleViolationCode::UnknownCustomer);
    if (complaint.order_id) {
        const std::optional<store::OrderForCloseOut> order
            = store::FindOrderForCloseOut(store, *complaint.order_id);
        if (!order || order->customer_id != complaint.customer_id)
            throw RuleViolation(RuleViolationCode::OrderClosed);
    }
    RequireText(complaint.description);
    RequireStaff(store, staff_id);

    const std::int64_t now = store.Clock().NowUtcMs();
    const std::string id = write.NewId();
    write.Upsert("complaints", id,
        {{"customer_id", complaint.customer_id},
            {"repair_order_id",
                complaint.order_id ? store::Value(*complaint.order_id) : store::Value(nullptr)},
            {"source", std::string("staff")}, {"status", std::string("open")},
            {"description", complaint.description}, {"opened_at", now},
            {"response_due_at", ComplaintResponseDue(store, now)}});
    RecordAudit(write, store, staff_id, "open_complaint", "complaints", id,
        nlohmann::json{{"customer_id", complaint.customer_id},
            {"repair_order_id",
                complaint.order_id ? nlohmann::json(*complaint.order_id) : nlohmann::json(nullptr)}}
            .dump());
    write.Commit();
    return id;
}

void RespondToComplaint(store::Store& store, const std::string& complaint_id, ComplaintCategory category,
    const std::string& staff_id)
{
    store::WriteTransaction write(store);
    const store::ComplaintRow complaint = RequireComplaint(store, complaint_id);
    RequireStep(complaint.status == "open");
    RequireStaff(store, staff_id);

    const std::int64_t now = store.Clock().NowUtcMs();
    const std::string name(ComplaintCategoryName(category));
    write.Upsert("complaints", complaint_id,
        {{"category", name}, {"first_response_at", now}, {"responded_by", staff_id},
            {"status", std::string("responded")}});
    RecordAudit(write, store, staff_id, "respond_complaint", "complaints", complaint_id,
        nlohmann::json{{"category", name}, {"late", now > complaint.response_due_at_utc_ms}}.dump());
    write.Commit();
}

void OfferResolutionOptions(store::Store& store, const std::string& complaint_id, const std::string& option_a,
    const std::string& option_b, const std::string& staff_id)
{
    store::WriteTransaction write(store);
    const store::ComplaintRow complaint = RequireComplaint(store, complaint_id);
    RequireStep(complaint.status == "responded" && !complaint.chosen_option);
    RequireText(option_a);
    RequireText(option_b);
    RequireStaff(store, staff_id);

    const nlohmann::json options = nlohmann::json::array({option_a, option_b});
    write.Upsert("complaints", complaint_id, {{"options_json", options.dump()}});
    RecordAudit(write, store, staff_id, "offer_complaint_options", "complaints", complaint_id,
        nlohmann::json{{"options", options}}.dump());
    write.Commit();
}

void RecordChosenOption(
    store::Store& store, const std::string& complaint_id, int option_index, const std::string& staff_id)
{
    if (option_index != 0 && option_index != 1)
        throw std::invalid_argument(
            "A complaint offers options 0 and 1, not " + std::to_string(option_index));
    store::WriteTransaction write(store);
    const store::ComplaintRow complaint = RequireComplaint(store, complaint_id);
    RequireStep(complaint.status == "responded" && OptionsOffered(complaint));
    RequireStaff(store, staff_id);

    write.Upsert("complaints", complaint_id, {{"chosen_option", std::int64_t{option_index}}});
    RecordAudit(write, store, staff_id, "choose_complaint_option", "complaints", complaint_id,
        nlohmann::json{{"chosen_option", option_index}}.dump());
    write.Commit();
}

void ResolveComplaint(store::Store& store, const std::string& complaint_id, const std::string& resolution,
    const std::string& staff_id)
{
    store::WriteTransaction write(store);
    const store::ComplaintRow complaint = RequireComplaint(store, complaint_id);
    RequireStep(complaint.status == "responded" && complaint.chosen_option.has_value());
    RequireText(resolution);
    RequireStaff(store, staff_id);

    write.Upsert("complaints", complaint_id,
        {{"resolution", resolution}, {"resolved_at", store.Clock().NowUtcMs()}, {"resolved_by", staff_id},
            {"status", std::string("resolved")}});
    RecordAudit(write, store, staff_id, "resolve_complaint", "complaints", complaint_id);
    write.Commit();
}

void RecordManagerFollowUp(store::Store& store, const std::string& complaint_id, const std::string& note,
    const std::string& manager_id)
{
    store::WriteTransaction write(store);
    const store::ComplaintRow complaint = RequireComplaint(store, complaint_id);
    RequireStep(complaint.status == "resolved");
    RequireText(note);
    RequireStaff(store, manager_id);
    const std::optional<store::StaffRow> manager = store::FindStaff(store, manager_id);
    if (!manager || manager->role != "manager")
        throw RuleViolation(RuleViolationCode::NotAManager);

    write.Upsert("complaints", complaint_id,
        {{"manager_followup_at", store.Clock().NowUtcMs()}, {"manager_id", manager_id},
            {"manager_note", note}});
    RecordAudit(write, store, manager_id, "complaint_manager_followup", "complaints", complaint_id);
    write.Commit();
}

void CloseComplaint(store::Store& store, const std::string& complaint_id, const std::string& staff_id)
{
    store::WriteTransaction write(store);
    const store::ComplaintRow complaint = RequireComplaint(store, complaint_id);
    RequireStep(complaint.status == "resolved");
    if (!complaint.manager_followup_at_utc_ms)
        throw RuleViolation(RuleViolationCode::ManagerFollowUpRequired);
    RequireStaff(store, staff_id);

    write.Upsert("complaints", complaint_id,
        {{"status", std::string("closed")}, {"closed_at", store.Clock().NowUtcMs()}});
    RecordAudit(write, store, staff_id, "close_complaint", "complaints", complaint_id);
    write.Commit();
}

} // namespace checkin::usecases
