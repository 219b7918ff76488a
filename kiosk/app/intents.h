#pragma once
// What a screen asks for. Screens draw from a read-only view and push intents; the app applies them after
// the frame (as Dear ImGui's Documents demo queues actions), so no screen touches the store.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "shared/i18n/strings.h"
#include "ui/keyboard.h"
#include "ui/signature_pad.h"

namespace checkin::app {

enum class KioskScreen {
    Attract,
    Menu,
    // I have a booking
    FindBooking,
    VerifyIdentity,
    BookingDetails,
    // Walk-in and Book a visit: identify by plate, then the file or a registration one field per screen
    IdentifyPlate,
    ReturningCustomer,
    RegisterMobile,
    RegisterName,
    RegisterVehicle,
    RegisterVin,
    Mileage,
    PrivacyConsent,
    MarketingConsent,
    Services,
    // Check-in: the visit, signature and ticket
    Visit,
    Signature,
    Ticket,
    // Book a visit: the calendar and the booking code
    Calendar,
    BookingConfirmed,
};

enum class JourneyKind { Booking, WalkIn, BookVisit };
enum class TextField { Plate, Mobile, VerifyCode, RegisterMobile, SurnameLatin, Vin, Mileage, ConcernNote };
enum class LookupMode { Plate, Mobile };
enum class WaitMode { Lounge, Leave, Ride };

namespace intent {
struct StartJourney {
    JourneyKind kind;
};
struct Continue { }; // the next screen of the journey, when this one is complete
struct Back { };
struct StartOver { };
struct SetLanguage {
    i18n::Language language;
};
struct ToggleLargeText { };
struct CallAdvisor { };
struct EditText {
    TextField field;
    ui::KeyEdit edit;
};
struct SetLookupMode {
    LookupMode mode;
};
struct SelectBooking {
    std::string booking_id;
};
struct SelectVehicle {
    std::string vehicle_id;
};
struct PickSurname {
    std::string surname;
};
struct SetSurnameLatin {
    bool latin;
};
struct SetTitle {
    std::string title; // "mr" | "ms"
};
struct PickMake {
    std::string make;
};
struct PickModel {
    std::string model;
};
struct PickYear {
    int year;
};
struct SkipVin { };
struct ConfirmLowerMileage { };
struct AcceptPrivacy { };
struct SetMarketing {
    bool granted;
};
struct ToggleService {
    std::string service_item_id;
};
struct ToggleConcern {
    std::string concern;
};
struct ToggleConcernNote { }; // opens or closes the keyboard for a note about the concerns
struct SetWaitMode {
    WaitMode mode;
};
struct SignatureStroke {
    ui::SignaturePadEvent event;
};
struct UndoSignature { };
struct ClearSignature { };
struct PickDay {
    std::int64_t day_start_utc_ms;
};
struct PickSlot {
    std::int64_t start_utc_ms;
};
struct StillHere { };
struct AcknowledgeRejection { // staff have seen a change the hub refused
    std::int64_t device_seq;
};
} // namespace intent

using Intent = std::variant<intent::StartJourney, intent::Continue, intent::Back, intent::StartOver,
    intent::SetLanguage, intent::ToggleLargeText, intent::CallAdvisor, intent::EditText,
    intent::SetLookupMode, intent::SelectBooking, intent::SelectVehicle, intent::PickSurname,
    intent::SetSurnameLatin, intent::SetTitle, intent::PickMake, intent::PickModel, intent::PickYear,
    intent::SkipVin, intent::ConfirmLowerMileage, intent::AcceptPrivacy, intent::SetMarketing,
    intent::ToggleService, intent::ToggleConcern, intent::ToggleConcernNote, intent::SetWaitMode,
    intent::SignatureStroke, intent::UndoSignature, intent::ClearSignature, intent::PickDay, intent::PickSlot,
    intent::StillHere, intent::AcknowledgeRejection>;

class IntentQueue {
public:
    void Push(Intent intent) { m_intents.push_back(std::move(intent)); }
    std::vector<Intent> Take() { return std::exchange(m_intents, {}); }

private:
    std::vector<Intent> m_intents;
};

} // namespace checkin::app
