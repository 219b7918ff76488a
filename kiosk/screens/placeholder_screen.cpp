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
    if (state.chinese_available && ui::Button(context.C("common.language.other"), {.size = {width, 0}}))
        context.intents.Push(
            intent::SetLanguage{english ? i18n::Language::ChineseSimplified : i18n::Language::English});
    if (!state.sync_rejections.empty()) {
        ImGui::Dummy(ui::Em(0, 1));
        ui::Heading(context.T("common.sync.rejections_title"));
        for (const store::SyncRejectionRecord& rejection : state.sync_rejections) {
            ImGui::PushID(static_cast<int>(rejection.device_seq));
            if (ui::Button(context.C("common.sync.rejection_seen"), {.size = {ui::Em(6), 0}}))
                context.intents.Push(intent::AcknowledgeRejection{rejection.device_seq});
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            ui::Text(rejection.table_name + "  ·  " + rejection.message + " (" + rejection.reason + ")");
            ImGui::PopID();
        }
    }
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - ui::Em(2.5f));
    DrawSyncIndicator(context);
}

} // namespace checkin::app::screens
