#pragma once
// Everything the app shows, in one place (hello_imgui's AppState): the role's settings, the kiosk
// journey the customer is in, and what the store said. Screens only read it.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/intents.h"
#include "app/station_state.h"
#include "shared/domain/estimate.h"
#include "shared/domain/reminders.h"
#include "shared/i18n/strings.h"
#include "shared/media/qr_code.h"
#include "shared/media/signature.h"
#include "shared/store/queries_bookings.h"
#include "shared/store/queries_capacity.h"
#include "shared/store/queries_catalog.h"
#include "shared/store/queries_customer_file.h"
#include "shared/store/sync_device.h"
#include "shared/sync/sync_worker.h"
#include "shared/usecases/vehicle_models.h"

namespace checkin::app {

enum class Role { Kiosk, Lounge, Advisor, Board };

std::string_view RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);

// A new customer's data, one field per screen; nothing is written before the final confirmation.
struct Registration {
    std::string mobile;
    std::string surname; // picked (张) or typed in Latin letters (ZHANG)
    bool surname_latin = false; // typing instead of picking
    std::string title; // "mr" | "ms"
    std::string make;
    std::string model;
    int year = 0;
    std::string vin;
    bool vin_skipped = false;
    bool privacy_accepted = false;
    std::int64_t privacy_accepted_at_ms = 0;
    bool marketing = false; // separate and optional: off unless the customer turns it on
};

// What the customer typed, chose and was shown. Forgotten on every return to the attract screen.
struct KioskJourney {
    JourneyKind kind = JourneyKind::Booking;
    std::int64_t started_at_ms = 0; // when the customer picked the journey
    std::vector<KioskScreen> history; // for Back

    // Finding a booking
    LookupMode lookup_mode = LookupMode::Plate;
    std::string plate;
    bool asking_hub = false; // a walk-in's plate is being looked up on the hub
    std::string mobile;
    std::string verify_code;
    std::vector<store::BookingSummary> matches;
    std::optional<store::BookingSummary> booking; // chosen and (for a plate search) verified
    int failed_verifications = 0;

    // The customer and the car
    std::optional<store::CustomerOnFile> customer; // a returning customer; empty for a new one
    std::string vehicle_id; // the car on file this visit is for
    std::vector<domain::ServiceDue> due; // of that car, for the suggestions
    Registration registration;

    // The visit
    std::string mileage;
    bool mileage_lower_confirmed = false;
    std::vector<std::string> service_ids; // chosen from the catalog, in catalog order
    domain::Estimate estimate; // of service_ids, as the customer sees and signs it
    std::set<std::string> concerns;
    std::string concern_note; // optional, typed on the Latin keyboard
    bool concern_note_open = false;
    std::optional<WaitMode> wait_mode;
    media::SignatureEditor signature;

    // Book a visit
    std::vector<store::DayView> days;
    std::int64_t day_start_ms = 0;
    std::vector<store::SlotView> slots;
    std::optional<std::int64_t> slot_start_ms;

    // Results shown at the end
    std::string queue_number;
    std::string tracking_code;
    std::optional<media::QrMatrix> tracking_qr;
    std::string booking_code;
    std::int64_t arrived_at_ms = 0;

    std::string message_key; // feedback in the current language, e.g. "kiosk.find.not_found"
    bool message_is_error = false;
};

// Loaded from the store at start: what every journey picks from.
struct KioskCatalog {
    std::vector<store::CatalogItem> services;
    std::vector<usecases::VehicleMake> makes;
    int vat_basis_points = 1300;
};

struct AppState {
    Role role = Role::Kiosk;
    i18n::Language language = i18n::Language::ChineseSimplified;
    bool large_text = false;
    bool chinese_available = true;
    KioskScreen screen = KioskScreen::Attract;
    KioskJourney journey;
    KioskCatalog catalog;
    AdvisorState advisor;
    LoungeState lounge;
    BoardState board;

    std::int64_t last_input_ms = 0;
    std::optional<std::int64_t> help_requested_at_ms;

    std::string shop_name_en;
    std::string shop_name_zh;
    int utc_offset_minutes = 480;
    std::vector<std::string> bays; // the workshop's bays, for assigning an order

    std::optional<sync::SyncStatus> sync; // empty when this process runs no sync worker
    // Changes of this device the hub refused, with its reason, until staff acknowledge them.
    std::vector<store::SyncRejectionRecord> sync_rejections;
};

// The mileage on file for the car of this visit, if any.
std::optional<std::int64_t> LastRecordedMileage(const KioskJourney& journey);
std::string_view ScreenName(KioskScreen screen);

} // namespace checkin::app
