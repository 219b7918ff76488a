// The customer opens their car: the tracking code from the ticket, or the plate and the last 4 digits of
// the mobile number on file. A wrong entry says "not found" without telling which part was wrong.
#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "screens/lounge/lounge_screens.h"
#include "screens/station_parts.h"
#include "screens/sync_indicator.h"
#include "shared/domain/codes.h"
#include "shared/domain/plate.h"
#include "ui/keyboard.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

void ActionButton(const ScreenContext& context, bool enabled)
{
    ImGui::SameLine();
    if (ui::Button(context.C("lounge.enter.open"),
            {.size = {ui::Em(8), ImGui::GetItemRectSize().y},
                .style = ui::ButtonStyle::Primary,
                .enabled = enabled}))
        context.intents.Push(intent::OpenLoungeOrder{});
}

} // namespace

void DrawLoungeEnterScreen(const ScreenContext& context)
{
    const LoungeState& lounge = context.state.lounge;
    const bool by_plate = lounge.lookup == LoungeLookup::Plate;
    ImGui::Dummy(ui::Em(0, 0.5f));
    ui::TextCentered(context.T("lounge.enter.title"), ui::TextSize::Heading);
    ui::TextCentered(context.T(by_plate ? "lounge.enter.body_plate" : "lounge.enter.body_code"));
    const float chips = ui::Em(24);
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - chips) * 0.5f);
    if (ui::Chip(context.C("lounge.enter.by_code"), !by_plate, true, chips * 0.5f - ui::Em(0.3f)))
        context.intents.Push(intent::SetLoungeLookup{false});
    ImGui::SameLine();
    if (ui::Chip(context.C("lounge.enter.by_plate"), by_plate, true, chips * 0.5f - ui::Em(0.3f)))
        context.intents.Push(intent::SetLoungeLookup{true});
    if (!lounge.message_key.empty())
        ui::TextCentered(context.T(lounge.message_key));
    ImGui::Dummy(ui::Em(0, 0.3f));
    const ui::KeyboardLabels labels = KeyboardLabelsOf(context);
    const float field = ui::Em(16);
    const float row = field + ui::Em(8) + ImGui::GetStyle().ItemSpacing.x;
    if (!by_plate) {
        ImGui::SetCursorPosX((ImGui::GetWindowWidth() - row) * 0.5f);
        ui::InputDisplay("##code", lounge.code, context.T("lounge.enter.code_placeholder"), field,
            lounge.message_is_error);
        ActionButton(context, lounge.code.size() == domain::kCodeLength);
        if (auto edit
            = ui::CharacterKeyboard(lounge.code, domain::kCodeAlphabet, domain::kCodeLength, labels))
            context.intents.Push(intent::EditText{TextField::LoungeCode, *edit});
        return;
    }
    const bool plate_done = domain::CheckChinaPlate(lounge.plate).valid;
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - row) * 0.5f);
    ui::InputDisplay("##plate", domain::FormatPlateForDisplay(lounge.plate),
        context.T("kiosk.find.plate_placeholder"), field * 0.6f, lounge.message_is_error);
    ImGui::SameLine();
    ui::InputDisplay("##last4", lounge.last4, context.T("lounge.enter.last4_placeholder"),
        field * 0.4f - ImGui::GetStyle().ItemSpacing.x, lounge.message_is_error);
    ActionButton(context, plate_done && lounge.last4.size() == 4);
    // The plate keyboard stays until the customer says the plate is complete: a new-energy plate has one
    // character more than a plate that is already valid.
    if (!lounge.typing_last4) {
        const ui::AcceptFn accept
            = [](const std::string& candidate) { return domain::CheckChinaPlate(candidate).prefix_ok; };
        if (auto edit = ui::PlateKeyboard(
                lounge.plate, domain::ChinaProvinces(), domain::ChinaPlateSpecialEndings(), accept, labels))
            context.intents.Push(intent::EditText{TextField::LoungePlate, *edit});
        ImGui::SetCursorPosX((ImGui::GetWindowWidth() - ui::Em(14)) * 0.5f);
        if (ui::Button(context.C("lounge.enter.next"),
                {.size = {ui::Em(14), 0}, .style = ui::ButtonStyle::Primary, .enabled = plate_done}))
            context.intents.Push(intent::TypeLoungeLast4{true});
    } else {
        if (ui::Button(context.C("lounge.enter.change_plate"), {.style = ui::ButtonStyle::Quiet}))
            context.intents.Push(intent::TypeLoungeLast4{false});
        if (auto edit = ui::PhonePad(lounge.last4, 4, labels))
            context.intents.Push(intent::EditText{TextField::LoungeLast4, *edit});
    }
}

void DrawLounge(const ScreenContext& context)
{
    const AppState& state = context.state;
    const bool english = state.language == i18n::Language::English;
    ImGui::BeginGroup();
    ui::TextMuted(english ? state.shop_name_en : state.shop_name_zh);
    DrawSyncIndicator(context);
    ImGui::EndGroup();
    const char* language_label = context.C("common.language.other");
    const char* leave_label = context.C("lounge.leave");
    const bool leave = state.lounge.screen != LoungeScreen::Enter;
    const float pad = ui::Em(1.6f);
    float total = state.chinese_available ? ImGui::CalcTextSize(language_label).x + pad : 0.0f;
    if (leave)
        total += ImGui::CalcTextSize(leave_label).x + pad + ImGui::GetStyle().ItemSpacing.x;
    if (total > 0.0f) // nothing to put on the right without a CJK font (no toggle) and nobody signed in
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - total);
    if (state.chinese_available && ui::Button(language_label))
        context.intents.Push(
            intent::SetLanguage{english ? i18n::Language::ChineseSimplified : i18n::Language::English});
    if (leave) {
        if (state.chinese_available)
            ImGui::SameLine();
        if (ui::Button(leave_label))
            context.intents.Push(intent::LeaveLounge{});
    }
    ImGui::Separator();
    switch (state.lounge.screen) {
    case LoungeScreen::Enter:
        DrawLoungeEnterScreen(context);
        break;
    case LoungeScreen::Order:
        DrawLoungeOrderScreen(context);
        break;
    case LoungeScreen::Photo:
        DrawLoungePhotoScreen(context);
        break;
    case LoungeScreen::Survey:
        DrawLoungeSurveyScreen(context);
        break;
    case LoungeScreen::SurveyThanks:
        DrawLoungeSurveyThanksScreen(context);
        break;
    }
}

} // namespace checkin::app::screens
