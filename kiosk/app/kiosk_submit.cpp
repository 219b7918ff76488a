// The use cases at the end of a journey: the estimate the customer sees, the check-in confirmed by the
// signature, a new booking. Each is one transaction in shared/; a refusal comes back as a message in the
// customer's language and the customer stays on the screen, nothing half-written.
#include <spdlog/spdlog.h>

#include "app/app.h"
#include "shared/domain/money.h"
#include "shared/domain/person_name.h"
#include "shared/media/signature.h"
#include "shared/store/blob_store.h"
#include "shared/usecases/book_visit.h"
#include "shared/usecases/check_in.h"
#include "shared/usecases/quote.h"
#include "shared/usecases/rule_violation.h"

namespace checkin::app {
namespace {

constexpr int kSignatureWidthPx = 1200; // the pad is 4:1
constexpr int kSignatureHeightPx = 300;
constexpr int kCalendarDays = 14;
constexpr const char* kPrivacyNoticeVersion = "privacy-notice-2024-01";

usecases::WaitMode ToUseCase(WaitMode mode)
{
    switch (mode) {
    case WaitMode::Lounge:
        return usecases::WaitMode::Lounge;
    case WaitMode::Leave:
        return usecases::WaitMode::Leave;
    case WaitMode::Ride:
        return usecases::WaitMode::Ride;
    }
    return usecases::WaitMode::Lounge;
}

std::optional<usecases::NewCustomerRegistration> RegistrationOf(
    const KioskJourney& journey, i18n::Language language)
{
    if (journey.customer)
        return std::nullopt;
    const Registration& r = journey.registration;
    usecases::NewCustomerRegistration registration;
    registration.plate = journey.plate;
    registration.mobile = r.mobile;
    registration.surname = r.surname;
    registration.title = r.title == "mr" ? domain::Title::Mr
        : r.title == "ms"                ? domain::Title::Ms
                                         : domain::Title::None;
    registration.preferred_language = language == i18n::Language::English ? "en" : "zh";
    registration.make = r.make;
    registration.model = r.model;
    if (r.year > 0)
        registration.year = r.year;
    registration.vin = r.vin;
    if (const auto mileage
        = journey.mileage.empty() ? std::nullopt : std::optional(std::stoll(journey.mileage)))
        registration.mileage_km = mileage;
    registration.privacy_notice_version = kPrivacyNoticeVersion;
    if (r.privacy_accepted)
        registration.privacy_consented_at_utc_ms = r.privacy_accepted_at_ms;
    registration.marketing_consent = r.marketing;
    return registration;
}

} // namespace

void App::ShowRuleViolation(std::string_view name)
{
    spdlog::info("kiosk: refused ({})", name);
    const std::string key = "kiosk.rule." + std::string(name);
    SetMessage(m_strings.Table(m_state.language).Find(key) ? key : "kiosk.rule.other");
}

void App::RefreshEstimate()
{
    KioskJourney& journey = m_state.journey;
    try {
        const std::optional<std::string> booking_id
            = journey.booking ? std::optional<std::string>(journey.booking->id) : std::nullopt;
        journey.estimate = usecases::QuoteServices(m_store, journey.service_ids, booking_id);
    } catch (const usecases::RuleViolation& violation) {
        journey.estimate = {};
        ShowRuleViolation(usecases::RuleViolationName(violation.Code()));
    }
}

void App::LoadCalendar()
{
    KioskJourney& journey = m_state.journey;
    journey.days
        = store::BookableDays(m_store, m_clock.NowUtcMs(), kCalendarDays, m_state.utc_offset_minutes);
    journey.day_start_ms = 0;
    journey.slots.clear();
    journey.slot_start_ms.reset();
}

void App::Handle(const intent::PickDay& intent)
{
    KioskJourney& journey = m_state.journey;
    journey.day_start_ms = intent.day_start_utc_ms;
    journey.slots = store::DaySlots(m_store, intent.day_start_utc_ms, m_state.utc_offset_minutes);
    journey.slot_start_ms.reset();
    SetMessage({}, false);
}

void App::Handle(const intent::PickSlot& intent)
{
    m_state.journey.slot_start_ms = intent.start_utc_ms;
    SetMessage({}, false);
}

bool App::SubmitCheckIn()
{
    KioskJourney& journey = m_state.journey;
    if (journey.signature.Current().Empty()) {
        SetMessage("kiosk.signature.missing");
        return false;
    }
    const std::vector<std::uint8_t> png
        = media::RasterizeSignaturePng(journey.signature.Current(), kSignatureWidthPx, kSignatureHeightPx);
    usecases::CheckInRequest request;
    request.kind = journey.kind == JourneyKind::Booking ? usecases::CheckInKind::Booking
                                                        : usecases::CheckInKind::WalkIn;
    if (journey.booking)
        request.booking_id = journey.booking->id;
    if (journey.customer) {
        request.customer_id = journey.customer->id;
        request.vehicle_id = journey.vehicle_id;
    }
    request.registration = RegistrationOf(journey, m_state.language);
    request.mileage_km = std::stoll(journey.mileage);
    request.started_at_utc_ms = journey.started_at_ms;
    request.mileage_lower_confirmed = journey.mileage_lower_confirmed;
    request.concern_keys.assign(journey.concerns.begin(), journey.concerns.end());
    request.concern_text = journey.concern_note;
    request.wait_mode = ToUseCase(journey.wait_mode.value_or(WaitMode::Lounge));
    request.service_item_ids = journey.service_ids;
    request.signature.authorization_text
        = i18n::Format(m_strings.Text(m_state.language, "kiosk.signature.authorization"),
            {{"total", domain::FormatYuan(journey.estimate.total)}});
    request.signature.estimate_json = domain::EstimateJson(journey.estimate);
    try {
        if (png.empty())
            throw usecases::RuleViolation(usecases::RuleViolationCode::MissingSignature);
        // The image first: a crash before the check-in commits leaves an unreferenced file, never a row
        // pointing at a missing one.
        request.signature.png_sha256 = store::SaveBlob(m_store, png, "png");
        const usecases::CheckInResult result = usecases::CheckIn(m_store, request);
        journey.queue_number = result.queue_number;
        journey.tracking_code = result.tracking_code;
        journey.tracking_qr = media::EncodeQr(result.tracking_code);
        journey.arrived_at_ms = result.arrived_at_utc_ms;
        spdlog::info("kiosk: checked in {} as {}", result.checkin_id, result.queue_number);
        return true;
    } catch (const usecases::RuleViolation& violation) {
        ShowRuleViolation(usecases::RuleViolationName(violation.Code()));
        return false;
    }
}

bool App::SubmitBooking()
{
    KioskJourney& journey = m_state.journey;
    if (!journey.slot_start_ms) {
        SetMessage("kiosk.calendar.pick_slot");
        return false;
    }
    usecases::BookingRequest request;
    if (journey.customer) {
        request.customer_id = journey.customer->id;
        request.vehicle_id = journey.vehicle_id;
    }
    request.registration = RegistrationOf(journey, m_state.language);
    request.slot_start_utc_ms = *journey.slot_start_ms;
    request.service_item_ids = journey.service_ids;
    try {
        const usecases::BookingResult result = usecases::BookVisit(m_store, request);
        journey.booking_code = result.booking_code;
        spdlog::info("kiosk: booked {} as {}", result.booking_id, result.booking_code);
        return true;
    } catch (const usecases::RuleViolation& violation) {
        if (violation.Code() == usecases::RuleViolationCode::SlotFull)
            Handle(intent::PickDay{journey.day_start_ms}); // show the slot as full now
        ShowRuleViolation(usecases::RuleViolationName(violation.Code()));
        return false;
    }
}

} // namespace checkin::app
