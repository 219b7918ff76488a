// The frame around every kiosk screen. "Call an advisor" and the language toggle are on every screen;
// the idle countdown returns an abandoned journey to the attract screen.
#include <imgui.h>

#include "app/app.h"
#include "screens/kiosk/kiosk_screens.h"
#include "screens/sync_indicator.h"
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
    ImGui::BeginGroup();
    if (state.screen != KioskScreen::Attract) // the attract screen shows the shop name large
        ui::TextMuted(english ? state.shop_name_en : state.shop_name_zh);
    DrawSyncIndicator(context);
    ImGui::EndGroup();

    const char* language_label = context.C("common.language.other");
    const char* large_label = context.C(state.large_text ? "common.large_text.off" : "common.large_text.on");
    const char* help_label = context.C("common.call_advisor");
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float pad = ui::Em(1.6f);
    // Without a CJK font there is no Chinese to switch to (and no glyphs for the toggle's label).
    const bool toggle = state.chinese_available;
    const float total = (toggle ? ImGui::CalcTextSize(language_label).x + pad + spacing : 0.0f)
        + ImGui::CalcTextSize(large_label).x + ImGui::CalcTextSize(help_label).x + 2 * pad + spacing;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - total);
    ImGui::SetCursorPosY(ImGui::GetStyle().WindowPadding.y);
    if (toggle) {
        if (ui::Button(language_label))
            context.intents.Push(
                intent::SetLanguage{english ? i18n::Language::ChineseSimplified : i18n::Language::English});
        ImGui::SameLine();
    }
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
    if (ImGui::BeginPopupModal(
            "##still_there", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove)) {
        const std::int64_t left_s = (kIdleResetMs - idle + 999) / 1000;
        ui::TextCentered(context.T("common.idle.title"), ui::TextSize::Heading);
        ui::TextCentered(
            i18n::Format(context.T("common.idle.countdown"), {{"seconds", std::to_string(left_s)}}));
        ImGui::Dummy(ui::Em(0, 0.5f));
        if (ui::Button(context.C("common.idle.still_here"),
                {.size = {ui::AvailableWidth(), 0}, .style = ui::ButtonStyle::Primary})) {
            context.intents.Push(intent::StillHere{});
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

// The message of the last Continue (what is missing or wrong), above the bottom bar.
void DrawMessage(const ScreenContext& context, float bar_top)
{
    const KioskJourney& journey = context.state.journey;
    if (journey.message_key.empty())
        return;
    ImGui::SetCursorPosY(bar_top - ui::Em(1.8f));
    ImGui::PushStyleColor(ImGuiCol_Text,
        ImGui::ColorConvertU32ToFloat4(journey.message_is_error ? ui::colors::kDanger : ui::colors::kText));
    ui::TextCentered(context.T(journey.message_key));
    ImGui::PopStyleColor();
}

// Back on the left, Start over in the middle, the screen's Continue on the right (when it has one).
void DrawBottomBar(const ScreenContext& context, const char* continue_key)
{
    const float height = ui::Em(ui::kTouchTargetEm);
    const float top = ImGui::GetWindowHeight() - height - ImGui::GetStyle().WindowPadding.y;
    DrawMessage(context, top);
    ImGui::SetCursorPosY(top);
    if (ui::Button(context.C("common.back"), {.size = {ui::Em(8), 0}}))
        context.intents.Push(intent::Back{});
    ImGui::SameLine((ImGui::GetWindowWidth() - ui::Em(8)) * 0.5f);
    if (ui::Button(context.C("common.start_over"), {.size = {ui::Em(8), 0}, .style = ui::ButtonStyle::Quiet}))
        context.intents.Push(intent::StartOver{});
    if (continue_key) {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ui::Em(12));
        if (ui::Button(context.C(continue_key),
                {.size = {ui::Em(12), 0},
                    .style = ui::ButtonStyle::Primary,
                    .enabled = !context.state.journey.asking_hub}))
            context.intents.Push(intent::Continue{});
    }
}

// The Continue label of a screen; nullptr when the screen moves on by its own buttons.
const char* ContinueKey(KioskScreen screen)
{
    switch (screen) {
    case KioskScreen::BookingDetails:
    case KioskScreen::ReturningCustomer:
    case KioskScreen::RegisterMobile:
    case KioskScreen::RegisterName:
    case KioskScreen::RegisterVehicle:
    case KioskScreen::RegisterVin:
    case KioskScreen::Mileage:
    case KioskScreen::MarketingConsent:
    case KioskScreen::Services:
    case KioskScreen::Visit:
        return "common.continue";
    case KioskScreen::IdentifyPlate:
        return "kiosk.identify.continue";
    case KioskScreen::Signature:
        return "kiosk.signature.submit";
    case KioskScreen::Calendar:
        return "kiosk.calendar.submit";
    default:
        return nullptr;
    }
}

} // namespace

void DrawKiosk(const ScreenContext& context)
{
    DrawTopBar(context);
    DrawHelpBanner(context);
    const KioskScreen screen = context.state.screen;
    switch (screen) {
    case KioskScreen::Attract:
        DrawAttractScreen(context);
        break;
    case KioskScreen::Menu:
        DrawMenuScreen(context);
        break;
    case KioskScreen::FindBooking:
        DrawFindBookingScreen(context);
        break;
    case KioskScreen::VerifyIdentity:
        DrawVerifyScreen(context);
        break;
    case KioskScreen::BookingDetails:
        DrawBookingScreen(context);
        break;
    case KioskScreen::IdentifyPlate:
        DrawIdentifyPlateScreen(context);
        break;
    case KioskScreen::ReturningCustomer:
        DrawReturningCustomerScreen(context);
        break;
    case KioskScreen::RegisterMobile:
        DrawRegisterMobileScreen(context);
        break;
    case KioskScreen::RegisterName:
        DrawRegisterNameScreen(context);
        break;
    case KioskScreen::RegisterVehicle:
        DrawRegisterVehicleScreen(context);
        break;
    case KioskScreen::RegisterVin:
        DrawRegisterVinScreen(context);
        break;
    case KioskScreen::Mileage:
        DrawMileageScreen(context);
        break;
    case KioskScreen::PrivacyConsent:
        DrawPrivacyScreen(context);
        break;
    case KioskScreen::MarketingConsent:
        DrawMarketingScreen(context);
        break;
    case KioskScreen::Services:
        DrawServicesScreen(context);
        break;
    case KioskScreen::Visit:
        DrawVisitScreen(context);
        break;
    case KioskScreen::Signature:
        DrawSignatureScreen(context);
        break;
    case KioskScreen::Ticket:
        DrawTicketScreen(context);
        break;
    case KioskScreen::Calendar:
        DrawCalendarScreen(context);
        break;
    case KioskScreen::BookingConfirmed:
        DrawBookingConfirmedScreen(context);
        break;
    }
    if (screen != KioskScreen::Attract && screen != KioskScreen::Ticket
        && screen != KioskScreen::BookingConfirmed)
        DrawBottomBar(context, ContinueKey(screen));
    DrawIdleCountdown(context);
}

} // namespace checkin::app::screens
