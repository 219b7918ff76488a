#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

void DrawMenuScreen(const ScreenContext& context)
{
    ImGui::Dummy(ui::Em(0, 1));
    ui::TextCentered(context.T("kiosk.menu.title"), ui::TextSize::Heading);
    ImGui::Dummy(ui::Em(0, 1));
    const float width = ui::Em(26);
    const float x = (ImGui::GetWindowWidth() - width) * 0.5f;
    ImGui::SetCursorPosX(x);
    if (ui::Button(context.C("kiosk.menu.booking"),
                   {.size = {width, ui::Em(5)}, .style = ui::ButtonStyle::Primary, .subtitle = context.C("kiosk.menu.booking.hint")}))
        context.intents.Push(intent::Navigate{KioskScreen::FindBooking});
}

} // namespace checkin::app::screens
