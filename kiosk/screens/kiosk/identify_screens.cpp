// Walk-in and Book a visit start with the plate: a returning customer is recognised (masked name, the cars
// on file, what is due now); a new customer registers.
#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "shared/domain/plate.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

void DrawIdentifyPlateScreen(const ScreenContext& context)
{
    StepHeading(context, "kiosk.identify.title", "kiosk.identify.body");
    PlateEntry(context, nullptr, false);
}

void DrawReturningCustomerScreen(const ScreenContext& context)
{
    const KioskJourney& journey = context.state.journey;
    const store::CustomerOnFile& customer = *journey.customer;
    ui::Heading(i18n::Format(context.T("kiosk.booking.welcome"),
        {{"name", GreetingName(context, customer.surname, customer.title)}}));
    ui::TextMuted(context.T("kiosk.returning.cars"));
    for (const store::VehicleOnFile& vehicle : customer.vehicles) {
        ImGui::PushID(vehicle.id.c_str());
        const std::string label
            = vehicle.make + " " + vehicle.model + "  " + domain::FormatPlateForDisplay(vehicle.plate);
        if (ui::Chip(label.c_str(), vehicle.id == journey.vehicle_id))
            context.intents.Push(intent::SelectVehicle{vehicle.id});
        ImGui::PopID();
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::Dummy(ui::Em(0, 0.4f));

    ui::Heading(context.T("kiosk.returning.due_title"));
    bool any = false;
    for (const domain::ServiceDue& due : journey.due) {
        if (due.status == domain::DueStatus::NotDue)
            continue;
        for (const store::CatalogItem& item : context.state.catalog.services) {
            if (item.code != due.code)
                continue;
            any = true;
            const char* status_key = due.status == domain::DueStatus::DueNow ? "kiosk.returning.due_now"
                                                                             : "kiosk.returning.due_soon";
            const char* reason_key = due.reason == domain::DueReason::Mileage ? "kiosk.returning.by_mileage"
                                                                              : "kiosk.returning.by_date";
            ui::TextColored(
                due.status == domain::DueStatus::DueNow ? ui::colors::kWarning : ui::colors::kText,
                NameOf(context, item) + "  ·  " + context.T(status_key) + " (" + context.T(reason_key) + ")");
        }
    }
    if (!any)
        ui::TextMuted(context.T("kiosk.returning.nothing_due"));
}

} // namespace checkin::app::screens
