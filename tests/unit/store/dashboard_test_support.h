#pragma once
// A small shop history with every figure of the manager's dashboard known by hand, for the tests of the
// figures, the exports and erasure. The range is 2024-11-01 .. 2024-11-07 (Beijing), today 2024-11-20.
//
// Check-ins (arrived): c1 Nov 1 09:00 (kiosk 2 min, confirmed after 10 min), c2 Nov 1 10:00 (1 min,
// 20 min), c3 Nov 3 09:00 (no started_at, 30 min), c4 Nov 3 11:00 cancelled (5 min), c5 Oct 31 23:59 (out of
// range), c6 Nov 7 23:59 waiting (1 min).
// Orders: o1 Mr. Zhang's car A delivered Nov 1 15:00: a done line 100 + 200 yuan, a declined line, a
// tombstoned line, a red finding approved at 200 yuan, a yellow one declined; discount 13 yuan; VAT 13 %.
// o2 Mrs. Wang's car B delivered Nov 3 16:00: a done line 113 yuan, a yellow finding approved at 22.60 yuan.
// o3 car C delivered Nov 8 (out of range) 1,000 yuan, a red finding approved Oct 31 (out of range).
// Open: o4 in_repair, o5 ready, o6 in_repair (car P6's first maintenance, not delivered).
// Surveys: Nov 1 NPS 10 all 5s (o1), Nov 3 NPS 6 all 3s (o2), Nov 5 NPS 9 scores 5,4,4,4,4 (o3).
// First maintenance (FIRST-MAINT every 3 months, window 6): P1 bought May 1 came Aug 1 for it; P2 bought
// May 7 came Oct 1 for a maintenance package; P3 bought May 3 came only for an oil change; P6 bought May 5
// has it open; P4 bought May 8 (still in its window on Nov 7), P5 bought Apr 30 (closed Oct 30), a deleted
// car bought May 2.
// Lapse (last visits as of Nov 20): Aug 20 and May 21 at risk, May 20 nearly lost, Feb 20 and 2023-01-01
// lost; Aug 21 and Nov 1 not lapsed; a deleted car and a car never delivered not counted.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/civil_date.h"
#include "shared/domain/clock.h"
#include "shared/store/store.h"
#include "shared/store/write_transaction.h"
#include "unit/store/store_test_support.h"

namespace checkin::testing {

struct DashboardFixture {
    static constexpr std::int64_t kHour = 3'600'000;
    static constexpr std::int64_t kDay = 24 * kHour;
    static constexpr std::int64_t kMinute = 60'000;
    // 2024-11-01 00:00 in Beijing.
    static constexpr std::int64_t kNov1 = 1730390400000;

    TempFolder temp;
    domain::ManualClock clock{kStoreTestNowUtcMs};
    std::unique_ptr<store::Store> store = store::Store::Open(temp.DatabasePath(), clock, "advisor");

    std::string first_maintenance;
    std::string package;
    std::string oil;
    std::string manager;
    std::string advisor;
    std::string zhang; // 张伟, 13910452287, car A 粤A5M823 VIN LSVAB2180E2100429
    std::string wang; // 王敏, 15821937460, car B 粤A88Q61
    std::string car_a;
    std::string car_b;
    std::string car_c;
    std::string o1;
    std::string o2;
    std::string o3;
    std::string c1;

    // Nov 1 + days, at hour:minute Beijing time.
    static std::int64_t At(std::int64_t days, std::int64_t hour, std::int64_t minute = 0)
    {
        return kNov1 + days * kDay + hour * kHour + minute * kMinute;
    }

