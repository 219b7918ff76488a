// The lounge board: a TV across the waiting area showing today's open cars - masked plate, stage and
// promised time - in letters readable from 5 metres. It takes no input; the rows follow the store and
// long lists turn pages by themselves.
#include <imgui.h>

#include "screens/lounge/lounge_screens.h"
#include "screens/station_parts.h"
#include "screens/sync_indicator.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

constexpr std::int64_t kPageMs = 10'000;

} // namespace

void DrawBoard(const ScreenContext& context)
{
    const AppState& state = context.state;
    const std::vector<store::BoardRow>& rows = state.board.rows;
    const bool english = state.language == i18n::Language::English;
    ImGui::PushFont(ui::CurrentFonts().heading);
    ui::Text((english ? state.shop_name_en : state.shop_name_zh) + "  ·  " + context.T("board.title"));
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ui::Em(6));
    ImGui::PushFont(ui::CurrentFonts().heading);
    ui::Text(ClockTime(context, context.now_ms));
    ImGui::PopFont();
    ImGui::Separator();

    ImGui::PushFont(ui::CurrentFonts().display); // readable from 5 metres
    const float row_height = ImGui::GetTextLineHeightWithSpacing() * 1.25f;
    const float top = ImGui::GetCursorPosY() + row_height;
    const int per_page
        = std::max(1, static_cast<int>((ImGui::GetWindowHeight() - top - ui::Em(2)) / row_height));
    const int pages = std::max(1, (static_cast<int>(rows.size()) + per_page - 1) / per_page);
    const int page = static_cast<int>((context.now_ms / kPageMs) % pages);
    const float width = ImGui::GetContentRegionAvail().x;
    ui::TextMuted(context.T("board.column.car"));
    ImGui::SameLine(width * 0.35f);
    ui::TextMuted(context.T("board.column.stage"));
    ImGui::SameLine(width * 0.72f);
    ui::TextMuted(context.T("board.column.promised"));
    if (rows.empty())
        ui::Text(context.T("board.empty"));
    for (int index = page * per_page; index < std::min(static_cast<int>(rows.size()), (page + 1) * per_page);
         ++index) {
        const store::BoardRow& row = rows[index];
        const bool ready = row.stage == "ready";
        ImGui::SetCursorPosY(top + static_cast<float>(index - page * per_page) * row_height);
        ui::Text(row.masked_plate);
        ImGui::SameLine(width * 0.35f);
        ui::TextColored(ready ? ui::colors::kSuccess : ui::colors::kText, StageLabel(context, row.stage));
        ImGui::SameLine(width * 0.72f);
        if (row.promised_at_utc_ms) {
            const bool late = *row.promised_at_utc_ms < context.now_ms && !ready;
            ui::TextColored(
                late ? ui::colors::kDanger : ui::colors::kText, ClockTime(context, *row.promised_at_utc_ms));
        }
    }
    ImGui::PopFont();
    if (pages > 1) {
        ImGui::SetCursorPosY(ImGui::GetWindowHeight() - ui::Em(2.5f));
        ui::TextMuted(std::to_string(page + 1) + " / " + std::to_string(pages));
    }
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - ui::Em(1.5f));
    DrawSyncIndicator(context);
}

} // namespace checkin::app::screens
