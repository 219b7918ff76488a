// The advisor station's shell: staff sign in with a PIN, see who is waiting, and confirm a kiosk check-in
// into a repair order after a look at the customer file.
#include <algorithm>

#include "app/app.h"
#include "shared/domain/civil_date.h"
#include "shared/store/queries_customer_file.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/usecases/customer_file.h"
#include "shared/usecases/help_request.h"
#include "shared/usecases/repair_orders.h"
#include "shared/usecases/rule_violation.h"
#include "shared/usecases/services_due.h"
#include "shared/usecases/staff.h"

namespace checkin::app {
namespace {

constexpr std::int64_t kPromisedStepMs = 30LL * 60 * 1000;
constexpr std::int64_t kMinimumPromiseMs = 60LL * 60 * 1000; // nothing is promised in less than an hour
constexpr std::int64_t kMonthMs = 30LL * domain::kDayMs;

std::int64_t RoundUpToStep(std::int64_t utc_ms)
{
    return (utc_ms + kPromisedStepMs - 1) / kPromisedStepMs * kPromisedStepMs;
}

// 3, 6 or 9 months without a visit (DOMAIN: lapsed customers are called at each).
LapseLevel LapseOf(const std::vector<store::VisitRecord>& history, std::int64_t now_ms)
{
    if (history.empty())
        return LapseLevel::Active;
    const std::int64_t months = (now_ms - history.front().opened_at_utc_ms) / kMonthMs;
    if (months >= 9)
        return LapseLevel::Lapsed9;
    if (months >= 6)
        return LapseLevel::Lapsed6;
    if (months >= 3)
        return LapseLevel::Lapsed3;
    return LapseLevel::Active;
}

} // namespace

void App::Handle(const intent::SelectStaff& intent)
{
    m_state.advisor.pin_staff_id = intent.staff_id;
    m_state.advisor.pin.clear();
    SetAdvisorMessage({});
}

void App::Handle(const intent::SubmitPin&)
{
    AdvisorState& advisor = m_state.advisor;
    const usecases::SignInResult result = usecases::SignIn(m_store, advisor.pin_staff_id, advisor.pin);
    advisor.pin.clear();
    switch (result.outcome) {
    case usecases::SignInOutcome::SignedIn:
        advisor.session = StaffSession{
            result.staff->id, result.staff->name, std::string(usecases::StaffRoleName(result.staff->role))};
        advisor.pin_staff_id.clear();
        advisor.screen = AdvisorScreen::Arrivals;
        SetAdvisorMessage({});
        LoadStation();
        break;
    case usecases::SignInOutcome::WrongPin:
        SetAdvisorMessage("advisor.signin.wrong_pin", true, std::to_string(result.attempts_left));
        break;
    case usecases::SignInOutcome::Locked:
        SetAdvisorMessage("advisor.signin.locked", true,
            domain::FormatLocalTime(result.locked_until_utc_ms, m_state.utc_offset_minutes));
        break;
    case usecases::SignInOutcome::Unknown:
        SetAdvisorMessage("advisor.signin.unknown");
        break;
    }
    advisor.staff = store::ListActiveStaff(m_store);
}

void App::SignOutStaff(std::string_view reason)
{
    AdvisorState& advisor = m_state.advisor;
    if (advisor.session)
        usecases::SignOut(m_store, advisor.session->staff_id, reason);
    // Nothing of the last session stays on screen for the next person.
    advisor = AdvisorState{};
    advisor.staff = store::ListActiveStaff(m_store);
    if (reason == "idle")
        SetAdvisorMessage("advisor.signin.signed_out_idle", false);
}

void App::Handle(const intent::SignOut&)
{
    SignOutStaff("manual");
}

void App::Handle(const intent::ShowArrivals&)
{
    m_state.advisor.screen = AdvisorScreen::Arrivals;
    m_state.advisor.order.reset();
    SetAdvisorMessage({});
    LoadStation();
}

void App::Handle(const intent::ShowOrders&)
{
    m_state.advisor.screen = AdvisorScreen::Orders;
    m_state.advisor.order.reset();
    SetAdvisorMessage({});
    LoadStation();
}

void App::Handle(const intent::HandleHelp& intent)
{
    if (m_state.advisor.session)
        usecases::HandleHelpRequest(m_store, intent.help_request_id, m_state.advisor.session->staff_id);
    LoadStation();
}

void App::Handle(const intent::OpenCheckIn& intent)
{
    AdvisorState& advisor = m_state.advisor;
    const auto found = std::find_if(advisor.waiting.begin(), advisor.waiting.end(),
        [&](const store::WaitingCheckIn& each) { return each.checkin_id == intent.checkin_id; });
    if (found == advisor.waiting.end())
        return;
    advisor.checkin = *found;
    advisor.customer = store::FindCustomerByPlate(m_store, found->plate);
    if (advisor.customer && advisor.customer->id != found->customer_id)
        advisor.customer.reset();
    advisor.history = store::VisitHistory(m_store, found->customer_id);
    advisor.due.clear();
    const std::int64_t now = m_clock.NowUtcMs();
    if (advisor.customer) {
        const std::string today
            = domain::FormatIsoDate(domain::LocalDayNumber(now, m_state.utc_offset_minutes));
        for (const store::VehicleOnFile& vehicle : advisor.customer->vehicles)
            if (vehicle.id == found->vehicle_id)
                advisor.due
                    = usecases::ServicesDueFor(m_state.catalog.services, vehicle, found->mileage_km, today);
    }
    advisor.lapse = LapseOf(advisor.history, now);
    advisor.full_name_edit
        = advisor.customer && advisor.customer->full_name ? *advisor.customer->full_name : "";
    advisor.technician_id.clear();
    advisor.bay.clear();
    advisor.promised_at_ms = RoundUpToStep(now + kMinimumPromiseMs + 60LL * 60 * 1000);
    advisor.screen = AdvisorScreen::Confirm;
    SetAdvisorMessage({});
}

void App::Handle(const intent::SetTechnician& intent)
{
    AdvisorState& advisor = m_state.advisor;
    advisor.technician_id = advisor.technician_id == intent.staff_id ? std::string() : intent.staff_id;
}

void App::Handle(const intent::SetBay& intent)
{
    AdvisorState& advisor = m_state.advisor;
    advisor.bay = advisor.bay == intent.bay ? std::string() : intent.bay;
}

void App::Handle(const intent::ShiftPromised& intent)
{
    AdvisorState& advisor = m_state.advisor;
    const std::int64_t earliest = RoundUpToStep(m_clock.NowUtcMs() + kMinimumPromiseMs);
    advisor.promised_at_ms
        = std::max<std::int64_t>(earliest, advisor.promised_at_ms + std::int64_t{intent.minutes} * 60'000);
}

void App::Handle(const intent::EditFullName& intent)
{
    m_state.advisor.full_name_edit = intent.text;
}

void App::Handle(const intent::SaveFullName&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session || !advisor.checkin)
        return;
    if (TryStaffAction([&] {
            usecases::SetCustomerFullName(
                m_store, advisor.checkin->customer_id, advisor.full_name_edit, advisor.session->staff_id);
        })) {
        advisor.customer = store::FindCustomerByPlate(m_store, advisor.checkin->plate);
        SetAdvisorMessage("advisor.file.name_saved", false);
        RefreshGlyphs(); // the new name's characters join the font atlas
    }
}

void App::Handle(const intent::ConfirmCheckIn&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session || !advisor.checkin)
        return;
    usecases::ConfirmCheckInRequest request;
    request.checkin_id = advisor.checkin->checkin_id;
    request.advisor_id = advisor.session->staff_id;
    if (!advisor.technician_id.empty())
        request.technician_id = advisor.technician_id;
    request.bay = advisor.bay;
    request.promised_at_utc_ms = advisor.promised_at_ms;
    try {
        const std::string order_id = usecases::ConfirmCheckIn(m_store, request);
        advisor.checkin.reset();
        advisor.customer.reset();
        LoadStation();
        Handle(intent::OpenOrder{order_id});
        SetAdvisorMessage("advisor.confirm.done", false);
    } catch (const usecases::RuleViolation& violation) {
        SetAdvisorMessage("advisor.rule." + std::string(usecases::RuleViolationName(violation.Code())));
        LoadStation();
    }
}

} // namespace checkin::app
