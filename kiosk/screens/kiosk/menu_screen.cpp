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
    const float width = ui::Em(28);
    const struct {
        const char* title;
        const char* hint;
        JourneyKind kind;
        ui::ButtonStyle style;
    } choices[] = {
        {"kiosk.menu.booking", "kiosk.menu.booking.hint", JourneyKind::Booking, ui::ButtonStyle::Primary},
        {"kiosk.menu.walk_in", "kiosk.menu.walk_in.hint", JourneyKind::WalkIn, ui::ButtonStyle::Secondary},
        {"kiosk.menu.book_visit", "kiosk.menu.book_visit.hint", JourneyKind::BookVisit,
            ui::ButtonStyle::Secondary},
    };
    for (const auto& choice : choices) {
        ImGui::SetCursorPosX((ImGui::GetWindowWidth() - width) * 0.5f);
        if (ui::Button(context.C(choice.title),
                {.size = {width, ui::Em(4.2f)}, .style = choice.style, .subtitle = context.C(choice.hint)}))
            context.intents.Push(intent::StartJourney{choice.kind});
    }
}

} // namespace checkin::app::screens
