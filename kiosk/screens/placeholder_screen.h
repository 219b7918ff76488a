#pragma once
#include <string_view>

#include "app/screen_context.h"

namespace checkin::app::screens {

// The lounge, advisor and board roles until their screens are built: the role's name, the shop and the
// time, so a device set up early shows it is alive and which role it has.
void DrawPlaceholder(const ScreenContext& context, std::string_view title_key);

} // namespace checkin::app::screens
