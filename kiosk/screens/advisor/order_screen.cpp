// One repair order: where it stands and where it can go next, its lines, the findings of the inspection
// with the customer's decisions, and the photos (file browser, dropped files or a bay's camera folder).
#include <algorithm>

#include <imgui.h>

#include "screens/advisor/advisor_screens.h"
#include "screens/station_parts.h"
#include "shared/domain/repair_stage.h"
#include "ui/photo_textures.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

void Header(const ScreenContext& context, const store::OrderDetail& order)
{
    const store::OrderSummary& summary = order.summary;
    ImGui::PushFont(ui::CurrentFonts().heading);
    ui::Text(summary.number + "  " + CarLine(summary.plate, summary.make, summary.model));
    ImGui::PopFont();
    std::string line = CustomerName(context, summary.surname, summary.title) + "  ·  "
        + StageLabel(context, summary.stage);
    if (!summary.technician_name.empty())
        line += "  ·  " + summary.technician_name;
    if (!summary.bay.empty())
        line += "  ·  " + i18n::Format(context.T("advisor.confirm.bay_name"), {{"bay", summary.bay}});
    ui::Text(line);
    if (summary.promised_at_utc_ms) {
        const bool late = *summary.promised_at_utc_ms < context.now_ms;
        ImGui::SameLine();
        ui::TextColored(late ? ui::colors::kDanger : ui::colors::kText,
            "  ·  " + context.T("advisor.order.promised") + " "
                + ClockTime(context, *summary.promised_at_utc_ms));
    }
    const auto stage = domain::ParseRepairStage(summary.stage);
    if (!stage)
        return;
    for (domain::RepairStage next : domain::NextStages(*stage)) {
        if (next == domain::RepairStage::Delivered) { // handed over only with the bill (close-out)
            if (ui::Button(context.C("advisor.order.settle"), {.style = ui::ButtonStyle::Primary}))
                context.intents.Push(intent::OpenCloseOut{});
            ImGui::SameLine();
            continue;
        }
        const std::string label = i18n::Format(context.T("advisor.order.move_to"),
            {{"stage", StageLabel(context, domain::RepairStageName(next))}});
        if (ui::Button(label.c_str()))
            context.intents.Push(intent::MoveStage{std::string(domain::RepairStageName(next))});
        ImGui::SameLine();
    }
    ImGui::NewLine();
}

void Lines(const ScreenContext& context, const store::OrderDetail& order, bool open)
{
    const bool english = context.state.language == i18n::Language::English;
    ui::Heading(context.T("advisor.order.lines"));
    for (const store::OrderLine& line : order.lines) {
        ImGui::PushID(line.id.c_str());
        const std::string& name
            = english && !line.description_en.empty() ? line.description_en : line.description;
        if (open && line.source != "finding") {
            if (ui::Button("x##remove", {.style = ui::ButtonStyle::Quiet}))
                context.intents.Push(intent::RemoveOrderLine{line.id});
            ImGui::SameLine();
        }
        ImGui::AlignTextToFramePadding();
        ui::Text(FindingTitle(context, name) + "  " + Yuan(line.labor_fen + line.parts_fen));
        ImGui::PopID();
    }
    ui::Text(context.T("advisor.order.approved_total") + "  " + Yuan(order.approved_fen));
    if (!open)
        return;
    ImGui::Dummy(ui::Em(0, 0.3f));
    ui::TextMuted(context.T("advisor.order.add_service"));
    for (const store::CatalogItem& item : context.state.catalog.services) {
        ImGui::PushID(item.id.c_str());
        const std::string label = "+ " + (english ? item.name_en : item.name_zh);
        if (ui::Button(label.c_str(), {.style = ui::ButtonStyle::Quiet}))
            context.intents.Push(intent::AddOrderLine{item.id});
        ImGui::PopID();
    }
}

void PhotoStrip(const ScreenContext& context, const store::OrderDetail& order,
    const std::vector<std::string>& photo_ids, float tile)
{
    int shown = 0;
    for (const store::PhotoRecord& photo : order.photos) {
        if (std::find(photo_ids.begin(), photo_ids.end(), photo.id) == photo_ids.end())
            continue;
        if (shown++ % 4 != 0)
            ImGui::SameLine();
        const std::string label
            = (photo.caption.empty() ? context.T("advisor.order.photo") : photo.caption) + "##" + photo.id;
        ui::PhotoTile(context.textures, photo.thumb_sha256, label.c_str(), ImVec2(tile, tile * 0.75f));
    }
}

