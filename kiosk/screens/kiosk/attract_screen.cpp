#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

void DrawAttractScreen(const ScreenContext& context)
{
    const AppState& state = context.state;
    const float height = ImGui::GetWindowHeight();
    ImGui::SetCursorPosY(height * 0.2f);
    ui::TextCentered(context.T("kiosk.attract.title"), ui::TextSize::Display);
    ui::TextCentered(state.language == i18n::Language::English ? state.shop_name_en : state.shop_name_zh,
        ui::TextSize::Heading);
    ImGui::Dummy(ui::Em(0, 0.6f));
    ui::TextCentered(context.T("kiosk.attract.subtitle"));
    ImGui::Dummy(ui::Em(0, 1.6f));

    const float width = ui::Em(18);
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - width) * 0.5f);
    ImGui::PushFont(ui::CurrentFonts().heading);
    if (ui::Button(context.C("kiosk.attract.start"),
            {.size = {width, ui::Em(2.6f)}, .style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::Continue{});
    ImGui::PopFont();

    ImGui::SetCursorPosY(height - ui::Em(3.5f));
    ui::TextCentered(context.T("kiosk.attract.hint"));
}

} // namespace checkin::app::screens
