// A seeded simulation: replicas write offline, sync through a lossy network (lost requests and replies,
// duplicates, stale messages delivered late), get partitioned, run skewed clocks (one too far ahead for
// a while). After the network heals, every replica and the hub hold the same state.
// Run one seed again with CHECKIN_SYNC_SEED=<seed>.
#include <doctest/doctest.h>

#include <cstdlib>
#include <random>
#include <vector>

#include "shared/store/write_transaction.h"
#include "unit/sync/sync_test_support.h"

using namespace checkin;

namespace {

constexpr int kReplicas = 4;
constexpr int kSteps = 400;
constexpr int kHealingRounds = 20;

struct Replica {
    std::unique_ptr<domain::ManualClock> clock;
    std::unique_ptr<store::Store> store;
    sync::HubDevice identity;
    std::int64_t skew_ms = 0;
    bool partitioned = false;
    std::vector<sync::PullResponse> delivered_pages; // this replica's, for late redelivery
};

// The network between one replica and the hub: loses, duplicates and remembers messages.
class LossyNetwork : public sync::HubTransport {
public:
    LossyNetwork(sync::HubService& hub, const sync::HubDevice& device, std::mt19937_64& random,
        std::vector<std::pair<sync::HubDevice, sync::PushRequest>>& sent_pushes,
        std::vector<sync::PullResponse>& delivered_pages)
        : m_direct(hub, device),
          m_device(device),
          m_random(random),
          m_sent_pushes(sent_pushes),
          m_delivered_pages(delivered_pages)
    {
    }

    sync::HubReply<sync::PushResponse> Push(const sync::PushRequest& request) override
    {
        if (Chance(0.1))
            return Lost();
        m_sent_pushes.emplace_back(m_device, request);
        auto reply = m_direct.Push(request);
        if (Chance(0.1))
            reply = m_direct.Push(request); // delivered twice
        if (Chance(0.15))
            return Lost(); // the hub took it, the answer was lost
        return reply;
    }

    sync::HubReply<sync::PullResponse> Pull(const sync::PullRequest& request) override
    {
        if (Chance(0.1))
            return Lost();
        auto reply = m_direct.Pull(request);
        m_delivered_pages.push_back(*reply.response);
        if (Chance(0.1))
            return Lost();
        return reply;
    }

private:
    bool Chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    // Converts to the reply of either call: the message never arrived.
    struct LostMessage {
        template <typename T> operator sync::HubReply<T>() const
        {
            return sync::HubReply<T>::Failure(0, "unreachable", "lost in the simulation");
        }
    };
    static LostMessage Lost() { return {}; }

    testing::DirectTransport m_direct;
    sync::HubDevice m_device;
    std::mt19937_64& m_random;
    std::vector<std::pair<sync::HubDevice, sync::PushRequest>>& m_sent_pushes;
    std::vector<sync::PullResponse>& m_delivered_pages;
};

std::uint64_t Seed()
{
    if (const char* text = std::getenv("CHECKIN_SYNC_SEED"))
        return std::strtoull(text, nullptr, 10);
    return std::random_device{}();
}

} // namespace

