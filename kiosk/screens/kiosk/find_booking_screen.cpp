// "I have a booking": find today's booking by plate (plate keyboard) or by mobile number (phone pad).
#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "shared/domain/phone.h"
#include "shared/domain/plate.h"
#include "ui/keyboard.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

// The plate keyboard with its input box and an action button beside it; shared with IdentifyPlate.
void PlateEntry(const ScreenContext& context, const char* action_key, bool show_action)
{
    const KioskJourney& journey = context.state.journey;
    const bool complete = domain::CheckChinaPlate(journey.plate).valid;
    const float field_width = ui::Em(18);
    const float action_width = show_action ? ui::Em(8) + ImGui::GetStyle().ItemSpacing.x : 0.0f;
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - field_width - action_width) * 0.5f);
    ui::InputDisplay("##plate", domain::FormatPlateForDisplay(journey.plate),
        context.T("kiosk.find.plate_placeholder"), field_width, journey.message_is_error);
    if (show_action) {
        ImGui::SameLine();
        if (ui::Button(context.C(action_key),
                {.size = {ui::Em(8), ImGui::GetItemRectSize().y},
                    .style = ui::ButtonStyle::Primary,
                    .enabled = complete}))
            context.intents.Push(intent::Continue{});
    }
    ui::TextCentered(context.T("kiosk.find.plate_hint"));
    ImGui::Dummy(ui::Em(0, 0.2f));
    const ui::AcceptFn accept
        = [](const std::string& candidate) { return domain::CheckChinaPlate(candidate).prefix_ok; };
    if (auto edit = ui::PlateKeyboard(journey.plate, domain::ChinaProvinces(),
            domain::ChinaPlateSpecialEndings(), accept, KeyboardLabelsOf(context)))
        context.intents.Push(intent::EditText{TextField::Plate, *edit});
}

void DrawFindBookingScreen(const ScreenContext& context)
{
    const KioskJourney& journey = context.state.journey;
    const bool by_plate = journey.lookup_mode == LookupMode::Plate;
    ui::Heading(context.T("kiosk.find.title"));
    if (ui::Chip(context.C("kiosk.find.by_plate"), by_plate))
        context.intents.Push(intent::SetLookupMode{LookupMode::Plate});
    ImGui::SameLine();
    if (ui::Chip(context.C("kiosk.find.by_mobile"), !by_plate))
        context.intents.Push(intent::SetLookupMode{LookupMode::Mobile});
    ImGui::Dummy(ui::Em(0, 0.2f));

    if (by_plate) {
        PlateEntry(context, "kiosk.find.search", true);
        return;
    }
    const float field_width = ui::Em(18);
    ImGui::SetCursorPosX(
        (ImGui::GetWindowWidth() - field_width - ui::Em(8) - ImGui::GetStyle().ItemSpacing.x) * 0.5f);
    ui::InputDisplay("##mobile", journey.mobile, context.T("kiosk.find.mobile_placeholder"), field_width,
        journey.message_is_error);
    ImGui::SameLine();
    if (ui::Button(context.C("kiosk.find.search"),
            {.size = {ui::Em(8), ImGui::GetItemRectSize().y},
                .style = ui::ButtonStyle::Primary,
                .enabled = domain::CheckChinaMobile(journey.mobile).valid}))
        context.intents.Push(intent::Continue{});
    ui::TextCentered(context.T("kiosk.find.mobile_hint"));
    ImGui::Dummy(ui::Em(0, 0.2f));
    if (auto edit = ui::PhonePad(journey.mobile, 11, KeyboardLabelsOf(context)))
        context.intents.Push(intent::EditText{TextField::Mobile, *edit});
}

} // namespace checkin::app::screens
