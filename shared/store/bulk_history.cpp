#include "shared/store/bulk_history.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "shared/domain/civil_date.h"
#include "shared/domain/invoice.h"
#include "shared/domain/reminders.h"
#include "shared/domain/survey_questions.h"
#include "shared/store/database.h"
#include "shared/store/queries_settings.h"
#include "shared/sync/hlc.h"

namespace checkin::store {
namespace {

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kHourMs = 60 * kMinuteMs;
constexpr std::int64_t kOrdersPerTransaction = 50'000;
constexpr std::int64_t kPurchaseSpanDays = 8 * 365; // cars bought up to 8 years ago
constexpr std::int64_t kFollowUpDays = 45; // delivered orders this recent get day-1/7/30 calls
constexpr int kTodayBookings = 60;
constexpr const char* kBulkPragmas
    = "PRAGMA foreign_keys=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144";
constexpr const char* kRestorePragmas = "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL";

constexpr std::array<std::string_view, 12> kSurnames
    = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙"};
constexpr std::array<std::string_view, 24> kPlateLetters = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K",
    "L", "M", "N", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"};
struct CarModel {
    std::string_view make;
    std::string_view model;
    std::string_view car_class;
};
constexpr std::array<CarModel, 6> kModels = {{{"Volkswagen", "Passat", "mid"}, {"Toyota", "Camry", "mid"},
    {"BMW", "5 Series", "luxury"}, {"Mercedes-Benz", "E-Class", "luxury"}, {"Geely", "Emgrand", "economy"},
    {"BYD", "Qin PLUS", "economy"}}};
constexpr std::array<std::string_view, 7> kOpenStages
    = {"checked_in", "inspection", "awaiting_approval", "in_repair", "quality_check", "washing", "ready"};

struct Item {
    std::string id;
    std::string code;
    std::string name_zh;
    std::int64_t labor_fen = 0;
    std::int64_t parts_fen = 0;
    std::int64_t hours_tenths = 0;
    bool is_package = false;
    std::optional<std::string> part_code;
    std::optional<std::string> part_name;
};

struct Car {
    std::string id;
    std::int64_t customer = 0;
    std::int64_t purchase_day = 0;
    std::int64_t km_per_day = 0;
    std::int64_t last_visit_day = -1; // of the last delivery
    std::int64_t last_mileage = 0;
};

struct Visit {
    std::int64_t opened_at = 0;
    std::int32_t car = 0;
    bool first_maintenance = false;
};

// The prepared INSERTs of one visit.
struct Statements {
    Statement checkin;
    Statement order;
    Statement line;
    Statement finding;
    Statement survey;
    Statement answer;
    Statement complaint;
    Statement followup;
};

void RunOnce(Statement& statement)
{
    statement.Run();
    statement.Reset();
}

class Generator {
public:
    Generator(Store& store, const BulkHistoryOptions& options)
        : m_store(store), m_options(options), m_random(options.seed)
    {
        m_offset = GetIntSetting(store, kSettingUtcOffsetMinutes, kDefaultUtcOffsetMinutes);
        m_vat_bp = GetIntSetting(store, kSettingVatRateBp, kDefaultVatRateBp);
        m_today = domain::LocalDayNumber(options.now_utc_ms, m_offset);
        LoadCatalog();
        LoadStaff();
    }

    BulkHistoryCounts Run();

private:
    std::int64_t Uniform(std::int64_t low, std::int64_t high) // both included
    {
        return std::uniform_int_distribution<std::int64_t>(low, high)(m_random);
    }
    bool Chance(double probability)
    {
        return std::uniform_real_distribution<double>(0, 1)(m_random) < probability;
    }

