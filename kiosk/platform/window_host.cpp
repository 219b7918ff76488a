#include "platform/window_host.h"

#include <cfloat>
#include <vector>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <spdlog/spdlog.h>
#include <stb_image_write.h>

#include "platform/frame.h"
#include "platform/touch_window.h"
#include "shared/store/blob_store.h"
#include "ui/theme.h"

namespace checkin::platform {
namespace {

WindowHost* HostOf(GLFWwindow* window)
{
    return static_cast<WindowHost*>(glfwGetWindowUserPointer(window));
}

void LogGlfwError(int code, const char* description)
{
    spdlog::error("GLFW error {}: {}", code, description);
}

} // namespace

WindowHost::WindowHost(app::App& app, const domain::Clock& clock, const WindowOptions& options)
    : m_app(app), m_clock(clock), m_options(options), m_font_loader(options.fonts)
{
}

std::unique_ptr<WindowHost> WindowHost::Create(
    app::App& app, const domain::Clock& clock, const WindowOptions& options, std::string& error)
{
    glfwSetErrorCallback(LogGlfwError);
    if (!glfwInit()) {
        error = "cannot open a window: no display. On a machine without a screen run it under Xvfb, e.g.\n"
                "  xvfb-run -a -s \"-screen 0 1920x1080x24\" build/bin/checkin --windowed";
        return nullptr;
    }
    std::unique_ptr<WindowHost> host(new WindowHost(app, clock, options));
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // A windowed size is in screen coordinates at 100%: on a 150% monitor the window grows with it. The
    // layout itself follows the framebuffer height, so full screen is sharp and in proportion at any DPI
    // (GLFW makes the process per-monitor DPI aware on Windows).
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);

    GLFWmonitor* monitor = nullptr;
    int width = options.width;
    int height = options.height;
    if (options.fullscreen) {
        int count = 0;
        GLFWmonitor** monitors = glfwGetMonitors(&count);
        if (count == 0) {
            error = "no monitor found for --fullscreen; try --windowed";
            return nullptr;
        }
        if (options.monitor < 0 || options.monitor >= count) {
            error = "--monitor " + std::to_string(options.monitor) + " does not exist (this machine has "
                + std::to_string(count) + ")";
            return nullptr;
        }
        monitor = monitors[options.monitor];
        // The monitor's current mode: GLFW then makes a borderless full-screen window, no mode switch.
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        glfwWindowHint(GLFW_RED_BITS, mode->redBits);
        glfwWindowHint(GLFW_GREEN_BITS, mode->greenBits);
        glfwWindowHint(GLFW_BLUE_BITS, mode->blueBits);
        glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
        width = mode->width;
        height = mode->height;
    }
    host->m_window = glfwCreateWindow(width, height, "Service check-in", monitor, nullptr);
    if (!host->m_window) {
        error = "cannot create an OpenGL 3.0 window (see the GLFW error above)";
        return nullptr;
    }
    glfwMakeContextCurrent(host->m_window);
    glfwSwapInterval(1);
    glfwSetWindowUserPointer(host->m_window, host.get());
    PrepareWindowForTouch(host->m_window);

    // Ours first: the ImGui backend chains to the callbacks installed before it.
    glfwSetCursorPosCallback(host->m_window, OnCursorPos);
    glfwSetMouseButtonCallback(host->m_window, OnMouseButton);
    glfwSetKeyCallback(host->m_window, OnKey);
    glfwSetCharCallback(host->m_window, OnChar);
    glfwSetScrollCallback(host->m_window, OnScroll);
    glfwSetFramebufferSizeCallback(host->m_window, OnWindowChange);
    glfwSetDropCallback(host->m_window, OnDrop);
    host->m_textures = std::make_unique<TextureCache>(
        store::MediaDirFor(app.Store()), [] { glfwPostEmptyEvent(); });
    app.SetPhotoTextures(host->m_textures.get());
    app.SetWake([] { glfwPostEmptyEvent(); });

    CreateImGuiContext();
    ImGui_ImplGlfw_InitForOpenGL(host->m_window, true);
    ImGui_ImplOpenGL3_Init("#version 130");
    return host;
}

WindowHost::~WindowHost()
{
    m_app.SetPhotoTextures(nullptr);
    m_textures.reset(); // its textures go while the GL context is still there
    if (ImGui::GetCurrentContext()) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    if (m_window)
        glfwDestroyWindow(m_window);
    glfwTerminate();
}

void WindowHost::OnCursorPos(GLFWwindow* window, double x, double y)
{
    WindowHost* host = HostOf(window);
    ++host->m_input_events;
    if (host->m_hover_cleared && (x != host->m_release_x || y != host->m_release_y))
        host->m_hover_cleared = false;
}

