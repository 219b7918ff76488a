#pragma once
// Schema versions are counted in PRAGMA user_version. A file made by a newer app is refused untouched
// (Chromium's sql::MetaTable rule): an old kiosk must never damage data it does not understand.
#include "shared/store/database.h"

namespace checkin::store {

inline constexpr int kSchemaVersion = 4;

int SchemaVersionOf(Database& db);

// Brings the database to kSchemaVersion, one transaction per version. Throws StoreError SchemaTooNew
// (after changing nothing) when the file is newer than this code.
void Migrate(Database& db);

} // namespace checkin::store
