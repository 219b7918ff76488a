#include "shared/usecases/exports.h"

#include <cstdio>
#include <fstream>
#include <optional>
#include <system_error>

#include "shared/domain/civil_date.h"
#include "shared/store/queries_customers.h"
#include "shared/store/queries_settings.h"
#include "shared/store/queries_staff.h"
#include "shared/store/store_error.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/audit.h"
#include "shared/usecases/rule_violation.h"

namespace checkin::usecases {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kListSeparator = ";";

constexpr std::string_view kCsvHeader[] = {"企业名称 shop_name", "车辆识别代号 vin", "车牌号码 plate",
    "送修日期 drop_off_date", "送修里程 odometer_km", "结算日期 settlement_date",
    "结算编号 settlement_number", "故障描述 fault_description", "维修项目 repair_items", "工时 labor_hours",
    "配件名称 part_names", "配件编码 part_codes", "配件数量 part_quantities"};

std::string Hours(std::int64_t tenths)
{
    return std::to_string(tenths / 10) + (tenths % 10 != 0 ? "." + std::to_string(tenths % 10) : "");
}

std::string Quantity(double quantity)
{
    char text[32];
    std::snprintf(text, sizeof(text), "%g", quantity);
    return text;
}

template <typename Item, typename Field> std::string Joined(const std::vector<Item>& items, Field field)
{
    std::string joined;
    for (const Item& item : items) {
        if (!joined.empty())
            joined += kListSeparator;
        joined += field(item);
    }
    return joined;
}

std::int64_t TotalTenths(const store::HealthRecordRow& row)
{
    std::int64_t tenths = 0;
    for (const store::HealthRecordItem& item : row.items)
        tenths += item.labor_hours_tenths;
    return tenths;
}

std::string ShopName(store::Store& store)
{
    if (const std::optional<std::string> name = store::GetSetting(store, store::kSettingShopNameZh))
        if (!name->empty())
            return *name;
    return store::GetSetting(store, store::kSettingShopNameEn).value_or("");
}

void RequireManager(store::Store& store, const std::string& staff_id)
{
    if (!IsActiveManager(store, staff_id))
        throw RuleViolation(RuleViolationCode::NotAManager);
}

// Writes the bytes to folder/name through name.tmp and a rename. File system failures throw StoreError Io.
std::filesystem::path WriteAtomically(
    const std::filesystem::path& folder, const std::string& name, std::string_view bytes)
{
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    const std::filesystem::path path = folder / name;
    const std::filesystem::path temp = folder / (name + ".tmp");
    {
        std::ofstream file(temp, std::ios::binary | std::ios::trunc);
        file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        file.flush();
        if (!file)
            throw store::StoreError(store::StoreErrorCode::Io, "Cannot write " + temp.string());
    }
    std::filesystem::rename(temp, path, error);
    if (error) {
        std::filesystem::remove(temp, error);
        throw store::StoreError(store::StoreErrorCode::Io, "Cannot write " + path.string());
    }
    return path;
}

// The audit entry of a file just written, in a transaction of its own (the export read without holding the
// write lock: a month of orders takes a while); when it cannot be written, the file goes away again.
void AuditFile(store::Store& store, const std::filesystem::path& path, const std::string& manager_id,
    std::string_view action, std::string_view subject_table, std::string_view subject_id,
    const nlohmann::json& detail)
{
    try {
        store::WriteTransaction write(store);
        RecordAudit(write, store, manager_id, action, subject_table, subject_id, detail.dump());
        write.Commit();
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        throw;
    }
}

} // namespace

bool IsActiveManager(store::Store& store, const std::string& staff_id)
{
    const std::optional<store::StaffRow> staff = store::FindStaff(store, staff_id);
    return staff && staff->active && staff->role == "manager";
}

std::string CsvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (const char character : text) {
        if (character == '"')
            quoted += '"';
        quoted += character;
    }
    return quoted + "\"";
}

