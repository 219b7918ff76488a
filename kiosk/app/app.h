#pragma once
// The app without its window: state, intents and the use cases they trigger. The GLFW main loop and the
// headless UI driver both run it the same way: NoteInput() on input, DrawFrame() between
// ImGui::NewFrame() and ImGui::Render(), then ApplyIntents().
#include <cstdint>
#include <optional>
#include <string>

#include "app/app_state.h"
#include "app/intents.h"
#include "shared/domain/clock.h"
#include "shared/i18n/strings.h"
#include "shared/store/store.h"

namespace checkin::app {

inline constexpr std::int64_t kIdleWarningMs = 45'000; // "Still there?" with a 15 s countdown
inline constexpr std::int64_t kIdleResetMs = 60'000;   // back to the attract screen, typing forgotten
inline constexpr std::int64_t kHelpBannerMs = 20'000;

struct AppConfig {
    Role role = Role::Kiosk;
    i18n::Language language = i18n::Language::ChineseSimplified;
};

// What the font atlas must hold; the platform rebuilds the atlas when the generation changes.
struct FontRequest {
    float scale = 1.0f;     // 1.0, or larger in large-text mode
    std::string glyph_text; // every string-table value and customer name that may appear
    std::uint64_t generation = 0;
};

class App {
public:
    App(const AppConfig& config, store::Store& store, const i18n::Strings& strings, const domain::Clock& clock);

    void DrawFrame();
    void ApplyIntents();
    void NoteInput();
    // For steps that are not taps: the driver's `lang` step.
    void Submit(Intent intent) { m_intents.Push(std::move(intent)); }
    // Without a CJK font the app shows English only and hides the language toggle.
    void SetChineseAvailable(bool available);

    // When the app must draw again without input (idle countdown, idle reset, banners), if ever.
    std::optional<std::int64_t> NextWakeUtcMs() const;
    const FontRequest& Fonts() const { return m_fonts; }
    const AppState& State() const { return m_state; }
    const i18n::Strings& Strings() const { return m_strings; }
    store::Store& Store() { return m_store; }

private:
    void Apply(const Intent& intent);
    void ResetJourney();
    void CheckIdle();
    void RefreshGlyphs();

    store::Store& m_store;
    const i18n::Strings& m_strings;
    const domain::Clock& m_clock;
    AppConfig m_config;
    AppState m_state;
    IntentQueue m_intents;
    FontRequest m_fonts;
};

} // namespace checkin::app
