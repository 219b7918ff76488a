#pragma once
// The start of every test of separate `checkin` processes syncing through a hub: a new `checkin-hub` on
// 127.0.0.1 to which an advisor station has brought the demo shop, and more devices paired with it.
#include <filesystem>
#include <string>

#include "support/app_harness.h"
#include "support/hub_process.h"

namespace checkin::testing {

class DemoShopHub {
public:
    // The hub, an advisor store paired with it, seeded with the demo shop and synced (all real processes).
    DemoShopHub();

    const std::filesystem::path& Folder() const { return m_dir.Path(); }
    HubProcess& Hub() { return m_hub; }
    const std::filesystem::path& AdvisorDb() const { return m_advisor_db; }

    // A new store of the role (kiosk, lounge, ...) in Folder(), paired with the hub and synced once.
    std::filesystem::path PairDevice(const std::string& name, const std::string& role);
    // `checkin sync --once` of the store; the round must succeed. Returns what it printed.
    std::string SyncOnce(const std::filesystem::path& db);

private:
    TempDir m_dir;
    HubProcess m_hub{m_dir.Path() / "hub"};
    std::filesystem::path m_advisor_db = m_dir.Path() / "advisor.db";
};

} // namespace checkin::testing
