#pragma once
// The satisfaction survey (满意度调查) a customer fills on the lounge tablet after delivery: five questions
// scored 1-5 (very dissatisfied .. very satisfied), the NPS question 0-10 and an optional comment. Short on
// purpose: finished in under a minute. A low score opens a complaint at once (DOMAIN.md: respond within
// 1 hour).
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace checkin::domain {

inline constexpr int kSurveyMinScore = 1;
inline constexpr int kSurveyMaxScore = 5;
inline constexpr int kLowItemScore = 2; // an item at or below this is a complaint
inline constexpr int kLowNps = 6; // an NPS at or below this (a detractor) is a complaint
inline constexpr std::size_t kSurveyCommentMaxBytes = 1000;

// The question keys, in the order asked; the text is the string "survey.q.<key>".
// "reception" (greeted and listened to), "explanation" (work and price explained), "quality" (fixed right
// the first time), "on_time" (ready when promised), "clean" (car returned clean).
std::span<const std::string_view> SurveyQuestionKeys();

struct SurveyAnswer {
    std::string_view question_key;
    int score = 0;
};

// Whether these answers call for a complaint: any item at kLowItemScore or less, or an NPS at kLowNps or
// less.
bool IsLowSurvey(std::span<const SurveyAnswer> answers, std::optional<int> nps);

// NPS class of one answer: promoter 9-10, passive 7-8, detractor 0-6.
enum class NpsClass { Detractor, Passive, Promoter };
NpsClass ClassifyNps(int nps);

// Net promoter score of a set of answers: % promoters - % detractors, -100..100; nullopt when empty.
std::optional<double> NetPromoterScore(std::span<const int> nps_answers);

// Customer satisfaction index of item scores 1-5 as 0..100: (mean - 1) / 4 * 100; nullopt when empty.
std::optional<double> SatisfactionIndex(std::span<const int> item_scores);

} // namespace checkin::domain
