#pragma once
// Schema version 3: what moving blobs with the rows needs on top of version 2. Never edit a released
// version; add schema_v4.h.
//
// - blobs.on_hub_at: when the paired hub was seen to hold the complete file (uploaded from here, found
//   there already, or downloaded from it); NULL = not confirmed yet, so the sync worker offers it to the
//   hub. Pairing with another hub clears it. A column rather than a table: it describes the local file,
//   and blobs stays local-only (schema_catalog.h).
// - blobs_not_on_hub: the worker asks for these every round; the partial index keeps that cheap when none
//   are left.

namespace checkin::store {

inline constexpr const char* kSchemaV3[] = {
    R"sql(
ALTER TABLE blobs ADD COLUMN on_hub_at INTEGER;
CREATE INDEX blobs_not_on_hub ON blobs(sha256) WHERE complete = 1 AND on_hub_at IS NULL;
)sql",
};

} // namespace checkin::store
