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
    ui::Heading(context.T("kiosk.verify.title"));
    ui::TextWrapped(context.T("kiosk.verify.body"));
    ImGui::Dummy(ui::Em(0, 0.3f));

    const bool locked = journey.failed_verifications >= 3;
    const std::string& code = journey.verify_code;
    const bool ready = code.size() == 4 || code.size() == domain::kCodeLength;
    const float field_width = ui::Em(14);
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - field_width - ui::Em(8)) * 0.5f);
    ui::InputDisplay("##verify", code, context.T("kiosk.verify.placeholder"), field_width, journey.message_is_error);
    ImGui::SameLine();
    if (ui::Button(context.C("kiosk.verify.confirm"), {.size = {ui::Em(8), ImGui::GetItemRectSize().y},
                                                        .style = ui::ButtonStyle::Primary, .enabled = ready && !locked}))
        context.intents.Push(intent::SubmitVerification{});

    if (!journey.message_key.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui::colors::kDanger));
        ui::TextCentered(context.T(journey.message_key));
        ImGui::PopStyleColor();
    }
    ImGui::Dummy(ui::Em(0, 0.3f));
    if (locked)
        return;
    const std::string alphabet = "0123456789" + std::string(domain::kCodeAlphabet);
    const ui::KeyboardLabels labels{context.C("keyboard.backspace"), context.C("keyboard.clear"), context.C("keyboard.space")};
    if (auto edit = ui::CharacterKeyboard(code, alphabet, domain::kCodeLength, labels))
        context.intents.Push(intent::EditText{TextField::VerifyCode, *edit});
}

} // namespace checkin::app::screens
