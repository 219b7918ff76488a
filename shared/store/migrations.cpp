#include "shared/store/migrations.h"

#include <spdlog/spdlog.h>

#include <array>
#include <span>
#include <string>

#include "shared/store/schema_v1.h"
#include "shared/store/schema_v2.h"
#include "shared/store/schema_v3.h"
#include "shared/store/schema_v4.h"

namespace checkin::store {
namespace {

struct Migration {
    int version;
    std::span<const char* const> steps;
};

constexpr std::array kMigrations
    = {Migration{1, kSchemaV1}, Migration{2, kSchemaV2}, Migration{3, kSchemaV3}, Migration{4, kSchemaV4}};
static_assert(kMigrations.back().version == kSchemaVersion, "kSchemaVersion must name the last migration");

} // namespace

int SchemaVersionOf(Database& db)
{
    Statement statement(db, "PRAGMA user_version");
    statement.Step();
    return static_cast<int>(statement.Int64(0));
}

void Migrate(Database& db)
{
    const int found = SchemaVersionOf(db);
    if (found > kSchemaVersion)
        throw StoreError(StoreErrorCode::SchemaTooNew,
            "Database '" + db.FileName() + "' was made by a newer version of the app (schema "
                + std::to_string(found) + ", this app knows " + std::to_string(kSchemaVersion)
                + "); it was left unchanged");
    for (const Migration& migration : kMigrations) {
        if (found >= migration.version)
            continue;
        Transaction transaction(db);
        // Read again under the write lock: another process may have migrated meanwhile.
        if (SchemaVersionOf(db) >= migration.version)
            continue;
        for (const char* step : migration.steps)
            db.Execute(step);
        db.Execute("PRAGMA user_version = " + std::to_string(migration.version));
        transaction.Commit();
        spdlog::info("Database '{}' migrated to schema {}", db.FileName(), migration.version);
    }
}

} // namespace checkin::store
