#include "shared/usecases/demo_history.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "shared/domain/civil_date.h"
#include "shared/domain/order_number.h"
#include "shared/domain/queue_number.h"
#include "shared/domain/repair_stage.h"
#include "shared/domain/survey_questions.h"
#include "shared/domain/vin.h"

namespace checkin::usecases {
namespace {

using domain::RepairStage;
using store::Value;

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kHourMs = 60 * kMinuteMs;
constexpr std::uint32_t kSeed = 20241120;

constexpr std::array<std::string_view, 20> kSurnames = {"陈", "刘", "杨", "黄", "赵", "周", "吴", "徐", "孙",
    "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢"};

struct Model {
    std::string_view make;
    std::string_view model;
    std::string_view car_class;
};
constexpr std::array<Model, 10> kModels = {{{"Volkswagen", "Lavida", "economy"},
    {"Toyota", "Corolla", "economy"}, {"Honda", "Accord", "mid"}, {"Nissan", "Sylphy", "economy"},
    {"Buick", "GL8", "mid"}, {"BMW", "325Li", "luxury"}, {"Audi", "A4L", "luxury"},
    {"Geely", "Emgrand", "economy"}, {"Haval", "H6", "mid"}, {"Mercedes-Benz", "C260L", "luxury"}}};

// The services a history visit picks from, when the catalog has them.
constexpr std::array<std::string_view, 8> kVisitServices = {"BASIC-MAINT", "OIL-FILTER", "WASH",
    "CABIN-FILTER", "TYRE-ROTATION", "AC-SERVICE", "BRAKE-PADS-F", "BATTERY-CHECK"};

struct FindingText {
    std::string_view title;
    std::int64_t labor_fen;
    std::int64_t parts_fen;
};
constexpr std::array<FindingText, 5> kFindings
    = {{{"前刹车片磨损到警戒线", 30000, 50000}, {"雨刮片老化", 2000, 8000}, {"空调滤芯脏堵", 5000, 12000},
        {"蓄电池电压偏低", 5000, 60000}, {"轮胎有鼓包", 5000, 90000}}};

constexpr std::array<std::string_view, 3> kLowComments
    = {"等待时间太长，没有人告诉我进度", "取车时车内有油污", "结算价格比估价高，没有提前说明"};
constexpr std::array<std::string_view, 3> kComplaintCategories = {"service", "product", "communication"};

struct HistoryCar {
    std::string customer_id;
    std::string vehicle_id;
    std::int64_t purchase_days_ago = 0;
    std::int64_t km_per_day = 0;
    std::int64_t last_visit_days_ago = -1; // none
};

struct Visit {
    std::int64_t days_ago = 0;
    int car = 0;
};

class HistoryWriter {
public:
    HistoryWriter(store::WriteTransaction& write, store::Store& store, const DemoHistoryInput& input)
        : m_write(write),
          m_store(store),
          m_input(input),
          m_today(domain::LocalDayNumber(input.today_start_utc_ms, input.utc_offset_minutes))
    {
        for (const std::string_view code : kVisitServices) {
            const auto found = std::find_if(input.services.begin(), input.services.end(),
                [&](const DemoHistoryService& service) { return service.code == code; });
            if (found != input.services.end())
                m_services.push_back(&*found);
        }
    }

    void Write()
    {
        if (m_services.empty() || m_input.advisor_ids.empty() || m_input.technician_ids.empty())
            return;
        const std::vector<Visit> visits = Plan();
        WriteCars();
        std::map<std::int64_t, int> per_day;
        std::size_t index = 0;
        for (const Visit& visit : visits)
            WriteVisit(visit, ++per_day[visit.days_ago], index++);
    }

private:
    int Pick(int count) { return static_cast<int>(m_random() % static_cast<std::uint32_t>(count)); }
    std::string Date(std::int64_t days_ago) const { return domain::FormatIsoDate(m_today - days_ago); }
    std::int64_t DayStart(std::int64_t days_ago) const
    {
        return m_input.today_start_utc_ms - days_ago * domain::kDayMs;
    }

    // A visit each working day, now and then two (the shop is closed on Sundays), the cars at random: kept
    // small, tests seed the demo often.
    std::vector<Visit> Plan()
    {
        m_cars.resize(kDemoHistoryCars);
        for (int index = 0; index < kDemoHistoryCars; ++index) {
            m_cars[static_cast<std::size_t>(index)].purchase_days_ago = 400 + (index * 53) % 1800;
            m_cars[static_cast<std::size_t>(index)].km_per_day = 20 + (index * 13) % 60;
        }
        std::vector<Visit> visits;
        for (std::int64_t days_ago = kDemoHistoryDays; days_ago >= 1; --days_ago) {
            if (domain::IsoWeekday(m_today - days_ago) == 7)
                continue;
            const int count = 1 + (Pick(4) == 0 ? 1 : 0);
            for (int index = 0; index < count; ++index) {
                const int car = Pick(kDemoHistoryCars);
                visits.push_back({days_ago, car});
                m_cars[static_cast<std::size_t>(car)].last_visit_days_ago = days_ago;
            }
        }
        return visits;
    }