    DashboardFixture()
    {
        store::WriteTransaction write(*store);
        write.Upsert("settings", "utc_offset_minutes", {{"value", std::string("480")}});
        write.Upsert("settings", "vat_rate_bp", {{"value", std::string("1300")}});
        write.Upsert("settings", "shop_name_zh", {{"value", std::string("骏达汽车4S店")}});
        first_maintenance = Item(write, "FIRST-MAINT", "首保", 3, true);
        package = Item(write, "BASIC-MAINT", "基础保养", 6, true);
        oil = Item(write, "OIL-FILTER", "更换机油机滤", 6, false);
        manager = Staff(write, "刘经理", "manager");
        advisor = Staff(write, "李娜", "advisor");

        zhang = Customer(write, "张", "张伟", "13910452287");
        wang = Customer(write, "王", "王敏", "15821937460");
        car_a = Car(write, zhang, "粤A5M823", "LSVAB2180E2100429", std::nullopt, "2024-11-01");
        car_b = Car(write, wang, "粤A88Q61", std::nullopt, std::nullopt, "2024-11-01");
        car_c = Car(write, wang, "粤A00C01", std::nullopt, std::nullopt, std::nullopt);

        // [SECTION] Check-ins
        c1 = CheckIn(write, zhang, car_a, At(0, 9), At(0, 8, 58), At(0, 9, 10), "confirmed");
        CheckIn(write, wang, car_b, At(0, 10), At(0, 9, 59), At(0, 10, 20), "confirmed");
        CheckIn(write, wang, car_b, At(2, 9), std::nullopt, At(2, 9, 30), "confirmed");
        CheckIn(write, wang, car_c, At(2, 11), At(2, 10, 55), std::nullopt, "cancelled");
        CheckIn(write, wang, car_c, At(-1, 23, 59), At(-1, 23, 50), At(0, 0, 30), "confirmed");
        CheckIn(write, wang, car_c, At(6, 23, 59), At(6, 23, 58), std::nullopt, "waiting");

        // [SECTION] Orders
        o1 = Order(write, zhang, car_a, "RO20241101-001", At(0, 9, 10), At(0, 15), 1300, c1);
        Line(write, o1, oil, 10000, 20000, "done");
        Line(write, o1, oil, 5000, 0, "declined");
        const std::string dropped = Line(write, o1, oil, 7000, 0, "done");
        write.Tombstone("repair_order_lines", dropped);
        Finding(write, o1, "red", 10000, 10000, "approved", At(0, 11), 20000);
        Finding(write, o1, "yellow", 3000, 0, "declined", At(0, 11), std::nullopt);
        Finding(write, o1, "green", 1000, 0, "pending", std::nullopt, std::nullopt);
        o2 = Order(write, wang, car_b, "RO20241103-001", At(2, 10, 20), At(2, 16), 0, std::nullopt);
        Line(write, o2, oil, 11300, 0, "done");
        Finding(write, o2, "yellow", 2000, 1000, "approved", At(2, 12), 2260);
        o3 = Order(write, wang, car_c, "RO20241108-001", At(7, 9), At(7, 12), 0, std::nullopt);
        Line(write, o3, oil, 100000, 0, "done");
        Finding(write, o3, "red", 5000, 0, "approved", At(-1, 12), 5000);
        Order(write, wang, car_c, "RO20241120-001", kStoreTestNowUtcMs, std::nullopt, 0, std::nullopt,
            "in_repair");
        Order(
            write, wang, car_c, "RO20241120-002", kStoreTestNowUtcMs, std::nullopt, 0, std::nullopt, "ready");

        // [SECTION] Surveys
        Survey(write, o1, At(0, 18), 10, {5, 5, 5, 5, 5});
        Survey(write, o2, At(2, 18), 6, {3, 3, 3, 3, 3});
        Survey(write, o3, At(4, 18), 9, {5, 4, 4, 4, 4});

        // [SECTION] First maintenance
        const std::string p1 = Car(write, wang, "粤A00P01", std::nullopt, "2024-05-01", std::nullopt);
        Line(write,
            Order(write, wang, p1, "RO20240801-001", Day("2024-08-01", 9), Day("2024-08-01", 12), 0,
                std::nullopt),
            first_maintenance, 0, 0, "done");
        const std::string p2 = Car(write, wang, "粤A00P02", std::nullopt, "2024-05-07", std::nullopt);
        Line(write,
            Order(write, wang, p2, "RO20241001-001", Day("2024-10-01", 9), Day("2024-10-01", 12), 0,
                std::nullopt),
            package, 0, 0, "done");
        const std::string p3 = Car(write, wang, "粤A00P03", std::nullopt, "2024-05-03", std::nullopt);
        Line(write,
            Order(write, wang, p3, "RO20240701-001", Day("2024-07-01", 9), Day("2024-07-01", 12), 0,
                std::nullopt),
            oil, 0, 0, "done");
        Car(write, wang, "粤A00P04", std::nullopt, "2024-05-08", std::nullopt);
        Car(write, wang, "粤A00P05", std::nullopt, "2024-04-30", std::nullopt);
        const std::string p6 = Car(write, wang, "粤A00P06", std::nullopt, "2024-05-05", std::nullopt);
        Line(write,
            Order(write, wang, p6, "RO20241120-003", kStoreTestNowUtcMs, std::nullopt, 0, std::nullopt,
                "in_repair"),
            first_maintenance, 0, 0, "approved");
        write.Tombstone("vehicles", Car(write, wang, "粤A00P07", std::nullopt, "2024-05-02", std::nullopt));

        // [SECTION] Lapse
        for (const char* date :
            {"2024-08-20", "2024-05-21", "2024-05-20", "2024-02-20", "2023-01-01", "2024-08-21"})
            Car(write, wang, "粤A00L01", std::nullopt, std::nullopt, std::string(date));
        write.Tombstone("vehicles", Car(write, wang, "粤A00L02", std::nullopt, std::nullopt, "2023-01-01"));
        write.Commit();
    }