    // A UUIDv7 of the time from the generator's own random bits, so a seed gives the same ids.
    std::string Id(std::int64_t unix_ms)
    {
        const std::uint64_t random = m_random();
        const std::uint64_t high = (static_cast<std::uint64_t>(unix_ms) << 16) | 0x7000U | (random & 0x0FFFU);
        const std::uint64_t low = 0x8000'0000'0000'0000ULL | (m_random() >> 2);
        char text[40];
        std::snprintf(text, sizeof(text), "%08llx-%04llx-%04llx-%04llx-%012llx",
            static_cast<unsigned long long>(high >> 32),
            static_cast<unsigned long long>((high >> 16) & 0xFFFF),
            static_cast<unsigned long long>(high & 0xFFFF), static_cast<unsigned long long>(low >> 48),
            static_cast<unsigned long long>(low & 0xFFFF'FFFF'FFFFULL));
        return text;
    }
    static std::string Hlc(std::int64_t unix_ms) { return sync::HlcTimestamp{unix_ms, 0}.ToString(); }
    std::int64_t Midnight(std::int64_t day) const { return domain::LocalMidnightUtcMs(day, m_offset); }
    static std::string Compact(const std::string& iso_date)
    {
        return iso_date.substr(0, 4) + iso_date.substr(5, 2) + iso_date.substr(8, 2);
    }

    void LoadCatalog();
    void LoadStaff();
    void PlanCars();
    std::vector<Visit> PlanVisits();
    void WriteCustomersAndBookings(BulkHistoryCounts& counts);
    void WriteVisit(const Visit& visit, Statements& sql, BulkHistoryCounts& counts);
    void WriteCars(BulkHistoryCounts& counts);
    std::vector<const Item*> LinesOf(bool first_maintenance);

