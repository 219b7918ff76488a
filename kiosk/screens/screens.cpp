#include "screens/screens.h"

#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "screens/placeholder_screen.h"

namespace checkin::app::screens {

void DrawRole(const ScreenContext& context)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove
        | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##role", nullptr, kFlags);
    switch (context.state.role) {
    case Role::Kiosk:
        DrawKiosk(context);
        break;
    case Role::Lounge:
        DrawPlaceholder(context, "lounge.placeholder.title");
        break;
    case Role::Advisor:
        DrawPlaceholder(context, "advisor.placeholder.title");
        break;
    case Role::Board:
        DrawPlaceholder(context, "board.placeholder.title");
        break;
    }
    ImGui::End();
}

} // namespace checkin::app::screens