TEST_SUITE("unit/sync")
{
    TEST_CASE_FIXTURE(testing::SyncFixture, "Simulated replicas on a bad network converge to the same state")
    {
        const std::uint64_t seed = Seed();
        CAPTURE(seed);
        std::mt19937_64 random(seed);
        const auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };

        std::vector<Replica> replicas(kReplicas);
        for (int i = 0; i < kReplicas; ++i) {
            Replica& replica = replicas[static_cast<size_t>(i)];
            replica.skew_ms = i == 0 ? 90'000 : pick(60'001) - 30'000; // replica 0 starts too far ahead
            replica.clock = std::make_unique<domain::ManualClock>(hub_clock.NowUtcMs() + replica.skew_ms);
            replica.store = OpenDevice("replica" + std::to_string(i), *replica.clock);
            replica.identity = Enroll(*replica.store, sync::DeviceRole::Advisor);
        }
        std::vector<std::string> customers;
        std::vector<std::pair<sync::HubDevice, sync::PushRequest>> sent_pushes;
        std::int64_t writes = 0;

        for (int step = 0; step < kSteps; ++step) {
            hub_clock.Advance(pick(2000));
            if (step == kSteps / 2)
                replicas[0].skew_ms = 0; // someone fixed the kiosk's clock
            for (Replica& replica : replicas)
                replica.clock->Set(
                    std::max(replica.clock->NowUtcMs(), hub_clock.NowUtcMs() + replica.skew_ms));

            Replica& replica = replicas[static_cast<size_t>(pick(kReplicas))];
            store::Store& store = *replica.store;
            const int action = pick(100);
            if (action < 15) {
                store::WriteTransaction write(store);
                const std::string id = write.NewId();
                write.Upsert("customers", id,
                    {{"surname", "S" + std::to_string(pick(50))}, {"mobile", std::to_string(pick(1000))}});
                write.Commit();
                customers.push_back(id);
                ++writes;
            } else if (action < 35 && !customers.empty()) {
                const std::string& id
                    = customers[static_cast<size_t>(pick(static_cast<int>(customers.size())))];
                if (testing::ColumnOf(store, "customers", id, "surname")) {
                    store::WriteTransaction write(store);
                    const int column = pick(3);
                    write.Upsert("customers", id,
                        {{column == 0         ? "surname"
                                : column == 1 ? "notes"
                                              : "mobile",
                            "v" + std::to_string(pick(1000))}});
                    write.Commit();
                    ++writes;
                }
            } else if (action < 45) {
                store::WriteTransaction write(store);
                write.Upsert(
                    "settings", "key" + std::to_string(pick(4)), {{"value", std::to_string(pick(1000))}});
                write.Commit();
                ++writes;
            } else if (action < 50 && !customers.empty()) {
                const std::string& id
                    = customers[static_cast<size_t>(pick(static_cast<int>(customers.size())))];
                if (testing::ColumnOf(store, "customers", id, "surname")) {
                    store::WriteTransaction write(store);
                    write.Tombstone("customers", id);
                    write.Commit();
                    ++writes;
                }
            } else if (action < 55) {
                replica.partitioned = !replica.partitioned;
            } else if (action < 60 && !sent_pushes.empty()) {
                // A stale push arrives again, late and out of order.
                const auto& [device, request]
                    = sent_pushes[static_cast<size_t>(pick(static_cast<int>(sent_pushes.size())))];
                hub.Push(device, request);
            } else if (action < 63 && !replica.delivered_pages.empty()) {
                // One of this replica's pages arrives again, late and out of order.
                const auto& pages = replica.delivered_pages;
                sync::ApplyPullPage(store, pages[static_cast<size_t>(pick(static_cast<int>(pages.size())))]);
            } else if (!replica.partitioned) {
                LossyNetwork network(hub, replica.identity, random, sent_pushes, replica.delivered_pages);
                sync::RunSyncRound(
                    store, network, {static_cast<std::int64_t>(1 + pick(20)), 1 + pick(20), 0});
            }
        }

        // The network heals and time passes: every replica syncs until nothing moves any more.
        hub_clock.Advance(5 * 60'000);
        for (Replica& replica : replicas)
            replica.clock->Set(std::max(replica.clock->NowUtcMs(), hub_clock.NowUtcMs()));
        int quiet_rounds = 0;
        for (int round = 0; round < kHealingRounds && quiet_rounds < 2; ++round) {
            bool moved = false;
            for (Replica& replica : replicas) {
                const auto report = Sync(*replica.store, replica.identity);
                REQUIRE(report.Ok());
                REQUIRE_FALSE(report.refused.has_value());
                CHECK(report.rejections.empty());
                moved = moved || report.pushed > 0 || report.applied > 0;
            }
            quiet_rounds = moved ? 0 : quiet_rounds + 1;
        }
        REQUIRE(quiet_rounds == 2);
        CAPTURE(writes);
        const std::string hub_state = HubState();
        for (Replica& replica : replicas) {
            CHECK(replica.store->OutboxSize() == 0);
            CHECK(testing::StateOf(*replica.store) == hub_state);
        }
    }
}
