// Pieces every kiosk screen uses: headings, the input box, times, catalog names and the estimate panel.
#include <cstdio>

#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "shared/domain/money.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

ui::KeyboardLabels KeyboardLabelsOf(const ScreenContext& context)
{
    return {context.C("keyboard.backspace"), context.C("keyboard.clear"), context.C("keyboard.space")};
}

void StepHeading(const ScreenContext& context, std::string_view title_key, std::string_view body_key)
{
    ui::Heading(context.T(title_key));
    if (!body_key.empty())
        ui::TextWrapped(context.T(body_key));
    ImGui::Dummy(ui::Em(0, 0.3f));
}

void CenteredInput(const char* id, std::string_view text, std::string_view placeholder, bool error)
{
    const float width = ui::Em(20);
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - width) * 0.5f);
    ui::InputDisplay(id, text, placeholder, width, error);
    ImGui::Dummy(ui::Em(0, 0.3f));
}

const std::string& NameOf(const ScreenContext& context, const store::CatalogItem& item)
{
    return context.state.language == i18n::Language::English ? item.name_en : item.name_zh;
}

void EstimatePanel(const ScreenContext& context, const domain::Estimate& estimate, float width)
{
    const bool english = context.state.language == i18n::Language::English;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(ui::colors::kPanel));
    const float line_height = ImGui::GetTextLineHeightWithSpacing();
    const float height
        = line_height * (static_cast<float>(estimate.lines.size()) * 2.0f + 5.0f) + ui::Em(1.2f);
    ImGui::BeginChild("##estimate", ImVec2(width, height), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ui::Em(0.6f, 0.5f));
    ImGui::BeginGroup();
    ui::TextMuted(context.T("kiosk.estimate.title"));
    const float amount_x = width - ui::Em(6.5f);
    const auto amount_line = [&](std::string_view label, domain::Money amount, bool muted) {
        if (muted)
            ui::TextMuted(label);
        else
            ui::Text(label);
        ImGui::SameLine(amount_x);
        ui::Text(domain::FormatYuan(amount));
    };
    for (const domain::EstimateLine& line : estimate.lines) {
        amount_line(english ? line.name_en : line.name_zh, line.labor + line.parts, false);
        ui::TextMuted(i18n::Format(context.T("kiosk.estimate.split"),
            {{"labor", domain::FormatYuan(line.labor)}, {"parts", domain::FormatYuan(line.parts)}}));
    }
    ImGui::Separator();
    amount_line(context.T("kiosk.estimate.tax"), estimate.tax_included, true);
    ImGui::PushFont(ui::CurrentFonts().heading);
    amount_line(context.T("kiosk.estimate.total"), estimate.total, false);
    ImGui::PopFont();
    ImGui::EndGroup();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

} // namespace checkin::app::screens
