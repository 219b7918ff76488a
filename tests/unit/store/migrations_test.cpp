#include <doctest/doctest.h>

#include <string>

#include "shared/domain/clock.h"
#include "shared/store/blob_store.h"
#include "shared/store/migrations.h"
#include "shared/store/queries_blobs.h"
#include "shared/store/schema_catalog.h"
#include "shared/store/schema_v1.h"
#include "shared/store/schema_v2.h"
#include "shared/store/store.h"
#include "unit/store/store_test_support.h"

using namespace checkin::store;
using checkin::domain::ManualClock;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::ReadFileBytes;
using checkin::testing::TempFolder;

TEST_SUITE("unit/store")
{
    TEST_CASE("The latest schema is 4")
    {
        CHECK(kSchemaVersion == 4);
    }

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
        CHECK(catalog.Find("blobs")->FindColumn("on_hub_at") != nullptr); // schema 3
        CHECK(catalog.Find("repair_orders")->FindColumn("settlement_number") != nullptr); // schema 4
        CHECK(catalog.Find("complaints")->FindColumn("manager_note") != nullptr);
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

    TEST_CASE("Schema 3: blobs kept by a schema 2 store stay, and are offered to the hub once")
    {
        TempFolder temp;
        const std::string hash(64, 'a');
        {
            Database db = Database::Open(temp.DatabasePath());
            for (const char* step : kSchemaV1)
                db.Execute(step);
            for (const char* step : kSchemaV2)
                db.Execute(step);
            db.Execute("PRAGMA user_version = 2");
            Statement insert(db,
                "INSERT INTO blobs (sha256, size, mime, path, complete) VALUES (?1, 10, "
                "'image/png', ?2, 1)");
            insert.BindAll(hash, BlobRelativePath(hash, "png"));
            insert.Run();
        }
        ManualClock clock(kStoreTestNowUtcMs);
        auto store = Store::Open(temp.DatabasePath(), clock, "kiosk");
        CHECK(SchemaVersionOf(store->Db()) == kSchemaVersion);
        CHECK(HasBlob(*store, hash));
        const std::vector<LocalBlob> pending = LocalBlobsNotOnHub(*store);
        REQUIRE(pending.size() == 1);
        CHECK(pending[0].sha256 == hash);
        CHECK(pending[0].size == 10);
        MarkBlobOnHub(*store, hash);
        CHECK(LocalBlobsNotOnHub(*store).empty());
        Statement on_hub(store->Db(), "SELECT on_hub_at FROM blobs WHERE sha256 = ?1");
        on_hub.BindAll(hash);
        REQUIRE(on_hub.Step());
        CHECK(on_hub.Int64(0) == kStoreTestNowUtcMs);
    }
}
