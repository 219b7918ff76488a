#include "shared/store/queries_customer_file.h"

#include <string_view>

#include "shared/domain/civil_date.h"
#include "shared/store/queries_settings.h"

namespace checkin::store {
namespace {

constexpr std::string_view kSelectVehicles = R"sql(
SELECT v.id, v.plate, v.make, v.model, v.year, v.vin, v.last_mileage_km, v.purchase_date
FROM vehicles v JOIN customers c ON c.id = v.customer_id
WHERE v.customer_id = ?1 AND v.deleted_at IS NULL AND c.deleted_at IS NULL
)sql";

// SQLite takes the bare columns of a max() aggregate from the row that holds the maximum.
constexpr std::string_view kSelectHistory = R"sql(
SELECT s.code, max(coalesce(o.closed_at, o.opened_at)), o.mileage_km
FROM repair_order_lines l
JOIN repair_orders o ON o.id = l.repair_order_id
JOIN service_items s ON s.id = l.service_item_id
WHERE o.vehicle_id = ?1 AND l.status = 'done' AND l.deleted_at IS NULL AND o.deleted_at IS NULL
GROUP BY s.code
ORDER BY s.code
)sql";

VehicleOnFile ReadVehicle(const Statement& row)
{
    VehicleOnFile vehicle;
    vehicle.id = row.Text(0);
    vehicle.plate = row.Text(1);
    vehicle.make = row.Text(2);
    vehicle.model = row.Text(3);
    vehicle.year = row.OptionalInt64(4);
    vehicle.vin = row.OptionalText(5);
    vehicle.last_mileage_km = row.OptionalInt64(6);
    vehicle.purchase_date = row.OptionalText(7);
    return vehicle;
}

void LoadHistory(Store& store, VehicleOnFile& vehicle, std::int64_t utc_offset_minutes)
{
    Statement select(store.Db(), kSelectHistory);
    select.BindAll(vehicle.id);
    while (select.Step()) {
        const std::int64_t done_at = select.Int64(1);
        vehicle.history.push_back(
            {select.Text(0), domain::FormatIsoDate(domain::LocalDayNumber(done_at, utc_offset_minutes)),
                select.OptionalInt64(2)});
    }
}

std::int64_t ShopUtcOffset(Store& store)
{
    return GetIntSetting(store, kSettingUtcOffsetMinutes, kDefaultUtcOffsetMinutes);
}

} // namespace

std::optional<CustomerOnFile> FindCustomerByPlate(Store& store, const std::string& normalized_plate)
{
    Statement owner(store.Db(), R"sql(
SELECT c.id, c.surname, c.title, c.full_name, c.mobile, c.preferred_language
FROM vehicles v JOIN customers c ON c.id = v.customer_id
WHERE v.plate = ?1 AND v.deleted_at IS NULL AND c.deleted_at IS NULL
ORDER BY v.updated_at DESC
LIMIT 1
)sql");
    owner.BindAll(normalized_plate);
    if (!owner.Step())
        return std::nullopt;
    CustomerOnFile customer;
    customer.id = owner.Text(0);
    customer.surname = owner.Text(1);
    customer.title = owner.Text(2);
    customer.full_name = owner.OptionalText(3);
    customer.mobile = owner.OptionalText(4);
    customer.preferred_language = owner.Text(5);

    const std::int64_t offset = ShopUtcOffset(store);
    Statement vehicles(
        store.Db(), std::string(kSelectVehicles) + "ORDER BY v.plate IS NOT ?2, v.plate, v.created_at");
    vehicles.BindAll(customer.id, normalized_plate);
    while (vehicles.Step())
        customer.vehicles.push_back(ReadVehicle(vehicles));
    for (VehicleOnFile& vehicle : customer.vehicles)
        LoadHistory(store, vehicle, offset);
    return customer;
}

std::optional<VehicleOnFile> FindCustomerVehicle(
    Store& store, const std::string& customer_id, const std::string& vehicle_id)
{
    Statement select(store.Db(), std::string(kSelectVehicles) + "AND v.id = ?2");
    select.BindAll(customer_id, vehicle_id);
    if (!select.Step())
        return std::nullopt;
    VehicleOnFile vehicle = ReadVehicle(select);
    LoadHistory(store, vehicle, ShopUtcOffset(store));
    return vehicle;
}

bool IsPlateOnFile(Store& store, const std::string& normalized_plate)
{
    Statement select(store.Db(), R"sql(
SELECT 1 FROM vehicles v JOIN customers c ON c.id = v.customer_id
WHERE v.plate = ?1 AND v.deleted_at IS NULL AND c.deleted_at IS NULL
LIMIT 1
)sql");
    select.BindAll(normalized_plate);
    return select.Step();
}

} // namespace checkin::store
