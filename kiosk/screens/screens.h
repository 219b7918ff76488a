#pragma once
#include "app/screen_context.h"

namespace checkin::app::screens {

// The one full-screen window of the role, with the screen the state asks for.
void DrawRole(const ScreenContext& context);

} // namespace checkin::app::screens
