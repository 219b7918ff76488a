#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/store/store.h"

namespace checkin::store {

// A line of a package's contents, e.g. one of the free checks of a basic maintenance.
struct CatalogContent {
    std::string text_en;
    std::string text_zh;
};

struct CatalogItem {
    std::string id;
    std::string code;
    std::string name_en;
    std::string name_zh;
    std::string description_en;
    std::string description_zh;
    std::int64_t labor_fen = 0;
    std::int64_t parts_fen = 0;
    std::int64_t labor_hours_tenths = 0;
    std::int64_t duration_minutes = 0;
    std::optional<std::int64_t> interval_months;
    std::optional<std::int64_t> interval_km;
    bool is_package = false;
    std::string part_code; // the part the service fits, copied to its order lines; "" when none
    std::string part_name;
    std::vector<CatalogContent> contents;
};

// Active, not deleted service items in display order, each with its contents in order.
std::vector<CatalogItem> ListCatalog(Store& store);

} // namespace checkin::store