    Store& m_store;
    BulkHistoryOptions m_options;
    std::mt19937_64 m_random;
    std::int64_t m_offset = 0;
    std::int64_t m_vat_bp = 0;
    std::int64_t m_today = 0;
    std::vector<Item> m_items;
    const Item* m_first_maintenance = nullptr;
    std::vector<const Item*> m_packages;
    std::vector<const Item*> m_others;
    std::vector<std::string> m_advisors;
    std::vector<std::string> m_technicians;
    std::vector<std::string> m_customer_ids;
    std::vector<Car> m_cars;
    std::int64_t m_number_day = -1;
    int m_day_count = 0;
};

void Generator::LoadCatalog()
{
    Statement select(m_store.Db(), R"sql(
SELECT id, code, name_zh, labor_fen, parts_fen, labor_hours_tenths, is_package, part_code, part_name
FROM service_items WHERE deleted_at IS NULL AND active = 1 ORDER BY sort_order, code
)sql");
    while (select.Step())
        m_items.push_back({select.Text(0), select.Text(1), select.Text(2), select.Int64(3), select.Int64(4),
            select.Int64(5), select.Int64(6) != 0, select.OptionalText(7), select.OptionalText(8)});
    for (const Item& item : m_items) {
        if (item.code == domain::kFirstMaintenanceCode)
            m_first_maintenance = &item;
        else if (item.is_package)
            m_packages.push_back(&item);
        else
            m_others.push_back(&item);
    }
    if (m_items.empty() || m_others.empty())
        throw StoreError(
            StoreErrorCode::Other, "The bulk history needs a catalog in " + m_store.Db().FileName());
    if (m_packages.empty())
        m_packages.push_back(m_others.front());
}

void Generator::LoadStaff()
{
    Statement select(
        m_store.Db(), "SELECT id, role FROM staff WHERE deleted_at IS NULL AND active = 1 ORDER BY id");
    while (select.Step())
        (select.Text(1) == "technician" ? m_technicians : m_advisors).push_back(select.Text(0));
    if (m_advisors.empty())
        throw StoreError(StoreErrorCode::Other, "The bulk history needs staff in " + m_store.Db().FileName());
    if (m_technicians.empty())
        m_technicians = m_advisors;
}

// One car per customer, a second one for every tenth.
void Generator::PlanCars()
{
    const std::int64_t history_start = Midnight(m_today - m_options.years * 365) - 30 * domain::kDayMs;
    for (std::int64_t customer = 0; customer < m_options.customers; ++customer) {
        m_customer_ids.push_back(Id(history_start + customer));
        const int cars = customer % 10 == 9 ? 2 : 1;
        for (int car = 0; car < cars; ++car)
            m_cars.push_back({Id(history_start + customer), customer,
                m_today - Uniform(10, kPurchaseSpanDays), Uniform(20, 60), -1, 0});
    }
}

// Each car's visits: its first maintenance (70 % of the cars bought within the history come back for it),
// then a visit every gap (half to one and a half times the mean), until today or until the customer lapses
// (a fifth of them stop coming at some point). The mean gap is chosen to give about the orders asked for.
std::vector<Visit> Generator::PlanVisits()
{
    const std::int64_t first_day = m_today - m_options.years * 365;
    struct Span {
        std::int64_t start = 0;
        std::int64_t end = 0;
        std::int64_t first_maintenance = -1;
    };
    std::vector<Span> spans;
    std::int64_t span_days = 0;
    std::int64_t first_visits = 0;
    for (const Car& car : m_cars) {
        Span span{std::max(car.purchase_day, first_day), m_today, -1};
        if (Chance(0.2))
            span.end = Uniform(span.start, m_today);
        if (car.purchase_day >= first_day && Chance(0.7)) {
            const std::int64_t day = car.purchase_day + Uniform(60, 110);
            if (day <= span.end) {
                span.first_maintenance = day;
                span.start = day;
                ++first_visits;
            }
        }
        span_days += span.end - span.start;
        spans.push_back(span);
    }
    const std::int64_t wanted = std::max<std::int64_t>(1, m_options.orders - first_visits);
    const double mean_gap
        = std::max(1.0, 0.97 * static_cast<double>(span_days) / static_cast<double>(wanted));

    std::vector<Visit> visits;
    visits.reserve(static_cast<std::size_t>(m_options.orders + m_options.orders / 10));
    const auto opened_at = [&](std::int64_t day) {
        std::int64_t at = Midnight(day) + 8 * kHourMs + Uniform(0, 9 * kHourMs);
        if (day == m_today)
            at = std::min(at, m_options.now_utc_ms - Uniform(10 * kMinuteMs, 3 * kHourMs));
        return at;
    };
    for (std::size_t index = 0; index < spans.size(); ++index) {
        const Span& span = spans[index];
        const auto car = static_cast<std::int32_t>(index);
        if (span.first_maintenance >= 0)
            visits.push_back({opened_at(span.first_maintenance), car, true});
        double day = static_cast<double>(span.start)
            + mean_gap * std::uniform_real_distribution<double>(0, 1)(m_random);
        while (day <= static_cast<double>(span.end)) {
            visits.push_back({opened_at(static_cast<std::int64_t>(day)), car, false});
            day += mean_gap * std::uniform_real_distribution<double>(0.5, 1.5)(m_random);
        }
    }
    // Too many: drop regular visits at random.
    if (static_cast<std::int64_t>(visits.size()) > m_options.orders) {
        std::shuffle(visits.begin(), visits.end(), m_random);
        std::stable_partition(
            visits.begin(), visits.end(), [](const Visit& visit) { return visit.first_maintenance; });
        visits.resize(static_cast<std::size_t>(m_options.orders));
    }
    std::sort(visits.begin(), visits.end(), [](const Visit& a, const Visit& b) {
        return a.opened_at != b.opened_at ? a.opened_at < b.opened_at : a.car < b.car;
    });
    return visits;
}

void Generator::WriteCustomersAndBookings(BulkHistoryCounts& counts)
{
    Transaction transaction(m_store.Db());
    Statement insert(m_store.Db(), R"sql(
INSERT INTO customers (id, created_at, updated_at, hlc, surname, title, full_name, mobile, preferred_language)
VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, 'zh')
)sql");
    const std::int64_t created = Midnight(m_today - m_options.years * 365) - 30 * domain::kDayMs;
    for (std::size_t index = 0; index < m_customer_ids.size(); ++index) {
        const std::string surname(kSurnames[index % kSurnames.size()]);
        insert.BindAll(m_customer_ids[index], created, Hlc(created), surname, index % 2 == 0 ? "mr" : "ms",
            surname + (index % 3 == 0 ? "伟" : "敏"), BulkMobile(static_cast<std::int64_t>(index)));
        insert.Run();
        insert.Reset();
        ++counts.customers;
    }
    // A few of today's bookings not yet arrived, for the kiosk's lookups.
    Statement booking(m_store.Db(), R"sql(
INSERT INTO bookings (id, created_at, updated_at, hlc, customer_id, vehicle_id, booking_code, slot_start, status,
                      source)
VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, 'booked', 'phone')
)sql");
    for (int index = 0; index < kTodayBookings && !m_cars.empty(); ++index) {
        const Car& car
            = m_cars[static_cast<std::size_t>(Uniform(0, static_cast<std::int64_t>(m_cars.size()) - 1))];
        const std::int64_t at = m_options.now_utc_ms - domain::kDayMs;
        char code[16];
        std::snprintf(code, sizeof(code), "BK%04d", index);
        booking.BindAll(Id(at), at, Hlc(at), m_customer_ids[static_cast<std::size_t>(car.customer)], car.id,
            std::string(code), Midnight(m_today) + (9 + index % 8) * kHourMs);
        booking.Run();
        booking.Reset();
        ++counts.bookings;
    }
    transaction.Commit();
}

