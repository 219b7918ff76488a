// The hub under stress with a real process: a device that was offline with thousands of queued ops
// catches up, and a hub killed with SIGKILL in the middle of pushes loses no acknowledged op and
// duplicates none; a device killed the same way in the middle of its pulls keeps a whole store whose rows
// match its cursor, and converges.
#ifndef _WIN32
#include <doctest/doctest.h>

#include <chrono>
#include <random>
#include <thread>

#include "shared/domain/clock.h"
#include "shared/store/hub_store.h"
#include "shared/store/queries_counts.h"
#include "shared/store/queries_help.h"
#include "shared/store/store.h"
#include "shared/store/sync_device.h"
#include "shared/store/write_transaction.h"
#include "shared/sync/device_sync.h"
#include "shared/sync/sync_client.h"
#include "support/child_process.h"
#include "support/hub_process.h"
#include "unit/store/store_test_support.h"

using namespace checkin;

namespace {

void QueueHelpRequests(store::Store& device, int count)
{
    store::WriteTransaction write(device);
    for (int i = 0; i < count; ++i)
        write.Upsert("help_requests", write.NewId(),
            {{"device_id", device.DeviceId()}, {"screen", std::string("menu")},
                {"language", std::string("zh-CN")}, {"requested_at", device.Clock().NowUtcMs()}});
    write.Commit();
}

std::unique_ptr<store::Store> PairedDevice(const testing::HubProcess& hub, const testing::TempFolder& folder,
    const domain::Clock& clock, const std::string& role)
{
    auto device = store::Store::Open(folder.Folder() / (role + ".db"), clock, role);
    const sync::PairResult paired = sync::PairDevice(*device, hub.Url(), hub.Enroll(role, role));
    REQUIRE_MESSAGE(paired.Ok(), paired.error.message);
    return device;
}

std::size_t HubHelpRequests(const testing::HubProcess& hub, const domain::Clock& clock)
{
    const auto reader = store::Store::Open(hub.DatabasePath(), clock, "hub");
    return store::OpenHelpRequests(*reader).size();
}

} // namespace