void Findings(const ScreenContext& context, const store::OrderDetail& order, bool open)
{
    ui::Heading(context.T("advisor.order.findings"));
    if (order.findings.empty())
        ui::TextMuted(context.T("advisor.order.no_findings"));
    const float tile = ui::Em(6);
    for (const store::FindingRecord& finding : order.findings) {
        ImGui::PushID(finding.id.c_str());
        const ImVec2 start = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(
            start, ImVec2(start.x + ui::Em(0.4f), start.y + ui::Em(2.4f)), RatingColor(finding.rating));
        ImGui::Indent(ui::Em(0.8f));
        std::string line = FindingTitle(context, finding.title);
        if (finding.rating != "green")
            line += "  " + Yuan(finding.labor_fen + finding.parts_fen);
        ui::Text(line);
        const char* decision_key = finding.decision == "approved" ? "advisor.order.decision_approved"
            : finding.decision == "declined"                      ? "advisor.order.decision_declined"
                                                                  : "advisor.order.decision_pending";
        const ImU32 color = finding.decision == "approved" ? ui::colors::kSuccess
            : finding.decision == "declined"               ? ui::colors::kDanger
                                                           : ui::colors::kWarning;
        ui::TextColored(
            color, finding.rating == "green" ? context.T("advisor.order.rated_ok") : context.T(decision_key));
        if (open) {
            const std::string label = i18n::Format(context.T("advisor.order.add_finding_photo"),
                {{"item", FindingTitle(context, finding.title)}});
            if (ui::Button(label.c_str(), {.style = ui::ButtonStyle::Quiet}))
                context.intents.Push(intent::BrowsePhotos{finding.id});
        }
        PhotoStrip(context, order, finding.photo_ids, tile);
        ImGui::Unindent(ui::Em(0.8f));
        ImGui::Dummy(ui::Em(0, 0.3f));
        ImGui::PopID();
    }
    if (open && ui::Button(context.C("advisor.order.add_finding"), {.style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::StartFinding{});
}

void Photos(const ScreenContext& context, const store::OrderDetail& order, bool open)
{
    const AdvisorState& advisor = context.state.advisor;
    ui::Heading(context.T("advisor.order.photos"));
    if (open) {
        if (ui::Button(context.C("advisor.order.add_photos"), {.style = ui::ButtonStyle::Primary}))
            context.intents.Push(intent::BrowsePhotos{std::nullopt});
        ui::TextMuted(context.T("advisor.order.drop_hint"));
    }
    if (advisor.photo_jobs_pending > 0)
        ui::TextColored(ui::colors::kWarning,
            i18n::Format(context.T("advisor.order.importing"),
                {{"count", std::to_string(advisor.photo_jobs_pending)}}));
    std::vector<std::string> order_photos;
    for (const store::PhotoRecord& photo : order.photos)
        if (!photo.finding_id)
            order_photos.push_back(photo.id);
    PhotoStrip(context, order, order_photos, ui::Em(7));
}

} // namespace

void DrawOrderScreen(const ScreenContext& context)
{
    const AdvisorState& advisor = context.state.advisor;
    if (!advisor.order)
        return;
    const store::OrderDetail& order = *advisor.order;
    const bool open = !order.closed_at_utc_ms;
    Header(context, order);
    const float third = ImGui::GetContentRegionAvail().x / 3.0f - ui::Em(0.5f);
    ui::BeginScrollList("##lines", ImVec2(third, 0));
    Lines(context, order, open);
    ui::EndScrollList();
    ImGui::SameLine();
    ui::BeginScrollList("##findings", ImVec2(third, 0));
    Findings(context, order, open);
    ui::EndScrollList();
    ImGui::SameLine();
    ui::BeginScrollList("##photos", ImVec2(0, 0));
    Photos(context, order, open);
    ui::EndScrollList();
}

} // namespace checkin::app::screens
