#include "screens/station_parts.h"

#include <imgui.h>

#include "shared/domain/civil_date.h"
#include "shared/domain/money.h"
#include "shared/domain/person_name.h"
#include "shared/domain/plate.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

std::string CustomerName(const ScreenContext& context, const std::string& surname, const std::string& title)
{
    if (surname.empty()) // only an erased customer has no surname: the kiosk requires one
        return context.T("advisor.customer.erased");
    if (context.state.language == i18n::Language::English) {
        const auto pinyin = domain::SurnamePinyin(surname);
        const std::string shown = pinyin ? std::string(*pinyin) : surname;
        if (title == "mr" || title == "ms")
            return context.T(title == "mr" ? "common.title.mr_short" : "common.title.ms_short") + " " + shown;
        return shown;
    }
    if (title == "mr" || title == "ms")
        return surname + context.T(title == "mr" ? "common.title.mr_short" : "common.title.ms_short");
    return surname;
}

std::string CarLine(const std::string& plate, const std::string& make, const std::string& model)
{
    std::string line = domain::FormatPlateForDisplay(plate);
    if (!make.empty() || !model.empty())
        line += "  " + make + (model.empty() ? "" : " " + model);
    return line;
}

const std::string& StageLabel(const ScreenContext& context, std::string_view stage)
{
    return context.T("stage." + std::string(stage));
}

std::string FindingTitle(const ScreenContext& context, const std::string& title)
{
    if (const std::string* text = context.strings.Table(context.state.language).Find("finding.item." + title))
        return *text;
    return title;
}

ImU32 RatingColor(std::string_view rating)
{
    if (rating == "red")
        return ui::colors::kDanger;
    if (rating == "yellow")
        return ui::colors::kWarning;
    return ui::colors::kSuccess;
}

std::string Yuan(std::int64_t fen)
{
    return domain::FormatYuan(domain::Money{fen});
}

std::string DayLabel(const ScreenContext& context, const store::DayView& day)
{
    static constexpr const char* kWeekdays[] = {"common.weekday.1", "common.weekday.2", "common.weekday.3",
        "common.weekday.4", "common.weekday.5", "common.weekday.6", "common.weekday.7"};
    const int weekday = day.weekday >= 1 && day.weekday <= 7 ? day.weekday : 1;
    return day.date.substr(5) + " " + context.T(kWeekdays[weekday - 1]);
}

std::string ClockTime(const ScreenContext& context, std::int64_t utc_ms)
{
    return domain::FormatLocalTime(utc_ms, context.state.utc_offset_minutes);
}

void MessageLine(
    const ScreenContext& context, const std::string& key, bool is_error, const std::string& detail)
{
    if (key.empty())
        return;
    const std::string text = i18n::Format(context.T(key), {{"detail", detail}});
    ui::TextColored(is_error ? ui::colors::kDanger : ui::colors::kSuccess, text);
}

void SyncRejections(const ScreenContext& context)
{
    if (context.state.sync_rejections.empty())
        return;
    ui::Heading(context.T("common.sync.rejections_title"));
    for (const store::SyncRejectionRecord& rejection : context.state.sync_rejections) {
        ImGui::PushID(static_cast<int>(rejection.device_seq));
        if (ui::Button(context.C("common.sync.rejection_seen"), {.size = {ui::Em(6), 0}}))
            context.intents.Push(intent::AcknowledgeRejection{rejection.device_seq});
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        // The reason in the staff's language where the app knows it; the hub's own words (English, with the
        // record it concerns) below.
        const std::string key = "common.sync.reason." + rejection.reason;
        const bool known = context.strings.Table(context.state.language).Find(key) != nullptr;
        ui::Text(known ? context.T(key) : rejection.message);
        if (known)
            ui::TextMuted(rejection.table_name + "  ·  " + rejection.message);
        ImGui::PopID();
    }
}

void ReportRangeChips(const ScreenContext& context)
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
}

} // namespace checkin::app::screens
