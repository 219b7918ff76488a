#pragma once
// Charts for the manager's dashboard, drawn with ImGui's draw list (no plotting library in Debian's
// imgui): bars by day or stage, and lines over time. Values are labelled where there is room; every chart
// records its title for the UI driver.
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

namespace checkin::ui {

struct ChartPoint {
    std::string label; // under the bar or point: "11-24", "Mon", "Ready"
    std::optional<double> value; // none: a gap
};

struct ChartSeries {
    std::string name;
    ImU32 color = 0;
    std::vector<ChartPoint> points;
    // Categories (stages) rather than days: every label is written, on two staggered lines when they are
    // wide.
    bool every_label = false;
};

// Vertical bars with the axis from 0 to the largest value; `format` writes a value ("12", "¥3.4k").
void BarChart(const char* id, const ChartSeries& series, ImVec2 size, std::string (*format)(double));

// Lines over shared labels (the first series' labels), each series on the range [min_value, max_value].
void LineChart(const char* id, const std::vector<ChartSeries>& series, double min_value, double max_value,
    ImVec2 size, std::string (*format)(double));

} // namespace checkin::ui
