#include "app/app.h"

#include <algorithm>
#include <cctype>

#include <imgui.h>
#include <spdlog/spdlog.h>

#include "screens/screens.h"
#include "shared/domain/person_name.h"
#include "shared/domain/phone.h"
#include "shared/domain/plate.h"
#include "shared/store/queries_bookings.h"
#include "shared/store/queries_customers.h"
#include "shared/store/queries_settings.h"
#include "shared/usecases/help_request.h"
#include "shared/usecases/shop_day.h"

namespace checkin::app {
namespace {

constexpr size_t kPlateMaxChars = 8;
constexpr size_t kMobileDigits = 11;
constexpr size_t kVerifyMaxChars = 6;
constexpr int kMaxVerifyAttempts = 3;
constexpr float kLargeTextScale = 1.3f;

std::string_view ScreenName(KioskScreen screen)
{
    switch (screen) {
    case KioskScreen::Attract:
        return "attract";
    case KioskScreen::Menu:
        return "menu";
    case KioskScreen::FindBooking:
        return "find_booking";
    case KioskScreen::VerifyIdentity:
        return "verify_identity";
    case KioskScreen::BookingDetails:
        return "booking_details";
    }
    return "unknown";
}

std::string Upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

} // namespace

App::App(const AppConfig& config, store::Store& store, const i18n::Strings& strings, const domain::Clock& clock)
    : m_store(store)
    , m_strings(strings)
    , m_clock(clock)
    , m_config(config)
{
    m_state.role = config.role;
    m_state.language = config.language;
    m_state.last_input_ms = m_clock.NowUtcMs();
    m_state.shop_name_en = store::GetSetting(m_store, "shop_name_en").value_or("Service Centre");
    m_state.shop_name_zh = store::GetSetting(m_store, "shop_name_zh").value_or("售后服务中心");
    if (const auto offset = store::GetSetting(m_store, "utc_offset_minutes"))
        m_state.utc_offset_minutes = std::stoi(*offset);
    RefreshGlyphs();
}

void App::SetChineseAvailable(bool available)
{
    m_state.chinese_available = available;
    if (!available)
        m_state.language = i18n::Language::English;
}

void App::NoteInput()
{
    m_state.last_input_ms = m_clock.NowUtcMs();
}

void App::DrawFrame()
{
    CheckIdle();
    ScreenContext context{m_state, m_strings, m_clock.NowUtcMs(), m_intents};
    screens::DrawRole(context);
}

void App::ApplyIntents()
{
    for (const Intent& intent : m_intents.Take())
        Apply(intent);
}

std::optional<std::int64_t> App::NextWakeUtcMs() const
{
    std::optional<std::int64_t> wake;
    const auto earliest = [&wake](std::int64_t at) { wake = wake ? std::min(*wake, at) : at; };
    if (m_state.role == Role::Kiosk && m_state.screen != KioskScreen::Attract) {
        const std::int64_t idle = m_clock.NowUtcMs() - m_state.last_input_ms;
        if (idle < kIdleWarningMs)
            earliest(m_state.last_input_ms + kIdleWarningMs);
        else // the countdown shows whole seconds
            earliest(m_clock.NowUtcMs() + 1000 - idle % 1000);
    }
    if (m_state.help_requested_at_ms)
        earliest(*m_state.help_requested_at_ms + kHelpBannerMs);
    return wake;
}

void App::CheckIdle()
{
    const std::int64_t now = m_clock.NowUtcMs();
    if (m_state.help_requested_at_ms && now - *m_state.help_requested_at_ms >= kHelpBannerMs)
        m_state.help_requested_at_ms.reset();
    if (m_state.role != Role::Kiosk || m_state.screen == KioskScreen::Attract)
        return;
    if (now - m_state.last_input_ms >= kIdleResetMs) {
        spdlog::info("idle for {} s on {}: back to the attract screen", kIdleResetMs / 1000,
                     ScreenName(m_state.screen));
        ResetJourney();
    }
}

void App::ResetJourney()
{
    m_state.journey = KioskJourney{};
    m_state.screen = KioskScreen::Attract;
    m_state.language = m_state.chinese_available ? m_config.language : i18n::Language::English;
    m_state.large_text = false;
    if (m_fonts.scale != 1.0f) {
        m_fonts.scale = 1.0f;
        ++m_fonts.generation;
    }
}

void App::RefreshGlyphs()
{
    std::string text;
    for (i18n::Language language : i18n::kAllLanguages)
        text += m_strings.Table(language).AllText();
    for (const std::string& name : store::AllCustomerNameTexts(m_store))
        text += name;
    // Characters the keyboards and pickers offer: not all of them are in ImGui's common-Chinese range
    // (粤 and 澳 are not).
    for (const auto* list : {&domain::ChinaProvinces(), &domain::ChinaPlateSpecialEndings(),
                             &domain::CommonChineseSurnames()})
        for (const std::string& item : *list)
            text += item;
    text += m_state.shop_name_zh;
    if (text != m_fonts.glyph_text) {
        m_fonts.glyph_text = std::move(text);
        ++m_fonts.generation;
    }
}

void App::Apply(const Intent& intent)
{
    KioskJourney& journey = m_state.journey;
    const auto set_message = [&journey](std::string key, bool is_error) {
        journey.message_key = std::move(key);
        journey.message_is_error = is_error;
    };

    if (const auto* navigate = std::get_if<intent::Navigate>(&intent)) {
        m_state.screen = navigate->to;
        set_message({}, false);
    } else if (std::holds_alternative<intent::StartOver>(intent)) {
        ResetJourney();
    } else if (const auto* language = std::get_if<intent::SetLanguage>(&intent)) {
        if (m_state.chinese_available)
            m_state.language = language->language;
    } else if (std::holds_alternative<intent::ToggleLargeText>(intent)) {
        m_state.large_text = !m_state.large_text;
        m_fonts.scale = m_state.large_text ? kLargeTextScale : 1.0f;
        ++m_fonts.generation;
    } else if (std::holds_alternative<intent::CallAdvisor>(intent)) {
        usecases::RequestAdvisorHelp(m_store, ScreenName(m_state.screen), i18n::LanguageCode(m_state.language));
        m_state.help_requested_at_ms = m_clock.NowUtcMs();
    } else if (const auto* edit = std::get_if<intent::EditText>(&intent)) {
        switch (edit->field) {
        case TextField::Plate:
            ui::ApplyKeyEdit(journey.plate, edit->edit, kPlateMaxChars);
            break;
        case TextField::Mobile:
            ui::ApplyKeyEdit(journey.mobile, edit->edit, kMobileDigits);
            break;
        case TextField::VerifyCode:
            ui::ApplyKeyEdit(journey.verify_code, edit->edit, kVerifyMaxChars);
            break;
        }
        set_message({}, false);
    } else if (const auto* mode = std::get_if<intent::SetLookupMode>(&intent)) {
        journey.lookup_mode = mode->mode;
        set_message({}, false);
    } else if (std::holds_alternative<intent::SearchBooking>(intent)) {
        const usecases::UtcRange today = usecases::ShopDayAt(m_clock.NowUtcMs(), m_state.utc_offset_minutes);
        if (journey.lookup_mode == LookupMode::Plate) {
            const domain::PlateCheck check = domain::CheckChinaPlate(journey.plate);
            if (!check.valid) {
                set_message("kiosk.find.plate_invalid", true);
                return;
            }
            journey.matches = store::FindBookingsByPlateOnDay(m_store, check.normalized, today.start_utc_ms, today.end_utc_ms);
        } else {
            const domain::PhoneCheck check = domain::CheckChinaMobile(journey.mobile);
            if (!check.valid) {
                set_message("kiosk.find.mobile_invalid", true);
                return;
            }
            journey.matches = store::FindBookingsByMobileOnDay(m_store, check.normalized, today.start_utc_ms, today.end_utc_ms);
        }
        if (journey.matches.empty()) {
            set_message("kiosk.find.not_found", true);
            return;
        }
        set_message({}, false);
        // A plate is visible to anyone in the car park: ask for something only the customer knows first.
        if (journey.lookup_mode == LookupMode::Plate) {
            journey.verify_code.clear();
            m_state.screen = KioskScreen::VerifyIdentity;
        } else {
            if (journey.matches.size() == 1)
                journey.booking = journey.matches.front();
            m_state.screen = KioskScreen::BookingDetails;
        }
    } else if (const auto* select = std::get_if<intent::SelectBooking>(&intent)) {
        for (const auto& match : journey.matches)
            if (match.id == select->booking_id)
                journey.booking = match;
    } else if (std::holds_alternative<intent::SubmitVerification>(intent)) {
        if (journey.failed_verifications >= kMaxVerifyAttempts)
            return;
        const std::string code = Upper(journey.verify_code);
        for (const auto& match : journey.matches) {
            const std::string mobile = match.customer_mobile.value_or("");
            const bool last_four = code.size() == 4 && mobile.size() >= 4 && mobile.compare(mobile.size() - 4, 4, code) == 0;
            if (last_four || code == match.code) {
                journey.booking = match;
                journey.matches = {match};
                set_message({}, false);
                m_state.screen = KioskScreen::BookingDetails;
                return;
            }
        }
        ++journey.failed_verifications;
        journey.verify_code.clear();
        set_message(journey.failed_verifications >= kMaxVerifyAttempts ? "kiosk.verify.locked" : "kiosk.verify.wrong",
                    true);
    } else if (std::holds_alternative<intent::StillHere>(intent)) {
        NoteInput();
    }
}

} // namespace checkin::app
