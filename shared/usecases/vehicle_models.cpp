#include "shared/usecases/vehicle_models.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace checkin::usecases {
namespace {

std::string PathText(const std::filesystem::path& path)
{
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

std::string Name(const nlohmann::json& object, const char* key)
{
    std::string name = object.at(key).get<std::string>();
    if (name.empty())
        throw std::invalid_argument(std::string("empty ") + key);
    return name;
}

} // namespace

std::vector<VehicleMake> LoadVehicleModels(const std::filesystem::path& file)
{
    std::ifstream stream(file, std::ios::binary);
    if (!stream)
        throw std::runtime_error("Cannot read the vehicle models file '" + PathText(file) + "'");
    std::vector<VehicleMake> makes;
    try {
        const nlohmann::json document = nlohmann::json::parse(stream);
        for (const nlohmann::json& make : document.at("makes")) {
            VehicleMake& entry = makes.emplace_back();
            entry.name_en = Name(make, "name_en");
            entry.name_zh = Name(make, "name_zh");
            for (const nlohmann::json& model : make.at("models"))
                entry.models.push_back({Name(model, "name_en"), Name(model, "name_zh")});
        }
    } catch (const std::exception& error) {
        throw std::runtime_error(
            "The vehicle models file '" + PathText(file) + "' is not as expected: " + error.what());
    }
    return makes;
}

const VehicleMake* FindVehicleMake(const std::vector<VehicleMake>& makes, std::string_view name_en)
{
    const auto found = std::find_if(
        makes.begin(), makes.end(), [&](const VehicleMake& make) { return make.name_en == name_en; });
    return found != makes.end() ? &*found : nullptr;
}

} // namespace checkin::usecases
