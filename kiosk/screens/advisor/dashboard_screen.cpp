// The service manager's dashboard: the range of days, the key figures as tiles (check-ins, the kiosk's
// median check-in time, the median wait for an advisor, approval of recommended work, satisfaction,
// first-maintenance return, lapsed customers, output value) and charts of them over the days. Every number
// comes from shared/store/queries_dashboard.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "screens/advisor/advisor_screens.h"
#include "screens/station_parts.h"
#include "shared/domain/repair_stage.h"
#include "ui/charts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

std::string Count(double value)
{
    return std::to_string(static_cast<long long>(std::llround(value)));
}

std::string Score(double value)
{
    char text[16];
    std::snprintf(text, sizeof text, "%.0f", value);
    return text;
}

// Yuan in thousands on the charts: "¥12.3k".
std::string ThousandYuan(double fen)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1fk", fen / 100.0 / 1000.0);
    return text;
}

std::string Percent(std::int64_t part, std::int64_t whole)
{
    if (whole <= 0)
        return "-";
    return std::to_string(static_cast<long long>(
               std::llround(100.0 * static_cast<double>(part) / static_cast<double>(whole))))
        + "%";
}

std::string Duration(const ScreenContext& context, const std::optional<std::int64_t>& ms)
{
    if (!ms)
        return "-";
    const std::int64_t seconds = (*ms + 500) / 1000;
    return i18n::Format(context.T("advisor.dashboard.min_sec"),
        {{"min", std::to_string(seconds / 60)},
            {"sec", (seconds % 60 < 10 ? "0" : "") + std::to_string(seconds % 60)}});
}

// A key figure on a white card, its note beside the value; the card is drawn behind them once they are laid
// out.
void Tile(
    const char* id, const std::string& title, const std::string& value, const std::string& note, float width)
{
    ImGui::PushID(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(width, ui::Em(0.2f)));
    ImGui::Indent(ui::Em(0.5f));
    ui::TextMuted(title);
    ImGui::PushFont(ui::CurrentFonts().heading);
    ui::Text(value);
    ImGui::PopFont();
    ImGui::SameLine(0, ui::Em(0.8f));
    // On the value's baseline: the heading font is taller than the note's.
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetItemRectSize().y - ImGui::GetTextLineHeight()
        - ImGui::GetStyle().FramePadding.y);
    ui::TextMuted(note);
    ImGui::Unindent(ui::Em(0.5f));
    ImGui::Dummy(ImVec2(width, ui::Em(0.1f)));
    ImGui::EndGroup();
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(start, ImVec2(start.x + width, ImGui::GetItemRectMax().y),
        IM_COL32(255, 255, 255, 255), ui::Em(0.3f));
    draw->ChannelsMerge();
    ImGui::PopID();
}

void RangeChips(const ScreenContext& context, const store::DashboardFigures& figures)
{
    ReportRangeChips(context);
    ImGui::AlignTextToFramePadding();
    ui::TextMuted(figures.from + " - " + figures.to);
}

void Tiles(const ScreenContext& context, const store::DashboardFigures& figures)
{
    // Four cards a row: wide enough for the longest title in either language.
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float width = (ImGui::GetContentRegionAvail().x - gap * 3) / 4.0f;
    std::int64_t checkins = 0;
    for (const store::DayCount& day : figures.checkins_per_day)
        checkins += day.count;
    Tile("checkins", context.T("advisor.dashboard.checkins"), std::to_string(checkins),
        i18n::Format(context.T("advisor.dashboard.per_day"),
            {{"count",
                figures.checkins_per_day.empty()
                    ? std::string("0")
                    : Count(static_cast<double>(checkins)
                        / static_cast<double>(figures.checkins_per_day.size()))}}),
        width);
    ImGui::SameLine();
    Tile("kiosk", context.T("advisor.dashboard.kiosk_time"),
        Duration(context, figures.median_kiosk_checkin_ms), context.T("advisor.dashboard.median"), width);
    ImGui::SameLine();
    Tile("wait", context.T("advisor.dashboard.confirm_wait"),
        Duration(context, figures.median_confirm_wait_ms), context.T("advisor.dashboard.median"), width);
    ImGui::SameLine();
    Tile("approval", context.T("advisor.dashboard.approval"),
        Percent(figures.approval.approved, figures.approval.decided),
        i18n::Format(context.T("advisor.dashboard.of"),
            {{"part", std::to_string(figures.approval.approved)},
                {"whole", std::to_string(figures.approval.decided)}}),
        width);
    // Over the whole range: each bucket's index weighted by its surveys (both are linear in the answers).
    std::int64_t surveys = 0;
    double csi_sum = 0.0;
    double nps_sum = 0.0;
    for (const store::SatisfactionPoint& point : figures.satisfaction_by_week) {
        surveys += point.surveys;
        csi_sum += point.csi.value_or(0.0) * static_cast<double>(point.surveys);
        nps_sum += point.nps.value_or(0.0) * static_cast<double>(point.surveys);
    }
    const double total = static_cast<double>(surveys);
    Tile("csi", context.T("advisor.dashboard.csi_nps"),
        surveys > 0 ? Score(csi_sum / total) + " / " + Score(nps_sum / total) : "-",
        i18n::Format(context.T("advisor.dashboard.surveys"), {{"count", std::to_string(surveys)}}), width);
    ImGui::SameLine();
    Tile("first", context.T("advisor.dashboard.first_maintenance"),
        Percent(figures.first_maintenance.returned, figures.first_maintenance.due),
        i18n::Format(context.T("advisor.dashboard.returned_of_due"),
            {{"part", std::to_string(figures.first_maintenance.returned)},
                {"whole", std::to_string(figures.first_maintenance.due)}}),
        width);
    ImGui::SameLine();
    Tile("lapsed", context.T("advisor.dashboard.lapsed"),
        std::to_string(figures.lapsed.at_risk) + " / " + std::to_string(figures.lapsed.nearly_lost) + " / "
            + std::to_string(figures.lapsed.lost),
        context.T("advisor.dashboard.lapsed_note"), width);
    ImGui::SameLine();
    std::int64_t value = 0;
    std::int64_t orders = 0;
    for (const store::ValuePoint& day : figures.output_value_by_day) {
        value += day.output_value_fen;
        orders += day.orders;
    }
    Tile("value", context.T("advisor.dashboard.output_value"), Yuan(value),
        i18n::Format(
            context.T("advisor.dashboard.per_car"), {{"value", orders > 0 ? Yuan(value / orders) : "-"}}),
        width);
}

