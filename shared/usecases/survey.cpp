#include "shared/usecases/survey.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "shared/domain/repair_stage.h"
#include "shared/domain/survey_questions.h"
#include "shared/store/queries_aftercare.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/audit.h"
#include "shared/usecases/complaints.h"
#include "shared/usecases/rule_violation.h"

namespace checkin::usecases {
namespace {

constexpr int kNpsMin = 0;
constexpr int kNpsMax = 10;

// One answer per question, in the order asked; BadSurveyScore for a question not asked, one answered twice or
// left out, or a score outside 1-5.
std::vector<domain::SurveyAnswer> OrderedAnswers(const SurveySubmission& submission)
{
    const auto keys = domain::SurveyQuestionKeys();
    if (submission.answers.size() != keys.size())
        throw RuleViolation(RuleViolationCode::BadSurveyScore);
    std::vector<domain::SurveyAnswer> answers;
    for (const std::string_view key : keys) {
        const auto count = std::count_if(submission.answers.begin(), submission.answers.end(),
            [&](const std::pair<std::string, int>& answer) { return answer.first == key; });
        const auto found = std::find_if(submission.answers.begin(), submission.answers.end(),
            [&](const std::pair<std::string, int>& answer) { return answer.first == key; });
        if (count != 1 || found->second < domain::kSurveyMinScore || found->second > domain::kSurveyMaxScore)
            throw RuleViolation(RuleViolationCode::BadSurveyScore);
        answers.push_back({key, found->second});
    }
    return answers;
}

// What the advisor reads when the customer wrote nothing: "NPS 5; quality 2; clean 1".
std::string LowScoreText(const std::vector<domain::SurveyAnswer>& answers, int nps)
{
    std::string text = "NPS " + std::to_string(nps);
    for (const domain::SurveyAnswer& answer : answers)
        if (answer.score <= domain::kLowItemScore)
            text += "; " + std::string(answer.question_key) + " " + std::to_string(answer.score);
    return text;
}

bool IsBlank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

SurveyResult SubmitSurvey(store::Store& store, const SurveySubmission& submission)
{
    store::WriteTransaction write(store);

    // [SECTION] Every rule, before anything is written
    const std::optional<store::OrderForCloseOut> order
        = store::FindOrderForCloseOut(store, submission.order_id);
    if (!order)
        throw RuleViolation(RuleViolationCode::OrderClosed);
    if (order->stage != domain::RepairStageName(domain::RepairStage::Delivered))
        throw RuleViolation(RuleViolationCode::OrderNotDelivered);
    if (store::FindSurveyOfOrder(store, submission.order_id))
        throw RuleViolation(RuleViolationCode::AlreadySurveyed);
    const std::vector<domain::SurveyAnswer> answers = OrderedAnswers(submission);
    if (submission.nps < kNpsMin || submission.nps > kNpsMax)
        throw RuleViolation(RuleViolationCode::BadSurveyScore);
    if (submission.comment.size() > domain::kSurveyCommentMaxBytes)
        throw RuleViolation(RuleViolationCode::CommentTooLong);

    // [SECTION] The writes
    const std::int64_t now = store.Clock().NowUtcMs();
    SurveyResult result{write.NewId(), std::nullopt};
    write.Upsert("surveys", result.survey_id,
        {{"repair_order_id", submission.order_id}, {"nps", std::int64_t{submission.nps}},
            {"comment",
                submission.comment.empty() ? store::Value(nullptr) : store::Value(submission.comment)},
            {"submitted_at", now}});
    for (const domain::SurveyAnswer& answer : answers)
        write.Upsert("survey_answers", write.NewId(),
            {{"survey_id", result.survey_id}, {"question_key", std::string(answer.question_key)},
                {"score", std::int64_t{answer.score}}});
    if (domain::IsLowSurvey(answers, submission.nps)) {
        result.complaint_id = write.NewId();
        write.Upsert("complaints", *result.complaint_id,
            {{"repair_order_id", submission.order_id}, {"customer_id", order->customer_id},
                {"source", std::string("survey")}, {"survey_id", result.survey_id},
                {"status", std::string("open")},
                {"description",
                    IsBlank(submission.comment) ? LowScoreText(answers, submission.nps) : submission.comment},
                {"opened_at", now}, {"response_due_at", ComplaintResponseDue(store, now)}});
    }
    RecordAudit(write, store, std::nullopt, "submit_survey", "surveys", result.survey_id,
        nlohmann::json{{"repair_order_id", submission.order_id}, {"nps", submission.nps},
            {"complaint_id",
                result.complaint_id ? nlohmann::json(*result.complaint_id) : nlohmann::json(nullptr)}}
            .dump());
    write.Commit();
    return result;
}

} // namespace checkin::usecases
