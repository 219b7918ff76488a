#pragma once
// The advisor station: one function per screen, drawn inside the advisor chrome (who is signed in, the
// arrivals and orders tabs, language, sign out; the sync line and refused changes at the bottom).
#include "app/screen_context.h"

namespace checkin::app::screens {

void DrawAdvisor(const ScreenContext& context);

void DrawSignInScreen(const ScreenContext& context);
void DrawArrivalsScreen(const ScreenContext& context);
void DrawConfirmScreen(const ScreenContext& context);
void DrawOrdersScreen(const ScreenContext& context);
void DrawOrderScreen(const ScreenContext& context);
void DrawFindingScreen(const ScreenContext& context);
void DrawPhotoBrowserScreen(const ScreenContext& context);
void DrawCloseOutScreen(const ScreenContext& context);
void DrawComplaintsScreen(const ScreenContext& context);
void DrawWorklistScreen(const ScreenContext& context);
void DrawDashboardScreen(const ScreenContext& context);
void DrawExportsScreen(const ScreenContext& context);

} // namespace checkin::app::screens