    std::int64_t MileageOn(const HistoryCar& car, std::int64_t days_ago) const
    {
        return car.km_per_day * (car.purchase_days_ago - days_ago);
    }

    void WriteCars()
    {
        for (int index = 0; index < kDemoHistoryCars; ++index) {
            HistoryCar& car = m_cars[static_cast<std::size_t>(index)];
            const Model& model = kModels[static_cast<std::size_t>(index) % kModels.size()];
            car.customer_id = m_write.NewId();
            char mobile[16];
            std::snprintf(mobile, sizeof(mobile), "137%08d", (index * 104729 + 5003) % 100000000);
            m_write.Upsert("customers", car.customer_id,
                {{"surname", std::string(kSurnames[static_cast<std::size_t>(index) % kSurnames.size()])},
                    {"title", std::string(index % 3 == 0 ? "ms" : "mr")}, {"mobile", std::string(mobile)},
                    {"segment", std::string(model.car_class)}});
            m_write.Upsert("consents", m_write.NewId(),
                {{"customer_id", car.customer_id}, {"kind", std::string("privacy")},
                    {"granted", std::int64_t{1}}, {"notice_version", m_input.notice_version},
                    {"recorded_at", DayStart(car.purchase_days_ago) + 10 * kHourMs},
                    {"device_id", m_store.DeviceId()}});

            car.vehicle_id = m_write.NewId();
            char plate[24];
            std::snprintf(plate, sizeof(plate), "粤E%c%04d", "ABCDEFGHJKLMNPQRSTUVWXYZ"[index % 24],
                1000 + (index * 37) % 9000);
            char serial[24];
            std::snprintf(serial, sizeof(serial), "LFV2A21K0R4%06d", 100000 + index * 7717);
            std::string vin(serial);
            vin[8] = domain::ComputeVinCheckDigit(vin).value_or('0');
            const std::int64_t last_seen = car.last_visit_days_ago >= 0 ? car.last_visit_days_ago : 0;
            store::Columns columns{{"customer_id", car.customer_id}, {"plate", std::string(plate)},
                {"vin", vin}, {"make", std::string(model.make)}, {"model", std::string(model.model)},
                {"year", std::stoll(Date(car.purchase_days_ago).substr(0, 4))},
                {"car_class", std::string(model.car_class)}, {"purchase_date", Date(car.purchase_days_ago)},
                {"last_mileage_km", MileageOn(car, last_seen)},
                {"insurance_expiry", Date(30 - (index * 29) % 400)},
                {"inspection_expiry", Date(20 - (index * 71) % 700)},
                {"licence_expiry", Date(-10 - (index * 131) % 2000)}};
            if (car.last_visit_days_ago >= 0)
                columns.emplace_back("last_visit_date", Date(car.last_visit_days_ago));
            m_write.Upsert("vehicles", car.vehicle_id, columns);
        }
    }

    std::vector<const DemoHistoryService*> PickServices()
    {
        std::vector<const DemoHistoryService*> picked;
        const int count = 1 + Pick(3);
        for (int index = 0; index < count; ++index) {
            const DemoHistoryService* service
                = m_services[static_cast<std::size_t>(Pick(static_cast<int>(m_services.size())))];
            if (std::find(picked.begin(), picked.end(), service) == picked.end())
                picked.push_back(service);
        }
        return picked;
    }

    void WriteLine(const std::string& order, const std::optional<std::string>& item_id,
        const std::string& description, std::int64_t labor, std::int64_t parts, std::int64_t hours_tenths,
        const char* source)
    {
        m_write.Upsert("repair_order_lines", m_write.NewId(),
            {{"repair_order_id", order}, {"service_item_id", item_id ? Value(*item_id) : Value(nullptr)},
                {"description", description}, {"labor_fen", labor}, {"parts_fen", parts},
                {"labor_hours_tenths", hours_tenths}, {"status", std::string("done")},
                {"source", std::string(source)}});
    }