std::vector<const Item*> Generator::LinesOf(bool first_maintenance)
{
    std::vector<const Item*> lines;
    if (first_maintenance && m_first_maintenance)
        lines.push_back(m_first_maintenance);
    else if (Chance(0.6))
        lines.push_back(m_packages[static_cast<std::size_t>(
            Uniform(0, static_cast<std::int64_t>(m_packages.size()) - 1))]);
    const std::int64_t extra = Uniform(first_maintenance ? 0 : 1, 2);
    for (std::int64_t index = 0; index < extra; ++index) {
        const Item* item
            = m_others[static_cast<std::size_t>(Uniform(0, static_cast<std::int64_t>(m_others.size()) - 1))];
        if (std::find(lines.begin(), lines.end(), item) == lines.end())
            lines.push_back(item);
    }
    return lines;
}

void Generator::WriteVisit(const Visit& visit, Statements& sql, BulkHistoryCounts& counts)
{
    Car& car = m_cars[static_cast<std::size_t>(visit.car)];
    const std::string& customer_id = m_customer_ids[static_cast<std::size_t>(car.customer)];
    const std::int64_t opened = visit.opened_at;
    const std::int64_t day = domain::LocalDayNumber(opened, m_offset);
    const bool open = day == m_today;
    const std::string date = domain::FormatIsoDate(day);
    if (day != m_number_day) {
        m_number_day = day;
        m_day_count = 0;
    }
    ++m_day_count;
    const std::int64_t mileage
        = std::max<std::int64_t>(0, day - car.purchase_day) * car.km_per_day + Uniform(0, 500);
    const std::string& advisor
        = m_advisors[static_cast<std::size_t>(Uniform(0, static_cast<std::int64_t>(m_advisors.size()) - 1))];
    const std::string& technician = m_technicians[static_cast<std::size_t>(
        Uniform(0, static_cast<std::int64_t>(m_technicians.size()) - 1))];

    // [SECTION] Check-in and order
    const std::int64_t arrived = opened - Uniform(3 * kMinuteMs, 25 * kMinuteMs);
    const std::int64_t started = arrived - Uniform(50'000, 300'000);
    const std::string checkin_id = Id(arrived);
    char queue[16];
    std::snprintf(queue, sizeof(queue), "A%03d", m_day_count);
    sql.checkin.BindAll(checkin_id, arrived, Hlc(opened), customer_id, car.id,
        Chance(0.4) ? "booking" : "walk_in", std::string(queue), arrived, mileage,
        Chance(0.5) ? "lounge" : "leave", opened, advisor, started);
    RunOnce(sql.checkin);
    ++counts.checkins;

    // [SECTION] Order, lines and the extra work found
    const std::vector<const Item*> items = LinesOf(visit.first_maintenance);
    std::int64_t total = 0;
    for (const Item* item : items)
        total += item->labor_fen + item->parts_fen;
    const bool found = Chance(0.35);
    const std::int64_t rating_roll = Uniform(0, 9);
    const std::string_view rating = rating_roll < 3 ? "red" : rating_roll < 8 ? "yellow" : "green";
    const std::int64_t labor = Uniform(5, 40) * 1000;
    const std::int64_t parts = Uniform(0, 80) * 1000;
    const bool decidable = found && rating != "green" && (!open || Chance(0.5));
    const bool approved = decidable && Chance(rating == "red" ? 0.75 : 0.45);
    if (approved)
        total += labor + parts;

    const std::int64_t closed = opened + Uniform(kHourMs, 3 * kHourMs);
    char number[32];
    std::snprintf(number, sizeof(number), "RO%s-%03d", Compact(date).c_str(), m_day_count);
    char settlement[32];
    std::snprintf(settlement, sizeof(settlement), "JS%s-%03d", Compact(date).c_str(), m_day_count);
    const std::string order_id = Id(opened);
    const std::int64_t discount = !open && Chance(0.1) ? total / 20 : 0;
    const std::optional<std::int64_t> output_value = open
        ? std::nullopt
        : std::optional<std::int64_t>(
            domain::NetOfRate(domain::Money{total - discount}, static_cast<int>(m_vat_bp)).minor);
    sql.order.BindAll(order_id, opened, Hlc(open ? opened : closed), checkin_id, customer_id, car.id,
        std::string(number), advisor, technician,
        open ? std::string(kOpenStages[static_cast<std::size_t>(Uniform(0, std::ssize(kOpenStages) - 1))])
             : std::string("delivered"),
        opened + 4 * kHourMs, opened, open ? std::optional<std::int64_t>() : closed, mileage, discount,
        m_vat_bp, open ? std::optional<std::string>() : std::string(settlement), open ? opened : closed,
        output_value);
    RunOnce(sql.order);
    ++counts.orders;

    for (const Item* item : items) {
        sql.line.BindAll(Id(opened), opened, Hlc(opened), order_id, item->id, item->name_zh, item->labor_fen,
            item->parts_fen, item->hours_tenths, item->part_code, item->part_name,
            open ? "approved" : "done");
        RunOnce(sql.line);
        ++counts.lines;
    }
    if (found) {
        const std::int64_t decided_at = opened + Uniform(30 * kMinuteMs, 50 * kMinuteMs);
        sql.finding.BindAll(Id(opened + kMinuteMs), opened, Hlc(opened), order_id, "前刹车片磨损",
            "剩余 2 mm", std::string(rating), labor, parts,
            decidable ? (approved ? "approved" : "declined") : "pending",
            decidable ? std::optional<std::int64_t>(decided_at) : std::nullopt,
            approved ? std::optional<std::int64_t>(labor + parts) : std::nullopt);
        RunOnce(sql.finding);
        ++counts.findings;
    }
    if (open)
        return;
    car.last_visit_day = day;
    car.last_mileage = std::max(car.last_mileage, mileage);

    // [SECTION] After delivery: survey, complaint, follow-up calls
    if (Chance(0.3)) {
        const std::int64_t submitted = closed + Uniform(10 * kMinuteMs, 2 * domain::kDayMs);
        if (submitted <= m_options.now_utc_ms) {
            const std::int64_t roll = Uniform(0, 99);
            const std::int64_t nps = roll < 60 ? Uniform(9, 10) : roll < 85 ? Uniform(7, 8) : Uniform(0, 6);
            const std::string survey_id = Id(submitted);
            sql.survey.BindAll(survey_id, submitted, Hlc(submitted), order_id, nps, submitted);
            RunOnce(sql.survey);
            ++counts.surveys;
            for (const std::string_view key : domain::SurveyQuestionKeys()) {
                const std::int64_t score = nps <= 6 ? Uniform(1, 4) : Uniform(4, 5);
                sql.answer.BindAll(
                    Id(submitted), submitted, Hlc(submitted), survey_id, std::string(key), score);
                RunOnce(sql.answer);
            }
            if (nps <= 6) {
                const bool closed_complaint = submitted < m_options.now_utc_ms - 7 * domain::kDayMs;
                sql.complaint.BindAll(Id(submitted), submitted, Hlc(submitted), order_id, customer_id,
                    closed_complaint ? std::optional<std::string>("service") : std::nullopt, submitted,
                    closed_complaint ? std::optional<std::int64_t>(submitted + 30 * kMinuteMs) : std::nullopt,
                    closed_complaint ? std::optional<std::int64_t>(submitted + domain::kDayMs) : std::nullopt,
                    closed_complaint ? std::optional<std::int64_t>(submitted + 2 * domain::kDayMs)
                                     : std::nullopt,
                    closed_complaint ? "closed" : "open", survey_id, "NPS " + std::to_string(nps),
                    submitted + kHourMs);
                RunOnce(sql.complaint);
                ++counts.complaints;
            }
        }
    }
    if (day >= m_today - kFollowUpDays) {
        for (const auto& [kind, after] :
            {std::pair<const char*, std::int64_t>{"day1", 1}, {"day7", 7}, {"day30", 30}}) {
            const std::int64_t due = day + after;
            const bool done = due < m_today && Chance(0.9);
            const std::int64_t done_at = Midnight(due) + 10 * kHourMs;
            sql.followup.BindAll(Id(closed), closed, Hlc(done ? done_at : closed), customer_id, car.id,
                order_id, kind, domain::FormatIsoDate(due),
                done ? std::optional<std::string>("reached") : std::nullopt,
                done ? std::optional<std::int64_t>(done_at) : std::nullopt,
                done ? std::optional<std::string>(advisor) : std::nullopt);
            RunOnce(sql.followup);
            ++counts.followups;
        }
    }
}

