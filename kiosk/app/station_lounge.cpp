// The lounge tablet: a customer opens their own car with the ticket's tracking code, or the plate and the
// last 4 digits of their mobile, follows the repair and decides on the extra work found. Nothing of another
// customer is ever shown, and the tablet forgets the car after a while without a touch.
#include <algorithm>

#include <spdlog/spdlog.h>

#include "app/app.h"
#include "shared/domain/plate.h"
#include "shared/store/queries_aftercare.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/usecases/repair_orders.h"
#include "shared/usecases/rule_violation.h"

namespace checkin::app {
namespace {

constexpr int kMaxLoungeAttempts = 5; // then the customer is asked to see an advisor
constexpr float kMinZoom = 1.0f;
constexpr float kMaxZoom = 4.0f;

} // namespace

void App::Handle(const intent::SetLoungeLookup& intent)
{
    m_state.lounge.lookup = intent.by_plate ? LoungeLookup::Plate : LoungeLookup::Code;
    m_state.lounge.typing_last4 = false;
    m_state.lounge.message_key.clear();
}

void App::Handle(const intent::TypeLoungeLast4& intent)
{
    m_state.lounge.typing_last4 = intent.on && domain::CheckChinaPlate(m_state.lounge.plate).valid;
}

void App::Handle(const intent::OpenLoungeOrder&)
{
    LoungeState& lounge = m_state.lounge;
    if (lounge.failed_attempts >= kMaxLoungeAttempts) {
        lounge.message_key = "lounge.enter.see_advisor";
        lounge.message_is_error = true;
        return;
    }
    std::optional<std::string> order_id;
    if (lounge.lookup == LoungeLookup::Code)
        order_id = store::FindLoungeOrderByCode(m_store, lounge.code);
    else if (domain::CheckChinaPlate(lounge.plate).valid && lounge.last4.size() == 4)
        order_id = store::FindLoungeOrderByPlate(m_store, lounge.plate, lounge.last4);
    if (order_id)
        lounge.order = store::LoadOrder(m_store, *order_id);
    if (!lounge.order) {
        ++lounge.failed_attempts;
        lounge.message_key = "lounge.enter.not_found";
        lounge.message_is_error = true;
        return;
    }
    lounge.code.clear();
    lounge.plate.clear();
    lounge.last4.clear();
    lounge.failed_attempts = 0;
    lounge.message_key.clear();
    lounge.screen = LoungeScreen::Order;
    ReloadLoungeOrder(); // a car already handed over opens on its survey
}

// The car open on the tablet, as the store has it now: its bill once it is ready, and the survey as soon
// as it has been handed over (the customer is usually still standing at the tablet).
void App::ReloadLoungeOrder()
{
    LoungeState& lounge = m_state.lounge;
    if (!lounge.order)
        return;
    lounge.order = store::LoadOrder(m_store, lounge.order->summary.order_id);
    if (!lounge.order) { // the order left this tablet's scope
        Handle(intent::LeaveLounge{});
        return;
    }
    const std::string& stage = lounge.order->summary.stage;
    lounge.invoice.reset();
    if (stage == "ready" || stage == "delivered")
        lounge.invoice = store::LoadInvoice(m_store, lounge.order->summary.order_id);
    lounge.surveyed = store::FindSurveyOfOrder(m_store, lounge.order->summary.order_id).has_value();
    if (stage == "delivered" && !lounge.surveyed && lounge.screen == LoungeScreen::Order)
        Handle(intent::StartSurvey{});
}

void App::Handle(const intent::DecideFinding& intent)
{
    LoungeState& lounge = m_state.lounge;
    if (!lounge.order)
        return;
    // Only a finding of the car open on this tablet.
    const auto& findings = lounge.order->findings;
    if (std::none_of(findings.begin(), findings.end(),
            [&](const store::FindingRecord& each) { return each.id == intent.finding_id; }))
        return;
    try {
        usecases::DecideFinding(m_store, intent.finding_id,
            intent.approve ? usecases::Decision::Approve : usecases::Decision::Decline,
            intent.shown_price_fen);
        lounge.message_key = intent.approve ? "lounge.decision.approved" : "lounge.decision.declined";
        lounge.message_is_error = false;
    } catch (const usecases::RuleViolation& violation) {
        spdlog::info("decision refused: {}", usecases::RuleViolationName(violation.Code()));
        lounge.message_key = "lounge.rule." + std::string(usecases::RuleViolationName(violation.Code()));
        lounge.message_is_error = true;
    }
    LoadStation();
}

void App::Handle(const intent::ViewPhoto& intent)
{
    LoungeState& lounge = m_state.lounge;
    if (!lounge.order || intent.index >= lounge.order->photos.size())
        return;
    lounge.photo_index = intent.index;
    lounge.zoom = kMinZoom;
    lounge.screen = LoungeScreen::Photo;
}

void App::Handle(const intent::StepPhoto& intent)
{
    LoungeState& lounge = m_state.lounge;
    if (!lounge.order || lounge.order->photos.empty())
        return;
    const auto count = static_cast<long>(lounge.order->photos.size());
    const long next = static_cast<long>(lounge.photo_index) + intent.delta;
    lounge.photo_index = static_cast<std::size_t>(std::clamp(next, 0L, count - 1));
    lounge.zoom = kMinZoom;
}

void App::Handle(const intent::ZoomPhoto& intent)
{
    m_state.lounge.zoom = std::clamp(m_state.lounge.zoom * intent.factor, kMinZoom, kMaxZoom);
}

void App::Handle(const intent::ClosePhoto&)
{
    m_state.lounge.screen = LoungeScreen::Order;
}

void App::Handle(const intent::LeaveLounge&)
{
    // Forget the car: the next customer starts from code entry.
    const bool chinese = m_state.chinese_available;
    m_state.lounge = LoungeState{};
    m_state.language = chinese ? m_config.language : i18n::Language::English;
}

} // namespace checkin::app
