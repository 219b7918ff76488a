// The satisfaction survey (满意度调查), one question per page: big answers with words, not just numbers, so
// nobody has to guess which end is good; a tap moves on. Then "would you recommend us" 0-10, then quick
// remarks and an optional comment typed with the tablet's own keyboard.
#include <algorithm>
#include <array>

#include <imgui.h>

#include "screens/lounge/lounge_screens.h"
#include "shared/domain/survey_questions.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

constexpr std::array<const char*, 5> kRemarks = {"wait", "price", "explain", "clean", "friendly"};

int ScoreOf(const SurveyDraft& survey, std::string_view key)
{
    for (const auto& [question, score] : survey.scores)
        if (question == key)
            return score;
    return 0;
}

void Progress(const ScreenContext& context, int step, int steps)
{
    ui::TextMuted(i18n::Format(context.T("lounge.survey.progress"),
        {{"step", std::to_string(step + 1)}, {"steps", std::to_string(steps)}}));
}

void Question(const ScreenContext& context, std::string_view key, int selected)
{
    ImGui::PushFont(ui::CurrentFonts().heading);
    ui::TextWrapped(context.T("survey.q." + std::string(key)));
    ImGui::PopFont();
    ImGui::Dummy(ui::Em(0, 0.6f));
    const float width = ImGui::GetContentRegionAvail().x / 5.0f - ui::Em(0.6f);
    for (int score = domain::kSurveyMaxScore; score >= domain::kSurveyMinScore; --score) {
        if (score != domain::kSurveyMaxScore)
            ImGui::SameLine();
        const std::string label = context.T("survey.score." + std::to_string(score));
        if (ui::Chip(label.c_str(), selected == score, true, width))
            context.intents.Push(intent::SetSurveyScore{std::string(key), score});
    }
}

void Recommend(const ScreenContext& context, int selected)
{
    ImGui::PushFont(ui::CurrentFonts().heading);
    ui::TextWrapped(context.T("survey.nps"));
    ImGui::PopFont();
    ImGui::Dummy(ui::Em(0, 0.6f));
    const float width = ImGui::GetContentRegionAvail().x / 11.0f - ui::Em(0.5f);
    for (int score = 0; score <= 10; ++score) {
        if (score > 0)
            ImGui::SameLine();
        if (ui::Chip(std::to_string(score).c_str(), selected == score, true, width))
            context.intents.Push(intent::SetNps{score});
    }
    ui::TextMuted(context.T("survey.nps_low"));
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(context.C("survey.nps_high")).x);
    ui::TextMuted(context.T("survey.nps_high"));
}

void Remarks(const ScreenContext& context, const SurveyDraft& survey)
{
    ImGui::PushFont(ui::CurrentFonts().heading);
    ui::TextWrapped(context.T("survey.remarks"));
    ImGui::PopFont();
    for (const char* remark : kRemarks) {
        const bool picked
            = std::find(survey.remarks.begin(), survey.remarks.end(), remark) != survey.remarks.end();
        if (ui::Chip(context.C("survey.remark." + std::string(remark)), picked))
            context.intents.Push(intent::ToggleSurveyRemark{remark});
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::Dummy(ui::Em(0, 0.4f));
    std::array<char, 512> buffer{};
    survey.comment.copy(buffer.data(), buffer.size() - 1);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    if (ImGui::InputTextWithHint("##comment", context.C("survey.comment_hint"), buffer.data(), buffer.size()))
        context.intents.Push(intent::EditSurveyComment{buffer.data()});
    ImGui::Dummy(ui::Em(0, 0.6f));
    if (ui::Button(
            context.C("lounge.survey.send"), {.size = {ui::Em(14), 0}, .style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::SubmitSurvey{});
}

} // namespace

void DrawLoungeSurveyScreen(const ScreenContext& context)
{
    const LoungeState& lounge = context.state.lounge;
    const SurveyDraft& survey = lounge.survey;
    const auto questions = domain::SurveyQuestionKeys();
    const int steps = static_cast<int>(questions.size()) + 2;
    ui::Heading(context.T("lounge.survey.title"));
    Progress(context, survey.step, steps);
    if (!lounge.message_key.empty())
        ui::TextColored(lounge.message_is_error ? ui::colors::kDanger : ui::colors::kSuccess,
            context.T(lounge.message_key));
    ImGui::Dummy(ui::Em(0, 1.0f));
    const auto step = static_cast<std::size_t>(survey.step);
    if (step < questions.size())
        Question(context, questions[step], ScoreOf(survey, questions[step]));
    else if (step == questions.size())
        Recommend(context, survey.nps);
    else
        Remarks(context, survey);
    ImGui::Dummy(ui::Em(0, 1.0f));
    if (survey.step > 0 && ui::Button(context.C("lounge.survey.back")))
        context.intents.Push(intent::SurveyBack{});
}

void DrawLoungeSurveyThanksScreen(const ScreenContext& context)
{
    const LoungeState& lounge = context.state.lounge;
    ImGui::Dummy(ui::Em(0, 3.0f));
    ui::TextCentered(context.T("lounge.survey.thanks"), ui::TextSize::Heading);
    ImGui::Dummy(ui::Em(0, 1.0f));
    ui::TextCentered(
        context.T(lounge.survey_was_low ? "lounge.survey.manager_will_call" : "lounge.survey.see_you"));
    ImGui::Dummy(ui::Em(0, 2.0f));
    ImGui::SetCursorPosX((ImGui::GetContentRegionMax().x - ui::Em(14)) * 0.5f);
    if (ui::Button(
            context.C("lounge.survey.finish"), {.size = {ui::Em(14), 0}, .style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::LeaveLounge{});
}

} // namespace checkin::app::screens
