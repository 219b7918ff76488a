// A real checkin-hub process on 127.0.0.1 and three device stores (kiosk, lounge, advisor) syncing over
// HTTP: data written on one device reaches the others, replays have one effect, and the API refuses
// what it must with the right status, writing nothing.
#ifndef _WIN32
#include <doctest/doctest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "shared/domain/clock.h"
#include "shared/store/hub_store.h"
#include "shared/store/migrations.h"
#include "shared/store/queries_help.h"
#include "shared/store/store.h"
#include "shared/store/sync_device.h"
#include "shared/store/write_transaction.h"
#include "shared/sync/http_transport.h"
#include "shared/sync/sync_client.h"
#include "shared/usecases/help_request.h"
#include "support/hub_process.h"
#include "unit/store/store_test_support.h"

using namespace checkin;

namespace {

struct Dealership {
    testing::TempFolder folder;
    testing::HubProcess hub{folder.Folder()};
    domain::SystemClock clock;
    std::unique_ptr<store::Store> kiosk = Device("kiosk");
    std::unique_ptr<store::Store> lounge = Device("lounge");
    std::unique_ptr<store::Store> advisor = Device("advisor");

    std::unique_ptr<store::Store> Device(const std::string& role)
    {
        auto device = store::Store::Open(folder.Folder() / (role + ".db"), clock, role);
        const sync::PairResult paired = sync::PairDevice(*device, hub.Url(), hub.Enroll(role + " 1", role));
        REQUIRE_MESSAGE(paired.Ok(), paired.error.message);
        CHECK(paired.role == role);
        return device;
    }

    // The feed position of the hub, read from its own file (a second connection, as the CLI does).
    std::int64_t HubServerSeq()
    {
        store::Database db = store::Database::Open(hub.DatabasePath());
        return store::hub::LastServerSeq(db);
    }

    std::string Token(store::Store& device) { return *store::ReadSyncState(device.Db(), "hub_token"); }
};

httplib::Client Client(const std::string& url, const std::string& token)
{
    httplib::Client client(url);
    if (!token.empty())
        client.set_bearer_token_auth(token.c_str());
    return client;
}

int PostStatus(const std::string& url, const std::string& token, const std::string& body)
{
    auto client = Client(url, token);
    const auto result = client.Post("/v1/push", body, "application/json");
    return result ? result->status : -1;
}

std::string OnePush(store::Store& device, const std::string& table, const std::string& columns_json)
{
    return nlohmann::json{{"schema_version", store::kSchemaVersion}, {"device_id", device.DeviceId()},
        {"ops",
            nlohmann::json::array({{{"seq", 1}, {"op_id", "x"}, {"table", table}, {"row_id", "r1"},
                {"kind", "upsert"}, {"columns", nlohmann::json::parse(columns_json)},
                {"hlc", device.Hlc().Now().ToString()}, {"at", 0}}})}}
        .dump();
}

} // namespace

