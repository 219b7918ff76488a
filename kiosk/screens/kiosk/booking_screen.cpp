// Today's booking, once the customer has shown it is theirs: greeting with a masked name, time, car and
// the estimate. Several bookings for one mobile number (two cars): the customer picks one first.
#include <cstdio>

#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "shared/domain/money.h"
#include "shared/domain/person_name.h"
#include "shared/domain/plate.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

std::string LocalTime(std::int64_t utc_ms, int offset_minutes)
{
    const std::int64_t minutes_of_day = ((utc_ms / 60'000 + offset_minutes) % 1440 + 1440) % 1440;
    char text[8];
    std::snprintf(text, sizeof(text), "%02d:%02d", static_cast<int>(minutes_of_day / 60),
                  static_cast<int>(minutes_of_day % 60));
    return text;
}

domain::Title TitleOf(const std::string& stored)
{
    if (stored == "mr" || stored == "先生")
        return domain::Title::Mr;
    if (stored == "ms" || stored == "女士")
        return domain::Title::Ms;
    return domain::Title::None;
}

std::string VehicleLine(const store::BookingSummary& booking)
{
    return booking.vehicle_make + " " + booking.vehicle_model + "  " + domain::FormatPlateForDisplay(booking.vehicle_plate);
}

} // namespace

void DrawBookingScreen(const ScreenContext& context)
{
    const KioskJourney& journey = context.state.journey;
    const int offset = context.state.utc_offset_minutes;
    if (!journey.booking) {
        ui::Heading(context.T("kiosk.booking.choose"));
        for (const store::BookingSummary& match : journey.matches) {
            ImGui::PushID(match.id.c_str());
            const std::string label = LocalTime(match.slot_start_utc_ms, offset) + "  " + VehicleLine(match);
            if (ui::Button(label.c_str(), {.size = {ui::Em(26), 0}}))
                context.intents.Push(intent::SelectBooking{match.id});
            ImGui::PopID();
        }
        return;
    }

    const store::BookingSummary& booking = *journey.booking;
    const bool english = context.state.language == i18n::Language::English;
    const std::string name = domain::MaskedSurnameGreetingName(
        booking.customer_surname, TitleOf(booking.customer_title),
        english ? domain::GreetingLanguage::English : domain::GreetingLanguage::Chinese);
    ui::Heading(i18n::Format(context.T("kiosk.booking.welcome"), {{"name", name}}));
    ImGui::Dummy(ui::Em(0, 0.5f));
    ui::TextMuted(context.T("kiosk.booking.time"));
    ui::Text(LocalTime(booking.slot_start_utc_ms, offset));
    ui::TextMuted(context.T("kiosk.booking.vehicle"));
    ui::Text(VehicleLine(booking));
    ui::TextMuted(context.T("kiosk.booking.code"));
    ui::Text(booking.code);
    ui::TextMuted(context.T("kiosk.booking.estimate"));
    ui::Heading(domain::FormatYuan(domain::Money{booking.estimate_fen}));
}

} // namespace checkin::app::screens
