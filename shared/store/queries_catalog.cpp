#include "shared/store/queries_catalog.h"

#include <map>

namespace checkin::store {

std::vector<CatalogItem> ListCatalog(Store& store)
{
    Statement items(store.Db(), R"sql(
SELECT id, code, name_en, name_zh, description_en, description_zh, labor_fen, parts_fen, labor_hours_tenths,
       duration_minutes, interval_months, interval_km, is_package, coalesce(part_code, ''),
       coalesce(part_name, '')
FROM service_items
WHERE active = 1 AND deleted_at IS NULL
ORDER BY sort_order, code
)sql");
    std::vector<CatalogItem> catalog;
    std::map<std::string, std::size_t> index_by_id;
    while (items.Step()) {
        CatalogItem& item = catalog.emplace_back();
        item.id = items.Text(0);
        item.code = items.Text(1);
        item.name_en = items.Text(2);
        item.name_zh = items.Text(3);
        item.description_en = items.Text(4);
        item.description_zh = items.Text(5);
        item.labor_fen = items.Int64(6);
        item.parts_fen = items.Int64(7);
        item.labor_hours_tenths = items.Int64(8);
        item.duration_minutes = items.Int64(9);
        item.interval_months = items.OptionalInt64(10);
        item.interval_km = items.OptionalInt64(11);
        item.is_package = items.Int64(12) != 0;
        item.part_code = items.Text(13);
        item.part_name = items.Text(14);
        index_by_id.emplace(item.id, catalog.size() - 1);
    }

    Statement contents(store.Db(), R"sql(
SELECT service_item_id, text_en, text_zh FROM service_item_contents
WHERE deleted_at IS NULL
ORDER BY service_item_id, sort_order
)sql");
    while (contents.Step()) {
        const auto found = index_by_id.find(contents.Text(0));
        if (found != index_by_id.end())
            catalog[found->second].contents.push_back({contents.Text(1), contents.Text(2)});
    }
    return catalog;
}

} // namespace checkin::store
