// What the customer types and picks, one field per screen, and whether a screen is complete. Each check
// says what is wrong in the customer's language; nothing is written to the store here.
#include <algorithm>
#include <charconv>

#include "app/app.h"
#include "shared/domain/mileage.h"
#include "shared/domain/phone.h"
#include "shared/domain/region.h"
#include "shared/domain/vin.h"

namespace checkin::app {
namespace {

constexpr size_t kPlateMaxChars = 8;
constexpr size_t kMobileDigits = 11;
constexpr size_t kVerifyMaxChars = 6;
constexpr size_t kSurnameLatinMaxChars = 24;
constexpr size_t kVinChars = 17;
constexpr size_t kMileageMaxDigits = 7;
constexpr size_t kConcernNoteMaxChars = 80;

std::optional<std::int64_t> ParseMileage(const std::string& text)
{
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

void App::Handle(const intent::EditText& intent)
{
    KioskJourney& journey = m_state.journey;
    switch (intent.field) {
    case TextField::Plate:
        ui::ApplyKeyEdit(journey.plate, intent.edit, kPlateMaxChars);
        break;
    case TextField::Mobile:
        ui::ApplyKeyEdit(journey.mobile, intent.edit, kMobileDigits);
        break;
    case TextField::VerifyCode:
        ui::ApplyKeyEdit(journey.verify_code, intent.edit, kVerifyMaxChars);
        break;
    case TextField::RegisterMobile:
        ui::ApplyKeyEdit(journey.registration.mobile, intent.edit, kMobileDigits);
        break;
    case TextField::SurnameLatin:
        ui::ApplyKeyEdit(journey.registration.surname, intent.edit, kSurnameLatinMaxChars);
        break;
    case TextField::Vin:
        ui::ApplyKeyEdit(journey.registration.vin, intent.edit, kVinChars);
        journey.registration.vin_skipped = false;
        break;
    case TextField::ConcernNote:
        ui::ApplyKeyEdit(journey.concern_note, intent.edit, kConcernNoteMaxChars);
        break;
    case TextField::Mileage:
        ui::ApplyKeyEdit(journey.mileage, intent.edit, kMileageMaxDigits);
        journey.mileage_lower_confirmed = false;
        break;
    case TextField::Pin:
    case TextField::FindingPrice:
    case TextField::LoungeCode:
    case TextField::LoungePlate:
    case TextField::LoungeLast4:
    case TextField::Discount:
        EditStationText(intent.field, intent.edit);
        return;
    }
    SetMessage({}, false);
}

void App::Handle(const intent::PickSurname& intent)
{
    m_state.journey.registration.surname = intent.surname;
    m_state.journey.registration.surname_latin = false;
}

void App::Handle(const intent::SetSurnameLatin& intent)
{
    m_state.journey.registration.surname_latin = intent.latin;
    m_state.journey.registration.surname.clear();
}

void App::Handle(const intent::SetTitle& intent)
{
    m_state.journey.registration.title = intent.title;
}

void App::Handle(const intent::PickMake& intent)
{
    Registration& registration = m_state.journey.registration;
    if (registration.make != intent.make)
        registration.model.clear();
    registration.make = intent.make;
}

void App::Handle(const intent::PickModel& intent)
{
    m_state.journey.registration.model = intent.model;
}

void App::Handle(const intent::PickYear& intent)
{
    m_state.journey.registration.year = intent.year;
}

void App::Handle(const intent::SkipVin&)
{
    m_state.journey.registration.vin.clear();
    m_state.journey.registration.vin_skipped = true;
    Handle(intent::Continue{});
}

void App::Handle(const intent::ConfirmLowerMileage&)
{
    m_state.journey.mileage_lower_confirmed = true;
    SetMessage({}, false);
}

void App::Handle(const intent::AcceptPrivacy&)
{
    Registration& registration = m_state.journey.registration;
    registration.privacy_accepted = true;
    registration.privacy_accepted_at_ms = m_clock.NowUtcMs();
    Handle(intent::Continue{});
}

void App::Handle(const intent::SetMarketing& intent)
{
    m_state.journey.registration.marketing = intent.granted;
}

void App::Handle(const intent::ToggleService& intent)
{
    std::vector<std::string>& chosen = m_state.journey.service_ids;
    if (std::erase(chosen, intent.service_item_id) == 0)
        chosen.push_back(intent.service_item_id);
    // Keep the catalog's order, so the estimate reads the same way as the menu.
    std::vector<std::string> ordered;
    for (const store::CatalogItem& item : m_state.catalog.services)
        if (std::find(chosen.begin(), chosen.end(), item.id) != chosen.end())
            ordered.push_back(item.id);
    chosen = std::move(ordered);
    SetMessage({}, false);
    RefreshEstimate();
}

void App::Handle(const intent::ToggleConcern& intent)
{
    std::set<std::string>& concerns = m_state.journey.concerns;
    if (!concerns.erase(intent.concern))
        concerns.insert(intent.concern);
}

void App::Handle(const intent::ToggleConcernNote&)
{
    m_state.journey.concern_note_open = !m_state.journey.concern_note_open;
}

void App::Handle(const intent::SetWaitMode& intent)
{
    m_state.journey.wait_mode = intent.mode;
    SetMessage({}, false);
}

void App::Handle(const intent::SignatureStroke& intent)
{
    ui::ApplySignaturePadEvent(m_state.journey.signature, intent.event);
    SetMessage({}, false);
}

void App::Handle(const intent::UndoSignature&)
{
    m_state.journey.signature.Undo();
}

void App::Handle(const intent::ClearSignature&)
{
    m_state.journey.signature.Clear();
}

bool App::CheckField(KioskScreen screen)
{
    KioskJourney& journey = m_state.journey;
    Registration& registration = journey.registration;
    switch (screen) {
    case KioskScreen::BookingDetails:
        if (!journey.booking)
            SetMessage("kiosk.booking.choose");
        return journey.booking.has_value();
    case KioskScreen::ReturningCustomer:
        return !journey.vehicle_id.empty();
    case KioskScreen::RegisterMobile: {
        const domain::PhoneCheck check = domain::CheckChinaMobile(registration.mobile);
        if (!check.valid) {
            SetMessage("kiosk.find.mobile_invalid");
            return false;
        }
        registration.mobile = check.normalized;
        return true;
    }
    case KioskScreen::RegisterName:
        if (registration.surname.empty() || registration.title.empty()) {
            SetMessage("kiosk.register.name_missing");
            return false;
        }
        return true;
    case KioskScreen::RegisterVehicle:
        if (registration.make.empty() || registration.model.empty() || registration.year == 0) {
            SetMessage("kiosk.register.vehicle_missing");
            return false;
        }
        return true;
    case KioskScreen::RegisterVin: {
        if (registration.vin.empty())
            return true; // optional
        const domain::VinCheck check = domain::CheckVin(registration.vin);
        const domain::VinSeverity severity = domain::ClassifyVin(check, domain::ChinaRules());
        if (severity == domain::VinSeverity::Error) {
            SetMessage(check.issue == domain::VinIssue::CheckDigitMismatch ? "kiosk.register.vin_check_digit"
                                                                           : "kiosk.register.vin_invalid");
            return false;
        }
        registration.vin = check.normalized;
        return true;
    }
    case KioskScreen::Mileage: {
        const auto mileage = ParseMileage(journey.mileage);
        if (!mileage) {
            SetMessage("kiosk.mileage.missing");
            return false;
        }
        const domain::MileageCheck check = domain::CheckMileage(*mileage, LastRecordedMileage(journey));
        if (check.severity == domain::MileageSeverity::Error) {
            SetMessage("kiosk.mileage.invalid");
            return false;
        }
        if (check.severity == domain::MileageSeverity::Warning && !journey.mileage_lower_confirmed) {
            SetMessage("kiosk.mileage.lower");
            return false;
        }
        return true;
    }
    case KioskScreen::PrivacyConsent:
        return registration.privacy_accepted;
    case KioskScreen::Services:
        if (journey.service_ids.empty()) {
            SetMessage("kiosk.services.none");
            return false;
        }
        return true;
    case KioskScreen::Visit:
        if (!journey.wait_mode) {
            SetMessage("kiosk.visit.wait_missing");
            return false;
        }
        return true;
    default:
        return true;
    }
}

} // namespace checkin::app
