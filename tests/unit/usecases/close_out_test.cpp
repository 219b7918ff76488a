#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shared/store/queries_aftercare.h"
#include "shared/sync/roles.h"
#include "shared/usecases/close_out.h"
#include "shared/usecases/repair_orders.h"
#include "unit/usecases/aftercare_test_support.h"

using namespace checkin;
using namespace checkin::usecases;
using checkin::testing::AftercareFixture;
using checkin::testing::kDayMs;
using checkin::testing::kHourMs;
using domain::RepairStage;

TEST_SUITE("unit/usecases")
{
    TEST_CASE_FIXTURE(AftercareFixture,
        "Delivery closes a ready order: settlement number, stage event, lines done, the car's last visit, "
        "audit")
    {
        const std::string order = ReadyOrder();
        const auto ready = store::FindOrderForCloseOut(*store, order);
        REQUIRE(ready);
        REQUIRE(ready->approved_line_ids.size() == 1); // the car wash
        const std::string line = ready->approved_line_ids.front();
        SetColumn("repair_orders", order, "mileage_km", std::int64_t{70500}); // the advisor read the odometer
        clock.Advance(kHourMs);
        const std::int64_t before = LastSeq();
        const DeliveryResult result = DeliverOrder(*store, order, advisor);
        const std::int64_t now = clock.NowUtcMs();

        CHECK(result.settlement_number == "JS20241120-001");
        CHECK(result.delivered_at_utc_ms == now);
        CHECK(Column("repair_orders", "stage", order) == "delivered");
        CHECK(Column("repair_orders", "closed_at", order) == std::to_string(now));
        CHECK(Column("repair_orders", "settlement_number", order) == "JS20241120-001");
        CHECK(Column("repair_order_lines", "status", line) == "done");
        CHECK(Column("vehicles", "last_visit_date", wang_car) == "2024-11-20");
        CHECK(Column("vehicles", "last_mileage_km", wang_car) == "70500");
        CHECK(OpTables(before)
            == std::vector<std::string>{
                "repair_orders", "stage_events", "repair_order_lines", "vehicles", "audit_log"});
        const auto ops = OpsAfter(before);
        // The car wash: 50.00 / 1.13 = 44.25 of output value.
        CHECK(ops[0].columns
            == nlohmann::json{{"stage", "delivered"}, {"closed_at", now},
                {"settlement_number", "JS20241120-001"}, {"output_value_fen", 4425}});
        CHECK(ops[1].columns.at("stage") == "delivered");
        CHECK(ops[1].columns.at("by_staff_id") == advisor);
        CHECK(ops[2].columns == nlohmann::json{{"status", "done"}});
        CHECK(LastAudit()
            == std::vector<std::optional<std::string>>{advisor, "deliver_order", "repair_orders", order});

        const auto bill = store::LoadInvoice(*store, order);
        REQUIRE(bill);
        CHECK(bill->settlement_number == "JS20241120-001");
        CHECK(bill->delivered_at_utc_ms == now);
        CHECK(bill->stage == "delivered");
    }

    TEST_CASE_FIXTURE(
        AftercareFixture, "Settlement numbers count up through the shop day and restart the next day")
    {
        const std::string first = ReadyOrder();
        const std::string second = ReadyOrder();
        const std::string third = ReadyOrder();
        CHECK(DeliverOrder(*store, second, advisor).settlement_number == "JS20241120-001");
        CHECK(DeliverOrder(*store, first, advisor).settlement_number == "JS20241120-002");
        // 23:59 is still the same shop day; 00:00 Beijing (16:00 UTC) starts the next one.
        clock.Set(checkin::testing::kTodayStart + kDayMs);
        const std::string next_day = ReadyOrder();
        CHECK(DeliverOrder(*store, next_day, advisor).settlement_number == "JS20241121-001");
        CHECK(DeliverOrder(*store, third, advisor).settlement_number == "JS20241121-002");
        CHECK(Column("vehicles", "last_visit_date", wang_car) == "2024-11-21");
    }

    TEST_CASE_FIXTURE(AftercareFixture, "A car's higher mileage on file is kept at delivery")
    {
        const std::string order = ReadyOrder();
        SetColumn("vehicles", wang_car, "last_mileage_km", std::int64_t{71000});
        DeliverOrder(*store, order, advisor);
        CHECK(Column("vehicles", "last_mileage_km", wang_car) == "71000");
        CHECK(Column("vehicles", "last_visit_date", wang_car) == "2024-11-20");
    }

    TEST_CASE_FIXTURE(AftercareFixture,
        "Delivery refuses an order not ready, pending decisions, a closed order, unknown staff")
    {
        const std::string order = OpenOrder();
        CHECK(Refused([&] { DeliverOrder(*store, order, advisor); }) == RuleViolationCode::OrderNotReady);
        ChangeStage(*store, order, RepairStage::Inspection, advisor);
        ChangeStage(*store, order, RepairStage::InRepair, advisor);
        ChangeStage(*store, order, RepairStage::QualityCheck, advisor);
        CHECK(Refused([&] { DeliverOrder(*store, order, advisor); }) == RuleViolationCode::OrderNotReady);
        // Found at the quality check: the customer has not decided yet.
        const std::string late = AddFinding(order, FindingRating::Yellow, 5000, 0, "雨刮片老化");
        ChangeStage(*store, order, RepairStage::Ready, advisor);
        CHECK(Refused([&] { DeliverOrder(*store, order, advisor); }) == RuleViolationCode::DecisionsPending);
        DecideFinding(*store, late, Decision::Decline, 5000);
        CHECK(Refused([&] { DeliverOrder(*store, order, former); }) == RuleViolationCode::UnknownStaff);
        CHECK(Refused([&] { DeliverOrder(*store, order, "nobody"); }) == RuleViolationCode::UnknownStaff);
        CHECK(Refused([&] { DeliverOrder(*store, "no such order", advisor); })
            == RuleViolationCode::OrderClosed);
        CHECK(Column("repair_orders", "stage", order) == "ready");
        CHECK_FALSE(Column("repair_orders", "settlement_number", order).has_value());

        DeliverOrder(*store, order, advisor);
        CHECK(Refused([&] { DeliverOrder(*store, order, advisor); }) == RuleViolationCode::OrderClosed);
        CHECK(Column("repair_orders", "settlement_number", order) == "JS20241120-001");
    }

    TEST_CASE_FIXTURE(AftercareFixture, "ChangeStage never delivers: only DeliverOrder closes an order")
    {
        const std::string order = ReadyOrder();
        CHECK(Refused([&] { ChangeStage(*store, order, RepairStage::Delivered, advisor); })
            == RuleViolationCode::BadStageMove);
        CHECK(Column("repair_orders", "stage", order) == "ready");
        CHECK_FALSE(Column("repair_orders", "closed_at", order).has_value());
    }

    TEST_CASE_FIXTURE(
        AftercareFixture, "The discount: from nothing up to the whole bill, audited; refused once delivered")
    {
        // Mrs. Wang's car wash (50.00) and front brake pads (300.00 + 500.00): 850.00.
        const std::string order = OpenOrder();
        AddOrderLine(*store, order, brakes, advisor);
        CHECK(
            Refused([&] { SetOrderDiscount(*store, order, -1, advisor); }) == RuleViolationCode::BadDiscount);
        CHECK(Refused([&] { SetOrderDiscount(*store, order, 85001, advisor); })
            == RuleViolationCode::BadDiscount);
        CHECK(Refused([&] { SetOrderDiscount(*store, "no such order", 100, advisor); })
            == RuleViolationCode::OrderClosed);
        CHECK(Refused([&] { SetOrderDiscount(*store, order, 100, former); })
            == RuleViolationCode::UnknownStaff);

        const std::int64_t before = LastSeq();
        SetOrderDiscount(*store, order, 85000, advisor);
        CHECK(Column("repair_orders", "discount_fen", order) == "85000");
        SetOrderDiscount(*store, order, 5000, advisor);
        const auto ops = OpsAfter(before);
        REQUIRE(ops.size() == 4);
        CHECK(ops[2].columns == nlohmann::json{{"discount_fen", 5000}});
        CHECK(ops[3].table_name == "audit_log");
        CHECK(ops[3].columns.at("action") == "set_discount");
        CHECK(nlohmann::json::parse(ops[3].columns.at("detail_json").get<std::string>())
            == nlohmann::json{{"discount_fen", 5000}, {"previous_fen", 85000}, {"total_fen", 85000}});
        const auto bill = store::LoadInvoice(*store, order);
        REQUIRE(bill);
        CHECK(bill->invoice.discount.minor == 5000);
        CHECK(bill->invoice.payable.minor == 80000);

        for (RepairStage stage :
            {RepairStage::Inspection, RepairStage::InRepair, RepairStage::QualityCheck, RepairStage::Ready})
            ChangeStage(*store, order, stage, advisor);
        DeliverOrder(*store, order, advisor);
        CHECK(
            Refused([&] { SetOrderDiscount(*store, order, 0, advisor); }) == RuleViolationCode::OrderClosed);
    }

    TEST_CASE_FIXTURE(
        AftercareFixture, "A discount left above the bill by a removed line holds the delivery back")
    {
        const std::string order = OpenOrder();
        const std::string brake_line = AddOrderLine(*store, order, brakes, advisor);
        SetOrderDiscount(*store, order, 60000, advisor);
        RemoveOrderLine(*store, brake_line, advisor); // 50.00 left, 600.00 off
        for (RepairStage stage :
            {RepairStage::Inspection, RepairStage::InRepair, RepairStage::QualityCheck, RepairStage::Ready})
            ChangeStage(*store, order, stage, advisor);
        CHECK(Refused([&] { DeliverOrder(*store, order, advisor); }) == RuleViolationCode::BadDiscount);
        SetOrderDiscount(*store, order, 5000, advisor);
        CHECK(DeliverOrder(*store, order, advisor).settlement_number == "JS20241120-001");
    }
}
