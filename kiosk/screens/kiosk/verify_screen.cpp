// Found by plate: before anything personal is shown, the customer proves the booking is theirs with the
// last 4 digits of their mobile number or the booking code. Three wrong tries and only an advisor helps.
#include <string>

#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "shared/domain/codes.h"
#include "ui/keyboard.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

void DrawVerifyScreen(const ScreenContext& context)
{
    const KioskJourney& journey = context.state.journey;
    StepHeading(context, "kiosk.verify.title", "kiosk.verify.body");

    const bool locked = journey.failed_verifications >= 3;
    const std::string& code = journey.verify_code;
    const bool ready = code.size() == 4 || code.size() == domain::kCodeLength;
    const float field_width = ui::Em(14);
    ImGui::SetCursorPosX(
        (ImGui::GetWindowWidth() - field_width - ui::Em(8) - ImGui::GetStyle().ItemSpacing.x) * 0.5f);
    ui::InputDisplay(
        "##verify", code, context.T("kiosk.verify.placeholder"), field_width, journey.message_is_error);
    ImGui::SameLine();
    if (ui::Button(context.C("kiosk.verify.confirm"),
            {.size = {ui::Em(8), ImGui::GetItemRectSize().y},
                .style = ui::ButtonStyle::Primary,
                .enabled = ready && !locked}))
        context.intents.Push(intent::Continue{});
    ImGui::Dummy(ui::Em(0, 0.3f));
    if (locked)
        return;
    const std::string alphabet = "0123456789" + std::string(domain::kCodeAlphabet);
    if (auto edit = ui::CharacterKeyboard(code, alphabet, domain::kCodeLength, KeyboardLabelsOf(context)))
        context.intents.Push(intent::EditText{TextField::VerifyCode, *edit});
}

} // namespace checkin::app::screens
