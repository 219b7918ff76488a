// HubService::LookUpCustomer (declared in hub_service.h): a kiosk holds only the customers of the day's
// bookings and check-ins, so a returning walk-in is recognised through the hub. The answer is the customer
// file cut to the kiosk's scope (rows with their column clocks, stored like a pulled page) plus the done
// services each car's reminders need, since the kiosk holds no repair orders.
#include <spdlog/spdlog.h>

#include "shared/domain/plate.h"
#include "shared/store/queries_customer_file.h"
#include "shared/sync/hub_service.h"

namespace checkin::sync {
namespace {

constexpr int kBadRequest = 400;
constexpr int kForbidden = 403;

// The row as stored on the hub, cut to the role's scope; nullopt when the role is not sent the table.
std::optional<store::RowState> ScopedRow(
    store::Store& store, DeviceRole role, std::string_view table_name, const std::string& id)
{
    const store::TableInfo* table = store.Schema().Find(table_name);
    const TableScope* scope = FindScope(role, table_name);
    if (table == nullptr || scope == nullptr)
        return std::nullopt;
    std::optional<store::RowState> row = store::ReadRowState(store.Db(), *table, id);
    if (row)
        CutToScope(*row, *scope);
    return row;
}

} // namespace

HubReply<LookupResponse> HubService::LookUpCustomer(const HubDevice& device, const LookupRequest& request)
{
    if (const auto error = CheckSchemaVersion(request.schema_version))
        return {std::nullopt, *error};
    if (device.role != DeviceRole::Kiosk && device.role != DeviceRole::Advisor)
        return HubReply<LookupResponse>::Failure(kForbidden, "role_forbidden",
            "Only kiosks and advisor stations look customers up; a " + std::string(RoleName(device.role))
                + " may not");
    const domain::PlateCheck plate = domain::CheckChinaPlate(request.plate);
    if (!plate.valid)
        return HubReply<LookupResponse>::Failure(kBadRequest, "bad_plate", "Not a Chinese licence plate");

    LookupResponse response;
    const std::optional<store::CustomerOnFile> customer
        = store::FindCustomerByPlate(m_store, plate.normalized);
    // Only the fact of a lookup is logged: the plate is personal data.
    spdlog::info(
        "lookup by {} ({}): {}", device.name, RoleName(device.role), customer ? "found" : "not on file");
    if (!customer)
        return HubReply<LookupResponse>::Success(std::move(response));
    if (auto row = ScopedRow(m_store, device.role, "customers", customer->id))
        response.rows.push_back(std::move(*row));
    for (const store::VehicleOnFile& vehicle : customer->vehicles) {
        if (auto row = ScopedRow(m_store, device.role, "vehicles", vehicle.id))
            response.rows.push_back(std::move(*row));
        response.history.push_back({vehicle.id, vehicle.history});
    }
    return HubReply<LookupResponse>::Success(std::move(response));
}

} // namespace checkin::sync
