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
    ImGui::BeginGroup();
    ui::TextMuted(english ? state.shop_name_en : state.shop_name_zh);
    ui::Text(advisor.session
            ? advisor.session->name + "  ·  " + context.T("staff.role." + advisor.session->role)
            : context.T("advisor.title"));
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
        if (ui::Chip(orders.c_str(), !on_arrivals))
            context.intents.Push(intent::ShowOrders{});
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
    }
    ImGui::EndChild();
    SyncRejections(context);
    DrawSyncIndicator(context);
}

} // namespace checkin::app::screens
