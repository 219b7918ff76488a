#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "shared/store/queries_staff.h"
#include "shared/usecases/exports.h"
#include "shared/usecases/rule_violation.h"
#include "unit/store/dashboard_test_support.h"

using namespace checkin;
using checkin::testing::DashboardFixture;
using usecases::ExportFormat;
using usecases::RuleViolationCode;

namespace {

std::optional<RuleViolationCode> ViolationOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const usecases::RuleViolation& violation) {
        return violation.Code();
    }
    return std::nullopt;
}

std::vector<std::string> Lines(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end = text.find("\r\n"); end != std::string::npos; end = text.find("\r\n", start)) {
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

struct ExportFixture : DashboardFixture {
    std::filesystem::path Folder() const { return temp.Folder() / "exports"; }
};

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE("Exports: CSV fields are quoted as RFC 4180 says")
    {
        CHECK(usecases::CsvField("粤A5M823") == "粤A5M823");
        CHECK(usecases::CsvField("a,b") == "\"a,b\"");
        CHECK(usecases::CsvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
        CHECK(usecases::CsvField("two\nlines") == "\"two\nlines\"");
        CHECK(usecases::CsvField("") == "");
    }

    TEST_CASE_FIXTURE(
        ExportFixture, "Exports: the repair record of a week as CSV, with a BOM and an audit entry")
    {
        const usecases::ExportResult result = usecases::ExportHealthRecord(
            *store, manager, "2024-11-01", "2024-11-07", ExportFormat::Csv, Folder());
        CHECK(result.records == 2);
        CHECK(result.path == Folder() / "health_record_2024-11-01_2024-11-07.csv");
        CHECK_FALSE(std::filesystem::exists(Folder() / "health_record_2024-11-01_2024-11-07.csv.tmp"));
        const std::string csv = testing::ReadFileBytes(result.path);
        REQUIRE(csv.size() > 3);
        CHECK(csv.substr(0, 3) == "\xEF\xBB\xBF");
        const std::vector<std::string> lines = Lines(csv.substr(3));
        REQUIRE(lines.size() == 3);
        CHECK(lines[0].starts_with(
            "企业名称 shop_name,车辆识别代号 vin,车牌号码 plate,送修日期 drop_off_date,"));
        CHECK(lines[0].ends_with("配件名称 part_names,配件编码 part_codes,配件数量 part_quantities"));
        // The declined and the tombstoned lines are not on the record; the approved finding is.
        CHECK(lines[1]
            == "骏达汽车4S店,LSVAB2180E2100429,粤A5M823,2024-11-01,30500,2024-11-01,JS20241101-001,"
               "刹车有异响，张先生说；前刹车片磨损,保养项目;前刹车片磨损,0.5,机油滤清器,PC-1,1");
        CHECK(lines[2]
            == "骏达汽车4S店,,粤A88Q61,2024-11-03,30500,2024-11-03,JS20241103-001,前刹车片磨损,"
               "保养项目;前刹车片磨损,0.5,机油滤清器,PC-1,1");

        const std::vector<store::AuditEntry> audit = store::RecentAuditEntries(*store, 1);
        REQUIRE(audit.size() == 1);
        CHECK(audit[0].action == "export_health_record");
        CHECK(audit[0].staff_id == manager);
        const nlohmann::json detail = nlohmann::json::parse(audit[0].detail_json);
        CHECK(detail.at("records") == 2);
        CHECK(detail.at("format") == "csv");
        CHECK(detail.at("file") == "health_record_2024-11-01_2024-11-07.csv");
    }

    TEST_CASE_FIXTURE(ExportFixture, "Exports: the repair record as JSON")
    {
        const usecases::ExportResult result = usecases::ExportHealthRecord(
            *store, manager, "2024-11-01", "2024-11-08", ExportFormat::Json, Folder());
        CHECK(result.records == 3);
        const nlohmann::json json = nlohmann::json::parse(testing::ReadFileBytes(result.path));
        CHECK(json.at("shop_name") == "骏达汽车4S店");
        CHECK(json.at("to") == "2024-11-08");
        const nlohmann::json& first = json.at("records").at(0);
        CHECK(first.at("vin") == "LSVAB2180E2100429");
        CHECK(first.at("odometer_km") == 30500);
        CHECK(first.at("repair_items").size() == 2);
        CHECK(first.at("labor_hours").get<double>() == doctest::Approx(0.5));
        CHECK(first.at("parts").at(0).at("code") == "PC-1");
        CHECK(first.at("parts").at(0).at("quantity").get<double>() == doctest::Approx(1.0));
        CHECK(json.at("records").at(2).at("settlement_number") == "JS20241108-001");
    }

    TEST_CASE_FIXTURE(
        ExportFixture, "Exports: only a manager, only a real range; nothing written when refused")
    {
        CHECK(ViolationOf([&] {
            usecases::ExportHealthRecord(
                *store, advisor, "2024-11-01", "2024-11-07", ExportFormat::Csv, Folder());
        }) == RuleViolationCode::NotAManager);
        CHECK(ViolationOf([&] {
            usecases::ExportHealthRecord(
                *store, manager, "2024-11-07", "2024-11-01", ExportFormat::Csv, Folder());
        }) == RuleViolationCode::BadDateRange);
        CHECK(ViolationOf([&] {
            usecases::ExportHealthRecord(
                *store, manager, "2024-11-31", "2024-12-01", ExportFormat::Json, Folder());
        }) == RuleViolationCode::BadDateRange);
        CHECK(ViolationOf([&] { usecases::ExportCustomerData(*store, advisor, zhang, Folder()); })
            == RuleViolationCode::NotAManager);
        CHECK(ViolationOf([&] {
            usecases::ExportCustomerData(*store, manager, "no-such-customer", Folder());
        }) == RuleViolationCode::UnknownCustomer);
        CHECK_FALSE(std::filesystem::exists(Folder()));
        CHECK(store::RecentAuditEntries(*store, 10).empty());
    }

    TEST_CASE_FIXTURE(ExportFixture, "Exports: a customer's complete data as JSON")
    {
        const usecases::ExportResult result = usecases::ExportCustomerData(*store, manager, zhang, Folder());
        CHECK(result.path == Folder() / ("customer_" + zhang + ".json"));
        const nlohmann::json data = nlohmann::json::parse(testing::ReadFileBytes(result.path));
        CHECK(data.at("customer").at("full_name") == "张伟");
        CHECK(data.at("customer").at("mobile") == "13910452287");
        CHECK_FALSE(data.at("customer").contains("hlc"));
        REQUIRE(data.at("vehicles").size() == 1);
        CHECK(data.at("vehicles").at(0).at("plate") == "粤A5M823");
        REQUIRE(data.at("checkins").size() == 1);
        CHECK(data.at("checkins").at(0).at("signatures").empty());
        REQUIRE(data.at("repair_orders").size() == 1);
        const nlohmann::json& order = data.at("repair_orders").at(0);
        CHECK(order.at("lines").size() == 3); // declined and tombstoned ones too: all the store holds
        CHECK(order.at("findings").size() == 3);
        CHECK(order.at("photos").empty());
        REQUIRE(data.at("surveys").size() == 1);
        CHECK(data.at("surveys").at(0).at("answers").size() == 5);
        CHECK(data.at("complaints").empty());
        CHECK(data.at("followups").empty());

        const std::vector<store::AuditEntry> audit = store::RecentAuditEntries(*store, 1);
        REQUIRE(audit.size() == 1);
        CHECK(audit[0].action == "export_customer_data");
        CHECK(audit[0].subject_table == "customers");
        CHECK(audit[0].subject_id == zhang);
        CHECK(audit[0].detail_json.find("张") == std::string::npos);
    }
}
