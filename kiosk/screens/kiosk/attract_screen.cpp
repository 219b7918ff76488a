#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

void DrawAttractScreen(const ScreenContext& context)
{
    const float height = ImGui::GetWindowHeight();
    ImGui::SetCursorPosY(height * 0.24f);
    ui::TextCentered(context.T("kiosk.attract.title"), true);
    ImGui::Dummy(ui::Em(0, 0.3f));
    ui::TextCentered(context.T("kiosk.attract.subtitle"));
    ImGui::Dummy(ui::Em(0, 1.5f));

    const float width = ui::Em(16);
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - width) * 0.5f);
    if (ui::Button(context.C("kiosk.attract.start"), {.size = {width, ui::Em(4)}, .style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::Navigate{KioskScreen::Menu});

    ImGui::SetCursorPosY(height - ui::Em(4.5f));
    ui::TextCentered(context.T("kiosk.attract.hint"));
}

} // namespace checkin::app::screens
