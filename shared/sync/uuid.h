#pragma once
// Row keys of synced tables: UUIDv7 (RFC 9562) made on the device. Time-ordered, so inserts stay local in
// SQLite's B-tree, and unique without asking the hub.
#include <cstdint>
#include <string>

namespace checkin::sync {

// Lower-case canonical form "0190a6e2-7c1b-7xxx-8xxx-xxxxxxxxxxxx" for the given Unix time in ms.
std::string NewUuidV7(std::int64_t unix_ms);

// True for the canonical 36-character form of any version-7 UUID.
bool IsUuidV7(const std::string& text);

} // namespace checkin::sync
