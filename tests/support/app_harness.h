#pragma once
// A complete app on a fresh demo store in a temporary folder, driven headlessly at 1920x1080 on a
// virtual clock: what every UI test starts from.
#include <filesystem>
#include <memory>
#include <string>

#include "app/app.h"
#include "driver/headless_host.h"
#include "driver/ui_driver.h"
#include "shared/domain/clock.h"
#include "shared/i18n/strings.h"
#include "shared/store/store.h"

namespace checkin::testing {

// 2026-11-24 09:00 in the demo shop (UTC+8): the demo bookings of "today" lie around it.
inline constexpr std::int64_t kTestNowUtcMs = 1'795'482'000'000;

// Demo data the UI tests rely on (assets/demo/customers.json).
inline constexpr const char* kDemoPlate = "粤A5M823";
inline constexpr const char* kDemoMobile = "13910452287";
inline constexpr const char* kDemoBookingCode = "K7M2QX";

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& Path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

std::filesystem::path AssetsDir();

class AppHarness {
public:
    explicit AppHarness(app::Role role = app::Role::Kiosk, i18n::Language language = i18n::Language::English);
    // A station on a store file shared with other harnesses (as devices see one shop after syncing), with the
    // folder the advisor's photo browser starts in and the bays' camera folders (watch_folder/<bay>).
    AppHarness(app::Role role, i18n::Language language, const std::filesystem::path& store_file,
        const std::filesystem::path& photo_folder = {}, const std::filesystem::path& watch_folder = {});

    driver::UiDriver& Driver() { return *m_driver; }
    driver::HeadlessHost& Host() { return *m_host; }
    app::App& App() { return *m_app; }
    store::Store& Store() { return *m_store; }
    domain::ManualClock& Clock() { return m_clock; }

    bool Sees(const std::string& text) { return m_driver->Sees(text); }

private:
    TempDir m_dir;
    domain::ManualClock m_clock{kTestNowUtcMs};
    std::unique_ptr<store::Store> m_store;
    i18n::Strings m_strings;
    std::unique_ptr<app::App> m_app;
    std::unique_ptr<driver::HeadlessHost> m_host;
    std::unique_ptr<driver::UiDriver> m_driver;
};

} // namespace checkin::testing
