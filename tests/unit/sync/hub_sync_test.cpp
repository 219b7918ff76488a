// The protocol end to end in-process: devices write through WriteTransaction, push to the hub logic,
// pull its feed. No HTTP here (see tests/integration).
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "shared/store/hub_store.h"
#include "shared/store/sync_device.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/help_request.h"
#include "unit/sync/sync_test_support.h"

using namespace checkin;
using checkin::testing::ColumnOf;
using checkin::testing::StateOf;
using checkin::testing::SyncFixture;
using store::WriteTransaction;
using sync::DeviceRole;

namespace {

std::string NewCustomer(store::Store& store, const std::string& surname)
{
    WriteTransaction write(store);
    const std::string id = write.NewId();
    write.Upsert("customers", id, {{"surname", surname}, {"mobile", std::string("13800000000")}});
    write.Commit();
    return id;
}

void Update(
    store::Store& store, const std::string& table, const std::string& id, const store::Columns& columns)
{
    WriteTransaction write(store);
    write.Upsert(table, id, columns);
    write.Commit();
}

sync::PushRequest PendingPush(store::Store& store)
{
    sync::PushRequest request{store::kSchemaVersion, store.DeviceId(), store.OutboxSize(), {}};
    for (const store::OutboxOp& op : store::PendingOutboxOps(store.Db(), 100))
        request.ops.push_back(sync::ToPushOp(op));
    return request;
}

} // namespace

