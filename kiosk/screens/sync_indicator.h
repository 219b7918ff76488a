#pragma once
#include "app/screen_context.h"

namespace checkin::app::screens {

// One discreet line: online or offline, the time of the last sync, changes waiting to be sent, changes the
// hub refused. Nothing when this process runs no sync.
void DrawSyncIndicator(const ScreenContext& context);

} // namespace checkin::app::screens
