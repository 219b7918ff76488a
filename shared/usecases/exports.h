#pragma once
// The service manager's exports, each audit-logged (the audit entry holds no personal data):
// - the national electronic vehicle repair record (汽车维修电子健康档案) of the orders delivered in a date
//   range, as CSV or JSON;
// - a customer's complete data on request (DOMAIN.md: customers may ask for a copy), as JSON.
// Files are written to the given folder through a temp file and a rename, so a file is complete or absent;
// the audit entry follows in its own WriteTransaction (reading a month of orders does not hold the write
// lock), and a file whose audit entry cannot be written is removed.
//
// The CSV (RFC 4180: CRLF, fields with a comma, quote or line break quoted, quotes doubled) is UTF-8 with a
// BOM so Excel opens the Chinese text correctly. One row per delivered order; its header names each column
// in Chinese and English, "企业名称 shop_name":
//   shop_name 企业名称, vin 车辆识别代号, plate 车牌号码, drop_off_date 送修日期, odometer_km 送修里程,
//   settlement_date 结算日期, settlement_number 结算编号, fault_description 故障描述,
//   repair_items 维修项目, labor_hours 工时, part_names 配件名称, part_codes 配件编码,
//   part_quantities 配件数量.
// Lists (items, parts) are joined with ";" in the same order, so the n-th part name, code and quantity
// belong together; labor_hours is the order's total ("1.5"). The JSON has the same fields with lists as
// arrays: {"shop_name", "from", "to", "records": [{..., "repair_items": [{"name", "labor_hours"}],
// "parts": [{"name", "code", "quantity"}]}]}.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "shared/store/queries_exports.h"
#include "shared/store/store.h"

namespace checkin::usecases {

enum class ExportFormat { Csv, Json };

struct ExportResult {
    std::filesystem::path path;
    std::int64_t records = 0; // orders in the repair record; 1 for a customer's data
};

// Rules: NotAManager (not an active manager), BadDateRange (a date that does not parse, or from after to).
// Writes <folder>/health_record_<from>_<to>.csv|json (replacing one of the same name) and the audit entry
// "export_health_record" {"from", "to", "format", "records", "file"}.
ExportResult ExportHealthRecord(store::Store& store, const std::string& manager_id, std::string_view from,
    std::string_view to, ExportFormat format, const std::filesystem::path& folder);

// Rules: NotAManager, UnknownCustomer (no live customer with the id; an erased one can still be exported:
// what is left of them). Writes <folder>/customer_<id>.json and the audit entry "export_customer_data"
// (subject customers/<id>, {"file"}).
ExportResult ExportCustomerData(store::Store& store, const std::string& manager_id,
    const std::string& customer_id, const std::filesystem::path& folder);

// The formats, for tests and previews.
std::string HealthRecordCsv(const std::string& shop_name, const std::vector<store::HealthRecordRow>& rows);
nlohmann::json HealthRecordJson(const std::string& shop_name, std::string_view from, std::string_view to,
    const std::vector<store::HealthRecordRow>& rows);
// One CSV field as RFC 4180 writes it.
std::string CsvField(std::string_view text);

// Whether the id is an active manager (for the rules of the manager's use cases).
bool IsActiveManager(store::Store& store, const std::string& staff_id);

} // namespace checkin::usecases
