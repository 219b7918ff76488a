#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shared/store/queries_aftercare.h"
#include "shared/sync/roles.h"
#include "shared/usecases/complaints.h"
#include "shared/usecases/survey.h"
#include "unit/usecases/aftercare_test_support.h"

using namespace checkin;
using namespace checkin::usecases;
using checkin::testing::AftercareFixture;
using checkin::testing::kHourMs;
using checkin::testing::kTodayStart;

TEST_SUITE("unit/usecases")
{
    TEST_CASE_FIXTURE(
        AftercareFixture, "A good survey writes the survey and its answers in the order asked, audited")
    {
        const std::string order = DeliveredOrder();
        clock.Advance(10 * 60'000);
        SurveySubmission survey = Survey(order, 5, 9, "师傅很专业");
        std::swap(survey.answers.front(), survey.answers.back()); // any order
        survey = WithScore(survey, "on_time", 3);
        const std::int64_t before = LastSeq();
        const SurveyResult result = SubmitSurvey(*store, survey);

        CHECK_FALSE(result.complaint_id.has_value());
        CHECK(Column("surveys", "repair_order_id", result.survey_id) == order);
        CHECK(Column("surveys", "nps", result.survey_id) == "9");
        CHECK(Column("surveys", "comment", result.survey_id) == "师傅很专业");
        CHECK(Column("surveys", "submitted_at", result.survey_id) == std::to_string(clock.NowUtcMs()));
        CHECK(OpTables(before)
            == std::vector<std::string>{"surveys", "survey_answers", "survey_answers", "survey_answers",
                "survey_answers", "survey_answers", "audit_log"});
        const auto ops = OpsAfter(before);
        std::vector<std::pair<std::string, int>> answers;
        for (std::size_t index = 1; index <= 5; ++index) {
            CHECK(ops[index].columns.at("survey_id") == result.survey_id);
            answers.emplace_back(ops[index].columns.at("question_key").get<std::string>(),
                ops[index].columns.at("score").get<int>());
        }
        CHECK(answers
            == std::vector<std::pair<std::string, int>>{
                {"reception", 5}, {"explanation", 5}, {"quality", 5}, {"on_time", 3}, {"clean", 5}});
        CHECK(LastAudit()
            == std::vector<std::optional<std::string>>{
                std::nullopt, "submit_survey", "surveys", result.survey_id});
        CHECK(Count("complaints") == 0);

        const auto found = store::FindSurveyOfOrder(*store, order);
        REQUIRE(found);
        CHECK(found->survey_id == result.survey_id);
        CHECK(found->nps == 9);
        CHECK(found->submitted_at_utc_ms == clock.NowUtcMs());
        CHECK_FALSE(store::FindSurveyOfOrder(*store, ReadyOrder()).has_value());

        // Everything the survey wrote, a lounge tablet may write.
        for (const auto& op : ops)
            for (const auto& [column, value] : op.columns.items()) {
                CAPTURE(op.table_name);
                CAPTURE(column);
                CHECK(sync::RoleMayWrite(sync::DeviceRole::Lounge, op.table_name, column));
            }
    }

    TEST_CASE_FIXTURE(
        AftercareFixture, "A survey is refused before delivery, twice, with bad scores or a long comment")
    {
        const std::string ready = ReadyOrder();
        CHECK(Refused([&] { SubmitSurvey(*store, Survey(ready, 5, 10)); })
            == RuleViolationCode::OrderNotDelivered);
        CHECK(Refused([&] { SubmitSurvey(*store, Survey("no such order", 5, 10)); })
            == RuleViolationCode::OrderClosed);

        const std::string order = DeliveredOrder();
        const auto bad
            = [&](const SurveySubmission& survey) { return Refused([&] { SubmitSurvey(*store, survey); }); };
        CHECK(bad(WithScore(Survey(order, 5, 10), "quality", 0)) == RuleViolationCode::BadSurveyScore);
        CHECK(bad(WithScore(Survey(order, 5, 10), "quality", 6)) == RuleViolationCode::BadSurveyScore);
        CHECK(bad(Survey(order, 5, -1)) == RuleViolationCode::BadSurveyScore);
        CHECK(bad(Survey(order, 5, 11)) == RuleViolationCode::BadSurveyScore);
        SurveySubmission changed = Survey(order, 5, 10);
        changed.answers.pop_back(); // "clean" left out
        CHECK(bad(changed) == RuleViolationCode::BadSurveyScore);
        changed.answers.emplace_back("price", 5); // a question not asked
        CHECK(bad(changed) == RuleViolationCode::BadSurveyScore);
        changed.answers.back() = {"quality", 5}; // "quality" twice
        CHECK(bad(changed) == RuleViolationCode::BadSurveyScore);
        changed = Survey(order, 5, 10);
        changed.answers.emplace_back("clean", 5); // six answers
        CHECK(bad(changed) == RuleViolationCode::BadSurveyScore);
        CHECK(bad(Survey(order, 5, 10, std::string(1001, 'x'))) == RuleViolationCode::CommentTooLong);
        CHECK(Count("surveys") == 0);

        SubmitSurvey(*store, Survey(order, 4, 8, std::string(1000, 'x')));
        CHECK(bad(Survey(order, 5, 10)) == RuleViolationCode::AlreadySurveyed);
        CHECK(Count("surveys") == 1);
        CHECK(Count("survey_answers") == 5);
    }

    TEST_CASE_FIXTURE(
        AftercareFixture, "A low score opens a complaint in the same transaction, due in one working hour")
    {
        OpenShopHours();
        const std::string order = DeliveredOrder();
        // 17:30 on Wednesday: half an hour today, the other half from 08:00 on Thursday.
        clock.Set(kTodayStart + 17 * kHourMs + 30 * 60'000);
        const std::int64_t before = LastSeq();
        const SurveyResult result = SubmitSurvey(*store, WithScore(Survey(order, 4, 8), "quality", 2));
        REQUIRE(result.complaint_id);
        const std::string complaint = *result.complaint_id;
        CHECK(OpTables(before).back() == "audit_log");
        CHECK(OpTables(before)[6] == "complaints");
        CHECK(Column("complaints", "source", complaint) == "survey");
        CHECK(Column("complaints", "survey_id", complaint) == result.survey_id);
        CHECK(Column("complaints", "repair_order_id", complaint) == order);
        CHECK(Column("complaints", "customer_id", complaint) == wang);
        CHECK(Column("complaints", "status", complaint) == "open");
        CHECK(Column("complaints", "description", complaint) == "NPS 8; quality 2");
        CHECK(Column("complaints", "opened_at", complaint) == std::to_string(clock.NowUtcMs()));
        const std::int64_t due = kTodayStart + checkin::testing::kDayMs + 8 * kHourMs + 30 * 60'000;
        CHECK(Column("complaints", "response_due_at", complaint) == std::to_string(due));

        const auto row = store::LoadComplaint(*store, complaint);
        REQUIRE(row);
        CHECK(row->survey_nps == 8);
        CHECK(row->plate == "粤A88Q61");
        CHECK(row->response_due_at_utc_ms == due);
    }

    TEST_CASE_FIXTURE(
        AftercareFixture, "The low-score edges: an item at 2 or NPS 6 opens a complaint, 3 and 7 do not")
    {
        CHECK_FALSE(SubmitSurvey(*store, Survey(DeliveredOrder(), 3, 7)).complaint_id.has_value());
        CHECK(Count("complaints") == 0);

        const SurveyResult detractor = SubmitSurvey(*store, Survey(DeliveredOrder(), 5, 6, "等太久了"));
        REQUIRE(detractor.complaint_id);
        CHECK(Column("complaints", "description", *detractor.complaint_id) == "等太久了");
        // No working hours on file: every hour counts.
        CHECK(Column("complaints", "response_due_at", *detractor.complaint_id)
            == std::to_string(clock.NowUtcMs() + kComplaintResponseMs));

        // A comment of blanks says nothing either.
        const SurveyResult two = SubmitSurvey(
            *store, WithScore(WithScore(Survey(DeliveredOrder(), 3, 7, " \n"), "clean", 2), "reception", 1));
        REQUIRE(two.complaint_id);
        CHECK(Column("complaints", "description", *two.complaint_id) == "NPS 7; reception 1; clean 2");
        CHECK(Count("complaints") == 2);
    }
}
