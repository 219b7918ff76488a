#include <doctest/doctest.h>

#include <string>

#include "shared/domain/clock.h"
#include "shared/store/migrations.h"
#include "shared/store/schema_catalog.h"
#include "shared/store/store.h"
#include "unit/store/store_test_support.h"

using namespace checkin::store;
using checkin::domain::ManualClock;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::ReadFileBytes;
using checkin::testing::TempFolder;

TEST_SUITE("unit/store")
{
    TEST_CASE("An empty file is migrated to the latest schema, once")
    {
        TempFolder temp;
        Database db = Database::Open(temp.DatabasePath());
        CHECK(SchemaVersionOf(db) == 0);
        Migrate(db);
        CHECK(SchemaVersionOf(db) == kSchemaVersion);
        Migrate(db); // nothing left to do, and no "table already exists"
        CHECK(SchemaVersionOf(db) == kSchemaVersion);

        const SchemaCatalog catalog = SchemaCatalog::Load(db);
        for (const char* table :
            {"customers", "vehicles", "consents", "service_items", "service_item_contents", "shop_capacity",
                "bookings", "booking_lines", "checkins", "signatures", "help_requests", "repair_orders",
                "repair_order_lines", "stage_events", "findings", "photos", "surveys", "survey_answers",
                "complaints", "followups", "staff", "devices", "audit_log", "settings"}) {
            CAPTURE(table);
            const TableInfo* info = catalog.Find(table);
            REQUIRE(info != nullptr);
            CHECK(info->synced);
        }
        CHECK(catalog.Find("settings")->primary_key == "key");
        CHECK(catalog.Find("customers")->primary_key == "id");
        for (const char* table : {"local_device", "outbox", "sync_state", "blobs"}) {
            CAPTURE(table);
            REQUIRE(catalog.Find(table) != nullptr);
            CHECK_FALSE(catalog.Find(table)->synced);
        }
    }

    TEST_CASE("A file made by a newer app is refused and left unchanged")
    {
        TempFolder temp;
        ManualClock clock(kStoreTestNowUtcMs);
        Store::Open(temp.DatabasePath(), clock, "kiosk");
        {
            Database db = Database::Open(temp.DatabasePath());
            db.Execute("PRAGMA user_version = " + std::to_string(kSchemaVersion + 1));
        }
        const std::string before = ReadFileBytes(temp.DatabasePath());
        REQUIRE_FALSE(before.empty());

        std::string message;
        try {
            Store::Open(temp.DatabasePath(), clock, "kiosk");
            FAIL("a newer file was opened");
        } catch (const StoreError& error) {
            CHECK(error.Code() == StoreErrorCode::SchemaTooNew);
            message = error.what();
        }
        CHECK(message.find("newer version of the app (schema " + std::to_string(kSchemaVersion + 1)
                  + ", this app knows " + std::to_string(kSchemaVersion) + ")")
            != std::string::npos);
        CHECK(message.find(temp.DatabasePath().string()) != std::string::npos);
        CHECK(ReadFileBytes(temp.DatabasePath()) == before);
    }
}
