// "I have a booking": find today's booking by plate (plate keyboard) or by mobile number (phone pad).
#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "shared/domain/phone.h"
#include "shared/domain/plate.h"
#include "ui/keyboard.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

ui::KeyboardLabels Labels(const ScreenContext& context)
{
    return {context.C("keyboard.backspace"), context.C("keyboard.clear"), context.C("keyboard.space")};
}

} // namespace

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

    const std::string& text = by_plate ? journey.plate : journey.mobile;
    const bool complete = by_plate ? domain::CheckChinaPlate(text).valid : domain::CheckChinaMobile(text).valid;
    const float field_width = ui::Em(18);
    ImGui::Dummy(ui::Em(0, 0.2f));
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - field_width - ui::Em(8)) * 0.5f);
    ui::InputDisplay("##lookup", by_plate ? domain::FormatPlateForDisplay(text) : text,
                     context.T(by_plate ? "kiosk.find.plate_placeholder" : "kiosk.find.mobile_placeholder"), field_width,
                     journey.message_is_error);
    ImGui::SameLine();
    if (ui::Button(context.C("kiosk.find.search"), {.size = {ui::Em(8), ImGui::GetItemRectSize().y},
                                                     .style = ui::ButtonStyle::Primary, .enabled = complete}))
        context.intents.Push(intent::SearchBooking{});

    if (!journey.message_key.empty())
        ui::TextCentered(context.T(journey.message_key));
    else
        ui::TextCentered(context.T(by_plate ? "kiosk.find.plate_hint" : "kiosk.find.mobile_hint"));
    ImGui::Dummy(ui::Em(0, 0.3f));

    std::optional<ui::KeyEdit> edit;
    if (by_plate) {
        const ui::AcceptFn accept = [](const std::string& candidate) {
            return domain::CheckChinaPlate(candidate).prefix_ok;
        };
        edit = ui::PlateKeyboard(journey.plate, domain::ChinaProvinces(), domain::ChinaPlateSpecialEndings(), accept,
                                 Labels(context));
    } else {
        edit = ui::PhonePad(journey.mobile, 11, Labels(context));
    }
    if (edit)
        context.intents.Push(intent::EditText{by_plate ? TextField::Plate : TextField::Mobile, *edit});
}

} // namespace checkin::app::screens
