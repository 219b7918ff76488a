// Today's booking, once the customer has shown it is theirs: greeting with a masked name, time, car, the
// booked services and their estimate. Several bookings for one mobile number (two cars): pick one first.
#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "shared/domain/civil_date.h"
#include "shared/domain/money.h"
#include "shared/domain/person_name.h"
#include "shared/domain/plate.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

std::string VehicleLine(const store::BookingSummary& booking)
{
    return booking.vehicle_make + " " + booking.vehicle_model + "  "
        + domain::FormatPlateForDisplay(booking.vehicle_plate);
}

} // namespace

std::string GreetingName(const ScreenContext& context, const std::string& surname, const std::string& title)
{
    const domain::Title parsed = title == "mr" ? domain::Title::Mr
        : title == "ms"                        ? domain::Title::Ms
                                               : domain::Title::None;
    const bool english = context.state.language == i18n::Language::English;
    return domain::MaskedSurnameGreetingName(
        surname, parsed, english ? domain::GreetingLanguage::English : domain::GreetingLanguage::Chinese);
}

void DrawBookingScreen(const ScreenContext& context)
{
    const KioskJourney& journey = context.state.journey;
    const int offset = context.state.utc_offset_minutes;
    if (!journey.booking) {
        StepHeading(context, "kiosk.booking.choose");
        for (const store::BookingSummary& match : journey.matches) {
            ImGui::PushID(match.id.c_str());
            const std::string label
                = domain::FormatLocalTime(match.slot_start_utc_ms, offset) + "  " + VehicleLine(match);
            if (ui::Button(label.c_str(), {.size = {ui::Em(26), 0}}))
                context.intents.Push(intent::SelectBooking{match.id});
            ImGui::PopID();
        }
        return;
    }

    const store::BookingSummary& booking = *journey.booking;
    ui::Heading(i18n::Format(context.T("kiosk.booking.welcome"),
        {{"name", GreetingName(context, booking.customer_surname, booking.customer_title)}}));
    ImGui::Dummy(ui::Em(0, 0.4f));
    ImGui::BeginGroup();
    const auto field = [&context](const char* key, const std::string& value) {
        ui::TextMuted(context.T(key));
        ui::Text(value);
        ImGui::Dummy(ui::Em(0, 0.2f));
    };
    field("kiosk.booking.time", domain::FormatLocalTime(booking.slot_start_utc_ms, offset));
    field("kiosk.booking.vehicle", VehicleLine(booking));
    field("kiosk.booking.code", booking.code);
    ImGui::EndGroup();
    ImGui::SameLine(ui::Em(22));
    EstimatePanel(context, context.state.journey.estimate, ui::Em(30));
}

} // namespace checkin::app::screens
