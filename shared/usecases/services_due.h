#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "shared/domain/reminders.h"
#include "shared/store/queries_catalog.h"
#include "shared/store/queries_customer_file.h"

namespace checkin::usecases {

// domain::ServicesDue for a car on file and the catalog in the store: the services to suggest at the kiosk.
// current_mileage_km is the reading just confirmed, when there is one (else the last on file counts). A
// car is new-energy when its plate is (China's green plates); today is the shop-local 'YYYY-MM-DD'.
std::vector<domain::ServiceDue> ServicesDueFor(const std::vector<store::CatalogItem>& catalog,
    const store::VehicleOnFile& vehicle, std::optional<std::int64_t> current_mileage_km,
    std::string_view today);

} // namespace checkin::usecases
