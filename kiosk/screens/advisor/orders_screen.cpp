// The open orders as a board: one column per stage, a card per car with its promised time (red when late)
// and the decisions the customer still has to make.
#include <imgui.h>

#include "screens/advisor/advisor_screens.h"
#include "screens/station_parts.h"
#include "shared/domain/repair_stage.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

void DrawOrdersScreen(const ScreenContext& context)
{
    const AdvisorState& advisor = context.state.advisor;
    std::vector<domain::RepairStage> columns;
    for (domain::RepairStage stage : domain::AllRepairStages())
        if (domain::IsOpenStage(stage))
            columns.push_back(stage);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float width = (ImGui::GetContentRegionAvail().x - spacing * static_cast<float>(columns.size() - 1))
        / static_cast<float>(columns.size());
    for (std::size_t column = 0; column < columns.size(); ++column) {
        const std::string_view stage_name = domain::RepairStageName(columns[column]);
        if (column > 0)
            ImGui::SameLine();
        ImGui::PushID(static_cast<int>(column));
        ImGui::BeginGroup();
        int count = 0;
        for (const store::OrderSummary& order : advisor.orders)
            count += order.stage == stage_name ? 1 : 0;
        ui::Text(StageLabel(context, stage_name) + " (" + std::to_string(count) + ")");
        ui::BeginScrollList("##column", ImVec2(width, 0));
        for (const store::OrderSummary& order : advisor.orders) {
            if (order.stage != stage_name)
                continue;
            ImGui::PushID(order.order_id.c_str());
            const bool late = order.promised_at_utc_ms && *order.promised_at_utc_ms < context.now_ms;
            std::string subtitle = CustomerName(context, order.surname, order.title);
            if (order.promised_at_utc_ms)
                subtitle += "  " + ClockTime(context, *order.promised_at_utc_ms);
            if (order.pending_decisions > 0)
                subtitle += "  · "
                    + i18n::Format(context.T("advisor.orders.pending"),
                        {{"count", std::to_string(order.pending_decisions)}});
            const std::string label = CarLine(order.plate, "", "") + "##card";
            if (ui::Button(label.c_str(),
                    {.size = {width - ui::Em(0.6f), 0},
                        .style = late ? ui::ButtonStyle::Danger : ui::ButtonStyle::Secondary,
                        .subtitle = subtitle.c_str()}))
                context.intents.Push(intent::OpenOrder{order.order_id});
            ImGui::PopID();
        }
        ui::EndScrollList();
        ImGui::EndGroup();
        ImGui::PopID();
    }
}

} // namespace checkin::app::screens
