#pragma once
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/estimate.h"
#include "shared/store/store.h"

namespace checkin::usecases {

// The estimate of the chosen services as the service menu shows it and as CheckIn and BookVisit record
// it: a service that is a line of the booking keeps its booked price, any other takes today's catalog
// price; lines in the order chosen; VAT rate from the shop settings. Throws RuleViolation
// UnknownServiceItem (not active in the catalog nor on the booking) or DuplicateServiceItem.
domain::Estimate QuoteServices(store::Store& store, const std::vector<std::string>& service_item_ids,
    const std::optional<std::string>& booking_id = std::nullopt);

} // namespace checkin::usecases