    // The date at hour:00 Beijing time.
    static std::int64_t Day(const std::string& date, std::int64_t hour)
    {
        return domain::LocalMidnightUtcMs(*domain::ParseIsoDate(date), 480) + hour * kHour;
    }

    static std::string Item(store::WriteTransaction& write, const std::string& code,
        const std::string& name_zh, std::int64_t interval_months, bool is_package)
    {
        const std::string id = write.NewId();
        write.Upsert("service_items", id,
            {{"code", code}, {"name_en", code}, {"name_zh", name_zh}, {"interval_months", interval_months},
                {"is_package", std::int64_t{is_package ? 1 : 0}}, {"labor_hours_tenths", std::int64_t{5}},
                {"part_code", std::string("P-") + code}, {"part_name", name_zh + "配件"}});
        return id;
    }

    static std::string Staff(store::WriteTransaction& write, const std::string& name, const std::string& role)
    {
        const std::string id = write.NewId();
        write.Upsert("staff", id, {{"name", name}, {"role", role}});
        return id;
    }

    static std::string Customer(store::WriteTransaction& write, const std::string& surname,
        const std::string& full_name, const std::string& mobile)
    {
        const std::string id = write.NewId();
        write.Upsert("customers", id,
            {{"surname", surname}, {"title", std::string(surname == "张" ? "mr" : "ms")},
                {"full_name", full_name}, {"mobile", mobile}, {"notes", std::string("喜欢下午来店")}});
        return id;
    }

    static store::Value Optional(const std::optional<std::string>& text)
    {
        return text ? store::Value(*text) : store::Value(nullptr);
    }
    static store::Value Optional(const std::optional<std::int64_t>& number)
    {
        return number ? store::Value(*number) : store::Value(nullptr);
    }

    static std::string Car(store::WriteTransaction& write, const std::string& customer,
        const std::string& plate, const std::optional<std::string>& vin,
        const std::optional<std::string>& purchase_date, const std::optional<std::string>& last_visit_date)
    {
        const std::string id = write.NewId();
        write.Upsert("vehicles", id,
            {{"customer_id", customer}, {"plate", plate}, {"vin", Optional(vin)},
                {"make", std::string("Toyota")}, {"model", std::string("Camry")},
                {"purchase_date", Optional(purchase_date)}, {"last_visit_date", Optional(last_visit_date)},
                {"last_mileage_km", std::int64_t{30100}}});
        return id;
    }

