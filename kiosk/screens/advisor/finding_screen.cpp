// A finding of the inspection: an item of the checklist, its rating, and for red and yellow items the price
// the customer will be asked to approve (labor and parts in yuan, VAT included, typed on the keypad).
#include <imgui.h>

#include "screens/advisor/advisor_screens.h"
#include "screens/kiosk/kiosk_screens.h"
#include "screens/station_parts.h"
#include "shared/domain/inspection.h"
#include "ui/keyboard.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

void DrawFindingScreen(const ScreenContext& context)
{
    const FindingDraft& draft = context.state.advisor.finding;
    ui::Heading(context.T("advisor.finding.title"));
    const float half = ImGui::GetContentRegionAvail().x * 0.5f - ui::Em(0.5f);
    ui::BeginScrollList("##items", ImVec2(half, 0));
    int index = 0;
    for (std::string_view key : domain::InspectionItemKeys()) {
        const std::string item(key);
        if (index++ % 2 != 0)
            ImGui::SameLine();
        if (ui::Chip(FindingTitle(context, item).c_str(), draft.item_key == item, true,
                half * 0.5f - ui::Em(0.6f)))
            context.intents.Push(intent::PickFindingItem{item});
    }
    ui::EndScrollList();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ui::Text(context.T("advisor.finding.rating"));
    constexpr std::pair<const char*, const char*> kRatings[] = {{"red", "advisor.finding.rating_red"},
        {"yellow", "advisor.finding.rating_yellow"}, {"green", "advisor.finding.rating_green"}};
    for (const auto& [rating, key] : kRatings) {
        const std::string& label = context.T(key);
        if (ui::Chip(label.c_str(), draft.rating == rating))
            context.intents.Push(intent::SetFindingRating{rating});
        ImGui::SameLine();
    }
    ImGui::NewLine();
    if (draft.rating != "green") {
        const std::string labor = context.T("advisor.finding.labor") + "  "
            + (draft.labor_yuan.empty() ? "0" : draft.labor_yuan) + " " + context.T("common.yuan");
        const std::string parts = context.T("advisor.finding.parts") + "  "
            + (draft.parts_yuan.empty() ? "0" : draft.parts_yuan) + " " + context.T("common.yuan");
        if (ui::Chip(labor.c_str(), !draft.editing_parts, true, ui::Em(12)))
            context.intents.Push(intent::SelectFindingPrice{false});
        ImGui::SameLine();
        if (ui::Chip(parts.c_str(), draft.editing_parts, true, ui::Em(12)))
            context.intents.Push(intent::SelectFindingPrice{true});
        if (auto edit = ui::PhonePad(
                draft.editing_parts ? draft.parts_yuan : draft.labor_yuan, 6, KeyboardLabelsOf(context)))
            context.intents.Push(intent::EditText{TextField::FindingPrice, *edit});
    }
    ImGui::Dummy(ui::Em(0, 0.5f));
    if (ui::Button(context.C("advisor.finding.save"),
            {.size = {ui::Em(10), 0}, .style = ui::ButtonStyle::Primary, .enabled = !draft.item_key.empty()}))
        context.intents.Push(intent::SaveFinding{});
    ImGui::SameLine();
    if (ui::Button(context.C("advisor.finding.cancel"), {.size = {ui::Em(10), 0}}))
        context.intents.Push(intent::CancelFinding{});
    ImGui::EndGroup();
}

} // namespace checkin::app::screens
