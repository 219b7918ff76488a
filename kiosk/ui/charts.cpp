#include "ui/charts.h"

#include <algorithm>
#include <cmath>

#include "ui/theme.h"
#include "ui/touch.h"

namespace checkin::ui {
namespace {

// Every n-th label fits under the axis: labels never overlap.
std::size_t LabelStride(const std::vector<ChartPoint>& points, float slot_width)
{
    float widest = 0.0f;
    for (const ChartPoint& point : points)
        widest = std::max(widest, ImGui::CalcTextSize(point.label.c_str()).x);
    const float needed = widest + Em(0.6f);
    return std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(needed / std::max(slot_width, 1.0f))));
}

struct Frame {
    ImVec2 min; // the plot area, without the axis labels
    ImVec2 max;
};

Frame BeginChart(const char* id, ImVec2 size, int label_lines = 1)
{
    ImGui::PushID(id);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::Dummy(size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(
        origin, ImVec2(origin.x + size.x, origin.y + size.y), IM_COL32(255, 255, 255, 255), Em(0.3f));
    const float label_height = ImGui::GetTextLineHeight();
    Frame frame{ImVec2(origin.x + Em(0.6f), origin.y + label_height + Em(0.4f)),
        ImVec2(origin.x + size.x - Em(0.6f),
            origin.y + size.y - label_height * static_cast<float>(label_lines) - Em(0.4f))};
    draw->AddLine(ImVec2(frame.min.x, frame.max.y), frame.max, colors::kMutedText);
    return frame;
}

void EndChart()
{
    ImGui::PopID();
}

// Centred on center_x, kept inside the chart's frame horizontally.
void AxisLabel(ImDrawList* draw, const std::string& text, float center_x, float y, const Frame& frame)
{
    const float width = ImGui::CalcTextSize(text.c_str()).x;
    // Not std::clamp: a label wider than the frame makes the bounds cross; it then starts at the left.
    const float x
        = std::max(frame.min.x - Em(0.4f), std::min(center_x - width * 0.5f, frame.max.x + Em(0.4f) - width));
    draw->AddText(ImVec2(x, y), colors::kMutedText, text.c_str());
}

} // namespace

void BarChart(const char* id, const ChartSeries& series, ImVec2 size, std::string (*format)(double))
{
    const float slot_guess
        = (size.x - Em(1.2f)) / static_cast<float>(std::max<std::size_t>(1, series.points.size()));
    const bool staggered = series.every_label && LabelStride(series.points, slot_guess) > 1;
    const Frame frame = BeginChart(id, size, staggered ? 2 : 1);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    double top = 0.0;
    for (const ChartPoint& point : series.points)
        top = std::max(top, point.value.value_or(0.0));
    const std::size_t count = series.points.size();
    if (count == 0 || top <= 0.0) {
        AxisLabel(draw, "-", (frame.min.x + frame.max.x) * 0.5f, (frame.min.y + frame.max.y) * 0.5f, frame);
        EndChart();
        return;
    }
    const float slot = (frame.max.x - frame.min.x) / static_cast<float>(count);
    const float bar = std::max(1.0f, slot * 0.7f);
    const std::size_t stride = series.every_label ? 1 : LabelStride(series.points, slot);
    // The value of the tallest bar and of the last one are written (of categories, every one); the rest is
    // read from the bars.
    std::size_t tallest = 0;
    for (std::size_t index = 0; index < count; ++index)
        if (series.points[index].value.value_or(0.0) > series.points[tallest].value.value_or(0.0))
            tallest = index;
    for (std::size_t index = 0; index < count; ++index) {
        const ChartPoint& point = series.points[index];
        const float center = frame.min.x + slot * (static_cast<float>(index) + 0.5f);
        const float height
            = static_cast<float>(point.value.value_or(0.0) / top) * (frame.max.y - frame.min.y);
        draw->AddRectFilled(ImVec2(center - bar * 0.5f, frame.max.y - height),
            ImVec2(center + bar * 0.5f, frame.max.y), series.color);
        if ((series.every_label || index == tallest || index + 1 == count) && point.value)
            AxisLabel(
                draw, format(*point.value), center, frame.max.y - height - ImGui::GetTextLineHeight(), frame);
        if (index % stride == 0)
            AxisLabel(draw, point.label, center,
                frame.max.y + Em(0.2f) + (staggered && index % 2 == 1 ? ImGui::GetTextLineHeight() : 0.0f),
                frame);
    }
    EndChart();
}

void LineChart(const char* id, const std::vector<ChartSeries>& series, double min_value, double max_value,
    ImVec2 size, std::string (*format)(double))
{
    const Frame frame = BeginChart(id, size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const std::size_t count = series.empty() ? 0 : series.front().points.size();
    if (count == 0 || max_value <= min_value) {
        AxisLabel(draw, "-", (frame.min.x + frame.max.x) * 0.5f, (frame.min.y + frame.max.y) * 0.5f, frame);
        EndChart();
        return;
    }
    const float slot = (frame.max.x - frame.min.x) / static_cast<float>(count);
    const auto y_of = [&](double value) {
        const double clamped = std::clamp(value, min_value, max_value);
        return frame.max.y
            - static_cast<float>((clamped - min_value) / (max_value - min_value))
            * (frame.max.y - frame.min.y);
    };
    if (min_value < 0.0 && max_value > 0.0) // the zero line, for NPS
        draw->AddLine(ImVec2(frame.min.x, y_of(0.0)), ImVec2(frame.max.x, y_of(0.0)), colors::kSecondary);
    const std::size_t stride = LabelStride(series.front().points, slot);
    for (std::size_t index = 0; index < count; index += stride)
        AxisLabel(draw, series.front().points[index].label,
            frame.min.x + slot * (static_cast<float>(index) + 0.5f), frame.max.y + Em(0.2f), frame);
    float legend_x = frame.min.x;
    for (const ChartSeries& each : series) {
        std::optional<ImVec2> previous;
        std::optional<std::pair<ImVec2, double>> last;
        for (std::size_t index = 0; index < each.points.size() && index < count; ++index) {
            const auto& value = each.points[index].value;
            if (!value) {
                previous.reset(); // a gap: no line across a week without surveys
                continue;
            }
            const ImVec2 point(frame.min.x + slot * (static_cast<float>(index) + 0.5f), y_of(*value));
            if (previous)
                draw->AddLine(*previous, point, each.color, Em(0.15f));
            draw->AddCircleFilled(point, Em(0.22f), each.color);
            previous = point;
            last = std::make_pair(point, *value);
        }
        if (last)
            draw->AddText(ImVec2(last->first.x + Em(0.3f), last->first.y - ImGui::GetTextLineHeight()),
                each.color, format(last->second).c_str());
        // The legend on top, in each line's colour.
        const std::string legend = each.name + (last ? " " + format(last->second) : std::string());
        draw->AddText(ImVec2(legend_x, frame.min.y - ImGui::GetTextLineHeight() - Em(0.2f)), each.color,
            legend.c_str());
        Recorder().RecordText(legend);
        legend_x += ImGui::CalcTextSize(legend.c_str()).x + Em(1.5f);
    }
    EndChart();
}

} // namespace checkin::ui
