#pragma once
#include <cstdint>
#include <string_view>

#include "shared/store/store.h"

namespace checkin::store {

// Rows in a table of the schema, tombstoned ones included. An unknown table throws StoreError Other.
std::int64_t CountRows(Store& store, std::string_view table);

} // namespace checkin::store
