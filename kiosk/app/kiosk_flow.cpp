// The kiosk journeys as a sequence of screens. Continue leaves a screen only when what it asks for is
// complete (and runs its action: a search, a verification, the final check-in); Back returns to the
// screen before; every journey ends on the attract screen.
#include "app/app.h"

namespace checkin::app {

void App::Handle(const intent::StartJourney& intent)
{
    m_state.journey = KioskJourney{};
    m_state.journey.kind = intent.kind;
    m_state.journey.started_at_ms = m_clock.NowUtcMs();
    m_state.journey.history.push_back(KioskScreen::Menu);
    m_state.screen
        = intent.kind == JourneyKind::Booking ? KioskScreen::FindBooking : KioskScreen::IdentifyPlate;
}

void App::GoTo(KioskScreen screen)
{
    m_state.journey.history.push_back(m_state.screen);
    m_state.screen = screen;
    SetMessage({}, false);
    if (screen == KioskScreen::Calendar)
        LoadCalendar();
}

void App::Handle(const intent::Continue&)
{
    if (m_state.screen == KioskScreen::Attract) {
        GoTo(KioskScreen::Menu);
        return;
    }
    if (m_state.screen == KioskScreen::Ticket || m_state.screen == KioskScreen::BookingConfirmed) {
        ResetJourney();
        return;
    }
    if (!LeaveScreen())
        return;
    GoTo(NextScreen());
}

void App::Handle(const intent::Back&)
{
    KioskJourney& journey = m_state.journey;
    // Nothing is undone after the check-in or the booking was saved: those screens only go forward.
    if (journey.history.empty() || m_state.screen == KioskScreen::Ticket
        || m_state.screen == KioskScreen::BookingConfirmed) {
        ResetJourney();
        return;
    }
    m_state.screen = journey.history.back();
    journey.history.pop_back();
    SetMessage({}, false);
    if (m_state.screen == KioskScreen::Menu)
        journey = KioskJourney{};
}

bool App::LeaveScreen()
{
    switch (m_state.screen) {
    case KioskScreen::FindBooking:
        return SearchBooking();
    case KioskScreen::VerifyIdentity:
        return VerifyIdentity();
    case KioskScreen::IdentifyPlate:
        return IdentifyPlate();
    case KioskScreen::Signature:
        return SubmitCheckIn();
    case KioskScreen::Calendar:
        return SubmitBooking();
    default:
        return CheckField(m_state.screen);
    }
}

KioskScreen App::NextScreen() const
{
    const KioskJourney& journey = m_state.journey;
    const bool booking = journey.kind == JourneyKind::Booking;
    const bool book_visit = journey.kind == JourneyKind::BookVisit;
    const bool returning = journey.customer.has_value();
    switch (m_state.screen) {
    case KioskScreen::FindBooking: // a plate is seen by anyone in the car park: verify before showing
        return journey.lookup_mode == LookupMode::Plate ? KioskScreen::VerifyIdentity
                                                        : KioskScreen::BookingDetails;
    case KioskScreen::VerifyIdentity:
        return KioskScreen::BookingDetails;
    case KioskScreen::BookingDetails:
        return KioskScreen::Mileage;
    case KioskScreen::IdentifyPlate:
        return returning ? KioskScreen::ReturningCustomer : KioskScreen::RegisterMobile;
    case KioskScreen::ReturningCustomer:
        return book_visit ? KioskScreen::Services : KioskScreen::Mileage;
    case KioskScreen::RegisterMobile:
        return KioskScreen::RegisterName;
    case KioskScreen::RegisterName:
        return KioskScreen::RegisterVehicle;
    case KioskScreen::RegisterVehicle:
        return KioskScreen::RegisterVin;
    case KioskScreen::RegisterVin:
        return KioskScreen::Mileage;
    case KioskScreen::Mileage:
        if (booking)
            return KioskScreen::Visit;
        return returning ? KioskScreen::Services : KioskScreen::PrivacyConsent;
    case KioskScreen::PrivacyConsent:
        return KioskScreen::MarketingConsent;
    case KioskScreen::MarketingConsent:
        return KioskScreen::Services;
    case KioskScreen::Services:
        return book_visit ? KioskScreen::Calendar : KioskScreen::Visit;
    case KioskScreen::Visit:
        return KioskScreen::Signature;
    case KioskScreen::Signature:
        return KioskScreen::Ticket;
    case KioskScreen::Calendar:
        return KioskScreen::BookingConfirmed;
    case KioskScreen::Attract:
    case KioskScreen::Menu:
    case KioskScreen::Ticket:
    case KioskScreen::BookingConfirmed:
        break;
    }
    return KioskScreen::Attract;
}

} // namespace checkin::app
