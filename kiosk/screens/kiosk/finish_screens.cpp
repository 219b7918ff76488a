// The end of a journey: the signature under the authorization and estimate, the ticket with queue number,
// tracking code and QR code, and for a new booking the calendar and the booking code.
#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "screens/station_parts.h"
#include "shared/domain/civil_date.h"
#include "shared/domain/money.h"
#include "ui/qr_view.h"
#include "ui/signature_pad.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

void DrawSignatureScreen(const ScreenContext& context)
{
    const KioskJourney& journey = context.state.journey;
    const domain::Estimate& estimate = journey.estimate;
    StepHeading(context, "kiosk.signature.title");
    const float panel_width = ui::Em(22);
    ImGui::BeginGroup();
    const float pad_width = ui::AvailableWidth() - panel_width - ImGui::GetStyle().ItemSpacing.x;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + pad_width);
    ui::Text(i18n::Format(
        context.T("kiosk.signature.authorization"), {{"total", domain::FormatYuan(estimate.total)}}));
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ui::Em(0, 0.3f));
    for (const ui::SignaturePadEvent& event : ui::SignaturePad("Signature pad##pad",
             journey.signature.Current(), ImVec2(pad_width, ui::Em(9)), context.T("kiosk.signature.hint")))
        context.intents.Push(intent::SignatureStroke{event});
    if (ui::Button(context.C("kiosk.signature.undo"),
            {.size = {ui::Em(8), 0}, .enabled = journey.signature.CanUndo()}))
        context.intents.Push(intent::UndoSignature{});
    ImGui::SameLine();
    if (ui::Button(context.C("kiosk.signature.clear"),
            {.size = {ui::Em(8), 0}, .enabled = !journey.signature.Current().Empty()}))
        context.intents.Push(intent::ClearSignature{});
    ImGui::EndGroup();
    ImGui::SameLine();
    EstimatePanel(context, estimate, panel_width);
}

void DrawTicketScreen(const ScreenContext& context)
{
    const KioskJourney& journey = context.state.journey;
    ImGui::Dummy(ui::Em(0, 0.5f));
    ui::TextCentered(context.T("kiosk.ticket.title"), ui::TextSize::Heading);
    ui::TextCentered(context.T("kiosk.ticket.queue"));
    ui::TextCentered(journey.queue_number, ui::TextSize::Display);
    ImGui::Dummy(ui::Em(0, 0.4f));
    const float qr_size = ui::Em(8);
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - qr_size) * 0.5f);
    if (journey.tracking_qr)
        ui::QrView(*journey.tracking_qr, qr_size);
    ui::TextCentered(context.T("kiosk.ticket.tracking"));
    ui::TextCentered(journey.tracking_code, ui::TextSize::Heading);
    ui::TextCentered(i18n::Format(context.T("kiosk.ticket.arrived"),
        {{"time", domain::FormatLocalTime(journey.arrived_at_ms, context.state.utc_offset_minutes)}}));
    ui::TextCentered(context.T("kiosk.ticket.next"));
    ImGui::Dummy(ui::Em(0, 0.6f));
    const float width = ui::Em(12);
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - width) * 0.5f);
    if (ui::Button(context.C("kiosk.ticket.done"), {.size = {width, 0}, .style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::Continue{});
}

void DrawCalendarScreen(const ScreenContext& context)
{
    const KioskJourney& journey = context.state.journey;
    StepHeading(context, "kiosk.calendar.title", "kiosk.calendar.body");
    int column = 0;
    for (const store::DayView& day : journey.days) {
        if (column++ % 7 != 0)
            ImGui::SameLine();
        ImGui::PushID(day.date.c_str());
        const std::string label = DayLabel(context, day);
        const bool bookable = day.open && day.free_slots > 0;
        if (ui::Chip(label.c_str(), journey.day_start_ms == day.day_start_utc_ms, bookable, ui::Em(7.5f)))
            context.intents.Push(intent::PickDay{day.day_start_utc_ms});
        ImGui::PopID();
    }
    ImGui::Dummy(ui::Em(0, 0.5f));
    if (journey.day_start_ms == 0)
        return;
    ui::TextMuted(context.T("kiosk.calendar.slots"));
    column = 0;
    for (const store::SlotView& slot : journey.slots) {
        if (column++ % 6 != 0)
            ImGui::SameLine();
        const bool past = slot.start_utc_ms <= context.now_ms;
        const std::string label = domain::FormatLocalTime(slot.start_utc_ms, context.state.utc_offset_minutes)
            + "  "
            + (slot.full ? context.T("kiosk.calendar.full")
                         : i18n::Format(context.T("kiosk.calendar.free"),
                             {{"count", std::to_string(slot.capacity - slot.booked)}}));
        ImGui::PushID(static_cast<int>(slot.hour));
        if (ui::Chip(
                label.c_str(), journey.slot_start_ms == slot.start_utc_ms, !slot.full && !past, ui::Em(9.5f)))
            context.intents.Push(intent::PickSlot{slot.start_utc_ms});
        ImGui::PopID();
    }
}

void DrawBookingConfirmedScreen(const ScreenContext& context)
{
    const KioskJourney& journey = context.state.journey;
    ImGui::Dummy(ui::Em(0, 1.5f));
    ui::TextCentered(context.T("kiosk.booked.title"), ui::TextSize::Heading);
    ui::TextCentered(context.T("kiosk.booked.code"));
    ui::TextCentered(journey.booking_code, ui::TextSize::Display);
    if (journey.slot_start_ms) {
        for (const store::DayView& day : journey.days)
            if (day.day_start_utc_ms == journey.day_start_ms)
                ui::TextCentered(DayLabel(context, day) + "  "
                        + domain::FormatLocalTime(*journey.slot_start_ms, context.state.utc_offset_minutes),
                    ui::TextSize::Heading);
    }
    ui::TextCentered(context.T("kiosk.booked.next"));
    ImGui::Dummy(ui::Em(0, 0.8f));
    const float width = ui::Em(12);
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - width) * 0.5f);
    if (ui::Button(context.C("kiosk.ticket.done"), {.size = {width, 0}, .style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::Continue{});
}

} // namespace checkin::app::screens
