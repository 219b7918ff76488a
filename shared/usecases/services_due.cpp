#include "shared/usecases/services_due.h"

#include "shared/domain/plate.h"

namespace checkin::usecases {

std::vector<domain::ServiceDue> ServicesDueFor(const std::vector<store::CatalogItem>& catalog,
    const store::VehicleOnFile& vehicle, std::optional<std::int64_t> current_mileage_km,
    std::string_view today)
{
    std::vector<domain::ServiceInterval> items;
    for (const store::CatalogItem& item : catalog)
        items.push_back({item.code, item.interval_months, item.interval_km, item.is_package});
    const domain::PlateKind kind = domain::CheckChinaPlate(vehicle.plate).kind;
    const domain::VehicleServiceState state{vehicle.purchase_date,
        current_mileage_km ? current_mileage_km : vehicle.last_mileage_km,
        kind == domain::PlateKind::NewEnergySmall || kind == domain::PlateKind::NewEnergyLarge,
        vehicle.history};
    return domain::ServicesDue(items, state, today);
}

} // namespace checkin::usecases