TEST_SUITE("integration/hub")
{
    TEST_CASE("A kiosk's help request reaches the advisor and the lounge through a real hub")
    {
        Dealership shop;
        const std::string help = usecases::RequestAdvisorHelp(*shop.kiosk, "menu", "zh-CN");
        const sync::SyncReport pushed = sync::SyncOnce(*shop.kiosk);
        REQUIRE_MESSAGE(pushed.Ok(), pushed.error.message);
        CHECK(pushed.pushed == 1);
        CHECK(shop.kiosk->OutboxSize() == 0);

        for (store::Store* device : {shop.advisor.get(), shop.lounge.get()}) {
            const sync::SyncReport pulled = sync::SyncOnce(*device);
            REQUIRE_MESSAGE(pulled.Ok(), pulled.error.message);
            const auto open = store::OpenHelpRequests(*device);
            REQUIRE(open.size() == 1);
            CHECK(open[0].id == help);
            CHECK(open[0].device_id == shop.kiosk->DeviceId());
        }

        // The advisor handles it; the kiosk learns that too.
        {
            store::WriteTransaction write(*shop.advisor);
            write.Upsert("help_requests", help, {{"handled_at", shop.clock.NowUtcMs()}});
            write.Commit();
        }
        REQUIRE(sync::SyncOnce(*shop.advisor).Ok());
        REQUIRE(sync::SyncOnce(*shop.kiosk).Ok());
        CHECK(store::OpenHelpRequests(*shop.kiosk).empty());
    }

    TEST_CASE("Long-poll: a waiting advisor gets a kiosk's change as soon as it is pushed")
    {
        Dealership shop;
        REQUIRE(sync::SyncOnce(*shop.advisor).Ok());
        const auto started = std::chrono::steady_clock::now();
        std::thread kiosk([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            usecases::RequestAdvisorHelp(*shop.kiosk, "menu", "zh-CN");
            sync::SyncOnce(*shop.kiosk);
        });
        sync::SyncOptions waiting;
        waiting.wait_ms = 10'000;
        const sync::SyncReport report = sync::SyncOnce(*shop.advisor, waiting);
        kiosk.join();
        const auto waited = std::chrono::steady_clock::now() - started;
        CHECK(report.Ok());
        CHECK(report.pulled == 1);
        CHECK(waited < std::chrono::seconds(5));
    }

    TEST_CASE("The same push sent five times has one effect")
    {
        Dealership shop;
        usecases::RequestAdvisorHelp(*shop.kiosk, "menu", "zh-CN");
        usecases::RequestAdvisorHelp(*shop.kiosk, "verify", "en");
        sync::PushRequest request{store::kSchemaVersion, shop.kiosk->DeviceId(), 2, {}};
        for (const store::OutboxOp& op : store::PendingOutboxOps(shop.kiosk->Db(), 10))
            request.ops.push_back(sync::ToPushOp(op));
        sync::HttpHubTransport transport(shop.hub.Url(), shop.Token(*shop.kiosk));
        std::optional<nlohmann::json> first;
        for (int attempt = 0; attempt < 5; ++attempt) {
            const auto reply = transport.Push(request); // as if every reply had been lost
            REQUIRE(reply.Ok());
            const nlohmann::json results = sync::ToJson(*reply.response)["results"];
            if (!first)
                first = results;
            CHECK(results == *first);
        }
        CHECK(shop.HubServerSeq() == 2);
        // The device's own round now only learns they were taken.
        const auto report = sync::SyncOnce(*shop.kiosk);
        CHECK(report.pushed == 2);
        CHECK(shop.HubServerSeq() == 2);
        REQUIRE(sync::SyncOnce(*shop.advisor).Ok());
        CHECK(store::OpenHelpRequests(*shop.advisor).size() == 2);
    }

    TEST_CASE("Security: every refusal has the right status and writes nothing")
    {
        Dealership shop;
        const std::string url = shop.hub.Url();
        const std::string kiosk_token = shop.Token(*shop.kiosk);
        const std::string help_push = OnePush(*shop.kiosk, "help_requests",
            R"({"device_id":"k","screen":"menu","language":"en","requested_at":1})");

        CHECK(PostStatus(url, "", help_push) == 401);
        CHECK(PostStatus(url, std::string(64, 'a'), help_push) == 401);
        {
            auto client = Client(url, "");
            const auto pull = client.Get("/v1/pull?schema_version=2&after=0");
            REQUIRE(pull);
            CHECK(pull->status == 401);
        }
        CHECK(PostStatus(url, kiosk_token, OnePush(*shop.kiosk, "repair_orders", R"({"stage":"repair"})"))
            == 403);
        CHECK(PostStatus(url, kiosk_token, "{\"schema_version\": 2, \"ops\": [") == 400);
        CHECK(PostStatus(url, kiosk_token, OnePush(*shop.kiosk, "help_requests", R"({"no_such_column":1})"))
            == 400);
        CHECK(PostStatus(url, kiosk_token, std::string(5 * 1024 * 1024, ' ')) == 413);
        CHECK(shop.HubServerSeq() == 0);

        // The lounge tablet's token is revoked: from then on it is refused.
        const std::string lounge_token = shop.Token(*shop.lounge);
        CHECK(
            testing::RunHubCommand("revoke --db '" + shop.hub.DatabasePath().string() + "' 'lounge 1'").exit_code
            == 0);
        CHECK(PostStatus(url, lounge_token,
                  OnePush(*shop.lounge, "help_requests",
                      R"({"device_id":"l","screen":"menu","language":"en","requested_at":1})"))
            == 401);
        const sync::SyncReport refused = sync::SyncOnce(*shop.lounge);
        CHECK(refused.error.status == 401);
        CHECK(shop.HubServerSeq() == 0);

        // The kiosk's real push still works.
        CHECK(PostStatus(url, kiosk_token, help_push) == 200);
        CHECK(shop.HubServerSeq() == 1);
    }

    TEST_CASE("Metrics: advisors see every device's sync state, other roles may not")
    {
        Dealership shop;
        usecases::RequestAdvisorHelp(*shop.kiosk, "menu", "zh-CN");
        REQUIRE(sync::SyncOnce(*shop.kiosk).Ok());
        auto advisor = Client(shop.hub.Url(), shop.Token(*shop.advisor));
        const auto metrics = advisor.Get("/v1/metrics");
        REQUIRE(metrics);
        REQUIRE(metrics->status == 200);
        const auto body = nlohmann::json::parse(metrics->body);
        CHECK(body["server_seq"] == 1);
        CHECK(body["devices"].size() == 3);
        auto kiosk = Client(shop.hub.Url(), shop.Token(*shop.kiosk));
        const auto refused = kiosk.Get("/v1/metrics");
        REQUIRE(refused);
        CHECK(refused->status == 403);
    }

    TEST_CASE("Hub maintenance: backup and integrity check while it serves")
    {
        Dealership shop;
        usecases::RequestAdvisorHelp(*shop.kiosk, "menu", "zh-CN");
        REQUIRE(sync::SyncOnce(*shop.kiosk).Ok());
        const auto backup = shop.folder.Folder() / "backup.db";
        const std::string db = "--db '" + shop.hub.DatabasePath().string() + "'";
        CHECK(testing::RunHubCommand("backup " + db + " '" + backup.string() + "'").exit_code == 0);
        CHECK(testing::RunHubCommand("check --db '" + backup.string() + "'").output == "ok\n");
        CHECK(testing::RunHubCommand("check " + db).exit_code == 0);
        store::Database copy = store::Database::Open(backup);
        CHECK(store::hub::LastServerSeq(copy) == 1);
        CHECK(testing::RunHubCommand("backup " + db + " '" + backup.string() + "'").exit_code == 1);
    }
}
#endif
