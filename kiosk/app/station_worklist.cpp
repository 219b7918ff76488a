// The advisor's follow-up worklist (回访): the calls of the day by kind, the call open with what the
// customer said, its outcome, and - when the customer says yes - the next visit booked in the same step.
// The day's calls are worked out once per shop day on a worker (FollowUpRefresher).
#include <algorithm>

#include "app/app.h"
#include "shared/domain/civil_date.h"
#include "shared/domain/reminders.h"
#include "shared/store/queries_capacity.h"
#include "shared/store/queries_followups.h"
#include "shared/usecases/followups.h"
#include "shared/usecases/shop_day.h"

namespace checkin::app {
namespace {

constexpr int kWorklistPage = 100;
constexpr int kBookingDays = 14;

std::optional<usecases::FollowUpOutcomeKind> ParseOutcome(std::string_view name)
{
    for (auto outcome : {usecases::FollowUpOutcomeKind::Reached, usecases::FollowUpOutcomeKind::NoAnswer,
             usecases::FollowUpOutcomeKind::Booked, usecases::FollowUpOutcomeKind::Declined,
             usecases::FollowUpOutcomeKind::WrongNumber})
        if (usecases::FollowUpOutcomeName(outcome) == name)
            return outcome;
    return std::nullopt;
}

// The service the call is about, to book it straight away: "OIL-FILTER:date:..." names it; a first
// maintenance call books the first maintenance.
std::optional<std::string> SuggestedService(const store::WorklistItem& item, const KioskCatalog& catalog)
{
    std::string code = item.reason.substr(0, item.reason.find(':'));
    if (item.kind == "first_maintenance")
        code = domain::kFirstMaintenanceCode;
    for (const store::CatalogItem& service : catalog.services)
        if (!code.empty() && service.code == code)
            return service.id;
    return std::nullopt;
}

} // namespace

void App::RefreshWorklistDaily()
{
    const std::int64_t now = m_clock.NowUtcMs();
    m_followup_refresher.Start(m_store.Path(), usecases::ShopDate(now, m_state.utc_offset_minutes), now,
        std::string(RoleName(m_state.role)));
    m_state.advisor.worklist.refreshing = m_followup_refresher.Running();
}

void App::LoadWorklist()
{
    WorklistState& worklist = m_state.advisor.worklist;
    const std::string today = usecases::ShopDate(m_clock.NowUtcMs(), m_state.utc_offset_minutes);
    store::WorklistFilter filter;
    filter.limit = kWorklistPage;
    worklist.counts = store::WorklistCounts(m_store, today, filter);
    if (!worklist.kind.empty())
        filter.kind = worklist.kind;
    worklist.items = store::WorklistItems(m_store, today, filter);
    worklist.refreshing = m_followup_refresher.Running();
    const bool selected_open = std::any_of(worklist.items.begin(), worklist.items.end(),
        [&](const store::WorklistItem& item) { return item.id == worklist.item_id; });
    if (!selected_open) { // logged, or not on this tab: the next call
        worklist.item_id = worklist.items.empty() ? std::string() : worklist.items.front().id;
        worklist.note.clear();
        worklist.booking = false;
    }
}

void App::Handle(const intent::ShowWorklist&)
{
    if (!m_state.advisor.session)
        return;
    m_state.advisor.screen = AdvisorScreen::Worklist;
    m_state.advisor.order.reset();
    SetAdvisorMessage({});
    RefreshWorklistDaily();
    LoadWorklist();
}

void App::Handle(const intent::SetWorklistKind& intent)
{
    m_state.advisor.worklist.kind = intent.kind;
    LoadWorklist();
}

void App::Handle(const intent::SelectFollowUp& intent)
{
    WorklistState& worklist = m_state.advisor.worklist;
    if (worklist.item_id != intent.followup_id) {
        worklist.note.clear();
        worklist.booking = false;
    }
    worklist.item_id = intent.followup_id;
    SetAdvisorMessage({});
}

void App::Handle(const intent::EditFollowUpNote& intent)
{
    m_state.advisor.worklist.note = intent.text.substr(0, 1000);
}

void App::Handle(const intent::LogFollowUp& intent)
{
    AdvisorState& advisor = m_state.advisor;
    const auto outcome = ParseOutcome(intent.outcome);
    if (!advisor.session || !outcome || *outcome == usecases::FollowUpOutcomeKind::Booked)
        return;
    usecases::FollowUpOutcome logged;
    logged.followup_id = advisor.worklist.item_id;
    logged.outcome = *outcome;
    logged.note = advisor.worklist.note;
    logged.staff_id = advisor.session->staff_id;
    if (TryStaffAction([&] { usecases::LogFollowUpOutcome(m_store, logged); })) {
        advisor.worklist.note.clear();
        SetAdvisorMessage("advisor.worklist.logged", false);
    }
    LoadStation();
}

void App::Handle(const intent::StartFollowUpBooking&)
{
    WorklistState& worklist = m_state.advisor.worklist;
    const auto item = std::find_if(worklist.items.begin(), worklist.items.end(),
        [&](const store::WorklistItem& each) { return each.id == worklist.item_id; });
    if (item == worklist.items.end())
        return;
    worklist.booking = true;
    worklist.days
        = store::BookableDays(m_store, m_clock.NowUtcMs(), kBookingDays, m_state.utc_offset_minutes);
    worklist.day_start_ms = 0;
    worklist.slots.clear();
    worklist.slot_start_ms = 0;
    worklist.service_item_ids.clear();
    if (const auto service = SuggestedService(*item, m_state.catalog))
        worklist.service_item_ids.push_back(*service);
    SetAdvisorMessage({});
}

void App::Handle(const intent::WorklistPickDay& intent)
{
    WorklistState& worklist = m_state.advisor.worklist;
    worklist.day_start_ms = intent.day_start_utc_ms;
    worklist.slots = store::DaySlots(m_store, intent.day_start_utc_ms, m_state.utc_offset_minutes);
    worklist.slot_start_ms = 0;
}

void App::Handle(const intent::WorklistPickSlot& intent)
{
    m_state.advisor.worklist.slot_start_ms = intent.start_utc_ms;
}

void App::Handle(const intent::WorklistToggleService& intent)
{
    auto& ids = m_state.advisor.worklist.service_item_ids;
    const auto found = std::find(ids.begin(), ids.end(), intent.service_item_id);
    if (found != ids.end())
        ids.erase(found);
    else
        ids.push_back(intent.service_item_id);
}

void App::Handle(const intent::BookFromFollowUp&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session)
        return;
    WorklistState& worklist = advisor.worklist;
    usecases::FollowUpOutcome logged;
    logged.followup_id = worklist.item_id;
    logged.outcome = usecases::FollowUpOutcomeKind::Booked;
    logged.note = worklist.note;
    logged.staff_id = advisor.session->staff_id;
    logged.slot_start_utc_ms = worklist.slot_start_ms;
    // In catalog order, as the kiosk books them.
    for (const store::CatalogItem& service : m_state.catalog.services)
        if (std::find(worklist.service_item_ids.begin(), worklist.service_item_ids.end(), service.id)
            != worklist.service_item_ids.end())
            logged.service_item_ids.push_back(service.id);
    usecases::FollowUpOutcomeResult result;
    if (TryStaffAction([&] { result = usecases::LogFollowUpOutcome(m_store, logged); }) && result.booking) {
        worklist.booking = false;
        worklist.note.clear();
        SetAdvisorMessage("advisor.worklist.booked", false,
            result.booking->booking_code + "  "
                + usecases::ShopDate(result.booking->slot_start_utc_ms, m_state.utc_offset_minutes) + " "
                + domain::FormatLocalTime(result.booking->slot_start_utc_ms, m_state.utc_offset_minutes));
    }
    LoadStation();
}

} // namespace checkin::app