TEST_SUITE("integration/durability")
{
    TEST_CASE("A device offline with 5,000 queued ops reconnects and every device converges")
    {
        testing::TempFolder folder;
        testing::HubProcess hub(folder.Folder());
        domain::SystemClock clock;
        auto kiosk = PairedDevice(hub, folder, clock, "kiosk");
        auto advisor = PairedDevice(hub, folder, clock, "advisor");
        for (int batch = 0; batch < 10; ++batch)
            QueueHelpRequests(*kiosk, 500);
        REQUIRE(kiosk->OutboxSize() == 5000);

        const sync::SyncReport pushed = sync::SyncOnce(*kiosk);
        REQUIRE_MESSAGE(pushed.Ok(), pushed.error.message);
        CHECK(pushed.pushed == 5000);
        CHECK(kiosk->OutboxSize() == 0);
        const sync::SyncReport pulled = sync::SyncOnce(*advisor);
        REQUIRE_MESSAGE(pulled.Ok(), pulled.error.message);
        CHECK(pulled.pulled == 5000);
        CHECK(store::OpenHelpRequests(*advisor).size() == 5000);
        CHECK(HubHelpRequests(hub, clock) == 5000);
    }

    TEST_CASE("kill -9 of the hub during pushes, 50 times: no acknowledged op lost, none duplicated")
    {
        constexpr int kKills = 50;
        constexpr int kOpsPerRound = 40;
        testing::TempFolder folder;
        testing::HubProcess hub(folder.Folder());
        domain::SystemClock clock;
        auto kiosk = PairedDevice(hub, folder, clock, "kiosk");
        const std::string db = "--db '" + hub.DatabasePath().string() + "'";
        std::mt19937 random(20261124);

        for (int kill = 0; kill < kKills; ++kill) {
            QueueHelpRequests(*kiosk, kOpsPerRound);
            std::thread pusher([&] { sync::SyncOnce(*kiosk); });
            std::this_thread::sleep_for(
                std::chrono::microseconds(std::uniform_int_distribution(0, 20'000)(random)));
            hub.Kill();
            pusher.join();
            hub.Restart();
            CHECK(testing::RunHubCommand("check " + db).output == "ok\n");

            // Every op the device holds as acknowledged is in the hub's log, accepted.
            const auto hub_store = store::Store::Open(hub.DatabasePath(), clock, "hub");
            const std::int64_t queued = (kill + 1) * kOpsPerRound;
            const std::int64_t pending = kiosk->OutboxSize();
            for (std::int64_t seq = 1; seq <= queued - pending; ++seq) {
                const auto outcome = store::hub::FindOpOutcome(hub_store->Db(), kiosk->DeviceId(), seq);
                REQUIRE(outcome.has_value());
                CHECK(outcome->server_seq.has_value());
            }
        }
        const sync::SyncReport last = sync::SyncOnce(*kiosk);
        REQUIRE_MESSAGE(last.Ok(), last.error.message);
        CHECK(kiosk->OutboxSize() == 0);
        CHECK(HubHelpRequests(hub, clock) == static_cast<std::size_t>(kKills * kOpsPerRound));
        const auto hub_store = store::Store::Open(hub.DatabasePath(), clock, "hub");
        CHECK(store::hub::LastServerSeq(hub_store->Db()) == kKills * kOpsPerRound);
    }

    TEST_CASE("kill -9 of a device during pulls, 50 times: its store stays whole and converges")
    {
        constexpr int kKills = 50;
        constexpr int kFirstRows = 5000;
        constexpr int kRowsPerRound = 100;
        testing::TempFolder folder;
        testing::HubProcess hub(folder.Folder());
        domain::SystemClock clock;
        auto kiosk = store::Store::Open(folder.Folder() / "kiosk.db", clock, "kiosk");
        REQUIRE(sync::PairDevice(*kiosk, hub.Url(), hub.Enroll("Kiosk", "kiosk")).Ok());
        const auto advisor_db = folder.Folder() / "advisor.db";
        {
            auto advisor = store::Store::Open(advisor_db, clock, "advisor");
            REQUIRE(sync::PairDevice(*advisor, hub.Url(), hub.Enroll("Advisor", "advisor")).Ok());
        }
        QueueHelpRequests(*kiosk, kFirstRows);
        REQUIRE(sync::SyncOnce(*kiosk).Ok());

        const std::string checkin = std::string(CHECKIN_BIN_DIR) + "/checkin";
        std::mt19937 random(20261205);
        int cut_mid_pull = 0;
        for (int round = 0; round < kKills; ++round) {
            testing::ChildProcess device({checkin, "sync", "--once", "--db", advisor_db.string()});
            std::this_thread::sleep_for(
                std::chrono::milliseconds(std::uniform_int_distribution(0, 400)(random)));
            const bool killed = device.Kill();

            auto advisor = store::Store::Open(advisor_db, clock, "advisor");
            REQUIRE(store::hub::IntegrityCheck(advisor->Db()) == "ok");
            // Only the kiosk writes, one help request per change: the cursor counts the rows held.
            const std::int64_t cursor = sync::PullCursor(*advisor);
            const std::int64_t held = store::CountRows(*advisor, "help_requests");
            CHECK(held == cursor);
            const std::int64_t on_hub = kFirstRows + round * kRowsPerRound;
            if (killed && held > 0 && held < on_hub)
                ++cut_mid_pull;
            advisor.reset();

            QueueHelpRequests(*kiosk, kRowsPerRound);
            REQUIRE(sync::SyncOnce(*kiosk).Ok());
        }
        MESSAGE(cut_mid_pull << " of " << kKills << " kills cut a pull off half-way");
        CHECK(cut_mid_pull > 0);

        testing::ChildProcess last({checkin, "sync", "--once", "--db", advisor_db.string()});
        CHECK(last.Wait() == 0);
        auto advisor = store::Store::Open(advisor_db, clock, "advisor");
        CHECK(store::hub::IntegrityCheck(advisor->Db()) == "ok");
        CHECK(store::CountRows(*advisor, "help_requests") == kFirstRows + kKills * kRowsPerRound);
        CHECK(sync::PullCursor(*advisor) == kFirstRows + kKills * kRowsPerRound);
    }
}
#endif
