#include "platform/touch_window.h"

#ifdef _WIN32
#include <tpcshrd.h>
#include <windows.h>

#define GLFW_EXPOSE_NATIVE_WIN32
#include <GLFW/glfw3.h>
#include <GLFW/glfw3native.h>

#include <cstdint>
#endif

namespace checkin::platform {

#ifdef _WIN32
void PrepareWindowForTouch(GLFWwindow* window)
{
    // Read by the Tablet PC input service for every window that carries this property (Windows 7 and
    // later). The touch contact circles are a system setting: README, "Deploying a kiosk".
    const DWORD tablet_flags = TABLET_DISABLE_PRESSANDHOLD | TABLET_DISABLE_PENTAPFEEDBACK
        | TABLET_DISABLE_PENBARRELFEEDBACK | TABLET_DISABLE_FLICKS | TABLET_DISABLE_FLICKFALLBACKKEYS
        | TABLET_DISABLE_SMOOTHSCROLLING;
    SetPropW(glfwGetWin32Window(window), L"MicrosoftTabletPenServiceProperty",
        reinterpret_cast<HANDLE>(static_cast<uintptr_t>(tablet_flags)));
}
#else
void PrepareWindowForTouch(GLFWwindow*)
{
}
#endif

} // namespace checkin::platform
