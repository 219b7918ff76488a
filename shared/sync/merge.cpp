#include "shared/sync/merge.h"

#include <algorithm>

namespace checkin::sync {

bool IncomingWins(
    std::string_view column, const store::ColumnState* stored, const store::ColumnState& incoming)
{
    if (stored == nullptr)
        return true;
    if (!incoming.clock)
        return false;
    if (column == "deleted_at") {
        const bool stored_deleted = !std::holds_alternative<std::nullptr_t>(stored->value);
        const bool incoming_deleted = !std::holds_alternative<std::nullptr_t>(incoming.value);
        if (stored_deleted != incoming_deleted)
            return incoming_deleted;
    }
    if (!stored->clock)
        return true;
    if (column == "created_at")
        return *incoming.clock < *stored->clock;
    return *incoming.clock > *stored->clock;
}

store::RowState WinningColumns(const std::optional<store::RowState>& stored, const store::RowState& incoming)
{
    store::RowState winners{incoming.table, incoming.id, {}};
    for (const auto& [name, state] : incoming.columns) {
        const store::ColumnState* current = nullptr;
        if (stored) {
            const auto found = stored->columns.find(name);
            if (found == stored->columns.end())
                continue; // a column this replica does not have
            current = &found->second;
        }
        if (IncomingWins(name, current, state))
            winners.columns.emplace(name, state);
    }
    return winners;
}

std::string NewestHlc(const store::RowState& row)
{
    std::string newest;
    for (const auto& [name, state] : row.columns)
        if (state.clock)
            newest = std::max(newest, state.clock->hlc);
    return newest;
}

} // namespace checkin::sync
