// Settlement and delivery on the advisor station: the itemized bill of the open order (what the customer
// approved, nothing else), the discount typed in yuan, and handing the car over, which starts the survey on
// the lounge tablet and the thank-you calls of the worklist.
#include <charconv>

#include "app/app.h"
#include "shared/store/queries_aftercare.h"
#include "shared/usecases/close_out.h"

namespace checkin::app {
namespace {

// The keypad's text for the saved discount (whole yuan): empty for none, so typing "20" reads "20".
std::string FenToYuanText(std::int64_t fen)
{
    return fen > 0 && fen % 100 == 0 ? std::to_string(fen / 100) : std::string();
}

} // namespace

void App::ReloadInvoice()
{
    AdvisorState& advisor = m_state.advisor;
    advisor.invoice.reset();
    if (advisor.order)
        advisor.invoice = store::LoadInvoice(m_store, advisor.order->summary.order_id);
}

void App::Handle(const intent::OpenCloseOut&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session || !advisor.order)
        return;
    ReloadInvoice();
    if (!advisor.invoice)
        return;
    advisor.discount_yuan = FenToYuanText(advisor.invoice->invoice.discount.minor);
    advisor.screen = AdvisorScreen::CloseOut;
    SetAdvisorMessage({});
}

void App::Handle(const intent::SaveDiscount&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session || !advisor.order)
        return;
    std::int64_t yuan = 0;
    const std::string& typed = advisor.discount_yuan;
    std::from_chars(typed.data(), typed.data() + typed.size(), yuan);
    if (TryStaffAction([&] {
            usecases::SetOrderDiscount(
                m_store, advisor.order->summary.order_id, yuan * 100, advisor.session->staff_id);
        }))
        SetAdvisorMessage("advisor.close.discount_saved", false);
    LoadStation();
}

void App::Handle(const intent::DeliverOrder&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session || !advisor.order)
        return;
    usecases::DeliveryResult delivery;
    if (!TryStaffAction([&] {
            delivery
                = usecases::DeliverOrder(m_store, advisor.order->summary.order_id, advisor.session->staff_id);
        })) {
        LoadStation();
        return;
    }
    LoadStation();
    SetAdvisorMessage("advisor.close.delivered", false, delivery.settlement_number);
}

} // namespace checkin::app
