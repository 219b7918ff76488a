#pragma once
// The repair-order test shop (repair_order_test_support.h) after the repair: a service manager, cars ready
// for pickup and delivered, surveys, and (on demand) working hours Monday to Saturday 08:00-18:00. The clock
// is still 2024-11-20 09:30 in Beijing, a Wednesday.
#include <doctest/doctest.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "shared/store/write_transaction.h"
#include "shared/usecases/close_out.h"
#include "shared/usecases/repair_orders.h"
#include "shared/usecases/survey.h"
#include "unit/usecases/repair_order_test_support.h"

namespace checkin::testing {

struct AftercareFixture : OrdersFixture {
    std::string manager; // 陈经理
    std::string former_manager; // 周经理, no longer active

    AftercareFixture()
    {
        store::WriteTransaction write(*store);
        manager = Staff(write, "陈经理", "manager", true);
        former_manager = Staff(write, "周经理", "manager", false);
        write.Commit();
    }

    // Monday to Saturday, 08:00-18:00 shop-local; Sunday closed.
    void OpenShopHours()
    {
        store::WriteTransaction write(*store);
        for (std::int64_t weekday = 1; weekday <= 6; ++weekday)
            for (std::int64_t hour = 8; hour < 18; ++hour)
                write.Upsert("shop_capacity", write.NewId(),
                    {{"weekday", weekday}, {"hour", hour}, {"slots", std::int64_t{2}}});
        write.Commit();
    }

    // An order of Mrs. Wang (car wash, 70000 km) moved through the workshop to ready for pickup.
    std::string ReadyOrder()
    {
        const std::string order = OpenOrder();
        for (domain::RepairStage stage : {domain::RepairStage::Inspection, domain::RepairStage::InRepair,
                 domain::RepairStage::QualityCheck, domain::RepairStage::Ready})
            usecases::ChangeStage(*store, order, stage, advisor);
        return order;
    }

    std::string DeliveredOrder()
    {
        const std::string order = ReadyOrder();
        usecases::DeliverOrder(*store, order, advisor);
        return order;
    }

    // Every question answered with the same score.
    static usecases::SurveySubmission Survey(
        const std::string& order_id, int score, int nps, std::string comment = {})
    {
        usecases::SurveySubmission survey;
        survey.order_id = order_id;
        for (const char* key : {"reception", "explanation", "quality", "on_time", "clean"})
            survey.answers.emplace_back(key, score);
        survey.nps = nps;
        survey.comment = std::move(comment);
        return survey;
    }

    // The score of one question changed.
    static usecases::SurveySubmission WithScore(
        usecases::SurveySubmission survey, const std::string& key, int score)
    {
        for (auto& answer : survey.answers)
            if (answer.first == key)
                answer.second = score;
        return survey;
    }

    // The newest audit entry: staff (or nullopt), action, subject table and id.
    std::vector<std::optional<std::string>> LastAudit()
    {
        store::Statement select(store->Db(),
            "SELECT staff_id, action, subject_table, subject_id FROM audit_log l ORDER BY (SELECT "
            "min(o.device_seq) "
            "FROM outbox o WHERE o.table_name = 'audit_log' AND o.row_id = l.id) DESC LIMIT 1");
        REQUIRE(select.Step());
        return {select.OptionalText(0), select.Text(1), select.Text(2), select.Text(3)};
    }

    // The tables of the outbox ops after `after`, in order.
    std::vector<std::string> OpTables(std::int64_t after)
    {
        std::vector<std::string> tables;
        for (const OutboxOp& op : OpsAfter(after))
            tables.push_back(op.table_name);
        return tables;
    }

    // Runs a call that must be refused and checks that it wrote nothing.
    std::optional<usecases::RuleViolationCode> Refused(const std::function<void()>& call)
    {
        const std::int64_t seq = LastSeq();
        const auto code = RuleViolationOf(call);
        CHECK(LastSeq() == seq);
        return code;
    }
};

} // namespace checkin::testing
