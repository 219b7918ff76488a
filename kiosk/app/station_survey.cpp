// The satisfaction survey on the lounge tablet, after the car is handed over: one question per page with
// big labelled answers (a tap moves on), the NPS question, then quick remarks and an optional comment.
// Seven taps in all, well under a minute. A low score opens a complaint; the thanks page then tells the
// customer that the service manager will call within the hour.
#include <algorithm>

#include <spdlog/spdlog.h>

#include "app/app.h"
#include "shared/domain/survey_questions.h"
#include "shared/usecases/rule_violation.h"
#include "shared/usecases/survey.h"

namespace checkin::app {
namespace {

int QuestionCount()
{
    return static_cast<int>(domain::SurveyQuestionKeys().size());
}

} // namespace

void App::Handle(const intent::StartSurvey&)
{
    LoungeState& lounge = m_state.lounge;
    if (!lounge.order || lounge.surveyed)
        return;
    lounge.survey = SurveyDraft{};
    lounge.message_key.clear();
    lounge.screen = LoungeScreen::Survey;
}

void App::Handle(const intent::SetSurveyScore& intent)
{
    SurveyDraft& survey = m_state.lounge.survey;
    if (intent.score < domain::kSurveyMinScore || intent.score > domain::kSurveyMaxScore)
        return;
    auto& scores = survey.scores;
    const auto found = std::find_if(
        scores.begin(), scores.end(), [&](const auto& each) { return each.first == intent.question_key; });
    if (found != scores.end())
        found->second = intent.score;
    else
        scores.emplace_back(intent.question_key, intent.score);
    survey.step = std::min(survey.step + 1, QuestionCount() + 1);
}

void App::Handle(const intent::SetNps& intent)
{
    if (intent.score < 0 || intent.score > 10)
        return;
    m_state.lounge.survey.nps = intent.score;
    m_state.lounge.survey.step = QuestionCount() + 1;
}

void App::Handle(const intent::ToggleSurveyRemark& intent)
{
    auto& remarks = m_state.lounge.survey.remarks;
    const auto found = std::find(remarks.begin(), remarks.end(), intent.remark);
    if (found != remarks.end())
        remarks.erase(found);
    else
        remarks.push_back(intent.remark);
}

void App::Handle(const intent::EditSurveyComment& intent)
{
    m_state.lounge.survey.comment = intent.text.substr(0, domain::kSurveyCommentMaxBytes / 2);
}

void App::Handle(const intent::SurveyBack&)
{
    SurveyDraft& survey = m_state.lounge.survey;
    if (survey.step > 0)
        --survey.step;
}

void App::Handle(const intent::SubmitSurvey&)
{
    LoungeState& lounge = m_state.lounge;
    if (!lounge.order)
        return;
    usecases::SurveySubmission submission;
    submission.order_id = lounge.order->summary.order_id;
    submission.answers = lounge.survey.scores;
    submission.nps = lounge.survey.nps;
    // The remarks go into the comment in the customer's language, as they read them.
    for (const std::string& remark : lounge.survey.remarks) {
        submission.comment += submission.comment.empty() ? "" : "; ";
        submission.comment += m_strings.Text(m_state.language, "survey.remark." + remark);
    }
    if (!lounge.survey.comment.empty())
        submission.comment += (submission.comment.empty() ? "" : "; ") + lounge.survey.comment;
    try {
        const usecases::SurveyResult result = usecases::SubmitSurvey(m_store, submission);
        lounge.survey_was_low = result.complaint_id.has_value();
        lounge.surveyed = true;
        lounge.screen = LoungeScreen::SurveyThanks;
        lounge.message_key.clear();
    } catch (const usecases::RuleViolation& violation) {
        spdlog::info("survey refused: {}", usecases::RuleViolationName(violation.Code()));
        lounge.message_key = "lounge.rule." + std::string(usecases::RuleViolationName(violation.Code()));
        lounge.message_is_error = true;
    }
    LoadStation();
}

} // namespace checkin::app
