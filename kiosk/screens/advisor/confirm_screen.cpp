// Confirming a kiosk check-in: the customer file on the left (who, cars, visits with what was declined,
// services due, first maintenance, lapse), the order to open on the right (technician, bay, promised time).
#include <algorithm>
#include <array>

#include <imgui.h>

#include "screens/advisor/advisor_screens.h"
#include "screens/station_parts.h"
#include "shared/domain/civil_date.h"
#include "shared/domain/phone.h"
#include "shared/domain/reminders.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

const std::string& ServiceName(const ScreenContext& context, const std::string& code)
{
    for (const store::CatalogItem& item : context.state.catalog.services)
        if (item.code == code)
            return context.state.language == i18n::Language::English ? item.name_en : item.name_zh;
    return code;
}

// Lines keep the catalog's Chinese name as their description; an English screen shows the English one.
std::string LineName(const ScreenContext& context, const std::string& description)
{
    if (context.state.language == i18n::Language::English)
        for (const store::CatalogItem& item : context.state.catalog.services)
            if (item.name_zh == description)
                return item.name_en;
    return FindingTitle(context, description);
}

std::string DateOf(const ScreenContext& context, std::int64_t utc_ms)
{
    return domain::FormatIsoDate(domain::LocalDayNumber(utc_ms, context.state.utc_offset_minutes));
}

// The full name, typed on the station's physical keyboard (the system's input method for Chinese): an
// InputText shows what is being typed; each edit goes to the app as an intent.
void FullNameEditor(const ScreenContext& context, const store::CustomerOnFile& customer)
{
    const AdvisorState& advisor = context.state.advisor;
    std::array<char, 256> buffer{};
    advisor.full_name_edit.copy(buffer.data(), buffer.size() - 1);
    ImGui::SetNextItemWidth(ui::Em(14));
    if (ImGui::InputTextWithHint(
            "##full_name", context.C("advisor.file.full_name_hint"), buffer.data(), buffer.size()))
        context.intents.Push(intent::EditFullName{buffer.data()});
    ImGui::SameLine();
    const bool changed = advisor.full_name_edit != customer.full_name.value_or("");
    if (ui::Button(
            context.C("advisor.file.save_name"), {.enabled = changed && !advisor.full_name_edit.empty()}))
        context.intents.Push(intent::SaveFullName{});
}

void CustomerFile(const ScreenContext& context)
{
    const AdvisorState& advisor = context.state.advisor;
    const store::WaitingCheckIn& checkin = *advisor.checkin;
    ui::Heading(CustomerName(context, checkin.surname, checkin.title));
    if (advisor.customer) {
        const store::CustomerOnFile& customer = *advisor.customer;
        FullNameEditor(context, customer);
        if (customer.mobile)
            ui::Text(context.T("advisor.file.mobile") + "  " + *customer.mobile);
        for (const store::VehicleOnFile& vehicle : customer.vehicles) {
            std::string line = CarLine(vehicle.plate, vehicle.make, vehicle.model);
            if (vehicle.last_mileage_km)
                line += "  ·  " + std::to_string(*vehicle.last_mileage_km) + " km";
            if (vehicle.id == checkin.vehicle_id)
                ui::Text(line);
            else
                ui::TextMuted(line);
        }
    } else {
        ui::TextMuted(context.T("advisor.file.new_customer"));
    }
    const char* lapse_key = advisor.lapse == LapseLevel::Lapsed9 ? "advisor.file.lapsed_9"
        : advisor.lapse == LapseLevel::Lapsed6                   ? "advisor.file.lapsed_6"
        : advisor.lapse == LapseLevel::Lapsed3                   ? "advisor.file.lapsed_3"
                                                                 : nullptr;
    if (lapse_key)
        ui::TextColored(ui::colors::kWarning, context.T(lapse_key));

    ImGui::Dummy(ui::Em(0, 0.4f));
    ui::Heading(context.T("advisor.file.due"));
    bool any_due = false;
    for (const domain::ServiceDue& due : advisor.due) {
        if (due.status == domain::DueStatus::NotDue)
            continue;
        any_due = true;
        std::string line = ServiceName(context, due.code) + "  ·  "
            + context.T(due.status == domain::DueStatus::DueNow ? "kiosk.returning.due_now"
                                                                : "kiosk.returning.due_soon");
        if (due.code == domain::kFirstMaintenanceCode)
            line += "  ·  " + context.T("advisor.file.first_maintenance");
        ui::TextColored(
            due.status == domain::DueStatus::DueNow ? ui::colors::kDanger : ui::colors::kWarning, line);
    }
    if (!any_due)
        ui::TextMuted(context.T("advisor.file.nothing_due"));

    ImGui::Dummy(ui::Em(0, 0.4f));
    ui::Heading(context.T("advisor.file.history"));
    if (advisor.history.empty())
        ui::TextMuted(context.T("advisor.file.no_history"));
    for (const store::VisitRecord& visit : advisor.history) {
        std::string line = DateOf(context, visit.opened_at_utc_ms) + "  " + visit.number;
        if (visit.mileage_km)
            line += "  ·  " + std::to_string(*visit.mileage_km) + " km";
        ui::Text(line);
        for (const std::string& item : visit.done_items)
            ui::TextMuted("    " + LineName(context, item));
        for (const std::string& item : visit.declined_items)
            ui::TextColored(ui::colors::kWarning,
                "    " + context.T("advisor.file.declined") + " " + LineName(context, item));
    }
}

