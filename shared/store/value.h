#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace checkin::store {

// A column value as SQLite stores it (minus blobs, which live in files addressed by SHA-256).
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;
using Columns = std::vector<std::pair<std::string, Value>>;

} // namespace checkin::store
