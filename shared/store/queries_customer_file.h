#pragma once
// The customer file (客户档案) as the kiosk needs it when a car rolls in: who the customer is, every car
// on file, and what was done to each car (for the reminders of shared/domain/reminders.h).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/reminders.h"
#include "shared/store/store.h"

namespace checkin::store {

struct VehicleOnFile {
    std::string id;
    std::string plate; // normalized; empty when not recorded
    std::string make;
    std::string model;
    std::optional<std::int64_t> year;
    std::optional<std::string> vin;
    std::optional<std::int64_t> last_mileage_km;
    std::optional<std::string> purchase_date; // 'YYYY-MM-DD'
    // One record per service item code: the shop-local date of the latest repair order in which a line of
    // that item was done (closed_at, else opened_at) and the order's mileage. Sorted by code.
    std::vector<domain::ServiceRecord> history;
};

struct CustomerOnFile {
    std::string id;
    std::string surname;
    std::string title; // 'mr' | 'ms' | ''
    std::optional<std::string> full_name;
    std::optional<std::string> mobile;
    std::string preferred_language; // 'zh' | 'en'
    // Every car of the customer: the one with the plate asked for first, then by plate.
    std::vector<VehicleOnFile> vehicles;
};

// The customer whose car has this plate, with all their cars. When several live cars carry the plate (a car
// sold and registered again), the most recently updated one decides. nullopt when no live car has it.
std::optional<CustomerOnFile> FindCustomerByPlate(Store& store, const std::string& normalized_plate);

// The car when it is a live car of this live customer; nullopt otherwise.
std::optional<VehicleOnFile> FindCustomerVehicle(
    Store& store, const std::string& customer_id, const std::string& vehicle_id);

// Whether a live car of a live customer has this plate.
bool IsPlateOnFile(Store& store, const std::string& normalized_plate);

} // namespace checkin::store
