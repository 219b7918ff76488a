// The kiosk's customer lookup through the hub (HubService::LookUpCustomer), in-process: a customer whose
// last visit is months old is not in the kiosk's feed, yet the kiosk recognises the car, keeps only the
// columns of its scope, and gets the done services the reminders need.
#include <doctest/doctest.h>

#include "shared/store/queries_counts.h"
#include "shared/store/queries_customer_file.h"
#include "shared/store/write_transaction.h"
#include "unit/sync/sync_test_support.h"

using namespace checkin;
using checkin::testing::ColumnOf;
using checkin::testing::SyncFixture;
using store::Value;
using sync::DeviceRole;

namespace {

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

// Mr. Wang's Camry had its oil changed 200 days ago on the advisor station; both are on the hub.
struct ReturningCustomer : SyncFixture {
    domain::ManualClock clock{testing::kStoreTestNowUtcMs};
    std::unique_ptr<store::Store> advisor = OpenDevice("advisor", clock);
    sync::HubDevice advisor_identity = Enroll(*advisor, DeviceRole::Advisor);
    std::string customer;
    std::string vehicle;

    ReturningCustomer()
    {
        const std::int64_t visit = clock.NowUtcMs() - 200 * kDayMs;
        store::WriteTransaction write(*advisor);
        customer = write.NewId();
        vehicle = write.NewId();
        const std::string oil = write.NewId();
        const std::string order = write.NewId();
        write.Upsert("customers", customer,
            {{"surname", std::string("王")}, {"title", std::string("mr")},
                {"full_name", std::string("王建国")}, {"mobile", std::string("13812345678")},
                {"notes", std::string("prefers calls after 6 pm")}});
        write.Upsert("vehicles", vehicle,
            {{"customer_id", customer}, {"plate", std::string("京A12345")}, {"make", std::string("Toyota")},
                {"model", std::string("Camry")}, {"last_mileage_km", std::int64_t{41000}}});
        write.Upsert("service_items", oil,
            {{"code", std::string("oil_change")}, {"name_en", std::string("Oil change")},
                {"name_zh", std::string("更换机油")}, {"interval_months", std::int64_t{6}},
                {"interval_km", std::int64_t{5000}}});
        write.Upsert("repair_orders", order,
            {{"customer_id", customer}, {"vehicle_id", vehicle}, {"number", std::string("RO-0001")},
                {"stage", std::string("delivered")}, {"opened_at", visit}, {"closed_at", visit + 3'600'000},
                {"mileage_km", std::int64_t{41000}}, {"vat_rate_bp", std::int64_t{1300}}});
        write.Upsert("repair_order_lines", write.NewId(),
            {{"repair_order_id", order}, {"service_item_id", oil}, {"description", std::string("Oil change")},
                {"status", std::string("done")}, {"source", std::string("advisor")}});
        write.Commit();
        REQUIRE(Sync(*advisor, advisor_identity).Ok());
    }
};

} // namespace

