// The follow-up worklist (回访): one tab per kind of call with its count, the calls due as a list, and the
// call open beside it - who, which car, why now, earlier tries - with the note and the outcome. "Book a
// visit" picks a day, an hour with room and the services, and logs the call as booked in the same step.
#include <algorithm>
#include <array>

#include <imgui.h>

#include "screens/advisor/advisor_screens.h"
#include "screens/station_parts.h"
#include "shared/usecases/shop_day.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

// The hub's refused bookings first: that customer believes they have an appointment.
constexpr std::array<const char*, 12> kKinds = {"rebook", "day1", "day7", "day30", "service",
    "first_maintenance", "insurance", "inspection", "licence", "lapsed_3", "lapsed_6", "lapsed_9"};

std::string KindLabel(const ScreenContext& context, const std::string& kind)
{
    return context.T("worklist.kind." + kind);
}

// Why the call is due, in words: the service and whether its date or mileage came, the expiry, the last
// visit.
std::string ReasonText(const ScreenContext& context, const store::WorklistItem& item)
{
    if (item.kind == "day1" || item.kind == "day7" || item.kind == "day30")
        return item.order_number.empty()
            ? std::string()
            : i18n::Format(context.T("advisor.worklist.after_order"), {{"number", item.order_number}});
    if (item.kind == "service" || item.kind == "first_maintenance") {
        const std::string code = item.reason.substr(0, item.reason.find(':'));
        std::string name = code;
        for (const store::CatalogItem& service : context.state.catalog.services)
            if (service.code == code)
                name = context.state.language == i18n::Language::English ? service.name_en : service.name_zh;
        const auto second = item.reason.find(':');
        const std::string rest = second == std::string::npos ? std::string() : item.reason.substr(second + 1);
        const std::string by = rest.substr(0, rest.find(':'));
        const std::string value
            = rest.find(':') == std::string::npos ? std::string() : rest.substr(rest.find(':') + 1);
        if (by == "mileage")
            return i18n::Format(context.T("advisor.worklist.due_km"), {{"service", name}, {"km", value}});
        if (by == "date")
            return i18n::Format(context.T("advisor.worklist.due_date"), {{"service", name}, {"date", value}});
        return name;
    }
    if (item.kind == "rebook")
        return i18n::Format(context.T("advisor.worklist.rebook"), {{"slot", item.reason}});
    if (item.kind.rfind("lapsed_", 0) == 0)
        return i18n::Format(context.T("advisor.worklist.last_visit"), {{"date", item.reason}});
    return i18n::Format(context.T("advisor.worklist.expires"), {{"date", item.reason}});
}

void KindTabs(const ScreenContext& context)
{
    const WorklistState& worklist = context.state.advisor.worklist;
    std::int64_t total = 0;
    for (const store::WorklistCount& count : worklist.counts)
        total += count.count;
    const std::string all
        = i18n::Format(context.T("advisor.worklist.all"), {{"count", std::to_string(total)}});
    if (ui::Chip(all.c_str(), worklist.kind.empty()))
        context.intents.Push(intent::SetWorklistKind{""});
    for (const char* kind : kKinds) {
        const auto count = std::find_if(worklist.counts.begin(), worklist.counts.end(),
            [&](const store::WorklistCount& each) { return each.kind == kind; });
        if (count == worklist.counts.end() || count->count == 0)
            continue;
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < ui::Em(10))
            ImGui::NewLine();
        const std::string label = KindLabel(context, kind) + " (" + std::to_string(count->count) + ")";
        if (ui::Chip(label.c_str(), worklist.kind == kind))
            context.intents.Push(intent::SetWorklistKind{kind});
    }
    if (worklist.refreshing) {
        ImGui::SameLine();
        ui::TextMuted(context.T("advisor.worklist.refreshing"));
    }
}

void List(const ScreenContext& context, float width, const std::string& today)
{
    const WorklistState& worklist = context.state.advisor.worklist;
    if (worklist.items.empty())
        ui::TextMuted(context.T("advisor.worklist.none"));
    for (const store::WorklistItem& item : worklist.items) {
        ImGui::PushID(item.id.c_str());
        const std::string label = CustomerName(context, item.surname, item.title) + "  "
            + CarLine(item.plate, "", "") + "  ·  " + KindLabel(context, item.kind) + "##call";
        // What the call is about tells two calls of one car apart (two services due).
        std::string subtitle = i18n::Format(context.T("advisor.worklist.due_on"), {{"date", item.due_date}});
        if (const std::string reason = ReasonText(context, item); !reason.empty())
            subtitle += "  ·  " + reason;
        if (item.attempts > 0)
            subtitle += "  ·  "
                + i18n::Format(
                    context.T("advisor.worklist.tries"), {{"count", std::to_string(item.attempts)}});
        const bool overdue = item.due_date < today;
        if (ui::Button(label.c_str(),
                {.size = {width - ui::Em(0.6f), 0},
                    .style = item.id == worklist.item_id ? ui::ButtonStyle::Primary
                        : overdue                        ? ui::ButtonStyle::Danger
                                                         : ui::ButtonStyle::Secondary,
                    .subtitle = subtitle.c_str()}))
            context.intents.Push(intent::SelectFollowUp{item.id});
        ImGui::PopID();
    }
}

