#pragma once

namespace checkin::app {

// The whole program: options, store, strings, then the window, a headless script or a screenshot.
int RunMain(int argc, char** argv);

} // namespace checkin::app
