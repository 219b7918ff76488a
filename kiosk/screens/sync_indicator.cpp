#include "screens/sync_indicator.h"

#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "shared/domain/civil_date.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

void DrawSyncIndicator(const ScreenContext& context)
{
    if (!context.state.sync)
        return;
    const sync::SyncStatus& status = *context.state.sync;
    std::string text;
    ImU32 color = ui::colors::kMutedText;
    if (!status.paired) {
        text = context.T("common.sync.standalone");
    } else {
        text = status.online ? context.T("common.sync.online") : context.T("common.sync.offline");
        color = status.online ? ui::colors::kSuccess : ui::colors::kWarning;
        if (status.last_sync_ms > 0)
            text += "  ·  "
                + i18n::Format(context.T("common.sync.last"),
                    {{"time",
                        domain::FormatLocalTime(status.last_sync_ms, context.state.utc_offset_minutes)}});
        if (status.pending > 0)
            text += "  ·  "
                + i18n::Format(context.T("common.sync.pending"), {{"count", std::to_string(status.pending)}});
        if (status.rejections > 0) {
            text += "  ·  "
                + i18n::Format(
                    context.T("common.sync.refused"), {{"count", std::to_string(status.rejections)}});
            color = ui::colors::kDanger;
        }
    }
    ImGui::PushFont(ui::CurrentFonts().body);
    ImGui::SetWindowFontScale(0.75f);
    ui::TextColored(color, text);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
}

} // namespace checkin::app::screens
