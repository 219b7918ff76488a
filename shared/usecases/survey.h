#pragma once
// The customer's satisfaction survey after delivery, from the lounge tablet (no staff signed in). A low
// score (domain::IsLowSurvey) opens a complaint in the same transaction, with its 1-hour response deadline,
// so the advisor's complaint list shows it at once.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "shared/store/store.h"

namespace checkin::usecases {

struct SurveySubmission {
    std::string order_id;
    // One score per question of domain::SurveyQuestionKeys, 1-5, any order.
    std::vector<std::pair<std::string, int>> answers;
    int nps = -1; // 0-10, required
    std::string comment; // optional, at most domain::kSurveyCommentMaxBytes
};

struct SurveyResult {
    std::string survey_id;
    std::optional<std::string> complaint_id; // when the score was low
};

// Writes the survey, its answers (in the order asked) and (when low) a complaint: source "survey", status
// open, the comment as description (when blank: "NPS n" and the low items, e.g. "NPS 5; quality 2"),
// response_due_at from usecases::ComplaintResponseDue; plus an audit entry without staff. Rules: OrderClosed
// (unknown order), OrderNotDelivered, AlreadySurveyed, BadSurveyScore, CommentTooLong.
SurveyResult SubmitSurvey(store::Store& store, const SurveySubmission& submission);

} // namespace checkin::usecases
