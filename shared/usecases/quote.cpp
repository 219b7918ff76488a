#include "shared/usecases/quote.h"

#include <algorithm>
#include <set>

#include "shared/store/queries_bookings.h"
#include "shared/store/queries_catalog.h"
#include "shared/store/queries_settings.h"
#include "shared/usecases/rule_violation.h"

namespace checkin::usecases {

domain::Estimate QuoteServices(store::Store& store, const std::vector<std::string>& service_item_ids,
    const std::optional<std::string>& booking_id)
{
    const std::vector<store::BookingLineView> booked
        = booking_id ? store::BookingLines(store, *booking_id) : std::vector<store::BookingLineView>{};
    const std::vector<store::CatalogItem> catalog = store::ListCatalog(store);

    std::set<std::string> seen;
    std::vector<domain::EstimateLine> lines;
    for (const std::string& id : service_item_ids) {
        if (!seen.insert(id).second)
            throw RuleViolation(RuleViolationCode::DuplicateServiceItem);
        const auto on_booking = std::find_if(booked.begin(), booked.end(),
            [&](const store::BookingLineView& line) { return line.service_item_id == id; });
        if (on_booking != booked.end()) {
            lines.push_back({id, on_booking->code, on_booking->name_en, on_booking->name_zh,
                domain::Money{on_booking->labor_fen}, domain::Money{on_booking->parts_fen}});
            continue;
        }
        const auto in_catalog = std::find_if(
            catalog.begin(), catalog.end(), [&](const store::CatalogItem& item) { return item.id == id; });
        if (in_catalog == catalog.end())
            throw RuleViolation(RuleViolationCode::UnknownServiceItem);
        lines.push_back({id, in_catalog->code, in_catalog->name_en, in_catalog->name_zh,
            domain::Money{in_catalog->labor_fen}, domain::Money{in_catalog->parts_fen}});
    }
    const auto vat = store::GetIntSetting(store, store::kSettingVatRateBp, store::kDefaultVatRateBp);
    return domain::BuildEstimate(std::move(lines), static_cast<int>(vat));
}

} // namespace checkin::usecases
