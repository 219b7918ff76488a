#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <string>

#include "shared/store/queries_customer_file.h"
#include "shared/usecases/vehicle_models.h"
#include "unit/usecases/kiosk_test_support.h"

using namespace checkin;
using namespace checkin::usecases;

namespace {

const std::filesystem::path kModelsFile
    = std::filesystem::path(CHECKIN_SOURCE_ASSETS_DIR) / "demo" / "vehicle_models.json";

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE("The make and model pick list has the common makes in both languages, once each")
    {
        const std::vector<VehicleMake> makes = LoadVehicleModels(kModelsFile);
        CHECK(makes.size() >= 13);
        std::set<std::string> names;
        for (const VehicleMake& make : makes) {
            CAPTURE(make.name_en);
            CHECK(names.insert(make.name_en).second);
            CHECK_FALSE(make.name_zh.empty());
            CHECK_FALSE(make.models.empty());
            std::set<std::string> models;
            for (const VehicleModelName& model : make.models)
                CHECK(models.insert(model.name_en).second);
        }
        for (const char* name : {"Volkswagen", "Toyota", "Honda", "Nissan", "Buick", "BYD", "Geely",
                 "Changan", "BMW", "Mercedes-Benz", "Audi", "Tesla", "Haval"})
            CHECK(FindVehicleMake(makes, name) != nullptr);
        REQUIRE(FindVehicleMake(makes, "Volkswagen") != nullptr);
        CHECK(FindVehicleMake(makes, "Volkswagen")->name_zh == "大众");
        CHECK(FindVehicleMake(makes, "Trabant") == nullptr);
    }

    TEST_CASE_FIXTURE(testing::KioskFixture, "Every demo customer's car can be picked from the list")
    {
        const std::vector<VehicleMake> makes = LoadVehicleModels(kModelsFile);
        store::Statement cars(store->Db(), "SELECT make, model FROM vehicles");
        int count = 0;
        while (cars.Step()) {
            ++count;
            const std::string make = cars.Text(0);
            const std::string model = cars.Text(1);
            CAPTURE(make);
            CAPTURE(model);
            const VehicleMake* found = FindVehicleMake(makes, make);
            REQUIRE(found != nullptr);
            CHECK(std::any_of(found->models.begin(), found->models.end(),
                [&](const VehicleModelName& candidate) { return candidate.name_en == model; }));
        }
        CHECK(count > 10);
    }

    TEST_CASE("A missing or malformed models file is refused with its name")
    {
        testing::TempFolder temp;
        CHECK_THROWS_WITH_AS(LoadVehicleModels(temp.Folder() / "none.json"), doctest::Contains("none.json"),
            std::runtime_error);
        const auto bad = temp.Folder() / "bad.json";
        std::ofstream(bad) << R"({"makes": [{"name_en": "BYD", "name_zh": "", "models": []}]})";
        CHECK_THROWS_WITH_AS(LoadVehicleModels(bad), doctest::Contains("bad.json"), std::runtime_error);
        std::ofstream(bad) << "{";
        CHECK_THROWS_AS(LoadVehicleModels(bad), std::runtime_error);
    }
}
