#include "screens/placeholder_screen.h"

#include <imgui.h>

#include "screens/sync_indicator.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

void DrawPlaceholder(const ScreenContext& context, std::string_view title_key)
{
    const AppState& state = context.state;
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() * 0.35f);
    ui::TextCentered(state.language == i18n::Language::English ? state.shop_name_en : state.shop_name_zh);
    ui::TextCentered(context.T(title_key), ui::TextSize::Heading);
    ui::TextCentered(context.T("common.placeholder.body"));
    ImGui::Dummy(ui::Em(0, 2));
    const bool english = state.language == i18n::Language::English;
    const float width = ui::Em(8);
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - width) * 0.5f);
    if (ui::Button(context.C("common.language.other"), {.size = {width, 0}}))
        context.intents.Push(
            intent::SetLanguage{english ? i18n::Language::ChineseSimplified : i18n::Language::English});
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - ui::Em(2.5f));
    DrawSyncIndicator(context);
}

} // namespace checkin::app::screens
