#pragma once
// Everything the app shows, in one place (hello_imgui's AppState): the role's settings, the kiosk
// journey the customer is in, and what the store said. Screens only read it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/intents.h"
#include "shared/i18n/strings.h"
#include "shared/store/queries_bookings.h"

namespace checkin::app {

enum class Role { Kiosk, Lounge, Advisor, Board };

std::string_view RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);

// What the customer typed and found. Forgotten on every return to the attract screen.
struct KioskJourney {
    LookupMode lookup_mode = LookupMode::Plate;
    std::string plate;
    std::string mobile;
    std::string verify_code;
    std::vector<store::BookingSummary> matches;
    std::optional<store::BookingSummary> booking; // chosen and (for a plate search) verified
    int failed_verifications = 0;
    std::string message_key; // feedback in the current language, e.g. "kiosk.find.not_found"
    bool message_is_error = false;
};

struct AppState {
    Role role = Role::Kiosk;
    i18n::Language language = i18n::Language::ChineseSimplified;
    bool large_text = false;
    bool chinese_available = true;
    KioskScreen screen = KioskScreen::Attract;
    KioskJourney journey;

    std::int64_t last_input_ms = 0;
    std::optional<std::int64_t> help_requested_at_ms;

    std::string shop_name_en;
    std::string shop_name_zh;
    int utc_offset_minutes = 480;
};

} // namespace checkin::app
