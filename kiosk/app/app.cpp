#include "app/app.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "screens/screens.h"
#include "shared/domain/person_name.h"
#include "shared/domain/plate.h"
#include "shared/store/queries_catalog.h"
#include "shared/store/queries_customers.h"
#include "shared/store/queries_settings.h"
#include "shared/usecases/help_request.h"

namespace checkin::app {
namespace {

constexpr float kLargeTextScale = 1.3f;

} // namespace

App::App(
    const AppConfig& config, store::Store& store, const i18n::Strings& strings, const domain::Clock& clock)
    : m_store(store), m_strings(strings), m_clock(clock), m_config(config)
{
    m_state.role = config.role;
    m_state.language = config.language;
    m_state.last_input_ms = m_clock.NowUtcMs();
    if (m_state.role == Role::Kiosk)
        m_state.catalog.makes
            = usecases::LoadVehicleModels(config.assets_dir / "demo" / "vehicle_models.json");
    LoadShopData();
    LoadStation();
}

// The shop's settings and catalog: at start, and again when the hub sent changes.
void App::LoadShopData()
{
    m_state.shop_name_en = store::GetSetting(m_store, store::kSettingShopNameEn).value_or("Service Centre");
    m_state.shop_name_zh = store::GetSetting(m_store, store::kSettingShopNameZh).value_or("售后服务中心");
    m_state.utc_offset_minutes = static_cast<int>(
        store::GetIntSetting(m_store, store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes));
    m_state.catalog.services = store::ListCatalog(m_store);
    m_state.bays.clear();
    const std::string bays = store::GetSetting(m_store, store::kSettingBays).value_or("1,2,3,4,5,6");
    for (std::size_t start = 0; start <= bays.size();) {
        const std::size_t end = std::min(bays.find(',', start), bays.size());
        if (end > start)
            m_state.bays.push_back(bays.substr(start, end - start));
        start = end + 1;
    }
    m_state.catalog.vat_basis_points
        = static_cast<int>(store::GetIntSetting(m_store, store::kSettingVatRateBp, store::kDefaultVatRateBp));
    RefreshGlyphs();
}

void App::SetSyncStatus(const sync::SyncStatus& status)
{
    const bool pulled = m_state.sync && m_state.sync->pulled_generation != status.pulled_generation;
    // New photo files: forget the textures that were missing so the screens ask again.
    if (m_state.sync && m_state.sync->blobs_generation != status.blobs_generation && m_textures)
        m_textures->RetryMissing();
    const bool refused = !m_state.sync || m_state.sync->rejections != status.rejections;
    m_state.sync = status;
    if (pulled)
        LoadShopData();
    if (refused && m_state.role != Role::Kiosk) // staff stations list them; a kiosk only shows the count
        m_state.sync_rejections = store::UnseenSyncRejections(m_store.Db());
}

void App::Handle(const intent::AcknowledgeRejection& intent)
{
    store::MarkSyncRejectionSeen(m_store.Db(), intent.device_seq, m_clock.NowUtcMs());
    m_state.sync_rejections = store::UnseenSyncRejections(m_store.Db());
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
    PollStation();
    FinishCustomerLookup();
    ScreenContext context{m_state, m_strings, m_clock.NowUtcMs(), m_intents, m_textures};
    screens::DrawRole(context);
}

void App::ApplyIntents()
{
    for (const Intent& intent : m_intents.Take())
        std::visit([this](const auto& each) { Handle(each); }, intent);
}

void App::SetMessage(std::string key, bool is_error)
{
    m_state.journey.message_key = std::move(key);
    m_state.journey.message_is_error = is_error;
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
    if (m_state.role != Role::Kiosk) // live data, wait timers and idle sign-out
        earliest(m_clock.NowUtcMs() + kStationPollMs);
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
        spdlog::info("idle for {} s: back to the attract screen", kIdleResetMs / 1000);
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
    RefreshGlyphs(); // a journey may have registered a new name
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
    for (const auto* list :
        {&domain::ChinaProvinces(), &domain::ChinaPlateSpecialEndings(), &domain::CommonChineseSurnames()})
        for (const std::string& item : *list)
            text += item;
    for (const store::CatalogItem& item : m_state.catalog.services) {
        text += item.name_zh + item.description_zh;
        for (const auto& content : item.contents)
            text += content.text_zh;
    }
    for (const usecases::VehicleMake& make : m_state.catalog.makes) {
        text += make.name_zh;
        for (const auto& model : make.models)
            text += model.name_zh;
    }
    text += m_state.shop_name_zh;
    std::string display_text;
    for (i18n::Language language : i18n::kAllLanguages)
        display_text += m_strings.Text(language, "kiosk.attract.title");
    if (m_state.role == Role::Board) { // the board's rows use the display font: stages and plates
        for (i18n::Language language : i18n::kAllLanguages)
            for (const std::string& key : m_strings.Table(language).Keys())
                if (key.starts_with("stage.") || key.starts_with("board."))
                    display_text += m_strings.Text(language, key);
        for (const std::string& province : domain::ChinaProvinces())
            display_text += province;
    }
    m_fonts.display_text = std::move(display_text);
    if (text != m_fonts.glyph_text) {
        m_fonts.glyph_text = std::move(text);
        ++m_fonts.generation;
    }
}

void App::Handle(const intent::StartOver&)
{
    ResetJourney();
}

void App::Handle(const intent::SetLanguage& intent)
{
    if (m_state.chinese_available)
        m_state.language = intent.language;
}

void App::Handle(const intent::ToggleLargeText&)
{
    m_state.large_text = !m_state.large_text;
    m_fonts.scale = m_state.large_text ? kLargeTextScale : 1.0f;
    ++m_fonts.generation;
}

void App::Handle(const intent::CallAdvisor&)
{
    usecases::RequestAdvisorHelp(m_store, ScreenName(m_state.screen), i18n::LanguageCode(m_state.language));
    m_state.help_requested_at_ms = m_clock.NowUtcMs();
}

void App::Handle(const intent::StillHere&)
{
    NoteInput();
}

} // namespace checkin::app