TEST_SUITE("unit/sync")
{
    TEST_CASE_FIXTURE(SyncFixture, "Concurrent writes merge per column: each column keeps its newest write")
    {
        domain::ManualClock clock_a{testing::kStoreTestNowUtcMs};
        domain::ManualClock clock_b{testing::kStoreTestNowUtcMs};
        auto a = OpenDevice("a", clock_a);
        auto b = OpenDevice("b", clock_b);
        const auto id_a = Enroll(*a, DeviceRole::Advisor);
        const auto id_b = Enroll(*b, DeviceRole::Advisor);
        const std::string customer = NewCustomer(*a, "Zhang");
        REQUIRE(Sync(*a, id_a).Ok());
        REQUIRE(Sync(*b, id_b).Ok());
        REQUIRE(ColumnOf(*b, "customers", customer, "surname") == store::Value(std::string("Zhang")));

        // Offline, both edit the same customer: A the mobile, B the surname and (later) the notes...
        clock_a.Advance(1000);
        clock_b.Advance(2000);
        Update(
            *a, "customers", customer, {{"mobile", std::string("13911112222")}, {"notes", std::string("A")}});
        Update(*b, "customers", customer, {{"surname", std::string("Li")}, {"notes", std::string("B")}});
        for (int round = 0; round < 2; ++round) {
            REQUIRE(Sync(*a, id_a).Ok());
            REQUIRE(Sync(*b, id_b).Ok());
        }
        for (store::Store* device : {a.get(), b.get()}) {
            CHECK(ColumnOf(*device, "customers", customer, "mobile")
                == store::Value(std::string("13911112222")));
            CHECK(ColumnOf(*device, "customers", customer, "surname") == store::Value(std::string("Li")));
            CHECK(ColumnOf(*device, "customers", customer, "notes") == store::Value(std::string("B")));
        }
        CHECK(StateOf(*a) == HubState());
        CHECK(StateOf(*b) == HubState());
    }

    TEST_CASE_FIXTURE(SyncFixture, "A delete wins over a later update made without knowing about it")
    {
        domain::ManualClock clock_a{testing::kStoreTestNowUtcMs};
        domain::ManualClock clock_b{testing::kStoreTestNowUtcMs};
        auto a = OpenDevice("a", clock_a);
        auto b = OpenDevice("b", clock_b);
        const auto id_a = Enroll(*a, DeviceRole::Advisor);
        const auto id_b = Enroll(*b, DeviceRole::Advisor);
        const std::string customer = NewCustomer(*a, "Zhang");
        REQUIRE(Sync(*a, id_a).Ok());
        REQUIRE(Sync(*b, id_b).Ok());

        {
            WriteTransaction write(*a);
            write.Tombstone("customers", customer);
            write.Commit();
        }
        clock_b.Advance(5000); // B's update is newer than A's delete
        Update(*b, "customers", customer, {{"notes", std::string("still here?")}});
        for (int round = 0; round < 2; ++round) {
            REQUIRE(Sync(*b, id_b).Ok());
            REQUIRE(Sync(*a, id_a).Ok());
        }
        for (store::Store* device : {a.get(), b.get()}) {
            const auto deleted_at = ColumnOf(*device, "customers", customer, "deleted_at");
            REQUIRE(deleted_at.has_value());
            CHECK(std::holds_alternative<std::int64_t>(*deleted_at));
            CHECK(ColumnOf(*device, "customers", customer, "notes")
                == store::Value(std::string("still here?")));
        }
        CHECK(StateOf(*a) == HubState());
        CHECK(StateOf(*b) == HubState());
    }

    TEST_CASE_FIXTURE(SyncFixture, "The same push five times has one effect and the same answer")
    {
        domain::ManualClock clock{testing::kStoreTestNowUtcMs};
        auto kiosk = OpenDevice("kiosk", clock);
        const auto identity = Enroll(*kiosk, DeviceRole::Kiosk);
        usecases::RequestAdvisorHelp(*kiosk, "menu", "zh-CN");
        usecases::RequestAdvisorHelp(*kiosk, "verify", "en");
        const sync::PushRequest request = PendingPush(*kiosk);
        REQUIRE(request.ops.size() == 2);

        const auto first = hub.Push(identity, request);
        REQUIRE(first.Ok());
        const std::string state = HubState();
        for (int replay = 0; replay < 4; ++replay) {
            const auto again = hub.Push(identity, request);
            REQUIRE(again.Ok());
            CHECK(sync::ToJson(*again.response)["results"] == sync::ToJson(*first.response)["results"]);
        }
        CHECK(HubState() == state);
        CHECK(store::hub::LastServerSeq(hub_store->Db()) == 2);
    }

    TEST_CASE_FIXTURE(SyncFixture, "A gap in the device sequence is refused; the device resends from the gap")
    {
        domain::ManualClock clock{testing::kStoreTestNowUtcMs};
        auto kiosk = OpenDevice("kiosk", clock);
        const auto identity = Enroll(*kiosk, DeviceRole::Kiosk);
        for (int i = 0; i < 3; ++i)
            usecases::RequestAdvisorHelp(*kiosk, "menu", "zh-CN");
        sync::PushRequest request = PendingPush(*kiosk);
        request.ops.erase(request.ops.begin()); // ops 2 and 3 only: op 1 "was lost"
        const auto refused = hub.Push(identity, request);
        REQUIRE(refused.Ok());
        REQUIRE(refused.response->refused.has_value());
        CHECK(refused.response->refused->reason == "sequence_gap");
        CHECK(refused.response->refused->expected_seq == 1);
        CHECK(refused.response->results.empty());
        CHECK(store::hub::LastServerSeq(hub_store->Db()) == 0);

        // The device believes 1..3 were pushed (say, a hub restored from an older backup): it resends.
        for (std::int64_t seq = 1; seq <= 3; ++seq)
            store::MarkOutboxOpPushed(kiosk->Db(), seq, clock.NowUtcMs());
        usecases::RequestAdvisorHelp(*kiosk, "menu", "zh-CN");
        const auto report = Sync(*kiosk, identity);
        CHECK(report.Ok());
        CHECK(report.pushed == 4);
        CHECK(kiosk->OutboxSize() == 0);
        CHECK(store::hub::LastServerSeq(hub_store->Db()) == 4);
    }

    TEST_CASE_FIXTURE(SyncFixture, "A clock more than 60 s ahead is refused and the ops stay in the outbox")
    {
        domain::ManualClock clock{testing::kStoreTestNowUtcMs + 120'000};
        auto kiosk = OpenDevice("kiosk", clock);
        const auto identity = Enroll(*kiosk, DeviceRole::Kiosk);
        usecases::RequestAdvisorHelp(*kiosk, "menu", "zh-CN");
        const auto report = Sync(*kiosk, identity);
        CHECK(report.Ok());
        REQUIRE(report.refused.has_value());
        CHECK(report.refused->reason == "clock_ahead");
        CHECK(kiosk->OutboxSize() == 1);
        CHECK(store::hub::ReadDeviceSyncState(hub_store->Db(), identity.id).clock_refusals == 1);

        hub_clock.Advance(61'000); // the hub's time catches up with the op
        const auto later = Sync(*kiosk, identity);
        CHECK_FALSE(later.refused.has_value());
        CHECK(later.pushed == 1);
        CHECK(kiosk->OutboxSize() == 0);
    }

    TEST_CASE_FIXTURE(SyncFixture, "A device with a schema too old is refused clearly and keeps its outbox")
    {
        domain::ManualClock clock{testing::kStoreTestNowUtcMs};
        auto kiosk = OpenDevice("kiosk", clock);
        const auto identity = Enroll(*kiosk, DeviceRole::Kiosk);
        usecases::RequestAdvisorHelp(*kiosk, "menu", "zh-CN");
        sync::PushRequest request = PendingPush(*kiosk);
        request.schema_version = 1;
        const auto refused = hub.Push(identity, request);
        REQUIRE_FALSE(refused.Ok());
        CHECK(refused.error.status == 426);
        CHECK(refused.error.code == "schema_too_old");
        CHECK(refused.error.message.find("update the app") != std::string::npos);
        CHECK(store::hub::LastServerSeq(hub_store->Db()) == 0);
        CHECK(kiosk->OutboxSize() == 1);
    }

    TEST_CASE_FIXTURE(
        SyncFixture, "Roles: a kiosk may not write repair orders, a lounge only finding decisions")
    {
        domain::ManualClock clock{testing::kStoreTestNowUtcMs};
        auto kiosk = OpenDevice("kiosk", clock);
        const auto identity = Enroll(*kiosk, DeviceRole::Kiosk);
        sync::PushRequest request{store::kSchemaVersion, kiosk->DeviceId(), 1,
            {{1, "op", "repair_orders", "ro1", "upsert", {{"stage", std::string("repair")}},
                kiosk->Hlc().Now().ToString(), clock.NowUtcMs()}}};
        const auto kiosk_reply = hub.Push(identity, request);
        CHECK(kiosk_reply.error.status == 403);

        auto lounge = OpenDevice("lounge", clock);
        const auto lounge_identity = Enroll(*lounge, DeviceRole::Lounge);
        request.device_id = lounge->DeviceId();
        request.ops[0].table = "findings";
        request.ops[0].columns = {{"title", std::string("free brake pads")}};
        CHECK(hub.Push(lounge_identity, request).error.status == 403);
        request.ops[0].columns = {{"decision", std::string("approved")}};
        CHECK(hub.Push(lounge_identity, request).Ok());

        request.device_id = kiosk->DeviceId();
        request.ops[0].table = "no_such_table";
        CHECK(hub.Push(identity, request).error.status == 400);
        CHECK(store::hub::LastServerSeq(hub_store->Db()) == 0);
    }

    TEST_CASE_FIXTURE(
        SyncFixture, "A business-rule rejection comes back with a reason and is kept on the device")
    {
        domain::ManualClock clock{testing::kStoreTestNowUtcMs};
        auto advisor = OpenDevice("advisor", clock);
        const auto identity = Enroll(*advisor, DeviceRole::Advisor);
        // A booking the hub has never seen: the update cannot create it (no customer, no vehicle...).
        sync::PushRequest request{store::kSchemaVersion, advisor->DeviceId(), 1,
            {{1, "op-1", "bookings", "b1", "upsert", {{"status", std::string("arrived")}},
                advisor->Hlc().Now().ToString(), clock.NowUtcMs()}}};
        const auto reply = hub.Push(identity, request);
        REQUIRE(reply.Ok());
        REQUIRE(reply.response->results.size() == 1);
        CHECK_FALSE(reply.response->results[0].server_seq.has_value());
        CHECK(reply.response->results[0].reason == "constraint");
        // Replayed, it is the same rejection, and it consumed its sequence number.
        CHECK(sync::ToJson(*hub.Push(identity, request).response)["results"]
            == sync::ToJson(*reply.response)["results"]);
        CHECK(store::hub::ReadDeviceSyncState(hub_store->Db(), identity.id).last_seq == 1);
    }

    TEST_CASE_FIXTURE(SyncFixture, "A device keeps the rejections the hub sends back, once each, for staff")
    {
        // A hub answering every push by rejecting the first op: a replayed answer must not add a copy.
        struct RejectingHub : sync::HubTransport {
            sync::HubReply<sync::PushResponse> Push(const sync::PushRequest& request) override
            {
                sync::PushResponse response;
                for (const sync::PushOp& op : request.ops)
                    response.results.push_back(op.seq == 1
                            ? sync::OpResult{op.seq, std::nullopt, "slot_full", "The 10:00 slot is full"}
                            : sync::OpResult{op.seq, op.seq + 100, {}, {}});
                return sync::HubReply<sync::PushResponse>::Success(response);
            }
            sync::HubReply<sync::PullResponse> Pull(const sync::PullRequest& request) override
            {
                return sync::HubReply<sync::PullResponse>::Success({{}, request.after, false});
            }
        } rejecting_hub;
        domain::ManualClock clock{testing::kStoreTestNowUtcMs};
        auto kiosk = OpenDevice("kiosk", clock);
        const std::string help = usecases::RequestAdvisorHelp(*kiosk, "menu", "zh-CN");
        usecases::RequestAdvisorHelp(*kiosk, "menu", "zh-CN");
        const auto report = sync::RunSyncRound(*kiosk, rejecting_hub);
        CHECK(report.Ok());
        CHECK(report.pushed == 2);
        REQUIRE(report.rejections.size() == 1);
        CHECK(report.rejections[0].reason == "slot_full");
        CHECK(report.rejections[0].row_id == help);
        CHECK(kiosk->OutboxSize() == 0);

        store::ResendOutboxFrom(kiosk->Db(), 1); // the same answer arrives again
        sync::RunSyncRound(*kiosk, rejecting_hub);
        const auto kept = store::UnseenSyncRejections(kiosk->Db());
        REQUIRE(kept.size() == 1);
        CHECK(kept[0].table_name == "help_requests");
        CHECK(kept[0].message == "The 10:00 slot is full");
        store::MarkSyncRejectionSeen(kiosk->Db(), kept[0].device_seq, clock.NowUtcMs());
        CHECK(store::UnseenSyncRejections(kiosk->Db()).empty());
    }

    TEST_CASE_FIXTURE(SyncFixture, "Re-applying a pulled page changes nothing")
    {
        domain::ManualClock clock{testing::kStoreTestNowUtcMs};
        auto a = OpenDevice("a", clock);
        auto b = OpenDevice("b", clock);
        const auto id_a = Enroll(*a, DeviceRole::Advisor);
        const auto id_b = Enroll(*b, DeviceRole::Advisor);
        NewCustomer(*a, "Zhang");
        usecases::RequestAdvisorHelp(*a, "menu", "zh-CN");
        REQUIRE(Sync(*a, id_a).Ok());
        const sync::PullResponse page = sync::ReadFeed(hub_store->Db(), hub_store->Schema(), id_b,
            {store::kSchemaVersion, 0, 100, 0}, hub_clock.NowUtcMs());
        CHECK(sync::ApplyPullPage(*b, page) == 2);
        const std::string state = StateOf(*b);
        CHECK(sync::ApplyPullPage(*b, page) == 0);
        CHECK(StateOf(*b) == state);
        CHECK(state == HubState());
        CHECK(sync::PullCursor(*b) == 2);
    }

    TEST_CASE_FIXTURE(
        SyncFixture, "A lounge tablet gets today's repair orders and a masked customer, not the file")
    {
        domain::ManualClock clock{testing::kStoreTestNowUtcMs};
        auto advisor = OpenDevice("advisor", clock);
        auto lounge = OpenDevice("lounge", clock);
        const auto id_advisor = Enroll(*advisor, DeviceRole::Advisor);
        const auto id_lounge = Enroll(*lounge, DeviceRole::Lounge);
        std::string customer;
        std::string today;
        std::string last_week;
        {
            WriteTransaction write(*advisor);
            customer = write.NewId();
            const std::string vehicle = write.NewId();
            write.Upsert("customers", customer,
                {{"surname", std::string("Zhang")}, {"title", std::string("mr")},
                    {"mobile", std::string("13800000000")}, {"notes", std::string("VIP")}});
            write.Upsert(
                "vehicles", vehicle, {{"customer_id", customer}, {"plate", std::string("京A12345")}});
            write.Upsert("consents", write.NewId(),
                {{"customer_id", customer}, {"kind", std::string("privacy")}, {"granted", std::int64_t{1}},
                    {"notice_version", std::string("v1")}, {"recorded_at", clock.NowUtcMs()}});
            for (auto* order : {&today, &last_week}) {
                *order = write.NewId();
                write.Upsert("repair_orders", *order,
                    {{"customer_id", customer}, {"vehicle_id", vehicle}, {"number", std::string("RO-1")},
                        {"stage", std::string("repair")},
                        {"opened_at",
                            order == &today ? clock.NowUtcMs() : clock.NowUtcMs() - 7 * 86'400'000LL},
                        {"vat_rate_bp", std::int64_t{1300}}});
            }
            write.Commit();
        }
        REQUIRE(Sync(*advisor, id_advisor).Ok());
        const auto report = Sync(*lounge, id_lounge);
        REQUIRE(report.Ok());
        CHECK(ColumnOf(*lounge, "repair_orders", today, "stage") == store::Value(std::string("repair")));
        CHECK_FALSE(ColumnOf(*lounge, "repair_orders", last_week, "stage").has_value());
        CHECK(ColumnOf(*lounge, "customers", customer, "surname") == store::Value(std::string("Zhang")));
        CHECK(ColumnOf(*lounge, "customers", customer, "mobile") == store::Value(std::string("138****0000")));
        CHECK(ColumnOf(*lounge, "customers", customer, "notes") == store::Value(nullptr));
        CHECK(report.pulled == 3); // the order, its customer and its vehicle: no consent
    }
}

TEST_SUITE("unit/sync")
{
    TEST_CASE_FIXTURE(
        SyncFixture, "A device whose cursor is past the hub's feed (hub restored) pulls again from 0")
    {
        domain::ManualClock clock{testing::kStoreTestNowUtcMs};
        auto a = OpenDevice("a", clock);
        auto b = OpenDevice("b", clock);
        const auto id_a = Enroll(*a, DeviceRole::Advisor);
        const auto id_b = Enroll(*b, DeviceRole::Advisor);
        usecases::RequestAdvisorHelp(*a, "menu", "zh-CN");
        REQUIRE(Sync(*a, id_a).Ok());
        sync::PullResponse from_the_future;
        from_the_future.next_cursor = 50; // what b had from the hub before it was restored
        sync::ApplyPullPage(*b, from_the_future);
        REQUIRE(sync::PullCursor(*b) == 50);

        const auto report = Sync(*b, id_b);
        CHECK(report.Ok());
        CHECK(report.pulled == 1);
        CHECK(sync::PullCursor(*b) == 1);
        CHECK(StateOf(*b) == HubState());
    }

    TEST_CASE_FIXTURE(SyncFixture, "Metrics show each device's pushed ops, reported outbox and pull lag")
    {
        domain::ManualClock clock{testing::kStoreTestNowUtcMs};
        auto kiosk = OpenDevice("kiosk", clock);
        auto lounge = OpenDevice("lounge", clock);
        const auto id_kiosk = Enroll(*kiosk, DeviceRole::Kiosk);
        Enroll(*lounge, DeviceRole::Lounge);
        usecases::RequestAdvisorHelp(*kiosk, "menu", "zh-CN");
        usecases::RequestAdvisorHelp(*kiosk, "menu", "zh-CN");
        REQUIRE(Sync(*kiosk, id_kiosk).Ok());
        hub.RecordPull(id_kiosk, 2);
        const sync::MetricsResponse metrics = sync::ReadMetrics(hub_store->Db());
        CHECK(metrics.server_seq == 2);
        REQUIRE(metrics.devices.size() == 2);
        for (const sync::DeviceMetrics& device : metrics.devices) {
            const bool is_kiosk = device.device_id == kiosk->DeviceId();
            CHECK(device.pushed_seq == (is_kiosk ? 2 : 0));
            CHECK(device.outbox_size == (is_kiosk ? 2 : 0)); // reported with the push, before it was taken
            CHECK(device.lag == (is_kiosk ? 0 : 2));
        }
    }
}
