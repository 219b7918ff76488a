// The customer's car: the stages so far with their times, the promised time (red when late) and the
// advisor; the photo feed; the findings with their photos and prices, each to approve or decline; the
// running total of the work approved.
#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "screens/lounge/lounge_screens.h"
#include "screens/station_parts.h"
#include "shared/domain/repair_stage.h"
#include "ui/photo_textures.h"
#include "ui/theme.h"
#include "ui/touch.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

void Timeline(const ScreenContext& context, const store::OrderDetail& order)
{
    const store::OrderSummary& summary = order.summary;
    ui::Heading(context.T("lounge.order.progress"));
    const auto current = domain::ParseRepairStage(summary.stage);
    for (domain::RepairStage stage : domain::AllRepairStages()) {
        const std::string_view name = domain::RepairStageName(stage);
        const auto event = std::find_if(order.stages.rbegin(), order.stages.rend(),
            [&](const store::StageEvent& each) { return each.stage == name; });
        const bool reached = event != order.stages.rend();
        // Awaiting approval is only a step for cars that needed a decision.
        if (stage == domain::RepairStage::AwaitingApproval && !reached)
            continue;
        const bool is_current = current && *current == stage;
        const ImVec2 dot = ImGui::GetCursorScreenPos();
        const float radius = ui::Em(0.35f);
        ImGui::GetWindowDrawList()->AddCircleFilled(
            ImVec2(dot.x + radius, dot.y + ImGui::GetTextLineHeight() * 0.5f), radius,
            is_current    ? ui::colors::kPrimary
                : reached ? ui::colors::kSuccess
                          : ui::colors::kSecondaryPressed);
        ImGui::Indent(ui::Em(1.2f));
        std::string line = StageLabel(context, name);
        if (reached)
            line += "  " + ClockTime(context, event->at_utc_ms);
        if (is_current)
            ui::TextColored(ui::colors::kPrimary, line);
        else if (reached)
            ui::Text(line);
        else
            ui::TextMuted(line);
        ImGui::Unindent(ui::Em(1.2f));
    }
    ImGui::Dummy(ui::Em(0, 0.4f));
    if (summary.promised_at_utc_ms) {
        const bool late = *summary.promised_at_utc_ms < context.now_ms && summary.stage != "ready";
        ui::TextColored(late ? ui::colors::kDanger : ui::colors::kText,
            context.T("lounge.order.promised") + "  " + ClockTime(context, *summary.promised_at_utc_ms));
        if (late)
            ui::TextColored(ui::colors::kDanger, context.T("lounge.order.late"));
    }
    if (!summary.advisor_name.empty())
        ui::Text(context.T("lounge.order.advisor") + "  " + summary.advisor_name);
}

void PhotosOf(const ScreenContext& context, const store::OrderDetail& order,
    const std::vector<std::string>& ids, float tile)
{
    int shown = 0;
    for (std::size_t index = 0; index < order.photos.size(); ++index) {
        const store::PhotoRecord& photo = order.photos[index];
        if (std::find(ids.begin(), ids.end(), photo.id) == ids.end())
            continue;
        if (shown++ % 3 != 0)
            ImGui::SameLine();
        const std::string label
            = context.T("lounge.order.photo") + " " + std::to_string(index + 1) + "##" + photo.id;
        if (ui::PhotoTile(context.textures, photo.thumb_sha256, label.c_str(), ImVec2(tile, tile * 0.75f)))
            context.intents.Push(intent::ViewPhoto{index});
    }
}