void Generator::WriteCars(BulkHistoryCounts& counts)
{
    Transaction transaction(m_store.Db());
    Statement insert(m_store.Db(), R"sql(
INSERT INTO vehicles (id, created_at, updated_at, hlc, customer_id, plate, vin, make, model, year, car_class,
                      purchase_date, last_mileage_km, last_visit_date)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
)sql");
    for (std::size_t index = 0; index < m_cars.size(); ++index) {
        const Car& car = m_cars[index];
        const CarModel& model = kModels[index % kModels.size()];
        char vin[32];
        std::snprintf(vin, sizeof(vin), "LFV2A1BS%09lld", static_cast<long long>(index));
        const std::int64_t created = Midnight(car.purchase_day) + 10 * kHourMs;
        const std::int64_t updated
            = car.last_visit_day >= 0 ? Midnight(car.last_visit_day) + 18 * kHourMs : created;
        const std::string purchase = domain::FormatIsoDate(car.purchase_day);
        insert.BindAll(car.id, created, updated, Hlc(updated),
            m_customer_ids[static_cast<std::size_t>(car.customer)],
            BulkPlate(static_cast<std::int64_t>(index)), std::string(vin), std::string(model.make),
            std::string(model.model), static_cast<std::int64_t>(std::stoll(purchase.substr(0, 4))),
            std::string(model.car_class), purchase,
            car.last_visit_day >= 0 ? car.last_mileage : std::int64_t{0},
            car.last_visit_day >= 0 ? std::optional<std::string>(domain::FormatIsoDate(car.last_visit_day))
                                    : std::nullopt);
        RunOnce(insert);
        ++counts.vehicles;
    }
    transaction.Commit();
}