void Booking(const ScreenContext& context)
{
    const WorklistState& worklist = context.state.advisor.worklist;
    const bool english = context.state.language == i18n::Language::English;
    ui::Heading(context.T("advisor.worklist.book_title"));
    int shown = 0;
    for (const store::DayView& day : worklist.days) {
        if (!day.open)
            continue;
        if (shown++ % 7 != 0)
            ImGui::SameLine();
        ImGui::PushID(day.date.c_str());
        if (ui::Chip(DayLabel(context, day).c_str(), worklist.day_start_ms == day.day_start_utc_ms,
                day.free_slots > 0))
            context.intents.Push(intent::WorklistPickDay{day.day_start_utc_ms});
        ImGui::PopID();
    }
    shown = 0;
    for (const store::SlotView& slot : worklist.slots) {
        if (slot.capacity == 0 || slot.start_utc_ms <= context.now_ms)
            continue;
        if (shown++ % 8 != 0)
            ImGui::SameLine();
        const std::string label = (slot.hour < 10 ? "0" : "") + std::to_string(slot.hour) + ":00";
        if (ui::Chip(label.c_str(), worklist.slot_start_ms == slot.start_utc_ms, !slot.full))
            context.intents.Push(intent::WorklistPickSlot{slot.start_utc_ms});
    }
    ui::Text(context.T("advisor.worklist.services"));
    shown = 0;
    for (const store::CatalogItem& service : context.state.catalog.services) {
        if (shown++ % 3 != 0)
            ImGui::SameLine();
        ImGui::PushID(service.id.c_str());
        const bool picked
            = std::find(worklist.service_item_ids.begin(), worklist.service_item_ids.end(), service.id)
            != worklist.service_item_ids.end();
        if (ui::Chip((english ? service.name_en : service.name_zh).c_str(), picked))
            context.intents.Push(intent::WorklistToggleService{service.id});
        ImGui::PopID();
    }
    ImGui::Dummy(ui::Em(0, 0.3f));
    if (ui::Button(context.C("advisor.worklist.book"),
            {.style = ui::ButtonStyle::Primary,
                .enabled = worklist.slot_start_ms != 0 && !worklist.service_item_ids.empty()}))
        context.intents.Push(intent::BookFromFollowUp{});
}

void Detail(const ScreenContext& context, const store::WorklistItem& item, float width)
{
    const WorklistState& worklist = context.state.advisor.worklist;
    ImGui::PushFont(ui::CurrentFonts().heading);
    ui::Text(CustomerName(context, item.surname, item.title) + "  " + item.mobile.value_or(""));
    ImGui::PopFont();
    ui::Text(CarLine(item.plate, item.make, item.model));
    ui::Text(KindLabel(context, item.kind) + "  ·  " + ReasonText(context, item));
    ui::TextMuted(i18n::Format(context.T("advisor.worklist.due_on"), {{"date", item.due_date}}));
    if (item.attempts > 0) {
        std::string tries
            = i18n::Format(context.T("advisor.worklist.tries"), {{"count", std::to_string(item.attempts)}});
        if (item.attempted_at)
            tries += "  ·  " + context.T("worklist.outcome.no_answer") + " "
                + ClockTime(context, *item.attempted_at);
        if (item.note && !item.note->empty())
            tries += "  ·  " + *item.note;
        ui::TextColored(ui::colors::kWarning, tries);
    }
    ImGui::Dummy(ui::Em(0, 0.3f));
    std::array<char, 1024> buffer{};
    worklist.note.copy(buffer.data(), buffer.size() - 1);
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputTextWithHint(
            "##note", context.C("advisor.worklist.note_hint"), buffer.data(), buffer.size()))
        context.intents.Push(intent::EditFollowUpNote{buffer.data()});
    ImGui::Dummy(ui::Em(0, 0.3f));
    for (const char* outcome : {"reached", "no_answer", "declined", "wrong_number"}) {
        const std::string label = context.T("worklist.outcome." + std::string(outcome));
        if (ui::Button(label.c_str()))
            context.intents.Push(intent::LogFollowUp{outcome});
        ImGui::SameLine();
    }
    if (ui::Button(context.C("advisor.worklist.book_visit"), {.style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::StartFollowUpBooking{});
    if (worklist.booking) {
        ImGui::Separator();
        Booking(context);
    }
}

} // namespace

void DrawWorklistScreen(const ScreenContext& context)
{
    const WorklistState& worklist = context.state.advisor.worklist;
    const std::string today = usecases::ShopDate(context.now_ms, context.state.utc_offset_minutes);
    KindTabs(context);
    const float list_width = ImGui::GetContentRegionAvail().x * 0.4f;
    ui::BeginScrollList("##calls", ImVec2(list_width, 0));
    List(context, list_width, today);
    ui::EndScrollList();
    ImGui::SameLine();
    ui::BeginScrollList("##call", ImVec2(0, 0));
    for (const store::WorklistItem& item : worklist.items)
        if (item.id == worklist.item_id)
            Detail(context, item, ImGui::GetContentRegionAvail().x - ui::Em(1));
    ui::EndScrollList();
}

} // namespace checkin::app::screens
