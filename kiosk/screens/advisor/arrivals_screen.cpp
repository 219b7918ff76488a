// Who is waiting: kiosk check-ins with how long they have waited (red after 5 minutes), customers who pressed
// "Call an advisor", and today's bookings marked arrived, not yet or no-show.
#include <imgui.h>

#include "screens/advisor/advisor_screens.h"
#include "screens/station_parts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

constexpr std::int64_t kWaitTooLongMs = 5LL * 60 * 1000;

std::string WaitText(const ScreenContext& context, std::int64_t since_ms)
{
    const std::int64_t minutes = std::max<std::int64_t>(0, (context.now_ms - since_ms) / 60'000);
    return i18n::Format(context.T("advisor.arrivals.waiting_for"), {{"minutes", std::to_string(minutes)}});
}

void WaitingList(const ScreenContext& context, float width)
{
    const AdvisorState& advisor = context.state.advisor;
    ui::Heading(context.T("advisor.arrivals.waiting"));
    if (advisor.waiting.empty())
        ui::TextMuted(context.T("advisor.arrivals.none_waiting"));
    for (const store::WaitingCheckIn& checkin : advisor.waiting) {
        ImGui::PushID(checkin.checkin_id.c_str());
        const bool late = context.now_ms - checkin.arrived_at_utc_ms >= kWaitTooLongMs;
        const std::string label
            = checkin.queue_number + "  " + CarLine(checkin.plate, checkin.make, checkin.model);
        std::string subtitle = CustomerName(context, checkin.surname, checkin.title) + "  ·  "
            + context.T(
                checkin.kind == "booking" ? "advisor.arrivals.kind_booking" : "advisor.arrivals.kind_walk_in")
            + "  ·  " + WaitText(context, checkin.arrived_at_utc_ms);
        if (checkin.mileage_lower_flag)
            subtitle += "  ·  " + context.T("advisor.arrivals.mileage_flag");
        if (ui::Button(label.c_str(),
                {.size = {width, 0},
                    .style = late ? ui::ButtonStyle::Danger : ui::ButtonStyle::Secondary,
                    .subtitle = subtitle.c_str()}))
            context.intents.Push(intent::OpenCheckIn{checkin.checkin_id});
        ImGui::PopID();
    }
}

void HelpList(const ScreenContext& context, float width)
{
    const AdvisorState& advisor = context.state.advisor;
    if (advisor.help.empty())
        return;
    ImGui::Dummy(ui::Em(0, 0.5f));
    ui::Heading(context.T("advisor.arrivals.help"));
    for (const store::HelpRequest& help : advisor.help) {
        ImGui::PushID(help.id.c_str());
        const std::string subtitle = i18n::Format(context.T("advisor.arrivals.help_detail"),
            {{"screen", help.screen}, {"time", ClockTime(context, help.requested_at_utc_ms)}});
        if (ui::Button(context.C("advisor.arrivals.help_go"),
                {.size = {width, 0}, .style = ui::ButtonStyle::Primary, .subtitle = subtitle.c_str()}))
            context.intents.Push(intent::HandleHelp{help.id});
        ImGui::PopID();
    }
}

void BookingList(const ScreenContext& context)
{
    const AdvisorState& advisor = context.state.advisor;
    ui::Heading(context.T("advisor.arrivals.bookings"));
    if (advisor.bookings.empty())
        ui::TextMuted(context.T("advisor.arrivals.no_bookings"));
    for (const store::TodayBooking& booking : advisor.bookings) {
        const char* state_key = booking.arrival == store::BookingArrival::Arrived ? "advisor.booking.arrived"
            : booking.arrival == store::BookingArrival::NoShow                    ? "advisor.booking.no_show"
                                                                                  : "advisor.booking.not_yet";
        const ImU32 color = booking.arrival == store::BookingArrival::Arrived ? ui::colors::kSuccess
            : booking.arrival == store::BookingArrival::NoShow                ? ui::colors::kDanger
                                                                              : ui::colors::kMutedText;
        ui::Text(ClockTime(context, booking.slot_start_utc_ms) + "  " + CarLine(booking.plate, "", "") + "  "
            + CustomerName(context, booking.surname, booking.title));
        ImGui::SameLine(ui::Em(22));
        ui::TextColored(color, context.T(state_key));
    }
}

} // namespace

void DrawArrivalsScreen(const ScreenContext& context)
{
    const float half = ImGui::GetContentRegionAvail().x * 0.5f - ui::Em(0.5f);
    ui::BeginScrollList("##arrivals_left", ImVec2(half, 0));
    WaitingList(context, half - ui::Em(1));
    HelpList(context, half - ui::Em(1));
    ui::EndScrollList();
    ImGui::SameLine();
    ui::BeginScrollList("##arrivals_right", ImVec2(0, 0));
    BookingList(context);
    ui::EndScrollList();
}

} // namespace checkin::app::screens
