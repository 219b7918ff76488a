#include "support/app_harness.h"

#include <atomic>
#include <random>

#include "shared/usecases/demo_data.h"

namespace checkin::testing {

TempDir::TempDir()
{
    static std::atomic<int> s_counter{0};
    std::random_device random;
    m_path = std::filesystem::temp_directory_path()
        / ("checkin-test-" + std::to_string(random()) + "-" + std::to_string(s_counter++));
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code error;
    std::filesystem::remove_all(m_path, error);
}

std::filesystem::path AssetsDir()
{
    return CHECKIN_SOURCE_ASSETS_DIR;
}

AppHarness::AppHarness(app::Role role, i18n::Language language) : AppHarness(role, language, {}, {}, {}) { }

AppHarness::AppHarness(app::Role role, i18n::Language language, const std::filesystem::path& store_file,
    const std::filesystem::path& photo_folder, const std::filesystem::path& watch_folder)
{
    m_store = store::Store::Open(
        store_file.empty() ? m_dir.Path() / "checkin.db" : store_file, m_clock, app::RoleName(role));
    usecases::SeedDemoDataIfEmpty(*m_store, AssetsDir() / "demo");
    m_strings = i18n::Strings::LoadFolder(AssetsDir() / "i18n");
    m_app = std::make_unique<app::App>(
        app::AppConfig{role, language, AssetsDir(), photo_folder.empty() ? m_dir.Path() : photo_folder,
            watch_folder, m_dir.Path() / "exports"},
        *m_store, m_strings, m_clock);
    m_host = std::make_unique<driver::HeadlessHost>(*m_app, platform::FontSetup{std::nullopt, AssetsDir()});
    m_driver = std::make_unique<driver::UiDriver>(
        *m_host, m_clock, [this](i18n::Language next) { m_app->Submit(app::intent::SetLanguage{next}); });
}

} // namespace checkin::testing
