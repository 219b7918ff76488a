#include "shared/usecases/demo_data.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>

#include "shared/domain/invoice.h"
#include "shared/domain/order_number.h"
#include "shared/store/queries_counts.h"
#include "shared/store/queries_settings.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/demo_history.h"
#include "shared/usecases/followups.h"
#include "shared/usecases/shop_day.h"

namespace checkin::usecases {
namespace {

using nlohmann::json;
using store::Value;
using store::WriteTransaction;

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kDayMs = 24 * 60 * kMinuteMs;
constexpr std::int64_t kVisitOpensAt = 9 * 60 + 30; // minutes after local midnight
constexpr std::int64_t kVisitClosesAt = 16 * 60;
constexpr std::int64_t kConsentRecordedAt = 10 * 60;

std::string PathText(const std::filesystem::path& path)
{
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

json LoadJson(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw std::runtime_error("Cannot read demo data file '" + PathText(path) + "'");
    try {
        return json::parse(file);
    } catch (const json::exception& error) {
        throw std::runtime_error(
            "Demo data file '" + PathText(path) + "' is not valid JSON: " + error.what());
    }
}

// A JSON scalar as a column value; booleans become 0/1.
Value ToValue(const json& value)
{
    if (value.is_null())
        return nullptr;
    if (value.is_boolean())
        return std::int64_t{value.get<bool>() ? 1 : 0};
    if (value.is_number_integer())
        return value.get<std::int64_t>();
    if (value.is_number_float())
        return value.get<double>();
    if (value.is_string())
        return value.get<std::string>();
    throw std::runtime_error("Demo data holds a value that is not a scalar: " + value.dump());
}

// The field's value, or NULL when the object has no such field.
Value Field(const json& object, const char* key)
{
    return object.contains(key) ? ToValue(object[key]) : nullptr;
}

std::string Text(const json& object, const char* key)
{
    return object.at(key).get<std::string>();
}

// Relative demo dates made absolute in the shop's local time.
class DemoCalendar {
public:
    DemoCalendar(std::int64_t now_utc_ms, std::int64_t utc_offset_minutes)
        : m_now_utc_ms(now_utc_ms),
          m_offset_minutes(utc_offset_minutes),
          m_today(ShopDayAt(now_utc_ms, utc_offset_minutes))
    {
    }

    // "09:30" today.
    std::int64_t TodayAt(const std::string& hh_mm) const
    {
        int hours = -1;
        int minutes = -1;
        const char* text = hh_mm.c_str();
        const bool valid = hh_mm.size() == 5 && hh_mm[2] == ':'
            && std::from_chars(text, text + 2, hours).ec == std::errc{}
            && std::from_chars(text + 3, text + 5, minutes).ec == std::errc{} && hours >= 0 && hours < 24
            && minutes >= 0 && minutes < 60;
        if (!valid)
            throw std::runtime_error("Demo data time '" + hh_mm + "' is not HH:MM");
        return DaysAgoAt(0, hours * 60 + minutes);
    }

    std::int64_t DaysAgoAt(std::int64_t days, std::int64_t minute_of_day) const
    {
        return m_today.start_utc_ms - days * kDayMs + minute_of_day * kMinuteMs;
    }

    std::int64_t MinutesFromNow(std::int64_t minutes) const { return m_now_utc_ms + minutes * kMinuteMs; }

    // 'YYYY-MM-DD' days from today (negative: in the past).
    std::string DateIn(std::int64_t days) const
    {
        return ShopDate(m_now_utc_ms + days * kDayMs, m_offset_minutes);
    }

private:
    std::int64_t m_now_utc_ms;
    std::int64_t m_offset_minutes;
    UtcRange m_today;
};

struct CatalogEntry {
    std::string id;
    std::string name_zh;
    std::int64_t labor_fen = 0;
    std::int64_t parts_fen = 0;
    std::int64_t labor_hours_tenths = 0;
    Value part_code; // text, or NULL when the service fits no part
    Value part_name;
};

using Catalog = std::map<std::string, CatalogEntry>;

const CatalogEntry& Lookup(const Catalog& catalog, const std::string& code)
{
    const auto found = catalog.find(code);
    if (found == catalog.end())
        throw std::runtime_error("Demo data names service '" + code + "', which is not in catalog.json");
    return found->second;
}

struct CustomerVehicle {
    std::string customer_id;
    std::string vehicle_id;
};

struct SeedContext {
    store::Store& store;
    WriteTransaction& write;
    const Catalog& catalog;
    const DemoCalendar& calendar;
    std::int64_t vat_rate_bp = 0;
    int repair_orders = 0;
};

// [SECTION] Catalog and shop

Catalog SeedCatalog(WriteTransaction& write, const json& document)
{
    Catalog catalog;
    std::int64_t sort_order = 0;
    for (const json& item : document.at("items")) {
        CatalogEntry entry{write.NewId(), Text(item, "name_zh"), item.at("labor_fen").get<std::int64_t>(),
            item.at("parts_fen").get<std::int64_t>(), item.value("labor_hours_tenths", std::int64_t{0}),
            Field(item, "part_code"), Field(item, "part_name")};
        sort_order += 10;
        write.Upsert("service_items", entry.id,
            {{"code", Text(item, "code")}, {"name_en", Text(item, "name_en")}, {"name_zh", entry.name_zh},
                {"description_en", Field(item, "description_en")},
                {"description_zh", Field(item, "description_zh")}, {"labor_fen", entry.labor_fen},
                {"parts_fen", entry.parts_fen}, {"labor_hours_tenths", entry.labor_hours_tenths},
                {"duration_minutes", item.value("duration_minutes", std::int64_t{0})},
                {"interval_months", Field(item, "interval_months")},
                {"interval_km", Field(item, "interval_km")},
                {"is_package", std::int64_t{item.value("is_package", false) ? 1 : 0}},
                {"part_code", entry.part_code}, {"part_name", entry.part_name}, {"sort_order", sort_order}});
        std::int64_t content_order = 0;
        for (const json& content : item.value("contents", json::array())) {
            write.Upsert("service_item_contents", write.NewId(),
                {{"service_item_id", entry.id}, {"text_en", Text(content, "en")},
                    {"text_zh", Text(content, "zh")}, {"sort_order", ++content_order}});
        }
        catalog.emplace(Text(item, "code"), std::move(entry));
    }
    return catalog;
}

void SeedShop(WriteTransaction& write, const json& document)
{
    for (const auto& [key, value] : document.at("settings").items())
        write.Upsert(
            "settings", key, {{"value", value.is_string() ? value.get<std::string>() : value.dump()}});

    const json& capacity = document.at("capacity");
    const auto slots = capacity.at("slots_per_hour").get<std::int64_t>();
    for (const json& weekday : capacity.at("weekdays")) {
        for (auto hour = capacity.at("open_hour").get<std::int64_t>();
             hour < capacity.at("close_hour").get<std::int64_t>(); ++hour)
            write.Upsert("shop_capacity", write.NewId(),
                {{"weekday", weekday.get<std::int64_t>()}, {"hour", hour}, {"slots", slots}});
    }
}

// [SECTION] Customers, their cars and their last visit

void SeedPastVisit(SeedContext& context, const CustomerVehicle& owner, const json& visit, const json& vehicle)
{
    const auto days_ago = visit.at("days_ago").get<std::int64_t>();
    std::string date = context.calendar.DateIn(-days_ago);
    date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
    const std::string order = context.write.NewId();
    context.write.Upsert("repair_orders", order,
        {{"customer_id", owner.customer_id}, {"vehicle_id", owner.vehicle_id},
            {"number", "RO" + date + "-" + std::to_string(++context.repair_orders)},
            {"stage", std::string("delivered")},
            {"opened_at", context.calendar.DaysAgoAt(days_ago, kVisitOpensAt)},
            {"closed_at", context.calendar.DaysAgoAt(days_ago, kVisitClosesAt)},
            {"mileage_km", Field(vehicle, "mileage_km")}, {"vat_rate_bp", context.vat_rate_bp}});
    for (const json& code : visit.at("services")) {
        const CatalogEntry& item = Lookup(context.catalog, code.get<std::string>());
        context.write.Upsert("repair_order_lines", context.write.NewId(),
            {{"repair_order_id", order}, {"service_item_id", item.id}, {"description", item.name_zh},
                {"labor_fen", item.labor_fen}, {"parts_fen", item.parts_fen},
                {"labor_hours_tenths", item.labor_hours_tenths}, {"status", std::string("done")},
                {"source", std::string("booking")}});
    }
}

void SeedConsents(SeedContext& context, const std::string& customer_id, const json& customer,
    const std::string& notice_version, std::int64_t recorded_at)
{
    const std::pair<const char*, bool> consents[]
        = {{"privacy", true}, {"marketing", customer.value("marketing_consent", false)}};
    for (const auto& [kind, granted] : consents) {
        context.write.Upsert("consents", context.write.NewId(),
            {{"customer_id", customer_id}, {"kind", std::string(kind)},
                {"granted", std::int64_t{granted ? 1 : 0}}, {"notice_version", notice_version},
                {"recorded_at", recorded_at}, {"device_id", context.store.DeviceId()}});
    }
}

// Returns the customer and vehicle of every plate.
std::map<std::string, CustomerVehicle> SeedCustomers(SeedContext& context, const json& document)
{
    std::map<std::string, CustomerVehicle> by_plate;
    const std::string notice_version = Text(document, "notice_version");
    for (const json& customer : document.at("customers")) {
        const std::string customer_id = context.write.NewId();
        context.write.Upsert("customers", customer_id,
            {{"surname", Text(customer, "surname")}, {"title", Text(customer, "title")},
                {"full_name", Field(customer, "full_name")}, {"mobile", Field(customer, "mobile")},
                {"preferred_language", customer.value("preferred_language", std::string("zh"))},
                {"segment", Field(customer, "segment")}, {"notes", Field(customer, "notes")}});

        std::int64_t customer_since_days = 0;
        for (const json& vehicle : customer.at("vehicles")) {
            const auto purchase_days_ago = vehicle.at("purchase_days_ago").get<std::int64_t>();
            customer_since_days = std::max(customer_since_days, purchase_days_ago);
            const CustomerVehicle owner{customer_id, context.write.NewId()};
            context.write.Upsert("vehicles", owner.vehicle_id,
                {{"customer_id", customer_id}, {"plate", Text(vehicle, "plate")},
                    {"vin", Field(vehicle, "vin")}, {"make", Field(vehicle, "make")},
                    {"model", Field(vehicle, "model")}, {"year", Field(vehicle, "year")},
                    {"car_class", Field(vehicle, "car_class")},
                    {"purchase_date", context.calendar.DateIn(-purchase_days_ago)},
                    {"last_mileage_km", Field(vehicle, "mileage_km")},
                    {"insurance_expiry",
                        context.calendar.DateIn(vehicle.at("insurance_expiry_in_days").get<std::int64_t>())},
                    {"inspection_expiry",
                        context.calendar.DateIn(vehicle.at("inspection_expiry_in_days").get<std::int64_t>())},
                    {"licence_expiry",
                        context.calendar.DateIn(vehicle.at("licence_expiry_in_days").get<std::int64_t>())},
                    {"last_visit_date",
                        vehicle.contains("last_visit") ? Value(context.calendar.DateIn(
                            -vehicle.at("last_visit").at("days_ago").get<std::int64_t>()))
                                                       : Value(nullptr)}});
            if (vehicle.contains("last_visit"))
                SeedPastVisit(context, owner, vehicle.at("last_visit"), vehicle);
            by_plate.emplace(Text(vehicle, "plate"), owner);
        }
        SeedConsents(context, customer_id, customer, notice_version,
            context.calendar.DaysAgoAt(customer_since_days, kConsentRecordedAt));
    }
    return by_plate;
}

// [SECTION] Today's bookings

void SeedBookings(
    SeedContext& context, const json& document, const std::map<std::string, CustomerVehicle>& by_plate)
{
    for (const json& booking : document.at("bookings")) {
        const std::string plate = Text(booking, "plate");
        const auto owner = by_plate.find(plate);
        if (owner == by_plate.end())
            throw std::runtime_error("Demo booking for plate '" + plate + "', which no demo customer owns");
        const std::string booking_id = context.write.NewId();
        context.write.Upsert("bookings", booking_id,
            {{"customer_id", owner->second.customer_id}, {"vehicle_id", owner->second.vehicle_id},
                {"booking_code", Text(booking, "code")},
                {"slot_start", context.calendar.TodayAt(Text(booking, "today_at"))},
                {"status", std::string("booked")}, {"source", Text(booking, "source")},
                {"notes", Field(booking, "notes")}});
        for (const json& code : booking.at("services")) {
            const CatalogEntry& item = Lookup(context.catalog, code.get<std::string>());
            context.write.Upsert("booking_lines", context.write.NewId(),
                {{"booking_id", booking_id}, {"service_item_id", item.id}, {"labor_fen", item.labor_fen},
                    {"parts_fen", item.parts_fen}});
        }
    }
}

// [SECTION] Staff and today's workshop: what the advisor station, the lounge and the board show

// PIN hashes come ready-made (Argon2id strings): hashing takes a tenth of a second each, and every test
// seeds the demo.
std::map<std::string, std::string> SeedStaff(WriteTransaction& write, const json& document)
{
    std::map<std::string, std::string> by_name;
    for (const json& staff : document.at("staff")) {
        const std::string id = write.NewId();
        write.Upsert("staff", id,
            {{"name", Text(staff, "name")}, {"role", Text(staff, "role")},
                {"pin_hash", Text(staff, "pin_hash")}, {"active", std::int64_t{1}}});
        by_name.emplace(Text(staff, "name"), id);
    }
    return by_name;
}

// status "waiting", or "confirmed" with confirmed_at and confirmed_by in `confirmation`.
std::string SeedCheckIn(SeedContext& context, const CustomerVehicle& owner, const json& entry,
    std::int64_t arrived_at, const std::string& status, store::Columns confirmation = {})
{
    const std::string id = context.write.NewId();
    std::int64_t estimate_fen = 0;
    for (const json& code : entry.at("services")) {
        const CatalogEntry& item = Lookup(context.catalog, code.get<std::string>());
        estimate_fen += item.labor_fen + item.parts_fen;
    }
    store::Columns columns{{"customer_id", owner.customer_id}, {"vehicle_id", owner.vehicle_id},
        {"kind", entry.value("kind", std::string("walk_in"))}, {"queue_number", Text(entry, "queue")},
        {"tracking_code", Text(entry, "tracking")}, {"arrived_at", arrived_at},
        {"mileage_km", Field(entry, "mileage_km")},
        {"concerns_json", entry.contains("concerns") ? Value(entry.at("concerns").dump()) : Value(nullptr)},
        {"wait_mode", entry.value("wait_mode", std::string("lounge"))}, {"status", status},
        {"estimate_fen", estimate_fen}, {"device_id", context.store.DeviceId()}};
    for (auto& column : confirmation)
        columns.push_back(std::move(column));
    context.write.Upsert("checkins", id, columns);
    return id;
}

void SeedWaiting(
    SeedContext& context, const json& document, const std::map<std::string, CustomerVehicle>& by_plate)
{
    for (const json& entry : document.at("waiting")) {
        const CustomerVehicle& owner = by_plate.at(Text(entry, "plate"));
        SeedCheckIn(context, owner, entry,
            context.calendar.MinutesFromNow(-entry.at("minutes_ago").get<std::int64_t>()), "waiting");
    }
}

// Each car's stages so far, evenly spread between its arrival and now.
std::vector<std::string> StagesUpTo(const std::string& stage, bool needed_decision)
{
    static const char* const kStages[]
        = {"checked_in", "inspection", "awaiting_approval", "in_repair", "quality_check", "washing", "ready"};
    std::vector<std::string> stages;
    for (const char* each : kStages) {
        if (std::string_view(each) == "awaiting_approval" && !needed_decision && stage != each)
            continue;
        stages.emplace_back(each);
        if (stage == each)
            break;
    }
    return stages;
}

// The bill of a demo car handed over today: its services and the extra work it approved.
domain::Invoice DeliveredBill(const SeedContext& context, const json& entry)
{
    std::vector<domain::InvoiceLine> lines;
    for (const json& code : entry.at("services")) {
        const CatalogEntry& item = Lookup(context.catalog, code.get<std::string>());
        lines.push_back({item.name_zh, "", domain::Money{item.labor_fen}, domain::Money{item.parts_fen},
            item.labor_hours_tenths});
    }
    for (const json& finding : entry.at("findings"))
        if (Text(finding, "rating") != "green" && finding.value("decision", std::string()) == "approved")
            lines.push_back(
                {Text(finding, "item"), "", domain::Money{finding.value("labor_yuan", std::int64_t{0}) * 100},
                    domain::Money{finding.value("parts_yuan", std::int64_t{0}) * 100}, 0});
    return domain::ComputeInvoice(std::move(lines), domain::Money{0}, static_cast<int>(context.vat_rate_bp));
}

void SeedWorkshop(SeedContext& context, const json& document,
    const std::map<std::string, CustomerVehicle>& by_plate, const std::map<std::string, std::string>& staff)
{
    int number = 0;
    int settlements = 0;
    const std::string today = [&] {
        std::string date = context.calendar.DateIn(0);
        date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
        return date;
    }();
    for (const json& entry : document.at("workshop")) {
        const CustomerVehicle& owner = by_plate.at(Text(entry, "plate"));
        const std::int64_t opened_at
            = context.calendar.MinutesFromNow(-entry.at("opened_minutes_ago").get<std::int64_t>());
        const std::string advisor_id = staff.at(Text(entry, "advisor"));
        const std::string checkin_id = SeedCheckIn(context, owner, entry, opened_at - 5 * kMinuteMs,
            "confirmed", {{"confirmed_at", opened_at}, {"confirmed_by", advisor_id}});

        const std::string order = context.write.NewId();
        const std::string stage = Text(entry, "stage");
        char suffix[16];
        std::snprintf(suffix, sizeof(suffix), "-%03d", ++number);
        store::Columns order_columns{{"checkin_id", checkin_id}, {"customer_id", owner.customer_id},
            {"vehicle_id", owner.vehicle_id}, {"number", "RO" + today + suffix}, {"advisor_id", advisor_id},
            {"technician_id",
                entry.contains("technician") ? Value(staff.at(Text(entry, "technician"))) : Value(nullptr)},
            {"bay", Field(entry, "bay")}, {"stage", stage},
            {"promised_at",
                context.calendar.MinutesFromNow(entry.at("promised_in_minutes").get<std::int64_t>())},
            {"opened_at", opened_at}, {"mileage_km", Field(entry, "mileage_km")},
            {"vat_rate_bp", context.vat_rate_bp}};
        // A car handed over a few minutes ago: settled, its survey still to do on the lounge tablet.
        const bool delivered = stage == "delivered";
        const std::int64_t closed_at = delivered
            ? context.calendar.MinutesFromNow(-entry.at("delivered_minutes_ago").get<std::int64_t>())
            : 0;
        if (delivered) {
            const std::string date = context.calendar.DateIn(0);
            order_columns.emplace_back("closed_at", closed_at);
            order_columns.emplace_back(
                "settlement_number", domain::FormatSettlementNumber(date, ++settlements));
            order_columns.emplace_back("output_value_fen", DeliveredBill(context, entry).output_value.minor);
            context.write.Upsert("vehicles", owner.vehicle_id,
                {{"last_visit_date", date}, {"last_mileage_km", Field(entry, "mileage_km")}});
        }
        context.write.Upsert("repair_orders", order, order_columns);
        for (const json& code : entry.at("services")) {
            const CatalogEntry& item = Lookup(context.catalog, code.get<std::string>());
            context.write.Upsert("repair_order_lines", context.write.NewId(),
                {{"repair_order_id", order}, {"service_item_id", item.id}, {"description", item.name_zh},
                    {"labor_fen", item.labor_fen}, {"parts_fen", item.parts_fen},
                    {"labor_hours_tenths", item.labor_hours_tenths}, {"part_code", item.part_code},
                    {"part_name", item.part_name}, {"status", std::string(delivered ? "done" : "approved")},
                    {"source", std::string("booking")}});
        }
        bool needed_decision = false;
        for (const json& finding : entry.at("findings")) {
            const std::string rating = Text(finding, "rating");
            const bool asks = rating != "green";
            needed_decision = needed_decision || asks;
            const std::string decision
                = asks ? finding.value("decision", std::string("pending")) : "approved";
            const std::int64_t labor = asks ? finding.value("labor_yuan", std::int64_t{0}) * 100 : 0;
            const std::int64_t parts = asks ? finding.value("parts_yuan", std::int64_t{0}) * 100 : 0;
            store::Columns columns{{"repair_order_id", order}, {"title", Text(finding, "item")},
                {"rating", rating}, {"labor_fen", labor}, {"parts_fen", parts}, {"decision", decision}};
            if (asks && decision != "pending") {
                columns.emplace_back("decided_at", context.calendar.MinutesFromNow(-20));
                columns.emplace_back("decided_price_fen", labor + parts);
            }
            context.write.Upsert("findings", context.write.NewId(), columns);
        }
        std::vector<std::string> stages = StagesUpTo(stage, needed_decision);
        const std::int64_t until = delivered ? closed_at : context.calendar.MinutesFromNow(0);
        const std::int64_t step = (until - opened_at) / static_cast<std::int64_t>(stages.size() + 1);
        for (std::size_t index = 0; index < stages.size(); ++index)
            context.write.Upsert("stage_events", context.write.NewId(),
                {{"repair_order_id", order}, {"stage", stages[index]},
                    {"at", opened_at + static_cast<std::int64_t>(index) * step},
                    {"by_staff_id", advisor_id}});
        if (delivered) // the hand-over, when the order was closed
            context.write.Upsert("stage_events", context.write.NewId(),
                {{"repair_order_id", order}, {"stage", stage}, {"at", closed_at},
                    {"by_staff_id", advisor_id}});
    }
}

DemoHistoryInput HistoryInput(std::int64_t now_utc_ms, const json& settings, const json& catalog_document,
    const Catalog& catalog, const json& shop_document, const std::map<std::string, std::string>& staff,
    const std::string& notice_version)
{
    DemoHistoryInput input;
    input.utc_offset_minutes
        = settings.value(store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes);
    input.today_start_utc_ms = ShopDayAt(now_utc_ms, input.utc_offset_minutes).start_utc_ms;
    input.vat_rate_bp = settings.value(store::kSettingVatRateBp, store::kDefaultVatRateBp);
    input.notice_version = notice_version;
    for (const json& item : catalog_document.at("items")) {
        const std::string code = Text(item, "code");
        const CatalogEntry& entry = Lookup(catalog, code);
        input.services.push_back(
            {entry.id, code, entry.name_zh, entry.labor_fen, entry.parts_fen, entry.labor_hours_tenths});
    }
    for (const json& member : shop_document.at("staff")) {
        const std::string role = Text(member, "role");
        const std::string& id = staff.at(Text(member, "name"));
        if (role == "advisor")
            input.advisor_ids.push_back(id);
        else if (role == "technician")
            input.technician_ids.push_back(id);
        else if (role == "manager")
            input.manager_id = id;
    }
    return input;
}

bool IsEmpty(store::Store& store)
{
    return store::CountRows(store, "customers") == 0 && store::CountRows(store, "service_items") == 0;
}

} // namespace

bool SeedDemoDataIfEmpty(store::Store& store, const std::filesystem::path& demo_dir)
{
    if (!IsEmpty(store))
        return false;
    const json catalog_document = LoadJson(demo_dir / "catalog.json");
    const json shop_document = LoadJson(demo_dir / "shop.json");
    const json customers_document = LoadJson(demo_dir / "customers.json");

    WriteTransaction write(store);
    if (!IsEmpty(store)) // another process seeded while the files were read
        return false;
    try {
        const json& settings = shop_document.at("settings");
        const DemoCalendar calendar(store.Clock().NowUtcMs(),
            settings.value(store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes));
        const Catalog catalog = SeedCatalog(write, catalog_document);
        SeedShop(write, shop_document);
        SeedContext context{store, write, catalog, calendar,
            settings.value(store::kSettingVatRateBp, store::kDefaultVatRateBp)};
        const auto by_plate = SeedCustomers(context, customers_document);
        SeedBookings(context, customers_document, by_plate);
        const auto staff = SeedStaff(write, shop_document);
        SeedWorkshop(context, customers_document, by_plate, staff);
        SeedWaiting(context, customers_document, by_plate);
        SeedDemoHistory(write, store,
            HistoryInput(store.Clock().NowUtcMs(), settings, catalog_document, catalog, shop_document, staff,
                Text(customers_document, "notice_version")));
    } catch (const json::exception& error) {
        throw std::runtime_error(
            "Demo data in '" + PathText(demo_dir) + "' is not as expected: " + error.what());
    }
    write.Commit();
    // Today's follow-up calls, so the worklist of a demo shop is full from the first sign-in.
    const std::int64_t utc_offset
        = store::GetIntSetting(store, store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes);
    RefreshFollowUps(store, ShopDate(store.Clock().NowUtcMs(), utc_offset));
    spdlog::info("Seeded the demo shop from '{}' ({} outbox ops)", PathText(demo_dir), store.OutboxSize());
    return true;
}

} // namespace checkin::usecases
