#include "app/app_state.h"

#include <algorithm>

namespace checkin::app {

std::string_view RoleName(Role role)
{
    switch (role) {
    case Role::Kiosk:
        return "kiosk";
    case Role::Lounge:
        return "lounge";
    case Role::Advisor:
        return "advisor";
    case Role::Board:
        return "board";
    }
    return "kiosk";
}

std::optional<Role> ParseRole(std::string_view name)
{
    for (Role role : {Role::Kiosk, Role::Lounge, Role::Advisor, Role::Board})
        if (RoleName(role) == name)
            return role;
    return std::nullopt;
}

std::string_view ScreenName(KioskScreen screen)
{
    switch (screen) {
    case KioskScreen::Attract:
        return "attract";
    case KioskScreen::Menu:
        return "menu";
    case KioskScreen::FindBooking:
        return "find_booking";
    case KioskScreen::VerifyIdentity:
        return "verify_identity";
    case KioskScreen::BookingDetails:
        return "booking_details";
    case KioskScreen::IdentifyPlate:
        return "identify_plate";
    case KioskScreen::ReturningCustomer:
        return "returning_customer";
    case KioskScreen::RegisterMobile:
        return "register_mobile";
    case KioskScreen::RegisterName:
        return "register_name";
    case KioskScreen::RegisterVehicle:
        return "register_vehicle";
    case KioskScreen::RegisterVin:
        return "register_vin";
    case KioskScreen::Mileage:
        return "mileage";
    case KioskScreen::PrivacyConsent:
        return "privacy_consent";
    case KioskScreen::MarketingConsent:
        return "marketing_consent";
    case KioskScreen::Services:
        return "services";
    case KioskScreen::Visit:
        return "visit";
    case KioskScreen::Signature:
        return "signature";
    case KioskScreen::Ticket:
        return "ticket";
    case KioskScreen::Calendar:
        return "calendar";
    case KioskScreen::BookingConfirmed:
        return "booking_confirmed";
    }
    return "unknown";
}

std::optional<std::int64_t> LastRecordedMileage(const KioskJourney& journey)
{
    if (!journey.customer)
        return std::nullopt;
    for (const store::VehicleOnFile& vehicle : journey.customer->vehicles)
        if (vehicle.id == journey.vehicle_id)
            return vehicle.last_mileage_km;
    return std::nullopt;
}

} // namespace checkin::app
