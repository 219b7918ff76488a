#pragma once
// The part of a frame that is the same in the window and in the headless driver.
#include "app/app.h"
#include "platform/fonts.h"

namespace checkin::platform {

// A fresh ImGui context for the app: no .ini or log files, touch theme.
ImGuiContext* CreateImGuiContext();

// Rebuilds the font atlas when the app asks for other glyphs or another size. Returns true when it did
// (the GL host then uploads the new texture).
bool UpdateFonts(app::App& app, FontLoader& loader, float display_height, std::uint64_t& built_generation,
    FontBuildReport* report = nullptr);

// Right after ImGui::NewFrame(): updates the tap/swipe state and starts the driver's record of the frame.
void BeginTouchFrame();

// Between ImGui::NewFrame() and ImGui::Render(): BeginTouchFrame(), then the app's screens.
void DrawAppFrame(app::App& app);

} // namespace checkin::platform
