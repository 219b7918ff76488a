#pragma once
// The make and model pick list of the registration screens (assets/demo/vehicle_models.json). A car's
// make and model are stored by their English names (vehicles.make/model, as the demo customers have
// them); a screen shows name_zh in Chinese.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace checkin::usecases {

struct VehicleModelName {
    std::string name_en;
    std::string name_zh;
};

struct VehicleMake {
    std::string name_en;
    std::string name_zh;
    std::vector<VehicleModelName> models;
};

// The makes in the file's order. Throws std::runtime_error naming the file when it cannot be read, is not
// valid JSON, or a make or model lacks a name.
std::vector<VehicleMake> LoadVehicleModels(const std::filesystem::path& file);

// The make with this English name, or nullptr.
const VehicleMake* FindVehicleMake(const std::vector<VehicleMake>& makes, std::string_view name_en);

} // namespace checkin::usecases