TEST_SUITE("unit/sync")
{
    TEST_CASE_FIXTURE(ReturningCustomer, "A kiosk recognises a car through the hub, with its scope only")
    {
        auto kiosk = OpenDevice("kiosk", clock);
        const auto kiosk_identity = Enroll(*kiosk, DeviceRole::Kiosk);
        REQUIRE(Sync(*kiosk, kiosk_identity).Ok());
        CHECK(
            store::CountRows(*kiosk, "customers") == 0); // no booking or check-in of the day: not in the feed
        CHECK_FALSE(store::FindCustomerByPlate(*kiosk, "京A12345").has_value());

        const auto reply = hub.LookUpCustomer(kiosk_identity, {store::kSchemaVersion, "京a12345"});
        REQUIRE(reply.Ok());
        REQUIRE(reply.response->Found());
        CHECK(reply.response->rows.size() == 2);
        REQUIRE(reply.response->history.size() == 1);
        CHECK(reply.response->history[0].vehicle_id == vehicle);
        REQUIRE(reply.response->history[0].records.size() == 1);
        CHECK(reply.response->history[0].records[0].code == "oil_change");
        CHECK(reply.response->history[0].records[0].mileage_km == 41000);

        CHECK(sync::ApplyHubRows(*kiosk, reply.response->rows) == 2);
        CHECK(sync::ApplyHubRows(*kiosk, reply.response->rows) == 0); // the same answer again changes nothing
        const auto found = store::FindCustomerByPlate(*kiosk, "京A12345");
        REQUIRE(found.has_value());
        CHECK(found->id == customer);
        CHECK(found->surname == "王");
        CHECK(found->mobile == "13812345678");
        REQUIRE(found->vehicles.size() == 1);
        CHECK(found->vehicles[0].last_mileage_km == 41000);
        // The kiosk's scope: never the full name or the notes; nothing goes back into its outbox.
        CHECK(ColumnOf(*kiosk, "customers", customer, "full_name") == Value(nullptr));
        CHECK(ColumnOf(*kiosk, "customers", customer, "notes") == Value(nullptr));
        CHECK(kiosk->OutboxSize() == 0);
    }

    TEST_CASE_FIXTURE(
        ReturningCustomer, "A lookup is refused to lounge tablets and boards, and needs a plate")
    {
        auto lounge = OpenDevice("lounge", clock);
        const auto lounge_reply
            = hub.LookUpCustomer(Enroll(*lounge, DeviceRole::Lounge), {store::kSchemaVersion, "京A12345"});
        CHECK(lounge_reply.error.status == 403);
        auto board = OpenDevice("board", clock);
        CHECK(hub.LookUpCustomer(Enroll(*board, DeviceRole::Board), {store::kSchemaVersion, "京A12345"})
                  .error.status
            == 403);

        auto kiosk = OpenDevice("kiosk", clock);
        const auto kiosk_identity = Enroll(*kiosk, DeviceRole::Kiosk);
        const auto bad = hub.LookUpCustomer(kiosk_identity, {store::kSchemaVersion, "' OR 1=1 --"});
        CHECK(bad.error.status == 400);
        CHECK(bad.error.code == "bad_plate");
        const auto old = hub.LookUpCustomer(kiosk_identity, {1, "京A12345"});
        CHECK(old.error.status == 426);
        const auto unknown = hub.LookUpCustomer(kiosk_identity, {store::kSchemaVersion, "沪B67890"});
        REQUIRE(unknown.Ok());
        CHECK_FALSE(unknown.response->Found());
        CHECK(unknown.response->history.empty());
    }

    TEST_CASE_FIXTURE(ReturningCustomer, "A lookup answer and a later pull of the same rows merge per column")
    {
        auto kiosk = OpenDevice("kiosk", clock);
        const auto kiosk_identity = Enroll(*kiosk, DeviceRole::Kiosk);
        const auto before = hub.LookUpCustomer(kiosk_identity, {store::kSchemaVersion, "京A12345"});
        REQUIRE(before.Ok());

        // The customer changes number at the advisor's desk; the kiosk asks again and keeps the newer one,
        // and the older answer arriving late changes nothing back.
        clock.Advance(60'000);
        {
            store::WriteTransaction write(*advisor);
            write.Upsert("customers", customer, {{"mobile", std::string("13998765432")}});
            write.Commit();
        }
        REQUIRE(Sync(*advisor, advisor_identity).Ok());
        const auto after = hub.LookUpCustomer(kiosk_identity, {store::kSchemaVersion, "京A12345"});
        REQUIRE(after.Ok());
        sync::ApplyHubRows(*kiosk, after.response->rows);
        CHECK(sync::ApplyHubRows(*kiosk, before.response->rows) == 0);
        CHECK(ColumnOf(*kiosk, "customers", customer, "mobile") == Value(std::string("13998765432")));
    }
}