BulkHistoryCounts Generator::Run()
{
    BulkHistoryCounts counts;
    PlanCars();
    const std::vector<Visit> visits = PlanVisits();
    Database& db = m_store.Db();
    Statement cache_size(db, "PRAGMA cache_size");
    cache_size.Step();
    const std::string restore
        = std::string(kRestorePragmas) + "; PRAGMA cache_size=" + std::to_string(cache_size.Int64(0));
    db.Execute(kBulkPragmas);
    WriteCustomersAndBookings(counts);

    Statements statements{
        Statement(db, R"sql(
INSERT INTO checkins (id, created_at, updated_at, hlc, customer_id, vehicle_id, kind, queue_number, arrived_at,
                      mileage_km, wait_mode, status, confirmed_at, confirmed_by, started_at)
VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'confirmed', ?11, ?12, ?13)
)sql"),
        Statement(db, R"sql(
INSERT INTO repair_orders (id, created_at, updated_at, hlc, checkin_id, customer_id, vehicle_id, number, advisor_id,
                           technician_id, stage, promised_at, opened_at, closed_at, mileage_km, discount_fen,
                           vat_rate_bp, settlement_number, output_value_fen)
VALUES (?1, ?2, ?18, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?19)
)sql"),
        Statement(db, R"sql(
INSERT INTO repair_order_lines (id, created_at, updated_at, hlc, repair_order_id, service_item_id, description,
                                labor_fen, parts_fen, labor_hours_tenths, part_code, part_name, quantity, status,
                                source)
VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, ?12, 'booking')
)sql"),
        Statement(db, R"sql(
INSERT INTO findings (id, created_at, updated_at, hlc, repair_order_id, title, description, rating, labor_fen,
                      parts_fen, decision, decided_at, decided_price_fen)
VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
)sql"),
        Statement(db, R"sql(
INSERT INTO surveys (id, created_at, updated_at, hlc, repair_order_id, nps, submitted_at)
VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)
)sql"),
        Statement(db, R"sql(
INSERT INTO survey_answers (id, created_at, updated_at, hlc, survey_id, question_key, score)
VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)
)sql"),
        Statement(db, R"sql(
INSERT INTO complaints (id, created_at, updated_at, hlc, repair_order_id, customer_id, category, opened_at,
                        first_response_at, resolved_at, closed_at, status, source, survey_id, description,
                        response_due_at)
VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'survey', ?12, ?13, ?14)
)sql"),
        Statement(db, R"sql(
INSERT INTO followups (id, created_at, updated_at, hlc, customer_id, vehicle_id, repair_order_id, kind, due_date,
                       outcome, done_at, done_by, reason)
VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?7)
)sql"),
    };
    try {
        for (std::size_t begin = 0; begin < visits.size(); begin += kOrdersPerTransaction) {
            Transaction transaction(db);
            const std::size_t end
                = std::min(visits.size(), begin + static_cast<std::size_t>(kOrdersPerTransaction));
            for (std::size_t index = begin; index < end; ++index)
                WriteVisit(visits[index], statements, counts);
            transaction.Commit();
        }
        WriteCars(counts);
    } catch (...) {
        db.Execute(restore);
        throw;
    }
    db.Execute(restore);
    db.Execute("ANALYZE; PRAGMA wal_checkpoint(TRUNCATE)");
    return counts;
}

} // namespace

// A bijection of 0..10^9-1 (7919 is prime to 10^9): every customer has a mobile of their own.
std::string BulkMobile(std::int64_t customer_index)
{
    char mobile[16];
    std::snprintf(mobile, sizeof(mobile), "13%09lld",
        static_cast<long long>((customer_index * 7919 + 12345) % 1'000'000'000));
    return mobile;
}

// Unique for the first 2.4 million cars.
std::string BulkPlate(std::int64_t car_index)
{
    const auto letters = static_cast<std::int64_t>(kPlateLetters.size());
    char digits[16];
    std::snprintf(digits, sizeof(digits), "%05lld", static_cast<long long>(car_index / letters % 100'000));
    return "粤" + std::string(kPlateLetters[static_cast<std::size_t>(car_index % letters)]) + digits;
}

BulkHistoryCounts FillBulkHistory(Store& store, const BulkHistoryOptions& options)
{
    return Generator(store, options).Run();
}

} // namespace checkin::store
