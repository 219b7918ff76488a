// A device process killed with SIGKILL in the middle of pulling, again and again: its store stays intact,
// the rows it holds always match its cursor (a page and the cursor are stored in one transaction), and in
// the end it has every row exactly once.
#ifndef _WIN32
#include <doctest/doctest.h>

#include <chrono>
#include <random>
#include <thread>

#include "shared/domain/clock.h"
#include "shared/store/hub_store.h"
#include "shared/store/queries_counts.h"
#include "shared/store/store.h"
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
                {"language", std::string("en")}, {"requested_at", device.Clock().NowUtcMs()}});
    write.Commit();
}

} // namespace

TEST_SUITE("integration/durability")
{
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
