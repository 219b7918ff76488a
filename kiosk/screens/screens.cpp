#include "screens/screens.h"

#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "screens/advisor/advisor_screens.h"
#include "screens/lounge/lounge_screens.h"

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
        DrawLounge(context);
        break;
    case Role::Advisor:
        DrawAdvisor(context);
        break;
    case Role::Board:
        DrawBoard(context);
        break;
    }
    ImGui::End();
}

} // namespace checkin::app::screens
