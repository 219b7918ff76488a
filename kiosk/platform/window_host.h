#pragma once
// The GLFW window with OpenGL 3 and the ImGui backends: the interactive main loop with frame pacing and
// the touch layer, and scripted frames for --screenshot.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "app/app.h"
#include "driver/ui_driver.h"
#include "platform/fonts.h"
#include "platform/frame_pacer.h"
#include "platform/texture_cache.h"
#include "shared/sync/sync_worker.h"

struct GLFWwindow;

namespace checkin::platform {

struct WindowOptions {
    bool fullscreen = true;
    int monitor = 0;
    int width = 1920; // windowed only
    int height = 1080;
    FontSetup fonts;
};

class WindowHost final : public driver::FrameRunner {
public:
    // Opens the window; on failure returns nullptr and says why in `error`.
    static std::unique_ptr<WindowHost> Create(
        app::App& app, const domain::Clock& clock, const WindowOptions& options, std::string& error);
    ~WindowHost() override;
    WindowHost(const WindowHost&) = delete;
    WindowHost& operator=(const WindowHost&) = delete;

    // Until the window closes, showing the sync worker's status when there is one. Returns the exit code.
    int RunInteractive(const sync::SyncWorker* sync_worker);
    // A frame with the driver's pointer instead of the real one.
    void RunFrame(const driver::PointerInput& input) override;
    bool AwaitsHub() const override { return m_app.LookingUpCustomer(); }
    // Draws one more frame and writes it as a PNG. Returns false (and logs) on failure.
    bool SaveScreenshot(const std::filesystem::path& path);

private:
    WindowHost(app::App& app, const domain::Clock& clock, const WindowOptions& options);
    void DrawFrame(const driver::PointerInput* scripted);
    void FilterTouchHover();

    static void OnCursorPos(GLFWwindow* window, double x, double y);
    static void OnMouseButton(GLFWwindow* window, int button, int action, int mods);
    static void OnKey(GLFWwindow* window, int key, int scancode, int action, int mods);
    static void OnChar(GLFWwindow* window, unsigned int code_point);
    static void OnScroll(GLFWwindow* window, double x, double y);
    static void OnWindowChange(GLFWwindow* window, int width, int height);
    static void OnDrop(GLFWwindow* window, int count, const char** paths);

    app::App& m_app;
    const domain::Clock& m_clock;
    WindowOptions m_options;
    GLFWwindow* m_window = nullptr;
    FontLoader m_font_loader;
    std::uint64_t m_font_generation = ~std::uint64_t{0};
    bool m_gl_objects_ready = false;
    std::unique_ptr<TextureCache> m_textures; // photos; made and freed with the GL context current
    FramePacer m_pacer;

    std::uint64_t m_input_events = 0;
    std::uint64_t m_other_events = 0;
    // Touch: after the finger lifts, nothing stays hovered until the pointer moves again.
    bool m_release_seen = false;
    bool m_hover_cleared = false;
    double m_release_x = 0;
    double m_release_y = 0;
    std::optional<std::filesystem::path> m_capture_path;
    bool m_capture_ok = false;
};

} // namespace checkin::platform
