// The frame around every kiosk screen. "Call an advisor" and the language toggle are on every screen;
// the idle countdown returns an abandoned journey to the attract screen.
#include <cstdio>

#include <imgui.h>

#include "app/app.h"
#include "screens/kiosk/kiosk_screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

void DrawTopBar(const ScreenContext& context)
{
    const AppState& state = context.state;
    const bool english = state.language == i18n::Language::English;
    ImGui::AlignTextToFramePadding();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ui::Em(0.7f));
    if (state.screen != KioskScreen::Attract) // the attract screen shows the shop name large
        ui::TextMuted(english ? state.shop_name_en : state.shop_name_zh);
    else
        ImGui::Dummy(ImVec2(0, 0));

    const char* language_label = context.C("common.language.other");
    const char* large_label = context.C(state.large_text ? "common.large_text.off" : "common.large_text.on");
    const char* help_label = context.C("common.call_advisor");
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float pad = ui::Em(1.6f);
    const float total = ImGui::CalcTextSize(language_label).x + ImGui::CalcTextSize(large_label).x +
                        ImGui::CalcTextSize(help_label).x + 3 * pad + 2 * spacing;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - total);
    ImGui::SetCursorPosY(ImGui::GetStyle().WindowPadding.y);
    if (ui::Button(language_label))
        context.intents.Push(intent::SetLanguage{english ? i18n::Language::ChineseSimplified : i18n::Language::English});
    ImGui::SameLine();
    if (ui::Button(large_label))
        context.intents.Push(intent::ToggleLargeText{});
    ImGui::SameLine();
    if (ui::Button(help_label, {.style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::CallAdvisor{});
}

void DrawHelpBanner(const ScreenContext& context)
{
    if (!context.state.help_requested_at_ms)
        return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(ui::colors::kSuccess));
    ImGui::BeginChild("##help_banner", ImVec2(0, ui::Em(2.2f)), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ui::Em(0.8f, 0.5f));
    ui::TextColored(IM_COL32_WHITE, context.T("common.call_advisor.sent"));
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void DrawIdleCountdown(const ScreenContext& context)
{
    const std::int64_t idle = context.now_ms - context.state.last_input_ms;
    if (context.state.screen == KioskScreen::Attract || idle < kIdleWarningMs)
        return;
    if (!ImGui::IsPopupOpen("##still_there"))
        ImGui::OpenPopup("##still_there");
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ui::Em(22, 0));
    if (ImGui::BeginPopupModal("##still_there", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove)) {
        const std::int64_t left_s = (kIdleResetMs - idle + 999) / 1000;
        ui::TextCentered(context.T("common.idle.title"), ui::TextSize::Heading);
        ui::TextCentered(i18n::Format(context.T("common.idle.countdown"), {{"seconds", std::to_string(left_s)}}));
        ImGui::Dummy(ui::Em(0, 0.5f));
        if (ui::Button(context.C("common.idle.still_here"), {.size = {ui::AvailableWidth(), 0}, .style = ui::ButtonStyle::Primary})) {
            context.intents.Push(intent::StillHere{});
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void DrawBottomBar(const ScreenContext& context, KioskScreen back_to)
{
    const float height = ui::Em(ui::kTouchTargetEm);
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - height - ImGui::GetStyle().WindowPadding.y);
    if (ui::Button(context.C("common.back"), {.size = {ui::Em(8), 0}}))
        context.intents.Push(intent::Navigate{back_to});
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ui::Em(8));
    if (ui::Button(context.C("common.start_over"), {.size = {ui::Em(8), 0}, .style = ui::ButtonStyle::Quiet}))
        context.intents.Push(intent::StartOver{});
}

} // namespace

void DrawKiosk(const ScreenContext& context)
{
    DrawTopBar(context);
    DrawHelpBanner(context);
    switch (context.state.screen) {
    case KioskScreen::Attract:
        DrawAttractScreen(context);
        break;
    case KioskScreen::Menu:
        DrawMenuScreen(context);
        DrawBottomBar(context, KioskScreen::Attract);
        break;
    case KioskScreen::FindBooking:
        DrawFindBookingScreen(context);
        DrawBottomBar(context, KioskScreen::Menu);
        break;
    case KioskScreen::VerifyIdentity:
        DrawVerifyScreen(context);
        DrawBottomBar(context, KioskScreen::FindBooking);
        break;
    case KioskScreen::BookingDetails:
        DrawBookingScreen(context);
        DrawBottomBar(context, KioskScreen::FindBooking);
        break;
    }
    DrawIdleCountdown(context);
}

} // namespace checkin::app::screens
