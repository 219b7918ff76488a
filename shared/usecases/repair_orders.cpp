#include "shared/usecases/repair_orders.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "shared/domain/order_number.h"
#include "shared/store/blob_store.h"
#include "shared/store/queries_bookings.h"
#include "shared/store/queries_catalog.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/store/queries_settings.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/audit.h"
#include "shared/usecases/rule_violation.h"
#include "shared/usecases/shop_day.h"

namespace checkin::usecases {
namespace {

using domain::RepairStage;

store::Value TextOrNull(const std::string& text)
{
    if (text.empty())
        return nullptr;
    return text;
}

store::Value OptionalText(const std::optional<std::string>& text)
{
    if (!text)
        return nullptr;
    return *text;
}

void RequireStaff(store::Store& store, const std::string& staff_id)
{
    if (!store::IsActiveStaff(store, staff_id))
        throw RuleViolation(RuleViolationCode::UnknownStaff);
}

void RequireTechnician(store::Store& store, const std::optional<std::string>& technician_id)
{
    if (technician_id)
        RequireStaff(store, *technician_id);
}

// The stage of a live order that is not delivered, else OrderClosed.
RepairStage RequireOpenOrder(store::Store& store, const std::string& order_id)
{
    const std::optional<std::string> name = store::OrderStageOf(store, order_id);
    const std::optional<RepairStage> stage = name ? domain::ParseRepairStage(*name) : std::nullopt;
    if (!stage || !domain::IsOpenStage(*stage))
        throw RuleViolation(RuleViolationCode::OrderClosed);
    return *stage;
}

void RequireFuture(store::Store& store, std::int64_t promised_at_utc_ms)
{
    if (promised_at_utc_ms <= store.Clock().NowUtcMs())
        throw RuleViolation(RuleViolationCode::PromisedInPast);
}

void WriteStageEvent(store::WriteTransaction& write, store::Store& store, const std::string& order_id,
    RepairStage stage, const std::optional<std::string>& staff_id)
{
    write.Upsert("stage_events", write.NewId(),
        {{"repair_order_id", order_id}, {"stage", std::string(domain::RepairStageName(stage))},
            {"at", store.Clock().NowUtcMs()}, {"by_staff_id", OptionalText(staff_id)}});
}

// A line the order opens with: a service the customer booked or signed for.
struct OpeningLine {
    std::string service_item_id;
    std::string description; // name_zh
    std::int64_t labor_fen = 0;
    std::int64_t parts_fen = 0;
};

// The signed estimate is what the customer agreed to (for a booking: the booked services at booked prices,
// plus or minus what they changed at the kiosk); a check-in without a signature falls back to the booking.
std::vector<OpeningLine> OpeningLines(store::Store& store, const store::CheckInForOrder& checkin)
{
    std::vector<OpeningLine> lines;
    if (checkin.estimate_json) {
        const nlohmann::json estimate = nlohmann::json::parse(*checkin.estimate_json);
        for (const nlohmann::json& line : estimate.at("lines"))
            lines.push_back(
                {line.at("service_item_id").get<std::string>(), line.at("name_zh").get<std::string>(),
                    line.at("labor_fen").get<std::int64_t>(), line.at("parts_fen").get<std::int64_t>()});
        return lines;
    }
    if (checkin.booking_id)
        for (const store::BookingLineView& line : store::BookingLines(store, *checkin.booking_id))
            lines.push_back({line.service_item_id, line.name_zh, line.labor_fen, line.parts_fen});
    return lines;
}

const store::CatalogItem* FindItem(const std::vector<store::CatalogItem>& catalog, const std::string& item_id)
{
    const auto found = std::find_if(
        catalog.begin(), catalog.end(), [&](const store::CatalogItem& item) { return item.id == item_id; });
    return found == catalog.end() ? nullptr : &*found;
}

// What a line takes from its catalog item besides the price: labor hours and, when the service fits a part,
// the part's code and name (the national repair record lists them). Nothing when the item is no longer in
// the catalog.
store::Columns CatalogColumns(const store::CatalogItem* item)
{
    if (item == nullptr)
        return {{"labor_hours_tenths", std::int64_t{0}}};
    store::Columns columns = {{"labor_hours_tenths", item->labor_hours_tenths}};
    if (!item->part_code.empty())
        columns.emplace_back("part_code", item->part_code);
    if (!item->part_name.empty())
        columns.emplace_back("part_name", item->part_name);
    return columns;
}

} // namespace

std::string ConfirmCheckIn(store::Store& store, const ConfirmCheckInRequest& request)
{
    const std::int64_t now = store.Clock().NowUtcMs();
    // Taken first, so the order number is read and used under the same write lock.
    store::WriteTransaction write(store);

    // [SECTION] Every rule, before anything is written
    const std::optional<store::CheckInForOrder> checkin
        = store::FindCheckInForOrder(store, request.checkin_id);
    if (!checkin || checkin->status != "waiting")
        throw RuleViolation(RuleViolationCode::CheckInNotWaiting);
    RequireFuture(store, request.promised_at_utc_ms);
    RequireStaff(store, request.advisor_id);
    RequireTechnician(store, request.technician_id);
    const std::vector<OpeningLine> lines = OpeningLines(store, *checkin);

    // [SECTION] The writes
    const std::string date = ShopDate(
        now, store::GetIntSetting(store, store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes));
    const std::string number
        = domain::FormatOrderNumber(date, store::NextOrderCount(store, domain::OrderNumberPrefix(date)));
    write.Upsert("checkins", checkin->id,
        {{"status", std::string("confirmed")}, {"confirmed_at", now}, {"confirmed_by", request.advisor_id}});
    const std::string order_id = write.NewId();
    write.Upsert("repair_orders", order_id,
        {{"checkin_id", checkin->id}, {"customer_id", checkin->customer_id},
            {"vehicle_id", checkin->vehicle_id}, {"number", number}, {"advisor_id", request.advisor_id},
            {"technician_id", OptionalText(request.technician_id)}, {"bay", TextOrNull(request.bay)},
            {"stage", std::string(domain::RepairStageName(RepairStage::CheckedIn))},
            {"promised_at", request.promised_at_utc_ms}, {"opened_at", now},
            {"mileage_km", checkin->mileage_km ? store::Value(*checkin->mileage_km) : store::Value(nullptr)},
            {"vat_rate_bp",
                store::GetIntSetting(store, store::kSettingVatRateBp, store::kDefaultVatRateBp)}});
    WriteStageEvent(write, store, order_id, RepairStage::CheckedIn, request.advisor_id);
    const std::vector<store::CatalogItem> catalog = store::ListCatalog(store);
    for (const OpeningLine& line : lines) {
        store::Columns columns = {{"repair_order_id", order_id}, {"service_item_id", line.service_item_id},
            {"description", line.description}, {"labor_fen", line.labor_fen}, {"parts_fen", line.parts_fen},
            {"status", std::string("approved")}, {"source", std::string("booking")}};
        for (store::Columns::value_type& column : CatalogColumns(FindItem(catalog, line.service_item_id)))
            columns.push_back(std::move(column));
        write.Upsert("repair_order_lines", write.NewId(), columns);
    }
    RecordAudit(write, store, request.advisor_id, "confirm_checkin", "repair_orders", order_id,
        nlohmann::json{{"checkin_id", checkin->id}, {"number", number}}.dump());
    write.Commit();
    return order_id;
}

std::string AddOrderLine(store::Store& store, const std::string& order_id, const std::string& service_item_id,
    const std::string& staff_id)
{
    store::WriteTransaction write(store);
    RequireOpenOrder(store, order_id);
    const std::vector<store::CatalogItem> catalog = store::ListCatalog(store);
    const auto item = std::find_if(catalog.begin(), catalog.end(),
        [&](const store::CatalogItem& entry) { return entry.id == service_item_id; });
    if (item == catalog.end())
        throw RuleViolation(RuleViolationCode::UnknownServiceItem);
    RequireStaff(store, staff_id);

    const std::string line_id = write.NewId();
    store::Columns columns = {{"repair_order_id", order_id}, {"service_item_id", item->id},
        {"description", item->name_zh}, {"labor_fen", item->labor_fen}, {"parts_fen", item->parts_fen},
        {"status", std::string("approved")}, {"source", std::string("advisor")}};
    for (store::Columns::value_type& column : CatalogColumns(&*item))
        columns.push_back(std::move(column));
    write.Upsert("repair_order_lines", line_id, columns);
    RecordAudit(write, store, staff_id, "add_order_line", "repair_order_lines", line_id,
        nlohmann::json{{"repair_order_id", order_id}, {"service_item_id", item->id}}.dump());
    write.Commit();
    return line_id;
}

void RemoveOrderLine(store::Store& store, const std::string& line_id, const std::string& staff_id)
{
    store::WriteTransaction write(store);
    const std::optional<std::string> order_id = store::OrderOfLine(store, line_id);
    if (!order_id)
        throw RuleViolation(RuleViolationCode::UnknownLine);
    RequireOpenOrder(store, *order_id);
    RequireStaff(store, staff_id);

    write.Tombstone("repair_order_lines", line_id);
    RecordAudit(write, store, staff_id, "remove_order_line", "repair_order_lines", line_id,
        nlohmann::json{{"repair_order_id", *order_id}}.dump());
    write.Commit();
}

void AssignOrder(store::Store& store, const std::string& order_id,
    const std::optional<std::string>& technician_id, const std::string& bay, std::int64_t promised_at_utc_ms,
    const std::string& staff_id)
{
    store::WriteTransaction write(store);
    RequireOpenOrder(store, order_id);
    RequireFuture(store, promised_at_utc_ms);
    RequireStaff(store, staff_id);
    RequireTechnician(store, technician_id);

    write.Upsert("repair_orders", order_id,
        {{"technician_id", OptionalText(technician_id)}, {"bay", TextOrNull(bay)},
            {"promised_at", promised_at_utc_ms}});
    nlohmann::json detail
        = {{"technician_id", technician_id ? nlohmann::json(*technician_id) : nlohmann::json(nullptr)},
            {"bay", bay}, {"promised_at", promised_at_utc_ms}};
    RecordAudit(write, store, staff_id, "assign_order", "repair_orders", order_id, detail.dump());
    write.Commit();
}

void ChangeStage(
    store::Store& store, const std::string& order_id, RepairStage stage, const std::string& staff_id)
{
    store::WriteTransaction write(store);
    const RepairStage from = RequireOpenOrder(store, order_id);
    // Delivery settles the bill and closes the order: only DeliverOrder (close_out.h) does it.
    if (stage == RepairStage::Delivered || !domain::CanMoveStage(from, stage))
        throw RuleViolation(RuleViolationCode::BadStageMove);
    if (stage == RepairStage::InRepair && store::PendingDecisionCount(store, order_id) > 0)
        throw RuleViolation(RuleViolationCode::DecisionsPending);
    RequireStaff(store, staff_id);

    write.Upsert("repair_orders", order_id, {{"stage", std::string(domain::RepairStageName(stage))}});
    WriteStageEvent(write, store, order_id, stage, staff_id);
    RecordAudit(write, store, staff_id, "change_stage", "repair_orders", order_id,
        nlohmann::json{{"from", domain::RepairStageName(from)}, {"to", domain::RepairStageName(stage)}}
            .dump());
    write.Commit();
}

std::string_view FindingRatingName(FindingRating rating)
{
    switch (rating) {
    case FindingRating::Red:
        return "red";
    case FindingRating::Yellow:
        return "yellow";
    case FindingRating::Green:
        return "green";
    }
    return "yellow";
}

std::string AddFinding(store::Store& store, const NewFinding& finding, const std::string& staff_id)
{
    store::WriteTransaction write(store);
    const RepairStage stage = RequireOpenOrder(store, finding.order_id);
    if (finding.title.find_first_not_of(" \t\r\n") == std::string::npos)
        throw RuleViolation(RuleViolationCode::MissingFindingTitle);
    if (finding.labor_fen < 0 || finding.parts_fen < 0)
        throw RuleViolation(RuleViolationCode::NegativePrice);
    RequireStaff(store, staff_id);

    // A green finding is a check passed: nothing to do, so nothing to charge without the customer's consent.
    const bool needs_decision = finding.rating != FindingRating::Green;
    const std::string finding_id = write.NewId();
    write.Upsert("findings", finding_id,
        {{"repair_order_id", finding.order_id}, {"title", finding.title},
            {"description", TextOrNull(finding.description)},
            {"rating", std::string(FindingRatingName(finding.rating))},
            {"labor_fen", needs_decision ? finding.labor_fen : std::int64_t{0}},
            {"parts_fen", needs_decision ? finding.parts_fen : std::int64_t{0}},
            {"decision", std::string(needs_decision ? "pending" : "approved")}});
    if (needs_decision && (stage == RepairStage::CheckedIn || stage == RepairStage::Inspection)) {
        write.Upsert("repair_orders", finding.order_id,
            {{"stage", std::string(domain::RepairStageName(RepairStage::AwaitingApproval))}});
        WriteStageEvent(write, store, finding.order_id, RepairStage::AwaitingApproval, staff_id);
    }
    RecordAudit(write, store, staff_id, "add_finding", "findings", finding_id,
        nlohmann::json{{"repair_order_id", finding.order_id}, {"rating", FindingRatingName(finding.rating)}}
            .dump());
    write.Commit();
    return finding_id;
}

void DecideFinding(
    store::Store& store, const std::string& finding_id, Decision decision, std::int64_t shown_price_fen)
{
    store::WriteTransaction write(store);
    const std::optional<store::FindingForDecision> finding = store::FindFindingForDecision(store, finding_id);
    if (!finding)
        throw RuleViolation(RuleViolationCode::UnknownFinding);
    const std::optional<RepairStage> stage = domain::ParseRepairStage(finding->order_stage);
    if (!stage || !domain::IsOpenStage(*stage))
        throw RuleViolation(RuleViolationCode::OrderClosed);
    if (finding->decision != "pending")
        throw RuleViolation(RuleViolationCode::AlreadyDecided);
    if (shown_price_fen != finding->price_fen)
        throw RuleViolation(RuleViolationCode::PriceChanged);

    const std::string decided = decision == Decision::Approve ? "approved" : "declined";
    // Only the decision columns: the only ones a lounge tablet may write (sync::RoleMayWrite).
    write.Upsert("findings", finding_id,
        {{"decision", decided}, {"decided_at", store.Clock().NowUtcMs()},
            {"decided_device_id", store.DeviceId()}, {"decided_price_fen", shown_price_fen}});
    RecordAudit(write, store, std::nullopt, "decide_finding", "findings", finding_id,
        nlohmann::json{{"decision", decided}, {"price_fen", shown_price_fen}}.dump());
    write.Commit();
}

std::string_view PhotoKindName(PhotoKind kind)
{
    switch (kind) {
    case PhotoKind::Before:
        return "before";
    case PhotoKind::After:
        return "after";
    case PhotoKind::Progress:
        return "progress";
    }
    return "progress";
}

std::string AttachPhoto(store::Store& store, const NewPhoto& photo, const media::PreparedPhoto& prepared,
    const std::string& staff_id)
{
    store::WriteTransaction write(store);
    RequireOpenOrder(store, photo.order_id);
    if (photo.finding_id) {
        const auto finding = store::FindFindingForDecision(store, *photo.finding_id);
        if (!finding || finding->order_id != photo.order_id)
            throw RuleViolation(RuleViolationCode::UnknownFinding);
    }
    RequireStaff(store, staff_id);

    // The files first (a failed commit leaves unreferenced files, never a row naming a missing file); their
    // blobs rows commit with the photo row.
    const std::string original = store::SaveBlob(store, prepared.original.bytes, prepared.original.extension);
    const std::string screen = store::SaveBlob(store, prepared.screen.bytes, prepared.screen.extension);
    const std::string thumb = store::SaveBlob(store, prepared.thumb.bytes, prepared.thumb.extension);
    const std::string photo_id = write.NewId();
    write.Upsert("photos", photo_id,
        {{"repair_order_id", photo.order_id}, {"finding_id", OptionalText(photo.finding_id)},
            {"blob_sha256", original}, {"screen_sha256", screen}, {"thumb_sha256", thumb},
            {"caption", TextOrNull(photo.caption)}, {"kind", std::string(PhotoKindName(photo.kind))},
            {"width", std::int64_t{prepared.original.width}},
            {"height", std::int64_t{prepared.original.height}},
            {"taken_at", photo.taken_at_utc_ms != 0 ? photo.taken_at_utc_ms : store.Clock().NowUtcMs()}});
    RecordAudit(write, store, staff_id, "attach_photo", "photos", photo_id,
        nlohmann::json{{"repair_order_id", photo.order_id}, {"sha256", original}}.dump());
    write.Commit();
    return photo_id;
}

} // namespace checkin::usecases