// Once the car is ready: the itemized bill as the advisor will settle it, and after the hand-over the way
// to the survey.
void Bill(const ScreenContext& context, const LoungeState& lounge)
{
    const store::InvoiceView& view = *lounge.invoice;
    const domain::Invoice& bill = view.invoice;
    const bool english = context.state.language == i18n::Language::English;
    ui::Heading(context.T(view.delivered_at_utc_ms ? "lounge.bill.delivered" : "lounge.bill.ready"));
    for (const domain::InvoiceLine& line : bill.lines) {
        const std::string& name
            = english && !line.description_en.empty() ? line.description_en : line.description;
        ui::Text(FindingTitle(context, name) + "  " + Yuan((line.labor + line.parts).minor));
        ui::TextMuted(i18n::Format(context.T("lounge.order.price_split"),
            {{"labor", Yuan(line.labor.minor)}, {"parts", Yuan(line.parts.minor)}}));
    }
    if (bill.discount.minor > 0)
        ui::Text(context.T("lounge.bill.discount") + "  -" + Yuan(bill.discount.minor));
    ui::Heading(context.T("lounge.bill.payable") + "  " + Yuan(bill.payable.minor));
    ui::TextMuted(i18n::Format(context.T("lounge.bill.vat_included"),
        {{"rate", std::to_string(bill.vat_rate_bp / 100) + "%"}, {"vat", Yuan(bill.vat.minor)}}));
    if (view.delivered_at_utc_ms && !lounge.surveyed
        && ui::Button(context.C("lounge.survey.start"), {.style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::StartSurvey{});
    if (lounge.surveyed)
        ui::TextColored(ui::colors::kSuccess, context.T("lounge.survey.done"));
    ImGui::Separator();
}

void Findings(const ScreenContext& context, const store::OrderDetail& order)
{
    ui::Heading(context.T("lounge.order.findings"));
    bool any = false;
    for (const store::FindingRecord& finding : order.findings) {
        if (finding.rating == "green")
            continue;
        any = true;
        ImGui::PushID(finding.id.c_str());
        const std::int64_t price = finding.labor_fen + finding.parts_fen;
        const ImVec2 start = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(
            start, ImVec2(start.x + ui::Em(0.4f), start.y + ui::Em(4.6f)), RatingColor(finding.rating));
        ImGui::Indent(ui::Em(0.8f));
        ui::Text(FindingTitle(context, finding.title) + "  " + Yuan(price));
        ui::TextMuted(
            context.T(finding.rating == "red" ? "lounge.order.rating_red" : "lounge.order.rating_yellow")
            + "  ·  "
            + i18n::Format(context.T("lounge.order.price_split"),
                {{"labor", Yuan(finding.labor_fen)}, {"parts", Yuan(finding.parts_fen)}}));
        if (finding.decision == "pending") {
            // The buttons name the item: what the customer agrees to is on the button itself.
            const std::string item = FindingTitle(context, finding.title);
            const std::string approve = i18n::Format(context.T("lounge.order.approve"), {{"item", item}});
            const std::string decline = i18n::Format(context.T("lounge.order.decline"), {{"item", item}});
            if (ui::Button(approve.c_str(), {.style = ui::ButtonStyle::Primary}))
                context.intents.Push(intent::DecideFinding{finding.id, true, price});
            ImGui::SameLine();
            if (ui::Button(decline.c_str()))
                context.intents.Push(intent::DecideFinding{finding.id, false, price});
        } else {
            const bool approved = finding.decision == "approved";
            std::string text = context.T(approved ? "lounge.order.approved" : "lounge.order.declined");
            if (finding.decided_at_utc_ms)
                text += "  " + ClockTime(context, *finding.decided_at_utc_ms);
            ui::TextColored(approved ? ui::colors::kSuccess : ui::colors::kMutedText, text);
        }
        PhotosOf(context, order, finding.photo_ids, ui::Em(6));
        ImGui::Unindent(ui::Em(0.8f));
        ImGui::Dummy(ui::Em(0, 0.4f));
        ImGui::PopID();
    }
    if (!any)
        ui::TextMuted(context.T("lounge.order.no_findings"));
    ImGui::Separator();
    ui::Heading(context.T("lounge.order.approved_total") + "  " + Yuan(order.approved_fen));
}

} // namespace

void DrawLoungeOrderScreen(const ScreenContext& context)
{
    const LoungeState& lounge = context.state.lounge;
    if (!lounge.order)
        return;
    const store::OrderDetail& order = *lounge.order;
    const store::OrderSummary& summary = order.summary;
    ImGui::PushFont(ui::CurrentFonts().heading);
    ui::Text(CarLine(summary.plate, summary.make, summary.model) + "   "
        + GreetingName(context, summary.surname, summary.title));
    ImGui::PopFont();
    if (!lounge.message_key.empty())
        ui::TextColored(lounge.message_is_error ? ui::colors::kDanger : ui::colors::kSuccess,
            context.T(lounge.message_key));
    const float column = ImGui::GetContentRegionAvail().x / 3.0f - ui::Em(0.5f);
    ui::BeginScrollList("##timeline", ImVec2(column * 0.8f, 0));
    Timeline(context, order);
    ui::EndScrollList();
    ImGui::SameLine();
    ui::BeginScrollList("##findings", ImVec2(column * 1.3f, 0));
    if (lounge.invoice)
        Bill(context, lounge);
    Findings(context, order);
    ui::EndScrollList();
    ImGui::SameLine();
    ui::BeginScrollList("##photos", ImVec2(0, 0));
    ui::Heading(context.T("lounge.order.photos"));
    std::vector<std::string> order_photos;
    for (const store::PhotoRecord& photo : order.photos)
        if (!photo.finding_id)
            order_photos.push_back(photo.id);
    if (order_photos.empty())
        ui::TextMuted(context.T("lounge.order.no_photos"));
    PhotosOf(context, order, order_photos, ui::Em(7.5f));
    ui::EndScrollList();
}

void DrawLoungePhotoScreen(const ScreenContext& context)
{
    const LoungeState& lounge = context.state.lounge;
    if (!lounge.order || lounge.photo_index >= lounge.order->photos.size())
        return;
    const store::PhotoRecord& photo = lounge.order->photos[lounge.photo_index];
    const std::size_t count = lounge.order->photos.size();
    if (ui::Button(context.C("lounge.photo.close"), {.style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::ClosePhoto{});
    ImGui::SameLine();
    if (ui::Button(context.C("lounge.photo.previous"), {.enabled = lounge.photo_index > 0}))
        context.intents.Push(intent::StepPhoto{-1});
    ImGui::SameLine();
    if (ui::Button(context.C("lounge.photo.next"), {.enabled = lounge.photo_index + 1 < count}))
        context.intents.Push(intent::StepPhoto{1});
    ImGui::SameLine();
    if (ui::Button(context.C("lounge.photo.zoom_in"), {.enabled = lounge.zoom < 4.0f}))
        context.intents.Push(intent::ZoomPhoto{2.0f});
    ImGui::SameLine();
    if (ui::Button(context.C("lounge.photo.zoom_out"), {.enabled = lounge.zoom > 1.0f}))
        context.intents.Push(intent::ZoomPhoto{0.5f});
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    std::string caption = std::to_string(lounge.photo_index + 1) + " / " + std::to_string(count);
    for (const store::FindingRecord& finding : lounge.order->findings)
        if (photo.finding_id && *photo.finding_id == finding.id)
            caption += "  ·  " + FindingTitle(context, finding.title);
    ui::Text(caption);
    const ImVec2 area = ImGui::GetContentRegionAvail();
    const std::string label
        = context.T("lounge.order.photo") + " " + std::to_string(lounge.photo_index + 1) + "##viewer";
    ui::PhotoTile(context.textures, photo.screen_sha256, label.c_str(), area, lounge.zoom);
    // A horizontal swipe over the picture turns to the next or previous one.
    if (ImGui::IsItemDeactivated() && ui::Gestures().ReleaseWasSwipe()) {
        const float dx = ImGui::GetIO().MousePos.x - ImGui::GetIO().MouseClickedPos[0].x;
        if (std::abs(dx) > ui::Em(3))
            context.intents.Push(intent::StepPhoto{dx < 0 ? 1 : -1});
    }
}

} // namespace checkin::app::screens
