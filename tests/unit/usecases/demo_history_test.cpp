#include <doctest/doctest.h>

#include <set>
#include <string>

#include "shared/domain/followup_rules.h"
#include "shared/usecases/demo_history.h"
#include "shared/usecases/followups.h"
#include "unit/usecases/kiosk_test_support.h"

using namespace checkin;
using checkin::testing::kDayMs;
using checkin::testing::KioskFixture;
using checkin::testing::kTodayStart;

namespace {

std::int64_t Scalar(store::Store& store, const std::string& sql)
{
    store::Statement select(store.Db(), sql);
    REQUIRE(select.Step());
    return select.Int64(0);
}

std::set<std::string> Texts(store::Store& store, const std::string& sql)
{
    std::set<std::string> texts;
    store::Statement select(store.Db(), sql);
    while (select.Step())
        texts.insert(select.Text(0));
    return texts;
}

const std::string kHistoryOrders = "SELECT count(*) FROM repair_orders WHERE closed_at >= "
    + std::to_string(kTodayStart - usecases::kDemoHistoryDays * kDayMs) + " AND closed_at < "
    + std::to_string(kTodayStart);

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE("the demo history holds an order or two a working day of the last two months")
    {
        KioskFixture f;
        const std::int64_t orders = Scalar(*f.store, kHistoryOrders);
        CHECK(orders >= 50);
        CHECK(orders <= 2 * 52 + 15); // plus the demo customers' last visits
        CHECK(Scalar(*f.store,
                  "SELECT count(*) FROM repair_orders WHERE settlement_number IS NOT NULL AND "
                  "(stage <> 'delivered' OR settlement_number NOT GLOB "
                  "'JS[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9]' "
                  "OR substr(settlement_number, 3, 8) <> substr(number, 3, 8))")
            == 0);
        // Every history order went through its stages to delivered, and its lines were done.
        CHECK(Scalar(*f.store,
                  "SELECT count(*) FROM repair_orders o WHERE o.settlement_number IS NOT NULL AND NOT EXISTS "
                  "(SELECT 1 FROM stage_events e WHERE e.repair_order_id = o.id AND e.stage = 'delivered' "
                  "AND e.at = o.closed_at)")
            == 0);
        CHECK(
            Scalar(*f.store,
                "SELECT count(*) FROM repair_order_lines l JOIN repair_orders o ON o.id = l.repair_order_id "
                "WHERE o.settlement_number IS NOT NULL AND l.status <> 'done'")
            == 0);
        CHECK(Texts(*f.store,
                  "SELECT DISTINCT decision FROM findings WHERE decided_at < " + std::to_string(kTodayStart))
            == std::set<std::string>{"approved", "declined"});
        CHECK(Texts(*f.store, "SELECT DISTINCT status FROM complaints")
            == std::set<std::string>{"open", "responded", "resolved", "closed"});
        CHECK(Scalar(*f.store, "SELECT count(*) FROM surveys WHERE nps <= 6") >= 3);
        CHECK(Scalar(*f.store, "SELECT count(*) FROM survey_answers")
            == 5 * Scalar(*f.store, "SELECT count(*) FROM surveys"));
        CHECK(Scalar(*f.store,
                  "SELECT count(*) FROM checkins WHERE status = 'confirmed' AND arrived_at < "
                      + std::to_string(kTodayStart)
                      + " AND (started_at IS NULL OR started_at >= arrived_at OR confirmed_at <= arrived_at)")
            == 0);
        // Every car's last visit is its last delivery.
        CHECK(Scalar(*f.store,
                  "SELECT count(*) FROM vehicles v WHERE v.plate LIKE '粤E%' AND v.last_visit_date IS NOT "
                  "(SELECT date(max(o.closed_at) / 1000 + 8 * 3600, 'unixepoch') FROM repair_orders o "
                  "WHERE o.vehicle_id = v.id)")
            == 0);
    }

    TEST_CASE("the demo history leaves today as it was and is the same in every demo store")
    {
        KioskFixture f;
        KioskFixture g;
        const std::string today = std::to_string(kTodayStart);
        CHECK(Scalar(*f.store, "SELECT count(*) FROM repair_orders WHERE closed_at IS NULL") == 6);
        // Today is the workshop's: 7 cars (one handed over minutes ago) and 2 customers waiting.
        CHECK(Scalar(*f.store, "SELECT count(*) FROM checkins WHERE arrived_at >= " + today) == 9);
        CHECK(Scalar(*f.store, "SELECT count(*) FROM repair_orders WHERE closed_at >= " + today) == 1);
        for (const char* sql : {"SELECT count(*) FROM repair_orders",
                 "SELECT sum(labor_fen + parts_fen) FROM repair_order_lines", "SELECT sum(nps) FROM surveys",
                 "SELECT count(*) FROM complaints WHERE status = 'open'",
                 "SELECT count(*) FROM findings WHERE decision = 'declined'"}) {
            CAPTURE(sql);
            CHECK(Scalar(*f.store, sql) == Scalar(*g.store, sql));
        }
    }

    TEST_CASE("the demo worklist has calls of most kinds")
    {
        KioskFixture f;
        usecases::RefreshFollowUps(*f.store, "2024-11-20");
        const std::set<std::string> kinds = Texts(*f.store, "SELECT DISTINCT kind FROM followups");
        for (const char* kind : {"day1", "day7", "day30", "service", "insurance", "inspection", "lapsed_3"})
            CHECK_MESSAGE(kinds.count(kind) == 1, kind);
    }
}
