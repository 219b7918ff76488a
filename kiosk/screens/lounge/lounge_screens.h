#pragma once
// The waiting-lounge tablet (one customer's car at a time) and the lounge board (every car of the day,
// masked, for a TV across the room).
#include "app/screen_context.h"

namespace checkin::app::screens {

void DrawLounge(const ScreenContext& context);
void DrawLoungeEnterScreen(const ScreenContext& context);
void DrawLoungeOrderScreen(const ScreenContext& context);
void DrawLoungePhotoScreen(const ScreenContext& context);
void DrawLoungeSurveyScreen(const ScreenContext& context);
void DrawLoungeSurveyThanksScreen(const ScreenContext& context);

void DrawBoard(const ScreenContext& context);

} // namespace checkin::app::screens
