#pragma once
// Windows turns touch into mouse input by itself, but a kiosk wants it raw: a long press must stay a long
// press (not a right click after a ring animation) and flicks must not turn into page-up keys. Elsewhere
// (X11 emulates the pointer from touch) there is nothing to do.
struct GLFWwindow;

namespace checkin::platform {

void PrepareWindowForTouch(GLFWwindow* window);

} // namespace checkin::platform
