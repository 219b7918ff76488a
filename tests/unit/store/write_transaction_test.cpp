#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "shared/domain/clock.h"
#include "shared/store/queries_counts.h"
#include "shared/store/store.h"
#include "shared/store/write_transaction.h"
#include "unit/store/store_test_support.h"

using namespace checkin::store;
using checkin::domain::ManualClock;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::StoreErrorCodeOf;
using checkin::testing::TempFolder;

namespace {

struct Op {
    std::int64_t device_seq;
    std::string device_id;
    std::string table_name;
    std::string row_id;
    std::string kind;
    nlohmann::json columns;
    std::string hlc;
};

std::vector<Op> AllOps(Store& store)
{
    Statement select(store.Db(),
        "SELECT device_seq, device_id, table_name, row_id, kind, columns_json, hlc "
        "FROM outbox ORDER BY device_seq");
    std::vector<Op> ops;
    while (select.Step())
        ops.push_back({select.Int64(0), select.Text(1), select.Text(2), select.Text(3), select.Text(4),
            nlohmann::json::parse(select.Text(5)), select.Text(6)});
    return ops;
}

struct Fixture {
    TempFolder temp;
    ManualClock clock{kStoreTestNowUtcMs};
    std::unique_ptr<Store> store = Store::Open(temp.DatabasePath(), clock, "kiosk");
};

} // namespace

