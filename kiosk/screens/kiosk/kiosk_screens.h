#pragma once
// The reception kiosk: one function per screen, all drawn inside the kiosk chrome (top bar with language,
// large text and "Call an advisor"; bottom bar with Back and Start over; the idle countdown).
#include "app/screen_context.h"

namespace checkin::app::screens {

void DrawKiosk(const ScreenContext& context);

void DrawAttractScreen(const ScreenContext& context);
void DrawMenuScreen(const ScreenContext& context);
void DrawFindBookingScreen(const ScreenContext& context);
void DrawVerifyScreen(const ScreenContext& context);
void DrawBookingScreen(const ScreenContext& context);

} // namespace checkin::app::screens
