#include <doctest/doctest.h>

#include <string_view>
#include <vector>

#include "shared/domain/survey_questions.h"

using namespace checkin::domain;

namespace {

std::vector<SurveyAnswer> Answers(int reception, int explanation, int quality, int on_time, int clean)
{
    return {{"reception", reception}, {"explanation", explanation}, {"quality", quality},
        {"on_time", on_time}, {"clean", clean}};
}

} // namespace

TEST_SUITE("unit/domain")
{
    TEST_CASE("survey: five questions in the order asked")
    {
        const auto keys = SurveyQuestionKeys();
        CHECK(std::vector<std::string_view>(keys.begin(), keys.end())
            == std::vector<std::string_view>{"reception", "explanation", "quality", "on_time", "clean"});
    }

    TEST_CASE("survey: an item at 2 or an NPS at 6 is low; 3 and 7 are not")
    {
        CHECK_FALSE(IsLowSurvey(Answers(3, 3, 3, 3, 3), 7));
        CHECK(IsLowSurvey(Answers(3, 3, 2, 3, 3), 7));
        CHECK(IsLowSurvey(Answers(5, 5, 5, 5, 1), 10));
        CHECK(IsLowSurvey(Answers(5, 5, 5, 5, 5), 6));
        CHECK(IsLowSurvey(Answers(5, 5, 5, 5, 5), 0));
        CHECK_FALSE(IsLowSurvey(Answers(5, 5, 5, 5, 5), 10));
        CHECK_FALSE(IsLowSurvey(Answers(4, 4, 4, 4, 4), std::nullopt));
        CHECK(IsLowSurvey(Answers(4, 2, 4, 4, 4), std::nullopt));
        CHECK(IsLowSurvey({}, 6));
        CHECK_FALSE(IsLowSurvey({}, std::nullopt));
    }

    TEST_CASE("survey: NPS classes and the net promoter score")
    {
        CHECK(ClassifyNps(0) == NpsClass::Detractor);
        CHECK(ClassifyNps(6) == NpsClass::Detractor);
        CHECK(ClassifyNps(7) == NpsClass::Passive);
        CHECK(ClassifyNps(8) == NpsClass::Passive);
        CHECK(ClassifyNps(9) == NpsClass::Promoter);
        CHECK(ClassifyNps(10) == NpsClass::Promoter);

        CHECK_FALSE(NetPromoterScore({}).has_value());
        const std::vector<int> balanced = {10, 9, 8, 7, 6, 0};
        CHECK(*NetPromoterScore(balanced) == doctest::Approx(0.0));
        const std::vector<int> mostly_promoters = {10, 10, 10, 6};
        CHECK(*NetPromoterScore(mostly_promoters) == doctest::Approx(50.0));
        const std::vector<int> detractors = {3, 6};
        CHECK(*NetPromoterScore(detractors) == doctest::Approx(-100.0));
        const std::vector<int> promoters = {9};
        CHECK(*NetPromoterScore(promoters) == doctest::Approx(100.0));
        const std::vector<int> thirds = {9, 7, 5};
        CHECK(*NetPromoterScore(thirds) == doctest::Approx(0.0));
        const std::vector<int> one_in_three = {9, 8, 7};
        CHECK(*NetPromoterScore(one_in_three) == doctest::Approx(100.0 / 3));
    }

    TEST_CASE("survey: the satisfaction index maps the mean score 1..5 to 0..100")
    {
        CHECK_FALSE(SatisfactionIndex({}).has_value());
        const std::vector<int> all_five = {5, 5, 5, 5, 5};
        CHECK(*SatisfactionIndex(all_five) == doctest::Approx(100.0));
        const std::vector<int> all_one = {1, 1};
        CHECK(*SatisfactionIndex(all_one) == doctest::Approx(0.0));
        const std::vector<int> middle = {3};
        CHECK(*SatisfactionIndex(middle) == doctest::Approx(50.0));
        const std::vector<int> good = {4, 5};
        CHECK(*SatisfactionIndex(good) == doctest::Approx(87.5));
        const std::vector<int> mixed = {5, 4, 3, 2, 1};
        CHECK(*SatisfactionIndex(mixed) == doctest::Approx(50.0));
    }
}
