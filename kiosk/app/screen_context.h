#pragma once
// What every screen function receives: the state to draw (read-only), the strings of the current
// language, the time, and the queue for its intents.
#include <cstdint>
#include <string>
#include <string_view>

#include "app/app_state.h"
#include "app/intents.h"
#include "shared/i18n/strings.h"
#include "ui/photo_textures.h"

namespace checkin::app {

struct ScreenContext {
    const AppState& state;
    const i18n::Strings& strings;
    std::int64_t now_ms;
    IntentQueue& intents;
    ui::PhotoTextures* textures = nullptr; // photos; none in headless runs

    const std::string& T(std::string_view key) const { return strings.Text(state.language, key); }
    const char* C(std::string_view key) const { return T(key).c_str(); }
};

} // namespace checkin::app
