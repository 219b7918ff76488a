// Complaints (投诉): the list, most urgent first, with the countdown to the 1-hour first response (red once
// missed); beside it the complaint open, showing only its next step: the category with the first response,
// two resolution options and the customer's choice, the resolution, the service manager's follow-up call,
// and closing. Staff type on the station's physical keyboard (the system's input method for Chinese).
#include <array>

#include <imgui.h>

#include "screens/advisor/advisor_screens.h"
#include "screens/station_parts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

constexpr std::int64_t kMinuteMs = 60'000;

// "42 min" / "21 h 15 min", rounded up to the minute.
std::string Duration(const ScreenContext& context, std::int64_t ms)
{
    const std::int64_t minutes = (ms + kMinuteMs - 1) / kMinuteMs;
    if (minutes < 60)
        return i18n::Format(
            context.T("advisor.complaint.duration_minutes"), {{"minutes", std::to_string(minutes)}});
    return i18n::Format(context.T("advisor.complaint.duration_hours"),
        {{"hours", std::to_string(minutes / 60)}, {"minutes", std::to_string(minutes % 60)}});
}

// "Respond within 42 min" / "Response overdue by 5 min" / "Answered 10:42".
std::string DeadlineText(const ScreenContext& context, const store::ComplaintRow& complaint, bool& late)
{
    late = false;
    if (complaint.first_response_at_utc_ms)
        return context.T("advisor.complaint.answered") + " "
            + ClockTime(context, *complaint.first_response_at_utc_ms);
    const std::int64_t left = complaint.response_due_at_utc_ms - context.now_ms;
    late = left < 0;
    return late
        ? i18n::Format(context.T("advisor.complaint.overdue_by"), {{"duration", Duration(context, -left)}})
        : i18n::Format(
            context.T("advisor.complaint.respond_within"), {{"duration", Duration(context, left)}});
}

void TextEditor(const ScreenContext& context, const char* id, std::string_view hint_key,
    const std::string& value, ComplaintText field, float width)
{
    std::array<char, 1024> buffer{};
    value.copy(buffer.data(), buffer.size() - 1);
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputTextWithHint(id, context.C(hint_key), buffer.data(), buffer.size()))
        context.intents.Push(intent::EditComplaintText{field, buffer.data()});
}

void List(const ScreenContext& context, float width)
{
    const AdvisorState& advisor = context.state.advisor;
    if (advisor.complaints.empty())
        ui::TextMuted(context.T("advisor.complaint.none"));
    for (const store::ComplaintRow& complaint : advisor.complaints) {
        ImGui::PushID(complaint.id.c_str());
        bool late = false;
        std::string subtitle = context.T("complaint.status." + complaint.status);
        if (complaint.status == "open")
            subtitle += "  ·  " + DeadlineText(context, complaint, late);
        const std::string label = CustomerName(context, complaint.surname, complaint.title) + "  "
            + CarLine(complaint.plate, "", "") + "##complaint";
        const bool selected = complaint.id == advisor.complaint_id;
        if (ui::Button(label.c_str(),
                {.size = {width - ui::Em(0.6f), 0},
                    .style = late  ? ui::ButtonStyle::Danger
                        : selected ? ui::ButtonStyle::Primary
                                   : ui::ButtonStyle::Secondary,
                    .subtitle = subtitle.c_str()}))
            context.intents.Push(intent::SelectComplaint{complaint.id});
        ImGui::PopID();
    }
}

