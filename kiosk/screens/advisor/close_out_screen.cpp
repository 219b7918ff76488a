// Settlement (结算): the itemized bill the customer confirms - every approved line and finding with labor and
// parts, the discount, what is payable, the VAT inside it and the order's output value (产值) - then the
// hand-over. The discount is typed in whole yuan on the keypad.
#include <imgui.h>

#include "screens/advisor/advisor_screens.h"
#include "screens/kiosk/kiosk_screens.h"
#include "screens/station_parts.h"
#include "ui/keyboard.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

void AmountRow(const std::string& label, std::int64_t fen, float amount_x, bool strong = false)
{
    ImGui::AlignTextToFramePadding();
    if (strong)
        ui::Heading(label);
    else
        ui::Text(label);
    ImGui::SameLine(amount_x);
    if (strong)
        ui::Heading(Yuan(fen));
    else
        ui::Text(Yuan(fen));
}

void Bill(const ScreenContext& context, const store::InvoiceView& view)
{
    const bool english = context.state.language == i18n::Language::English;
    const domain::Invoice& bill = view.invoice;
    const float width = ImGui::GetContentRegionAvail().x;
    const float labor_x = width * 0.55f;
    const float parts_x = width * 0.75f;
    ui::TextMuted(context.T("advisor.close.item"));
    ImGui::SameLine(labor_x);
    ui::TextMuted(context.T("advisor.close.labor"));
    ImGui::SameLine(parts_x);
    ui::TextMuted(context.T("advisor.close.parts"));
    ImGui::Separator();
    for (const domain::InvoiceLine& line : bill.lines) {
        const std::string& name
            = english && !line.description_en.empty() ? line.description_en : line.description;
        ui::Text(FindingTitle(context, name));
        ImGui::SameLine(labor_x);
        ui::Text(Yuan(line.labor.minor));
        ImGui::SameLine(parts_x);
        ui::Text(Yuan(line.parts.minor));
    }
    if (bill.lines.empty())
        ui::TextMuted(context.T("advisor.close.no_lines"));
    ImGui::Separator();
    AmountRow(context.T("advisor.close.labor_total"), bill.labor_total.minor, parts_x);
    AmountRow(context.T("advisor.close.parts_total"), bill.parts_total.minor, parts_x);
    AmountRow(context.T("advisor.close.discount"), -bill.discount.minor, parts_x);
    AmountRow(context.T("advisor.close.payable"), bill.payable.minor, parts_x, true);
    const std::string vat_label = i18n::Format(
        context.T("advisor.close.vat"), {{"rate", std::to_string(bill.vat_rate_bp / 100) + "%"}});
    ui::TextMuted(vat_label + "  " + Yuan(bill.vat.minor));
    ui::TextMuted(context.T("advisor.close.output_value") + "  " + Yuan(bill.output_value.minor));
}

} // namespace

void DrawCloseOutScreen(const ScreenContext& context)
{
    const AdvisorState& advisor = context.state.advisor;
    if (!advisor.invoice)
        return;
    const store::InvoiceView& view = *advisor.invoice;
    const bool delivered = view.delivered_at_utc_ms.has_value();
    ImGui::PushFont(ui::CurrentFonts().heading);
    ui::Text(context.T("advisor.close.title") + "  " + view.number + "  " + CarLine(view.plate, "", "") + "  "
        + CustomerName(context, view.surname, view.title));
    ImGui::PopFont();
    if (delivered)
        ui::TextColored(ui::colors::kSuccess,
            i18n::Format(context.T("advisor.close.settled"),
                {{"number", view.settlement_number},
                    {"time", ClockTime(context, *view.delivered_at_utc_ms)}}));
    const float bill_width = ImGui::GetContentRegionAvail().x * 0.6f;
    ui::BeginScrollList("##bill", ImVec2(bill_width, 0));
    Bill(context, view);
    ui::EndScrollList();
    ImGui::SameLine();
    ImGui::BeginGroup();
    if (!delivered) {
        ui::Text(context.T("advisor.close.discount_yuan"));
        ui::InputDisplay("##discount", advisor.discount_yuan, "0", ui::Em(10), false);
        if (auto edit = ui::PhonePad(advisor.discount_yuan, 6, KeyboardLabelsOf(context)))
            context.intents.Push(intent::EditText{TextField::Discount, *edit});
        if (ui::Button(context.C("advisor.close.save_discount")))
            context.intents.Push(intent::SaveDiscount{});
        ImGui::Dummy(ui::Em(0, 0.5f));
        const bool ready = view.stage == "ready";
        if (!ready)
            ui::TextMuted(context.T("advisor.close.not_ready"));
        if (ui::Button(context.C("advisor.close.deliver"),
                {.size = {ui::Em(14), 0}, .style = ui::ButtonStyle::Primary, .enabled = ready}))
            context.intents.Push(intent::DeliverOrder{});
        ImGui::SameLine();
    }
    if (ui::Button(context.C("advisor.close.back_to_order")))
        context.intents.Push(intent::OpenOrder{view.order_id});
    ImGui::EndGroup();
}

} // namespace checkin::app::screens