    // One visit: the check-in, the order delivered the same day, maybe a finding, maybe a survey.
    void WriteVisit(const Visit& visit, int number_of_day, std::size_t order_index)
    {
        const HistoryCar& car = m_cars[static_cast<std::size_t>(visit.car)];
        const std::string advisor
            = m_input
                  .advisor_ids[static_cast<std::size_t>(Pick(static_cast<int>(m_input.advisor_ids.size())))];
        const std::string technician = m_input.technician_ids[static_cast<std::size_t>(
            Pick(static_cast<int>(m_input.technician_ids.size())))];
        const std::int64_t arrived_at
            = DayStart(visit.days_ago) + (8 * 60 + 10 + (number_of_day - 1) * 75 + Pick(40)) * kMinuteMs;
        const std::int64_t confirmed_at = arrived_at + (3 + Pick(12)) * kMinuteMs;
        const std::int64_t mileage = MileageOn(car, visit.days_ago) - Pick(50);
        const std::vector<const DemoHistoryService*> services = PickServices();
        std::int64_t estimate = 0;
        for (const DemoHistoryService* service : services)
            estimate += service->labor_fen + service->parts_fen;

        const std::string checkin = m_write.NewId();
        m_write.Upsert("checkins", checkin,
            {{"customer_id", car.customer_id}, {"vehicle_id", car.vehicle_id},
                {"kind", std::string("walk_in")}, {"queue_number", domain::FormatQueueNumber(number_of_day)},
                {"started_at", arrived_at - (90 + Pick(210)) * 1000}, {"arrived_at", arrived_at},
                {"mileage_km", mileage}, {"wait_mode", std::string(Pick(3) == 0 ? "leave" : "lounge")},
                {"status", std::string("confirmed")}, {"confirmed_at", confirmed_at},
                {"confirmed_by", advisor}, {"estimate_fen", estimate}, {"device_id", m_store.DeviceId()}});

        const std::int64_t work_hours = 2 + Pick(4);
        const std::int64_t closed_at = confirmed_at + work_hours * kHourMs + Pick(50) * kMinuteMs;
        const std::int64_t promised_at
            = confirmed_at + work_hours * kHourMs + (Pick(5) == 0 ? -30 : 60) * kMinuteMs;
        const std::string order = m_write.NewId();
        m_write.Upsert("repair_orders", order,
            {{"checkin_id", checkin}, {"customer_id", car.customer_id}, {"vehicle_id", car.vehicle_id},
                {"number", domain::FormatOrderNumber(Date(visit.days_ago), number_of_day)},
                {"advisor_id", advisor}, {"technician_id", technician}, {"bay", std::to_string(1 + Pick(6))},
                {"stage", std::string(domain::RepairStageName(RepairStage::Delivered))},
                {"promised_at", promised_at}, {"opened_at", confirmed_at}, {"closed_at", closed_at},
                {"mileage_km", mileage}, {"vat_rate_bp", m_input.vat_rate_bp},
                {"settlement_number", domain::FormatSettlementNumber(Date(visit.days_ago), number_of_day)}});
        for (const DemoHistoryService* service : services) {
            WriteLine(order, service->id, service->name_zh, service->labor_fen, service->parts_fen,
                service->labor_hours_tenths, "booking");
        }

        const bool found = Pick(10) < 4;
        if (found)
            WriteFinding(order, confirmed_at);
        WriteStages(order, confirmed_at, closed_at, found, advisor, technician);
        // Every complaint step shows: the first visit of each age has a low survey.
        const bool first_of_age = m_ages_with_complaint.insert(ComplaintStatus(visit.days_ago)).second;
        const bool surveyed = Pick(2) == 0 || first_of_age;
        if (surveyed)
            WriteSurvey(order, car, closed_at + (10 + Pick(50)) * kMinuteMs, visit.days_ago,
                first_of_age || order_index % 7 == 3, advisor);
    }

    static std::string ComplaintStatus(std::int64_t days_ago)
    {
        return days_ago > 14 ? "closed" : days_ago > 6 ? "resolved" : days_ago > 2 ? "responded" : "open";
    }

    void WriteFinding(const std::string& order, std::int64_t opened_at)
    {
        const FindingText& text
            = kFindings[static_cast<std::size_t>(Pick(static_cast<int>(kFindings.size())))];
        const bool approved = Pick(10) < 6;
        const std::string title(text.title);
        m_write.Upsert("findings", m_write.NewId(),
            {{"repair_order_id", order}, {"title", title},
                {"rating", std::string(Pick(3) == 0 ? "red" : "yellow")}, {"labor_fen", text.labor_fen},
                {"parts_fen", text.parts_fen}, {"decision", std::string(approved ? "approved" : "declined")},
                {"decided_at", opened_at + (50 + Pick(30)) * kMinuteMs},
                {"decided_price_fen", text.labor_fen + text.parts_fen}});
        if (approved)
            WriteLine(order, std::nullopt, title, text.labor_fen, text.parts_fen, 5, "finding");
    }

