// ReadFeed: the pull side of HubService (declared in hub_service.h), which applies each role's scope;
// CutToScope, which the customer lookup shares.
#include <algorithm>
#include <set>
#include <utility>

#include "shared/store/hub_store.h"
#include "shared/sync/hub_service.h"

namespace checkin::sync {
namespace {

constexpr int kMaxParentDepth = 4;

class FeedReader {
public:
    FeedReader(store::Database& db, const store::SchemaCatalog& catalog, DeviceRole role, std::int64_t now_ms)
        : m_db(db), m_catalog(catalog), m_role(role), m_window_start(now_ms - kScopeWindowMs)
    {
    }

    void AddEntry(const store::hub::FeedEntry& entry)
    {
        const store::TableInfo* table = m_catalog.Find(entry.table_name);
        const TableScope* scope = table != nullptr ? FindScope(m_role, table->name) : nullptr;
        if (scope == nullptr || scope->rows == TableScope::Rows::RelatedOnly)
            return;
        std::optional<store::RowState> row = store::ReadRowState(m_db, *table, entry.row_id);
        if (!row || !InScope(*row, *scope, 0))
            return;
        for (const RelatedRow& related : RelatedRows(m_role))
            if (related.from_table == table->name)
                AddRelated(*row, related);
        Add(std::move(*row), *scope);
    }

    std::vector<store::RowState> TakeRows() { return std::move(m_rows); }

private:
    bool InScope(const store::RowState& row, const TableScope& scope, int depth)
    {
        switch (scope.rows) {
        case TableScope::Rows::All:
            return true;
        case TableScope::Rows::RelatedOnly:
            return false;
        case TableScope::Rows::Recent: {
            const auto found = row.columns.find(scope.time_column);
            return found != row.columns.end() && std::holds_alternative<std::int64_t>(found->second.value)
                && std::get<std::int64_t>(found->second.value) >= m_window_start;
        }
        case TableScope::Rows::ChildOf: {
            const store::TableInfo* parent_table = m_catalog.Find(scope.parent_table);
            const TableScope* parent_scope = FindScope(m_role, scope.parent_table);
            const auto parent_id = row.columns.find(scope.parent_column);
            if (parent_table == nullptr || parent_scope == nullptr || depth >= kMaxParentDepth
                || parent_id == row.columns.end()
                || !std::holds_alternative<std::string>(parent_id->second.value))
                return false;
            const auto parent
                = store::ReadRowState(m_db, *parent_table, std::get<std::string>(parent_id->second.value));
            return parent && InScope(*parent, *parent_scope, depth + 1);
        }
        }
        return false;
    }

    void AddRelated(const store::RowState& row, const RelatedRow& related)
    {
        const auto id = row.columns.find(related.via_column);
        const store::TableInfo* table = m_catalog.Find(related.to_table);
        const TableScope* scope = FindScope(m_role, related.to_table);
        if (id == row.columns.end() || !std::holds_alternative<std::string>(id->second.value)
            || table == nullptr || scope == nullptr)
            return;
        if (auto related_row = store::ReadRowState(m_db, *table, std::get<std::string>(id->second.value)))
            Add(std::move(*related_row), *scope);
    }

    void Add(store::RowState row, const TableScope& scope)
    {
        if (!m_sent.insert({row.table, row.id}).second)
            return;
        CutToScope(row, scope);
        m_rows.push_back(std::move(row));
    }

    store::Database& m_db;
    const store::SchemaCatalog& m_catalog;
    DeviceRole m_role;
    std::int64_t m_window_start;
    std::set<std::pair<std::string, std::string>> m_sent;
    std::vector<store::RowState> m_rows;
};

} // namespace

void CutToScope(store::RowState& row, const TableScope& scope)
{
    std::erase_if(row.columns, [&](const auto& column) { return !ScopeSendsColumn(scope, column.first); });
    for (auto& [name, column] : row.columns) {
        const MaskedColumn* masked = FindMaskedColumn(scope, name);
        if (masked != nullptr && std::holds_alternative<std::string>(column.value))
            column.value = masked->mask(std::get<std::string>(column.value));
    }
}

PullResponse ReadFeed(store::Database& db, const store::SchemaCatalog& catalog, const HubDevice& device,
    const PullRequest& request, std::int64_t now_ms)
{
    const std::int64_t limit
        = request.limit <= 0 ? kDefaultPullLimit : std::min<std::int64_t>(request.limit, kMaxPullLimit);
    const store::hub::ReadSnapshot snapshot(db);
    if (request.after > store::hub::LastServerSeq(db)) {
        PullResponse reset;
        reset.reset = true;
        reset.more = true;
        return reset;
    }
    const std::vector<store::hub::FeedEntry> entries = store::hub::FeedAfter(db, request.after, limit);
    FeedReader reader(db, catalog, device.role, now_ms);
    for (const store::hub::FeedEntry& entry : entries)
        reader.AddEntry(entry);
    PullResponse response;
    response.rows = reader.TakeRows();
    response.next_cursor = entries.empty() ? request.after : entries.back().server_seq;
    response.more = static_cast<std::int64_t>(entries.size()) == limit;
    return response;
}

} // namespace checkin::sync
