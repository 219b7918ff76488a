// Complaints on the advisor station, in the order DOMAIN.md gives them: a first response within the hour
// with the category, two resolution options and the customer's choice, the resolution, then the service
// manager's second call, without which nothing is closed. The use cases refuse a step out of order; the
// screen only offers the next one.
#include "app/app.h"
#include "shared/store/queries_aftercare.h"
#include "shared/usecases/complaints.h"

namespace checkin::app {
namespace {

constexpr std::size_t kComplaintTextMaxBytes = 1000;

std::optional<usecases::ComplaintCategory> ParseCategory(std::string_view name)
{
    for (auto category : {usecases::ComplaintCategory::Product, usecases::ComplaintCategory::Service,
             usecases::ComplaintCategory::Communication})
        if (usecases::ComplaintCategoryName(category) == name)
            return category;
    return std::nullopt;
}

} // namespace

void App::LoadComplaints()
{
    AdvisorState& advisor = m_state.advisor;
    const std::int64_t now = m_clock.NowUtcMs();
    advisor.complaints = store::ComplaintRows(m_store, true, now);
    advisor.complaints_overdue = store::OverdueComplaintCount(m_store, now);
}

void App::Handle(const intent::ShowComplaints&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session)
        return;
    LoadComplaints();
    if (advisor.complaint_id.empty() && !advisor.complaints.empty())
        advisor.complaint_id = advisor.complaints.front().id;
    advisor.screen = AdvisorScreen::Complaints;
    SetAdvisorMessage({});
}

void App::Handle(const intent::SelectComplaint& intent)
{
    AdvisorState& advisor = m_state.advisor;
    if (advisor.complaint_id != intent.complaint_id)
        advisor.complaint_draft = ComplaintDraft{};
    advisor.complaint_id = intent.complaint_id;
    SetAdvisorMessage({});
}

void App::Handle(const intent::RespondToComplaint& intent)
{
    AdvisorState& advisor = m_state.advisor;
    const auto category = ParseCategory(intent.category);
    if (!advisor.session || !category)
        return;
    if (TryStaffAction([&] {
            usecases::RespondToComplaint(m_store, advisor.complaint_id, *category, advisor.session->staff_id);
        }))
        SetAdvisorMessage("advisor.complaint.responded", false);
    LoadStation();
}

void App::Handle(const intent::EditComplaintText& intent)
{
    ComplaintDraft& draft = m_state.advisor.complaint_draft;
    std::string text = intent.text.substr(0, kComplaintTextMaxBytes);
    switch (intent.field) {
    case ComplaintText::OptionA:
        draft.option_a = std::move(text);
        break;
    case ComplaintText::OptionB:
        draft.option_b = std::move(text);
        break;
    case ComplaintText::Resolution:
        draft.resolution = std::move(text);
        break;
    case ComplaintText::ManagerNote:
        draft.manager_note = std::move(text);
        break;
    }
}

void App::Handle(const intent::OfferComplaintOptions&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session)
        return;
    if (TryStaffAction([&] {
            usecases::OfferResolutionOptions(m_store, advisor.complaint_id, advisor.complaint_draft.option_a,
                advisor.complaint_draft.option_b, advisor.session->staff_id);
        }))
        SetAdvisorMessage("advisor.complaint.options_offered", false);
    LoadStation();
}

void App::Handle(const intent::ChooseComplaintOption& intent)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session)
        return;
    TryStaffAction([&] {
        usecases::RecordChosenOption(m_store, advisor.complaint_id, intent.index, advisor.session->staff_id);
    });
    LoadStation();
}

void App::Handle(const intent::ResolveComplaint&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session)
        return;
    if (TryStaffAction([&] {
            usecases::ResolveComplaint(
                m_store, advisor.complaint_id, advisor.complaint_draft.resolution, advisor.session->staff_id);
        }))
        SetAdvisorMessage("advisor.complaint.resolved", false);
    LoadStation();
}

void App::Handle(const intent::RecordManagerFollowUp&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session)
        return;
    if (TryStaffAction([&] {
            usecases::RecordManagerFollowUp(m_store, advisor.complaint_id,
                advisor.complaint_draft.manager_note, advisor.session->staff_id);
        }))
        SetAdvisorMessage("advisor.complaint.followed_up", false);
    LoadStation();
}

void App::Handle(const intent::CloseComplaint&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session)
        return;
    if (TryStaffAction(
            [&] { usecases::CloseComplaint(m_store, advisor.complaint_id, advisor.session->staff_id); }))
        SetAdvisorMessage("advisor.complaint.closed", false);
    LoadStation();
}

} // namespace checkin::app
