#pragma once
#include <filesystem>

#include "shared/store/store.h"

namespace checkin::usecases {

// Fills a store that has no customers and no service items with the demo shop from demo_dir
// (catalog.json, shop.json, customers.json), in one transaction. Dates in the files are relative
// ("days_ago", "today_at"), so the demo is always current. Returns false (and reads nothing) when the store
// already holds data. Throws std::runtime_error naming the file when a demo file is missing or malformed.
bool SeedDemoDataIfEmpty(store::Store& store, const std::filesystem::path& demo_dir);

} // namespace checkin::usecases
