// The service manager's dashboard: the range of days, the key figures as tiles (check-ins, the kiosk's
// median check-in time, the median wait for an advisor, approval of recommended work, satisfaction,
// first-maintenance return, lapsed customers, output value) and charts of them over the days. Every number
// comes from shared/store/queries_dashboard.
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

void Tile(
    const char* id, const std::string& title, const std::string& value, const std::string& note, float width)
{
    ImGui::PushID(id);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float height = ui::Em(4.6f);
    ImGui::GetWindowDrawList()->AddRectFilled(
        start, ImVec2(start.x + width, start.y + height), IM_COL32(255, 255, 255, 255), ui::Em(0.3f));
    ImGui::BeginGroup();
    ImGui::Indent(ui::Em(0.5f));
    ImGui::Dummy(ui::Em(0, 0.1f));
    ui::TextMuted(title);
    ImGui::PushFont(ui::CurrentFonts().heading);
    ui::Text(value);
    ImGui::PopFont();
    ui::TextMuted(note);
    ImGui::Unindent(ui::Em(0.5f));
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(start.x + width + ui::Em(0.5f), start.y));
    ImGui::Dummy(ImVec2(0, height));
    ImGui::PopID();
}

void RangeChips(const ScreenContext& context, const store::DashboardFigures& figures)
{
    const ReportRange range = context.state.advisor.dashboard.range;
    constexpr std::pair<ReportRange, const char*> kRanges[]
        = {{ReportRange::Last7Days, "advisor.report.last_7"},
            {ReportRange::Last30Days, "advisor.report.last_30"},
            {ReportRange::ThisMonth, "advisor.report.this_month"},
            {ReportRange::Last90Days, "advisor.report.last_90"}};
    for (const auto& [each, key] : kRanges) {
        if (ui::Chip(context.C(key), range == each))
            context.intents.Push(intent::SetReportRange{each});
        ImGui::SameLine();
    }
    ImGui::AlignTextToFramePadding();
    ui::TextMuted(figures.from + " - " + figures.to);
}

void Tiles(const ScreenContext& context, const store::DashboardFigures& figures)
{
    const float width = (ImGui::GetContentRegionAvail().x - ui::Em(0.5f) * 7) / 8.0f;
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
    ImGui::SameLine(0, 0);
    Tile("kiosk", context.T("advisor.dashboard.kiosk_time"),
        Duration(context, figures.median_kiosk_checkin_ms), context.T("advisor.dashboard.median"), width);
    ImGui::SameLine(0, 0);
    Tile("wait", context.T("advisor.dashboard.confirm_wait"),
        Duration(context, figures.median_confirm_wait_ms), context.T("advisor.dashboard.median"), width);
    ImGui::SameLine(0, 0);
    Tile("approval", context.T("advisor.dashboard.approval"),
        Percent(figures.approval.approved, figures.approval.decided),
        i18n::Format(context.T("advisor.dashboard.of"),
            {{"part", std::to_string(figures.approval.approved)},
                {"whole", std::to_string(figures.approval.decided)}}),
        width);
    ImGui::SameLine(0, 0);
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
    ImGui::SameLine(0, 0);
    Tile("first", context.T("advisor.dashboard.first_maintenance"),
        Percent(figures.first_maintenance.returned, figures.first_maintenance.due),
        i18n::Format(context.T("advisor.dashboard.returned_of_due"),
            {{"part", std::to_string(figures.first_maintenance.returned)},
                {"whole", std::to_string(figures.first_maintenance.due)}}),
        width);
    ImGui::SameLine(0, 0);
    Tile("lapsed", context.T("advisor.dashboard.lapsed"),
        std::to_string(figures.lapsed.at_risk) + " / " + std::to_string(figures.lapsed.nearly_lost) + " / "
            + std::to_string(figures.lapsed.lost),
        context.T("advisor.dashboard.lapsed_note"), width);
    ImGui::SameLine(0, 0);
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
    ImGui::NewLine();
}

void Charts(const ScreenContext& context, const store::DashboardFigures& figures)
{
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float half = (ImGui::GetContentRegionAvail().x - spacing) * 0.5f;
    const float third = (ImGui::GetContentRegionAvail().x - spacing * 2) / 3.0f;
    const float height = ui::Em(9);

    ui::ChartSeries checkins{context.T("advisor.dashboard.checkins"), ui::colors::kPrimary, {}};
    for (const store::DayCount& day : figures.checkins_per_day)
        checkins.points.push_back({day.date.substr(5), static_cast<double>(day.count)});
    ui::ChartSeries value{context.T("advisor.dashboard.output_value"), ui::colors::kSuccess, {}};
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

    ui::ChartSeries csi{"CSI", ui::colors::kPrimary, {}};
    ui::ChartSeries nps{"NPS", ui::colors::kWarning, {}};
    for (const store::SatisfactionPoint& point : figures.satisfaction_by_week) {
        csi.points.push_back({point.bucket.substr(5), point.csi});
        nps.points.push_back({point.bucket.substr(5), point.nps});
    }
    ImGui::BeginGroup();
    ui::Text(context.T("advisor.dashboard.satisfaction_by_week"));
    ui::LineChart("satisfaction_chart", {csi, nps}, -100.0, 100.0, ImVec2(third, height), &Score);
    ImGui::EndGroup();
    ImGui::SameLine();
    ui::ChartSeries stages{context.T("advisor.dashboard.orders_by_stage"), ui::colors::kWarning, {}};
    for (const store::StageCount& stage : figures.orders_by_stage)
        stages.points.push_back({StageLabel(context, stage.stage), static_cast<double>(stage.count)});
    ImGui::BeginGroup();
    ui::Text(context.T("advisor.dashboard.orders_by_stage"));
    ui::BarChart("stage_chart", stages, ImVec2(third, height), &Count);
    ImGui::EndGroup();
    ImGui::SameLine();
    ui::ChartSeries months{context.T("advisor.dashboard.value_per_month"), ui::colors::kSuccess, {}};
    for (const store::ValuePoint& month : figures.output_value_by_month)
        months.points.push_back({month.bucket, static_cast<double>(month.output_value_fen)});
    ImGui::BeginGroup();
    ui::Text(context.T("advisor.dashboard.value_per_month"));
    ui::BarChart("month_chart", months, ImVec2(third, height), &ThousandYuan);
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