void OrderOptions(const ScreenContext& context)
{
    const AppState& state = context.state;
    const AdvisorState& advisor = state.advisor;
    const store::WaitingCheckIn& checkin = *advisor.checkin;
    ui::Heading(checkin.queue_number + "  " + CarLine(checkin.plate, checkin.make, checkin.model));
    if (checkin.mileage_km)
        ui::Text(context.T("advisor.confirm.mileage") + "  " + std::to_string(*checkin.mileage_km) + " km");
    if (checkin.mileage_lower_flag)
        ui::TextColored(ui::colors::kDanger, context.T("advisor.arrivals.mileage_flag"));
    if (!checkin.concerns_text.empty())
        ui::TextWrapped(context.T("advisor.confirm.concerns") + "  " + checkin.concerns_text);
    if (checkin.estimate_fen > 0)
        ui::Text(context.T("advisor.confirm.estimate") + "  " + Yuan(checkin.estimate_fen));

    ImGui::Dummy(ui::Em(0, 0.4f));
    ui::Text(context.T("advisor.confirm.technician"));
    for (const store::StaffRow& staff : advisor.staff) {
        if (staff.role != "technician")
            continue;
        ImGui::PushID(staff.id.c_str());
        if (ui::Chip(staff.name.c_str(), staff.id == advisor.technician_id))
            context.intents.Push(intent::SetTechnician{staff.id});
        ImGui::PopID();
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ui::Text(context.T("advisor.confirm.bay"));
    for (const std::string& bay : state.bays) {
        const std::string label = i18n::Format(context.T("advisor.confirm.bay_name"), {{"bay", bay}});
        if (ui::Chip(label.c_str(), bay == advisor.bay))
            context.intents.Push(intent::SetBay{bay});
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ui::Text(context.T("advisor.confirm.promised"));
    if (ui::Button("-30##promised_earlier"))
        context.intents.Push(intent::ShiftPromised{-30});
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(ui::CurrentFonts().heading);
    ui::Text(ClockTime(context, advisor.promised_at_ms));
    ImGui::PopFont();
    ImGui::SameLine();
    if (ui::Button("+30##promised_later"))
        context.intents.Push(intent::ShiftPromised{30});

    ImGui::Dummy(ui::Em(0, 0.6f));
    if (ui::Button(context.C("advisor.confirm.submit"),
            {.size = {ui::Em(16), 0}, .style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::ConfirmCheckIn{});
}

} // namespace

void DrawConfirmScreen(const ScreenContext& context)
{
    if (!context.state.advisor.checkin)
        return;
    const float half = ImGui::GetContentRegionAvail().x * 0.5f - ui::Em(0.5f);
    ui::BeginScrollList("##customer_file", ImVec2(half, 0));
    CustomerFile(context);
    ui::EndScrollList();
    ImGui::SameLine();
    ui::BeginScrollList("##order_options", ImVec2(0, 0));
    OrderOptions(context);
    ui::EndScrollList();
}

} // namespace checkin::app::screens