    void WriteStages(const std::string& order, std::int64_t opened_at, std::int64_t closed_at, bool asked,
        const std::string& advisor, const std::string& technician)
    {
        // The stages the dashboard times (arrival to repair, repair to ready); the others are left out to
        // keep the seeding quick.
        std::vector<RepairStage> stages = {RepairStage::CheckedIn};
        if (asked)
            stages.push_back(RepairStage::AwaitingApproval);
        stages.insert(stages.end(), {RepairStage::InRepair, RepairStage::Ready});
        const std::int64_t step = (closed_at - opened_at) / static_cast<std::int64_t>(stages.size() + 1);
        for (std::size_t index = 0; index < stages.size(); ++index) {
            const bool workshop
                = stages[index] != RepairStage::CheckedIn && stages[index] != RepairStage::Ready;
            m_write.Upsert("stage_events", m_write.NewId(),
                {{"repair_order_id", order}, {"stage", std::string(domain::RepairStageName(stages[index]))},
                    {"at", opened_at + static_cast<std::int64_t>(index) * step},
                    {"by_staff_id", workshop ? technician : advisor}});
        }
        m_write.Upsert("stage_events", m_write.NewId(),
            {{"repair_order_id", order},
                {"stage", std::string(domain::RepairStageName(RepairStage::Delivered))}, {"at", closed_at},
                {"by_staff_id", advisor}});
    }

    void WriteSurvey(const std::string& order, const HistoryCar& car, std::int64_t submitted_at,
        std::int64_t days_ago, bool low, const std::string& advisor)
    {
        const std::string survey = m_write.NewId();
        const std::span<const std::string_view> keys = domain::SurveyQuestionKeys();
        const std::size_t low_question = static_cast<std::size_t>(Pick(static_cast<int>(keys.size())));
        const std::string comment(
            kLowComments[static_cast<std::size_t>(Pick(static_cast<int>(kLowComments.size())))]);
        m_write.Upsert("surveys", survey,
            {{"repair_order_id", order}, {"nps", std::int64_t{low ? 3 + Pick(3) : 8 + Pick(3)}},
                {"comment", low ? Value(comment) : Value(nullptr)}, {"submitted_at", submitted_at}});
        for (std::size_t index = 0; index < keys.size(); ++index) {
            const std::int64_t score
                = low && index == low_question ? 1 + Pick(2) : (Pick(6) == 0 ? 3 : 4 + Pick(2));
            m_write.Upsert("survey_answers", m_write.NewId(),
                {{"survey_id", survey}, {"question_key", std::string(keys[index])}, {"score", score}});
        }
        if (low)
            WriteComplaint(order, car, survey, comment, submitted_at, days_ago, advisor);
    }

    // A complaint of a low survey, as far along as its age makes likely: open for two days, then
    // responded, resolved after a week, closed after the manager's call after two weeks.
    void WriteComplaint(const std::string& order, const HistoryCar& car, const std::string& survey,
        const std::string& comment, std::int64_t opened_at, std::int64_t days_ago, const std::string& advisor)
    {
        const std::string status = ComplaintStatus(days_ago);
        store::Columns columns{{"repair_order_id", order}, {"customer_id", car.customer_id},
            {"category", std::string(kComplaintCategories[static_cast<std::size_t>(Pick(3))])},
            {"opened_at", opened_at}, {"status", status}, {"source", std::string("survey")},
            {"survey_id", survey}, {"description", comment}, {"response_due_at", opened_at + kHourMs}};
        if (status != "open") {
            columns.emplace_back("first_response_at", opened_at + (20 + Pick(60)) * kMinuteMs);
            columns.emplace_back("responded_by", advisor);
            columns.emplace_back(
                "options_json", nlohmann::json::array({"免费返工并道歉", "下次保养工时费八折"}).dump());
        }
        if (status == "resolved" || status == "closed") {
            columns.emplace_back("chosen_option", std::int64_t{Pick(2)});
            columns.emplace_back("resolution", std::string("已与客户沟通并按所选方案处理"));
            columns.emplace_back("resolved_at", opened_at + 2 * domain::kDayMs);
            columns.emplace_back("resolved_by", advisor);
        }
        if (status == "closed") {
            columns.emplace_back("manager_followup_at", opened_at + 4 * domain::kDayMs);
            columns.emplace_back(
                "manager_id", m_input.manager_id.empty() ? Value(nullptr) : Value(m_input.manager_id));
            columns.emplace_back("manager_note", std::string("客户表示满意"));
            columns.emplace_back("closed_at", opened_at + 5 * domain::kDayMs);
        }
        m_write.Upsert("complaints", m_write.NewId(), columns);
    }

    store::WriteTransaction& m_write;
    store::Store& m_store;
    const DemoHistoryInput& m_input;
    std::int64_t m_today;
    std::mt19937 m_random{kSeed};
    std::vector<const DemoHistoryService*> m_services;
    std::vector<HistoryCar> m_cars;
    std::set<std::string> m_ages_with_complaint;
};

} // namespace

void SeedDemoHistory(store::WriteTransaction& write, store::Store& store, const DemoHistoryInput& input)
{
    HistoryWriter(write, store, input).Write();
}

} // namespace checkin::usecases
