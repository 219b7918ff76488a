// Staff pick their name, then type their PIN on the keypad (a shared touch screen: the PIN shows as dots).
#include <imgui.h>

#include "screens/advisor/advisor_screens.h"
#include "screens/kiosk/kiosk_screens.h"
#include "screens/station_parts.h"
#include "shared/usecases/staff.h"
#include "ui/keyboard.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

void DrawSignInScreen(const ScreenContext& context)
{
    const AdvisorState& advisor = context.state.advisor;
    ui::Heading(context.T("advisor.signin.title"));
    const float column = ui::Em(20);
    ui::BeginScrollList("##staff", ImVec2(column + ui::Em(1), 0));
    for (const store::StaffRow& staff : advisor.staff) {
        ImGui::PushID(staff.id.c_str());
        const bool locked = staff.locked && staff.locked_until_utc_ms > context.now_ms; // the lock now
        const std::string subtitle = locked ? i18n::Format(context.T("advisor.signin.locked_until"),
                                         {{"time", ClockTime(context, staff.locked_until_utc_ms)}})
                                            : context.T("staff.role." + staff.role);
        const bool selected = staff.id == advisor.pin_staff_id;
        if (ui::Button(staff.name.c_str(),
                {.size = {column, 0},
                    .style = selected ? ui::ButtonStyle::Primary : ui::ButtonStyle::Secondary,
                    .subtitle = subtitle.c_str()}))
            context.intents.Push(intent::SelectStaff{staff.id});
        ImGui::PopID();
    }
    ui::EndScrollList();
    if (advisor.pin_staff_id.empty())
        return;
    ImGui::SameLine();
    ImGui::BeginGroup();
    ui::Text(context.T("advisor.signin.pin"));
    std::string shown;
    for (std::size_t i = 0; i < advisor.pin.size(); ++i)
        shown += "* ";
    ui::InputDisplay(
        "##pin", shown, context.T("advisor.signin.pin_placeholder"), ui::Em(14), advisor.message_is_error);
    ImGui::SameLine();
    if (ui::Button(context.C("advisor.signin.submit"),
            {.size = {ui::Em(8), ImGui::GetItemRectSize().y},
                .style = ui::ButtonStyle::Primary,
                .enabled = usecases::IsValidPin(advisor.pin)}))
        context.intents.Push(intent::SubmitPin{});
    if (auto edit = ui::PhonePad(advisor.pin, usecases::kMaxPinDigits, KeyboardLabelsOf(context)))
        context.intents.Push(intent::EditText{TextField::Pin, *edit});
    ImGui::EndGroup();
}

} // namespace checkin::app::screens