void WindowHost::OnMouseButton(GLFWwindow* window, int button, int action, int)
{
    WindowHost* host = HostOf(window);
    ++host->m_input_events;
    if (button == GLFW_MOUSE_BUTTON_LEFT) {
        if (action == GLFW_RELEASE) {
            host->m_release_seen = true;
            glfwGetCursorPos(window, &host->m_release_x, &host->m_release_y);
        } else {
            host->m_release_seen = false;
            host->m_hover_cleared = false;
        }
    }
}

void WindowHost::OnKey(GLFWwindow* window, int, int, int, int)
{
    ++HostOf(window)->m_input_events;
}

void WindowHost::OnChar(GLFWwindow* window, unsigned int)
{
    ++HostOf(window)->m_input_events;
}

void WindowHost::OnScroll(GLFWwindow* window, double, double)
{
    ++HostOf(window)->m_input_events;
}

void WindowHost::OnWindowChange(GLFWwindow* window, int, int)
{
    ++HostOf(window)->m_other_events;
}

// Files dropped on the window (from Explorer, a USB stick): photos for the order open on the station.
void WindowHost::OnDrop(GLFWwindow* window, int count, const char** paths)
{
    std::vector<std::filesystem::path> files;
    for (int i = 0; i < count; ++i) // GLFW gives UTF-8 on every platform
        files.emplace_back(std::u8string(reinterpret_cast<const char8_t*>(paths[i])));
    HostOf(window)->m_app.DropFiles(std::move(files));
    ++HostOf(window)->m_other_events;
}

void WindowHost::FilterTouchHover()
{
    ImGuiIO& io = ImGui::GetIO();
    if (m_hover_cleared) {
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    } else if (m_release_seen && !io.MouseDown[0]) {
        // This frame handles the release where the finger was; from the next one nothing is hovered.
        m_release_seen = false;
        m_hover_cleared = true;
    }
}

void WindowHost::DrawFrame(const driver::PointerInput* scripted)
{
    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(m_window, &width, &height);
    if (UpdateFonts(m_app, m_font_loader, static_cast<float>(height), m_font_generation)
        && m_gl_objects_ready) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    m_gl_objects_ready = true;
    m_textures->BeginFrame(m_clock.NowUtcMs());
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (scripted) {
        io.MousePos = scripted->position;
        for (bool& down : io.MouseDown)
            down = false;
        io.MouseDown[0] = scripted->down;
    } else {
        FilterTouchHover();
    }
    ImGui::NewFrame();
    DrawAppFrame(m_app);
    ImGui::Render();

    glViewport(0, 0, width, height);
    const ImVec4 background = ImGui::ColorConvertU32ToFloat4(ui::colors::kBackground);
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (m_capture_path) {
        std::vector<unsigned char> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
        // OpenGL's rows start at the bottom; PNG's at the top.
        // (The flag is global in stb: set it back so no other PNG is written upside down.)
        stbi_flip_vertically_on_write(1);
        m_capture_ok
            = stbi_write_png(m_capture_path->string().c_str(), width, height, 4, pixels.data(), width * 4)
            != 0;
        stbi_flip_vertically_on_write(0);
        m_capture_path.reset();
    }
    glfwSwapBuffers(m_window);
    m_app.ApplyIntents();
}

void WindowHost::RunFrame(const driver::PointerInput& input)
{
    glfwPollEvents();
    DrawFrame(&input);
}

bool WindowHost::SaveScreenshot(const std::filesystem::path& path)
{
    // Photos on screen are decoded on a worker: one frame asks for them, the next one shows them.
    glfwPollEvents();
    DrawFrame(nullptr);
    m_textures->WaitIdle(5'000);
    m_capture_path = path;
    m_capture_ok = false;
    DrawFrame(nullptr);
    if (!m_capture_ok)
        spdlog::error("cannot write the screenshot {}", path.string());
    return m_capture_ok;
}

int WindowHost::RunInteractive(const sync::SyncWorker* sync_worker)
{
    std::uint64_t seen_input = m_input_events;
    std::uint64_t seen_other = m_other_events;
    while (!glfwWindowShouldClose(m_window)) {
        if (m_pacer.ShouldDraw()) {
            glfwPollEvents();
        } else if (const auto wait = FramePacer::WaitSeconds(m_app.NextWakeUtcMs(), m_clock.NowUtcMs())) {
            glfwWaitEventsTimeout(*wait);
            m_pacer.OnDeadline(); // woken by an event or by the deadline: either way draw once
        } else {
            glfwWaitEvents();
            m_pacer.OnDeadline();
        }
        if (m_input_events != seen_input) {
            seen_input = m_input_events;
            m_app.NoteInput();
            m_pacer.OnEvent();
        }
        if (m_other_events != seen_other) {
            seen_other = m_other_events;
            m_pacer.OnEvent();
        }
        if (sync_worker)
            m_app.SetSyncStatus(sync_worker->Status());
        DrawFrame(nullptr);
        m_pacer.FrameDrawn();
    }
    return 0;
}

} // namespace checkin::platform
