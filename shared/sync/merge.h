#pragma once
// Conflict rules, the same on the hub and on every device, so all replicas converge whatever order
// changes arrive in: per column, the newest (hlc, device_id) clock wins; deleted_at, once set, stays set
// (deletes win); created_at keeps the earliest clock (the write that really created the row).
// Equal clocks change nothing, so applying the same change twice has one effect.
#include <optional>
#include <string>
#include <string_view>

#include "shared/store/sync_rows.h"

namespace checkin::sync {

bool IncomingWins(
    std::string_view column, const store::ColumnState* stored, const store::ColumnState& incoming);

// The incoming columns that win against the stored row (all of them when the row is new).
store::RowState WinningColumns(const std::optional<store::RowState>& stored, const store::RowState& incoming);

// The newest clock of any column; empty when the row has none.
std::string NewestHlc(const store::RowState& row);

} // namespace checkin::sync