void NextStep(const ScreenContext& context, const store::ComplaintRow& complaint, float width)
{
    const AdvisorState& advisor = context.state.advisor;
    const ComplaintDraft& draft = advisor.complaint_draft;
    if (complaint.status == "open") {
        ui::Heading(context.T("advisor.complaint.step_respond"));
        for (const char* category : {"product", "service", "communication"}) {
            const std::string label = context.T("complaint.category." + std::string(category));
            if (ui::Button(label.c_str()))
                context.intents.Push(intent::RespondToComplaint{category});
            ImGui::SameLine();
        }
        ImGui::NewLine();
        return;
    }
    if (complaint.status == "responded") {
        const bool offered = !complaint.options[0].empty();
        if (!offered || !complaint.chosen_option) {
            ui::Heading(context.T("advisor.complaint.step_options"));
            TextEditor(context, "##option_a", "advisor.complaint.option_a_hint", draft.option_a,
                ComplaintText::OptionA, width);
            TextEditor(context, "##option_b", "advisor.complaint.option_b_hint", draft.option_b,
                ComplaintText::OptionB, width);
            if (ui::Button(context.C("advisor.complaint.offer"),
                    {.enabled = !draft.option_a.empty() && !draft.option_b.empty()}))
                context.intents.Push(intent::OfferComplaintOptions{});
        }
        if (offered && !complaint.chosen_option) {
            ui::Text(context.T("advisor.complaint.customer_chose"));
            for (int index = 0; index < 2; ++index) {
                const std::string label = std::string(index == 0 ? "A: " : "B: ") + complaint.options[index];
                if (ui::Chip(label.c_str(), false))
                    context.intents.Push(intent::ChooseComplaintOption{index});
            }
        }
        if (complaint.chosen_option) {
            ui::Heading(context.T("advisor.complaint.step_resolve"));
            TextEditor(context, "##resolution", "advisor.complaint.resolution_hint", draft.resolution,
                ComplaintText::Resolution, width);
            if (ui::Button(context.C("advisor.complaint.resolve"),
                    {.style = ui::ButtonStyle::Primary, .enabled = !draft.resolution.empty()}))
                context.intents.Push(intent::ResolveComplaint{});
        }
        return;
    }
    if (complaint.status == "resolved") {
        if (!complaint.manager_followup_at_utc_ms) {
            ui::Heading(context.T("advisor.complaint.step_manager"));
            if (advisor.session && advisor.session->role == "manager") {
                TextEditor(context, "##manager_note", "advisor.complaint.manager_note_hint",
                    draft.manager_note, ComplaintText::ManagerNote, width);
                if (ui::Button(context.C("advisor.complaint.record_followup"),
                        {.style = ui::ButtonStyle::Primary, .enabled = !draft.manager_note.empty()}))
                    context.intents.Push(intent::RecordManagerFollowUp{});
            } else {
                ui::TextColored(ui::colors::kWarning, context.T("advisor.complaint.manager_only"));
            }
            // Offered to everyone: the use case refuses it without the manager's call, and says why.
            if (ui::Button(context.C("advisor.complaint.close")))
                context.intents.Push(intent::CloseComplaint{});
            return;
        }
        if (ui::Button(context.C("advisor.complaint.close"), {.style = ui::ButtonStyle::Primary}))
            context.intents.Push(intent::CloseComplaint{});
    }
}

void Detail(const ScreenContext& context, const store::ComplaintRow& complaint, float width)
{
    ImGui::PushFont(ui::CurrentFonts().heading);
    ui::Text(
        CustomerName(context, complaint.surname, complaint.title) + "  " + CarLine(complaint.plate, "", ""));
    ImGui::PopFont();
    std::string origin = context.T("complaint.source." + complaint.source);
    if (complaint.survey_nps)
        origin += "  ·  NPS " + std::to_string(*complaint.survey_nps);
    if (!complaint.order_number.empty())
        origin += "  ·  " + complaint.order_number;
    if (!complaint.mobile.empty())
        origin += "  ·  " + complaint.mobile;
    ui::TextMuted(origin + "  ·  " + ClockTime(context, complaint.opened_at_utc_ms));
    bool late = false;
    const std::string deadline = DeadlineText(context, complaint, late);
    ui::TextColored(late ? ui::colors::kDanger : ui::colors::kText, deadline);
    ui::TextWrapped(complaint.description);
    ImGui::Separator();
    // What happened so far, step by step.
    if (!complaint.category.empty())
        ui::Text(context.T("advisor.complaint.category") + "  "
            + context.T("complaint.category." + complaint.category));
    for (int index = 0; index < 2; ++index)
        if (!complaint.options[index].empty()) {
            const bool chosen = complaint.chosen_option && *complaint.chosen_option == index;
            const std::string line = std::string(index == 0 ? "A: " : "B: ") + complaint.options[index]
                + (chosen ? "  ·  " + context.T("advisor.complaint.chosen") : "");
            if (chosen)
                ui::TextColored(ui::colors::kSuccess, line);
            else
                ui::TextMuted(line);
        }
    if (!complaint.resolution.empty())
        ui::Text(context.T("advisor.complaint.resolution") + "  " + complaint.resolution);
    if (complaint.manager_followup_at_utc_ms)
        ui::Text(context.T("advisor.complaint.manager_call") + "  "
            + ClockTime(context, *complaint.manager_followup_at_utc_ms) + "  " + complaint.manager_note);
    if (complaint.closed_at_utc_ms)
        ui::TextColored(ui::colors::kSuccess,
            context.T("complaint.status.closed") + "  " + ClockTime(context, *complaint.closed_at_utc_ms));
    ImGui::Dummy(ui::Em(0, 0.4f));
    NextStep(context, complaint, width);
}

} // namespace

void DrawComplaintsScreen(const ScreenContext& context)
{
    const AdvisorState& advisor = context.state.advisor;
    const float list_width = ImGui::GetContentRegionAvail().x * 0.38f;
    ui::BeginScrollList("##complaints", ImVec2(list_width, 0));
    List(context, list_width);
    ui::EndScrollList();
    ImGui::SameLine();
    ui::BeginScrollList("##complaint", ImVec2(0, 0));
    for (const store::ComplaintRow& complaint : advisor.complaints)
        if (complaint.id == advisor.complaint_id)
            Detail(context, complaint, ImGui::GetContentRegionAvail().x - ui::Em(1));
    ui::EndScrollList();
}

} // namespace checkin::app::screens