TEST_SUITE("unit/store")
{
    TEST_CASE_FIXTURE(Fixture, "Writes and their outbox ops commit together, numbered and clocked in order")
    {
        WriteTransaction write(*store);
        const std::string customer = write.NewId();
        const std::string vehicle = write.NewId();
        write.Upsert("customers", customer, {{"surname", std::string("张")}, {"title", std::string("mr")}});
        write.Upsert("vehicles", vehicle,
            {{"customer_id", customer}, {"plate", std::string("京A12345")}, {"year", std::int64_t{2019}}});
        write.Upsert("settings", "vat_rate_bp", {{"value", std::string("1300")}});
        write.Commit();

        const std::vector<Op> ops = AllOps(*store);
        REQUIRE(ops.size() == 3);
        for (size_t i = 0; i < ops.size(); ++i) {
            CHECK(ops[i].device_seq == static_cast<std::int64_t>(i) + 1);
            CHECK(ops[i].device_id == store->DeviceId());
            CHECK(ops[i].kind == "upsert");
            if (i > 0)
                CHECK(ops[i].hlc > ops[i - 1].hlc);
        }
        CHECK(ops[0].table_name == "customers");
        CHECK(ops[0].row_id == customer);
        CHECK(ops[0].columns == nlohmann::json{{"surname", "张"}, {"title", "mr"}});
        CHECK(ops[1].columns
            == nlohmann::json{{"customer_id", customer}, {"plate", "京A12345"}, {"year", 2019}});
        CHECK(ops[2].table_name == "settings");
        CHECK(ops[2].row_id == "vat_rate_bp");

        Statement row(
            store->Db(), "SELECT created_at, updated_at, deleted_at, hlc FROM vehicles WHERE id = ?");
        row.BindAll(vehicle);
        REQUIRE(row.Step());
        CHECK(row.Int64(0) == kStoreTestNowUtcMs);
        CHECK(row.Int64(1) == kStoreTestNowUtcMs);
        CHECK(row.IsNull(2));
        CHECK(row.Text(3) == ops[1].hlc);
        CHECK(store->OutboxSize() == 3);
    }

    TEST_CASE_FIXTURE(Fixture, "An upsert of an existing row changes only the given columns")
    {
        std::string id;
        {
            WriteTransaction write(*store);
            id = write.NewId();
            write.Upsert(
                "customers", id, {{"surname", std::string("李")}, {"mobile", std::string("13912345678")}});
            write.Commit();
        }
        clock.Advance(60'000);
        {
            WriteTransaction write(*store);
            write.Upsert("customers", id, {{"mobile", std::string("13800001111")}, {"notes", nullptr}});
            write.Commit();
        }
        Statement row(
            store->Db(), "SELECT surname, mobile, created_at, updated_at FROM customers WHERE id = ?");
        row.BindAll(id);
        REQUIRE(row.Step());
        CHECK(row.Text(0) == "李");
        CHECK(row.Text(1) == "13800001111");
        CHECK(row.Int64(2) == kStoreTestNowUtcMs);
        CHECK(row.Int64(3) == kStoreTestNowUtcMs + 60'000);
        CHECK(AllOps(*store).back().columns == nlohmann::json{{"mobile", "13800001111"}, {"notes", nullptr}});
    }

    TEST_CASE_FIXTURE(Fixture, "An upsert of some columns updates a row whose other columns are required")
    {
        std::string booking;
        {
            WriteTransaction write(*store);
            const std::string customer = write.NewId();
            const std::string vehicle = write.NewId();
            booking = write.NewId();
            write.Upsert("customers", customer, {});
            write.Upsert("vehicles", vehicle, {{"customer_id", customer}});
            write.Upsert("bookings", booking,
                {{"customer_id", customer}, {"vehicle_id", vehicle}, {"booking_code", std::string("K7M2QX")},
                    {"slot_start", kStoreTestNowUtcMs}, {"source", std::string("phone")}});
            write.Commit();
        }
        WriteTransaction write(*store);
        write.Upsert("bookings", booking, {{"status", std::string("arrived")}});
        write.Commit();
        Statement row(store->Db(), "SELECT status, booking_code FROM bookings WHERE id = ?");
        row.BindAll(booking);
        REQUIRE(row.Step());
        CHECK(row.Text(0) == "arrived");
        CHECK(row.Text(1) == "K7M2QX");
        CHECK(AllOps(*store).back().columns == nlohmann::json{{"status", "arrived"}});
    }

    TEST_CASE_FIXTURE(Fixture, "A use case that throws before Commit leaves no rows and no ops")
    {
        CHECK_THROWS_AS(
            [&] {
                WriteTransaction write(*store);
                const std::string customer = write.NewId();
                write.Upsert("customers", customer, {{"surname", std::string("赵")}});
                write.Upsert("vehicles", write.NewId(), {{"customer_id", customer}});
                throw std::runtime_error("the printer caught fire");
            }(),
            std::runtime_error);
        CHECK(CountRows(*store, "customers") == 0);
        CHECK(CountRows(*store, "vehicles") == 0);
        CHECK(store->OutboxSize() == 0);

        // The rolled-back ops did not use up sequence numbers.
        WriteTransaction write(*store);
        write.Upsert("customers", write.NewId(), {{"surname", std::string("钱")}});
        write.Commit();
        REQUIRE(AllOps(*store).size() == 1);
        CHECK(AllOps(*store).front().device_seq == 1);
    }

    TEST_CASE_FIXTURE(Fixture, "Unknown, local-only and reserved names are rejected")
    {
        WriteTransaction write(*store);
        const std::string id = write.NewId();
        const Columns surname = {{"surname", std::string("孙")}};
        CHECK(StoreErrorCodeOf([&] { write.Upsert("customer", id, surname); }) == StoreErrorCode::Other);
        CHECK(StoreErrorCodeOf([&] { write.Upsert("customers; DROP TABLE customers", id, surname); })
            == StoreErrorCode::Other);
        CHECK(StoreErrorCodeOf([&] { write.Upsert("outbox", id, surname); }) == StoreErrorCode::Other);
        CHECK(StoreErrorCodeOf([&] { write.Upsert("local_device", id, surname); }) == StoreErrorCode::Other);
        CHECK(StoreErrorCodeOf([&] { write.Tombstone("blobs", id); }) == StoreErrorCode::Other);
        CHECK(StoreErrorCodeOf([&] {
            write.Upsert("customers", id, {{"nickname", std::string("x")}});
        }) == StoreErrorCode::Other);
        CHECK(StoreErrorCodeOf([&] {
            write.Upsert("customers", id, {{"surname\" = 'x', \"title", nullptr}});
        }) == StoreErrorCode::Other);
        for (const char* reserved : {"id", "created_at", "updated_at", "deleted_at", "hlc"}) {
            CAPTURE(reserved);
            CHECK(StoreErrorCodeOf([&] {
                write.Upsert("customers", id, {{reserved, std::int64_t{1}}});
            }) == StoreErrorCode::Other);
        }
        CHECK(StoreErrorCodeOf([&] {
            write.Upsert("customers", id, {surname[0], surname[0]});
        }) == StoreErrorCode::Other);
        CHECK(StoreErrorCodeOf([&] { write.Upsert("customers", "", surname); }) == StoreErrorCode::Other);
        write.Commit();
        CHECK(store->OutboxSize() == 0);
        CHECK(StoreErrorCodeOf([&] { write.Upsert("customers", id, surname); }) == StoreErrorCode::Other);
    }

    TEST_CASE_FIXTURE(Fixture, "Schema rules surface as Constraint errors")
    {
        WriteTransaction write(*store);
        CHECK(StoreErrorCodeOf([&] {
            write.Upsert("vehicles", write.NewId(), {{"customer_id", std::string("no-such-customer")}});
        }) == StoreErrorCode::Constraint);
        CHECK(StoreErrorCodeOf([&] {
            write.Upsert("staff", write.NewId(), {{"name", std::string("Ma")}});
        }) == StoreErrorCode::Constraint); // role is required
        CHECK(StoreErrorCodeOf([&] {
            write.Upsert(
                "staff", write.NewId(), {{"name", std::string("Ma")}, {"role", std::string("janitor")}});
        }) == StoreErrorCode::Constraint);
    }

    TEST_CASE_FIXTURE(Fixture, "Tombstone marks the row deleted and records a delete op")
    {
        WriteTransaction write(*store);
        const std::string id = write.NewId();
        write.Upsert("customers", id, {{"surname", std::string("周")}});
        clock.Advance(1000);
        write.Tombstone("customers", id);
        CHECK(StoreErrorCodeOf([&] { write.Tombstone("customers", "missing"); }) == StoreErrorCode::Other);
        write.Commit();

        const std::vector<Op> ops = AllOps(*store);
        REQUIRE(ops.size() == 2);
        CHECK(ops[1].kind == "delete");
        CHECK(ops[1].row_id == id);
        CHECK(ops[1].columns == nlohmann::json{{"deleted_at", kStoreTestNowUtcMs + 1000}});
        Statement row(store->Db(), "SELECT deleted_at, hlc FROM customers WHERE id = ?");
        row.BindAll(id);
        REQUIRE(row.Step());
        CHECK(row.Int64(0) == kStoreTestNowUtcMs + 1000);
        CHECK(row.Text(1) == ops[1].hlc);
    }

    TEST_CASE_FIXTURE(Fixture, "Quotes and Unicode round-trip through Upsert and the op JSON")
    {
        const std::string notes = "他说：\"刹车有异响\"; it's O'Brien's car'); DROP TABLE customers; -- 🚗";
        WriteTransaction write(*store);
        const std::string id = write.NewId();
        write.Upsert("customers", id, {{"surname", std::string("欧阳")}, {"notes", notes}});
        CHECK(StoreErrorCodeOf([&] {
            write.Upsert("customers", id, {{"notes", std::string("\xff\xfe")}});
        }) == StoreErrorCode::Other);
        write.Commit();

        Statement row(store->Db(), "SELECT surname, notes FROM customers WHERE id = ?");
        row.BindAll(id);
        REQUIRE(row.Step());
        CHECK(row.Text(0) == "欧阳");
        CHECK(row.Text(1) == notes);
        CHECK(AllOps(*store).front().columns.at("notes") == notes);
    }
}