void Charts(const ScreenContext& context, const store::DashboardFigures& figures)
{
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float half = (ImGui::GetContentRegionAvail().x - spacing) * 0.5f;
    // The second row: satisfaction, the stages (seven named bars) wider, the few months narrower.
    const float row = ImGui::GetContentRegionAvail().x - spacing * 2;
    // Two rows of charts share what is left of the screen, each with its title above it.
    const float titles = 2.0f * (ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y);
    const float height = std::max(ui::Em(5), (ImGui::GetContentRegionAvail().y - titles) * 0.5f);

    ui::ChartSeries checkins{context.T("advisor.dashboard.checkins"), ui::colors::kPrimary, {}, false};
    for (const store::DayCount& day : figures.checkins_per_day)
        checkins.points.push_back({day.date.substr(5), static_cast<double>(day.count)});
    ui::ChartSeries value{context.T("advisor.dashboard.output_value"), ui::colors::kSuccess, {}, false};
    for (const store::ValuePoint& day : figures.output_value_by_day)
        value.points.push_back({day.bucket.substr(5), static_cast<double>(day.output_value_fen)});
    ImGui::BeginGroup();
    ui::Text(context.T("advisor.dashboard.checkins_per_day"));
    ui::BarChart("checkins_chart", checkins, ImVec2(half, height), &Count);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ui::Text(context.T("advisor.dashboard.value_per_day"));
    ui::BarChart("value_chart", value, ImVec2(half, height), &ThousandYuan);
    ImGui::EndGroup();

    ui::ChartSeries csi{"CSI", ui::colors::kPrimary, {}, false};
    ui::ChartSeries nps{"NPS", ui::colors::kWarning, {}, false};
    for (const store::SatisfactionPoint& point : figures.satisfaction_by_week) {
        csi.points.push_back({point.bucket.substr(5), point.csi});
        nps.points.push_back({point.bucket.substr(5), point.nps});
    }
    ImGui::BeginGroup();
    ui::Text(context.T("advisor.dashboard.satisfaction_by_week"));
    ui::LineChart("satisfaction_chart", {csi, nps}, -100.0, 100.0, ImVec2(row * 0.32f, height), &Score);
    ImGui::EndGroup();
    ImGui::SameLine();
    ui::ChartSeries stages{context.T("advisor.dashboard.orders_by_stage"), ui::colors::kWarning, {}, true};
    for (const store::StageCount& stage : figures.orders_by_stage)
        stages.points.push_back({StageLabel(context, stage.stage), static_cast<double>(stage.count)});
    ImGui::BeginGroup();
    ui::Text(context.T("advisor.dashboard.orders_by_stage"));
    ui::BarChart("stage_chart", stages, ImVec2(row * 0.43f, height), &Count);
    ImGui::EndGroup();
    ImGui::SameLine();
    ui::ChartSeries months{context.T("advisor.dashboard.value_per_month"), ui::colors::kSuccess, {}, true};
    for (const store::ValuePoint& month : figures.output_value_by_month)
        months.points.push_back({month.bucket, static_cast<double>(month.output_value_fen)});
    ImGui::BeginGroup();
    ui::Text(context.T("advisor.dashboard.value_per_month"));
    ui::BarChart("month_chart", months, ImVec2(row * 0.25f, height), &ThousandYuan);
    ImGui::EndGroup();
}

} // namespace

void DrawDashboardScreen(const ScreenContext& context)
{
    const auto& figures = context.state.advisor.dashboard.figures;
    if (!figures)
        return;
    RangeChips(context, *figures);
    ImGui::Dummy(ui::Em(0, 0.2f));
    ui::BeginScrollList("##dashboard", ImVec2(0, 0));
    Tiles(context, *figures);
    ImGui::Dummy(ui::Em(0, 0.3f));
    Charts(context, *figures);
    ui::EndScrollList();
}

} // namespace checkin::app::screens