std::string HealthRecordCsv(const std::string& shop_name, const std::vector<store::HealthRecordRow>& rows)
{
    std::string csv(kUtf8Bom);
    const auto add_row = [&](const std::vector<std::string>& fields) {
        for (std::size_t index = 0; index < fields.size(); ++index)
            csv += (index == 0 ? "" : ",") + CsvField(fields[index]);
        csv += "\r\n";
    };
    add_row(std::vector<std::string>(std::begin(kCsvHeader), std::end(kCsvHeader)));
    for (const store::HealthRecordRow& row : rows)
        add_row({shop_name, row.vin, row.plate, row.drop_off_date,
            row.odometer_km ? std::to_string(*row.odometer_km) : "", row.settlement_date,
            row.settlement_number, row.fault_description,
            Joined(row.items, [](const auto& item) { return item.name; }), Hours(TotalTenths(row)),
            Joined(row.parts, [](const auto& part) { return part.name; }),
            Joined(row.parts, [](const auto& part) { return part.code; }),
            Joined(row.parts, [](const auto& part) { return Quantity(part.quantity); })});
    return csv;
}

nlohmann::json HealthRecordJson(const std::string& shop_name, std::string_view from, std::string_view to,
    const std::vector<store::HealthRecordRow>& rows)
{
    nlohmann::json records = nlohmann::json::array();
    for (const store::HealthRecordRow& row : rows) {
        nlohmann::json items = nlohmann::json::array();
        for (const store::HealthRecordItem& item : row.items)
            items.push_back(
                {{"name", item.name}, {"labor_hours", static_cast<double>(item.labor_hours_tenths) / 10.0}});
        nlohmann::json parts = nlohmann::json::array();
        for (const store::HealthRecordPart& part : row.parts)
            parts.push_back({{"name", part.name}, {"code", part.code}, {"quantity", part.quantity}});
        records.push_back({{"shop_name", shop_name}, {"vin", row.vin}, {"plate", row.plate},
            {"drop_off_date", row.drop_off_date},
            {"odometer_km", row.odometer_km ? nlohmann::json(*row.odometer_km) : nlohmann::json(nullptr)},
            {"settlement_date", row.settlement_date}, {"settlement_number", row.settlement_number},
            {"fault_description", row.fault_description}, {"repair_items", std::move(items)},
            {"labor_hours", static_cast<double>(TotalTenths(row)) / 10.0}, {"parts", std::move(parts)}});
    }
    return {{"shop_name", shop_name}, {"from", from}, {"to", to}, {"records", std::move(records)}};
}

ExportResult ExportHealthRecord(store::Store& store, const std::string& manager_id, std::string_view from,
    std::string_view to, ExportFormat format, const std::filesystem::path& folder)
{
    RequireManager(store, manager_id);
    const std::optional<std::int64_t> from_day = domain::ParseIsoDate(from);
    const std::optional<std::int64_t> to_day = domain::ParseIsoDate(to);
    if (!from_day || !to_day || *from_day > *to_day)
        throw RuleViolation(RuleViolationCode::BadDateRange);

    const std::int64_t offset
        = store::GetIntSetting(store, store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes);
    const std::vector<store::HealthRecordRow> rows = store::HealthRecordRows(store,
        domain::LocalMidnightUtcMs(*from_day, offset), domain::LocalMidnightUtcMs(*to_day + 1, offset));
    const std::string shop_name = ShopName(store);
    const bool csv = format == ExportFormat::Csv;
    const std::string name
        = "health_record_" + std::string(from) + "_" + std::string(to) + (csv ? ".csv" : ".json");
    const std::filesystem::path path = WriteAtomically(folder, name,
        csv ? HealthRecordCsv(shop_name, rows) : HealthRecordJson(shop_name, from, to, rows).dump(2));

    AuditFile(store, path, manager_id, "export_health_record", {}, {},
        {{"from", from}, {"to", to}, {"format", csv ? "csv" : "json"}, {"records", rows.size()},
            {"file", name}});
    return {path, static_cast<std::int64_t>(rows.size())};
}

ExportResult ExportCustomerData(store::Store& store, const std::string& manager_id,
    const std::string& customer_id, const std::filesystem::path& folder)
{
    RequireManager(store, manager_id);
    if (!store::IsLiveCustomer(store, customer_id))
        throw RuleViolation(RuleViolationCode::UnknownCustomer);
    const std::optional<nlohmann::json> data = store::CustomerDataJson(store, customer_id);
    if (!data)
        throw RuleViolation(RuleViolationCode::UnknownCustomer);

    const std::string name = "customer_" + customer_id + ".json";
    const std::filesystem::path path = WriteAtomically(folder, name, data->dump(2));
    AuditFile(store, path, manager_id, "export_customer_data", "customers", customer_id, {{"file", name}});
    return {path, 1};
}

} // namespace checkin::usecases