    static std::string CheckIn(store::WriteTransaction& write, const std::string& customer,
        const std::string& car, std::int64_t arrived, std::optional<std::int64_t> started,
        std::optional<std::int64_t> confirmed, const std::string& status)
    {
        const std::string id = write.NewId();
        write.Upsert("checkins", id,
            {{"customer_id", customer}, {"vehicle_id", car}, {"kind", std::string("walk_in")},
                {"arrived_at", arrived}, {"started_at", Optional(started)},
                {"confirmed_at", Optional(confirmed)}, {"status", status},
                {"mileage_km", std::int64_t{30500}}, {"concerns_text", std::string("刹车有异响，张先生说")}});
        return id;
    }

    static std::string Order(store::WriteTransaction& write, const std::string& customer,
        const std::string& car, const std::string& number, std::int64_t opened,
        std::optional<std::int64_t> closed, std::int64_t discount, const std::optional<std::string>& checkin,
        const std::string& open_stage = "in_repair")
    {
        const std::string id = write.NewId();
        write.Upsert("repair_orders", id,
            {{"customer_id", customer}, {"vehicle_id", car}, {"number", number},
                {"checkin_id", Optional(checkin)}, {"stage", closed ? std::string("delivered") : open_stage},
                {"opened_at", opened}, {"closed_at", Optional(closed)}, {"mileage_km", std::int64_t{30500}},
                {"discount_fen", discount}, {"vat_rate_bp", std::int64_t{1300}},
                {"settlement_number",
                    closed ? store::Value("JS" + number.substr(2)) : store::Value(nullptr)}});
        return id;
    }

    static std::string Line(store::WriteTransaction& write, const std::string& order, const std::string& item,
        std::int64_t labor, std::int64_t parts, const std::string& status)
    {
        const std::string id = write.NewId();
        write.Upsert("repair_order_lines", id,
            {{"repair_order_id", order}, {"service_item_id", item}, {"description", std::string("保养项目")},
                {"labor_fen", labor}, {"parts_fen", parts}, {"labor_hours_tenths", std::int64_t{5}},
                {"part_code", std::string("PC-1")}, {"part_name", std::string("机油滤清器")},
                {"quantity", 1.0}, {"status", status}, {"source", std::string("advisor")}});
        return id;
    }

    static std::string Finding(store::WriteTransaction& write, const std::string& order,
        const std::string& rating, std::int64_t labor, std::int64_t parts, const std::string& decision,
        std::optional<std::int64_t> decided_at, std::optional<std::int64_t> decided_price)
    {
        const std::string id = write.NewId();
        write.Upsert("findings", id,
            {{"repair_order_id", order}, {"title", std::string("前刹车片磨损")}, {"rating", rating},
                {"labor_fen", labor}, {"parts_fen", parts}, {"decision", decision},
                {"decided_at", Optional(decided_at)}, {"decided_price_fen", Optional(decided_price)}});
        return id;
    }

    static std::string Survey(store::WriteTransaction& write, const std::string& order,
        std::int64_t submitted, std::int64_t nps, const std::vector<std::int64_t>& scores)
    {
        const std::string id = write.NewId();
        write.Upsert("surveys", id,
            {{"repair_order_id", order}, {"nps", nps}, {"submitted_at", submitted},
                {"comment", std::string("张先生很满意")}});
        const char* const keys[] = {"reception", "explanation", "quality", "on_time", "clean"};
        for (std::size_t index = 0; index < scores.size(); ++index)
            write.Upsert("survey_answers", write.NewId(),
                {{"survey_id", id}, {"question_key", std::string(keys[index])}, {"score", scores[index]}});
        return id;
    }
};

} // namespace checkin::testing
