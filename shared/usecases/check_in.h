#pragma once
// The kiosk's check-in (journeys 2 and 3 of issue 3): everything the screens collected, confirmed by the
// customer's signature, written at once.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/region.h"
#include "shared/store/store.h"
#include "shared/usecases/registration.h"

namespace checkin::usecases {

enum class CheckInKind { Booking, WalkIn };
enum class WaitMode { Lounge, Leave, Ride };

// The signature as the customer gave it on the signature screen.
struct SignatureCapture {
    std::string png_sha256; // of the PNG saved with store::SaveBlob before CheckIn
    std::string authorization_text; // as shown above the pad, in the language shown
    std::string estimate_json; // domain::EstimateJson of the estimate shown (QuoteServices)
};

struct CheckInRequest {
    CheckInKind kind = CheckInKind::WalkIn;
    std::optional<std::string> booking_id; // required for Booking, absent for WalkIn
    // A returning customer: both ids (for a booking they may be left empty: the booking's are taken).
    std::string customer_id;
    std::string vehicle_id;
    // Or a new customer (walk-in only).
    std::optional<NewCustomerRegistration> registration;
    std::int64_t mileage_km = 0; // the odometer now
    // When the customer began this check-in at the kiosk (for the median check-in time); 0 when unknown.
    std::int64_t started_at_utc_ms = 0;
    bool mileage_lower_confirmed = false; // the customer confirmed a mileage below the one on file
    std::vector<std::string> concern_keys; // the chips picked: "noise", "warning_light"...
    std::string concern_text; // optional free text
    WaitMode wait_mode = WaitMode::Lounge;
    std::vector<std::string> service_item_ids; // in the order shown
    SignatureCapture signature;
};

struct CheckInResult {
    std::string checkin_id;
    std::string queue_number; // "A001"
    std::string tracking_code; // 6 characters of domain::kCodeAlphabet
    std::int64_t arrived_at_utc_ms = 0;
    std::string customer_id;
    std::string vehicle_id;
};

// In one WriteTransaction, with its outbox ops: the customer, vehicle and consents of a registration; the
// check-in (waiting, arrived now, the shop day's next queue number, a tracking code unique among the day's
// check-ins, the estimate total); the booking set to arrived; the vehicle's last mileage (not lowered: a
// confirmed lower mileage sets the check-in's mileage_lower_flag for the advisor instead); the signature.
// Every rule is checked before the first write: RuleViolation leaves the store unchanged.
CheckInResult CheckIn(store::Store& store, const CheckInRequest& request,
    const domain::RegionRules& rules = domain::DefaultRegionRules());

} // namespace checkin::usecases
