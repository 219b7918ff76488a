#include "shared/domain/survey_questions.h"

#include <array>

namespace checkin::domain {
namespace {

constexpr std::array<std::string_view, 5> kQuestionKeys
    = {"reception", "explanation", "quality", "on_time", "clean"};

} // namespace

std::span<const std::string_view> SurveyQuestionKeys()
{
    return kQuestionKeys;
}

bool IsLowSurvey(std::span<const SurveyAnswer> answers, std::optional<int> nps)
{
    for (const SurveyAnswer& answer : answers)
        if (answer.score <= kLowItemScore)
            return true;
    return nps && *nps <= kLowNps;
}

NpsClass ClassifyNps(int nps)
{
    if (nps >= 9)
        return NpsClass::Promoter;
    if (nps >= 7)
        return NpsClass::Passive;
    return NpsClass::Detractor;
}

std::optional<double> NetPromoterScore(std::span<const int> nps_answers)
{
    if (nps_answers.empty())
        return std::nullopt;
    int balance = 0; // promoters - detractors
    for (int nps : nps_answers) {
        const NpsClass kind = ClassifyNps(nps);
        balance += kind == NpsClass::Promoter ? 1 : kind == NpsClass::Detractor ? -1 : 0;
    }
    return 100.0 * balance / static_cast<double>(nps_answers.size());
}

std::optional<double> SatisfactionIndex(std::span<const int> item_scores)
{
    if (item_scores.empty())
        return std::nullopt;
    double sum = 0;
    for (int score : item_scores)
        sum += score;
    const double mean = sum / static_cast<double>(item_scores.size());
    return (mean - kSurveyMinScore) / (kSurveyMaxScore - kSurveyMinScore) * 100.0;
}

} // namespace checkin::domain
