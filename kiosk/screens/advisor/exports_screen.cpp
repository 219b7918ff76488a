// The service manager's exports: the national electronic vehicle repair record (汽车维修电子健康档案) of the
// report range as CSV or JSON, and one customer's data on request - a complete copy, or erasure, which keeps
// only anonymous figures and asks for a second tap. Each export is audit-logged by the use case.
#include <array>

#include <imgui.h>

#include "screens/advisor/advisor_screens.h"
#include "screens/station_parts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

void DrawExportsScreen(const ScreenContext& context)
{
    const ExportsState& exports = context.state.advisor.exports;
    ui::Heading(context.T("advisor.exports.record_title"));
    ui::TextMuted(context.T("advisor.exports.record_note"));
    ReportRangeChips(context);
    ImGui::NewLine();
    if (ui::Button(context.C("advisor.exports.csv"), {.style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::ExportHealthRecord{true});
    ImGui::SameLine();
    if (ui::Button(context.C("advisor.exports.json")))
        context.intents.Push(intent::ExportHealthRecord{false});
    if (!exports.last_file.empty())
        ui::TextMuted(context.T("advisor.exports.file") + "  " + exports.last_file);

    ImGui::Dummy(ui::Em(0, 0.8f));
    ImGui::Separator();
    ui::Heading(context.T("advisor.exports.customer_title"));
    ui::TextMuted(context.T("advisor.exports.customer_note"));
    std::array<char, 64> buffer{};
    exports.plate_query.copy(buffer.data(), buffer.size() - 1);
    ImGui::SetNextItemWidth(ui::Em(12));
    if (ImGui::InputTextWithHint(
            "##plate", context.C("advisor.exports.plate_hint"), buffer.data(), buffer.size()))
        context.intents.Push(intent::EditExportPlate{buffer.data()});
    ImGui::SameLine();
    if (ui::Button(context.C("advisor.exports.find"), {.enabled = !exports.plate_query.empty()}))
        context.intents.Push(intent::FindExportCustomer{});
    if (!exports.customer)
        return;
    const store::CustomerOnFile& customer = *exports.customer;
    ui::Text(CustomerName(context, customer.surname, customer.title) + "  " + customer.full_name.value_or("")
        + "  " + customer.mobile.value_or(""));
    for (const store::VehicleOnFile& vehicle : customer.vehicles)
        ui::TextMuted(CarLine(vehicle.plate, vehicle.make, vehicle.model));
    if (ui::Button(context.C("advisor.exports.customer_copy")))
        context.intents.Push(intent::ExportCustomerData{});
    ImGui::SameLine();
    if (ui::Button(
            context.C(exports.confirm_erase ? "advisor.exports.erase_confirm" : "advisor.exports.erase"),
            {.style = ui::ButtonStyle::Danger}))
        context.intents.Push(intent::EraseCustomer{});
}

} // namespace checkin::app::screens
