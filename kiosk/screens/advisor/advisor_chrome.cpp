#include <imgui.h>

#include "screens/advisor/advisor_screens.h"
#include "screens/station_parts.h"
#include "screens/sync_indicator.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

void DrawTopBar(const ScreenContext& context)
{
    const AppState& state = context.state;
    const AdvisorState& advisor = state.advisor;
    const bool english = state.language == i18n::Language::English;
    // Signed in, the bar needs its width for the tabs (a manager has six): who is signed in, not the shop.
    ImGui::BeginGroup();
    if (advisor.session) {
        ui::Text(advisor.session->name);
        ui::TextMuted(context.T("staff.role." + advisor.session->role));
    } else {
        ui::TextMuted(english ? state.shop_name_en : state.shop_name_zh);
        ui::Text(context.T("advisor.title"));
    }
    ImGui::EndGroup();
    if (advisor.session) {
        ImGui::SameLine(0.0f, ui::Em(2));
        const std::string arrivals = i18n::Format(
            context.T("advisor.tab.arrivals"), {{"count", std::to_string(advisor.waiting.size())}});
        const bool on_arrivals
            = advisor.screen == AdvisorScreen::Arrivals || advisor.screen == AdvisorScreen::Confirm;
        if (ui::Chip(arrivals.c_str(), on_arrivals))
            context.intents.Push(intent::ShowArrivals{});
        ImGui::SameLine();
        const std::string orders = i18n::Format(
            context.T("advisor.tab.orders"), {{"count", std::to_string(advisor.orders.size())}});
        const bool on_complaints = advisor.screen == AdvisorScreen::Complaints;
        const bool on_worklist = advisor.screen == AdvisorScreen::Worklist;
        const bool on_manager
            = advisor.screen == AdvisorScreen::Dashboard || advisor.screen == AdvisorScreen::Exports;
        if (ui::Chip(orders.c_str(), !on_arrivals && !on_complaints && !on_worklist && !on_manager))
            context.intents.Push(intent::ShowOrders{});
        ImGui::SameLine();
        int unresolved = 0;
        for (const store::ComplaintRow& complaint : advisor.complaints)
            unresolved += complaint.status == "open" || complaint.status == "responded" ? 1 : 0;
        const std::string complaints = i18n::Format(
            context.T(
                advisor.complaints_overdue > 0 ? "advisor.tab.complaints_overdue" : "advisor.tab.complaints"),
            {{"count", std::to_string(unresolved)}, {"overdue", std::to_string(advisor.complaints_overdue)}});
        if (ui::Chip(complaints.c_str(), on_complaints))
            context.intents.Push(intent::ShowComplaints{});
        ImGui::SameLine();
        std::int64_t calls = 0;
        for (const store::WorklistCount& count : advisor.worklist.counts)
            calls += count.count;
        const std::string worklist
            = i18n::Format(context.T("advisor.tab.worklist"), {{"count", std::to_string(calls)}});
        if (ui::Chip(worklist.c_str(), on_worklist))
            context.intents.Push(intent::ShowWorklist{});
        if (advisor.session->role == "manager") {
            ImGui::SameLine();
            if (ui::Chip(context.C("advisor.tab.dashboard"), advisor.screen == AdvisorScreen::Dashboard))
                context.intents.Push(intent::ShowDashboard{});
            ImGui::SameLine();
            if (ui::Chip(context.C("advisor.tab.exports"), advisor.screen == AdvisorScreen::Exports))
                context.intents.Push(intent::ShowExports{});
        }
    }
    const char* language_label = context.C("common.language.other");
    const char* sign_out_label = context.C("advisor.sign_out");
    const float pad = ui::Em(1.6f);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    float total = state.chinese_available ? ImGui::CalcTextSize(language_label).x + pad : 0.0f;
    if (advisor.session)
        total += ImGui::CalcTextSize(sign_out_label).x + pad + spacing;
    if (total > 0.0f) // nothing to put on the right without a CJK font (no toggle) and nobody signed in
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - total);
    if (state.chinese_available && ui::Button(language_label))
        context.intents.Push(
            intent::SetLanguage{english ? i18n::Language::ChineseSimplified : i18n::Language::English});
    if (advisor.session) {
        if (state.chinese_available)
            ImGui::SameLine();
        if (ui::Button(sign_out_label))
            context.intents.Push(intent::SignOut{});
    }
}

} // namespace

void DrawAdvisor(const ScreenContext& context)
{
    const AdvisorState& advisor = context.state.advisor;
    DrawTopBar(context);
    ImGui::Separator();
    MessageLine(context, advisor.message_key, advisor.message_is_error, advisor.message_detail);

    const float footer = ui::Em(1.6f)
        + (context.state.sync_rejections.empty()
                ? 0.0f
                : ui::Em(2.0f) + static_cast<float>(context.state.sync_rejections.size()) * ui::Em(2.8f));
    ImGui::BeginChild("##advisor_body", ImVec2(0, -footer), false, ImGuiWindowFlags_NoScrollbar);
    switch (advisor.session ? advisor.screen : AdvisorScreen::SignIn) {
    case AdvisorScreen::SignIn:
        DrawSignInScreen(context);
        break;
    case AdvisorScreen::Arrivals:
        DrawArrivalsScreen(context);
        break;
    case AdvisorScreen::Confirm:
        DrawConfirmScreen(context);
        break;
    case AdvisorScreen::Orders:
        DrawOrdersScreen(context);
        break;
    case AdvisorScreen::Order:
        DrawOrderScreen(context);
        break;
    case AdvisorScreen::Finding:
        DrawFindingScreen(context);
        break;
    case AdvisorScreen::PhotoBrowser:
        DrawPhotoBrowserScreen(context);
        break;
    case AdvisorScreen::CloseOut:
        DrawCloseOutScreen(context);
        break;
    case AdvisorScreen::Complaints:
        DrawComplaintsScreen(context);
        break;
    case AdvisorScreen::Worklist:
        DrawWorklistScreen(context);
        break;
    case AdvisorScreen::Dashboard:
        DrawDashboardScreen(context);
        break;
    case AdvisorScreen::Exports:
        DrawExportsScreen(context);
        break;
    }
    ImGui::EndChild();
    SyncRejections(context);
    DrawSyncIndicator(context);
}

} // namespace checkin::app::screens
