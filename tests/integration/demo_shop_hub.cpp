#include "integration/demo_shop_hub.h"

#include <doctest/doctest.h>

#include "process/process_support.h"

namespace checkin::testing {

DemoShopHub::DemoShopHub()
{
    auto run = RunCheckin("--role advisor pair --hub " + m_hub.Url() + " --code "
        + m_hub.Enroll("Advisor 1", "advisor") + " --db " + Quote(m_advisor_db));
    REQUIRE_MESSAGE(run.exit_code == 0, run.output);
    run = RunCheckin("--role advisor --demo --db " + Quote(m_advisor_db) + " --headless --script /dev/null");
    REQUIRE_MESSAGE(run.exit_code == 0, run.output);
    SyncOnce(m_advisor_db);
}

std::filesystem::path DemoShopHub::PairDevice(const std::string& name, const std::string& role)
{
    const auto db = Folder() / (name + ".db");
    const auto run = RunCheckin("--role " + role + " pair --hub " + m_hub.Url() + " --code "
        + m_hub.Enroll(name, role) + " --db " + Quote(db));
    REQUIRE_MESSAGE(run.exit_code == 0, run.output);
    SyncOnce(db);
    return db;
}

std::string DemoShopHub::SyncOnce(const std::filesystem::path& db)
{
    const auto run = RunCheckin("sync --once --db " + Quote(db));
    REQUIRE_MESSAGE(run.exit_code == 0, run.output);
    return run.output;
}

} // namespace checkin::testing
