#pragma once
// Who a kiosk visit is for: a customer and car on file, or a new customer registering at the kiosk. Shared
// by CheckIn and BookVisit, which validate everything first and write it inside their own transaction.
#include <cstdint>
#include <optional>
#include <string>

#include "shared/domain/person_name.h"
#include "shared/domain/region.h"
#include "shared/store/store.h"
#include "shared/store/write_transaction.h"

namespace checkin::usecases {

// Everything the registration screens collect, as typed.
struct NewCustomerRegistration {
    std::string plate; // normalized and checked by the region's plate rule
    std::string mobile; // normalized and checked by the region's mobile rule
    std::string surname;
    domain::Title title = domain::Title::None; // stored as 'mr' | 'ms' | ''
    std::string full_name; // optional: "" leaves it to the advisor
    std::string preferred_language = "zh"; // the kiosk language at registration: 'zh' | 'en'
    std::string make; // English name from the pick list (vehicle_models.h)
    std::string model;
    std::optional<std::int64_t> year;
    std::string vin; // optional: ""
    std::optional<std::int64_t> mileage_km; // the odometer at registration: the car's first recorded mileage
    std::string privacy_notice_version; // the version of the privacy notice shown
    std::optional<std::int64_t> privacy_consented_at_utc_ms; // when it was accepted; nullopt: not accepted
    bool marketing_consent = false; // separate and optional
};

// The customer and car of a visit once validated. For a registration the ids are empty until
// WriteRegistration has made them.
struct VisitIdentity {
    std::string customer_id;
    std::string vehicle_id;
    std::optional<std::int64_t> last_mileage_km; // on file, or the registration's
    std::optional<NewCustomerRegistration> registration; // normalized
};

// Exactly one of: customer_id and vehicle_id of a live car of a live customer, or a registration. Throws
// RuleViolation (CustomerNotGiven, UnknownVehicle, or a registration rule) and writes nothing.
VisitIdentity ResolveVisitIdentity(store::Store& store, const std::string& customer_id,
    const std::string& vehicle_id, const std::optional<NewCustomerRegistration>& registration,
    const domain::RegionRules& rules);

// Writes the customer, the vehicle (last_mileage_km as given) and the privacy and marketing consents of a
// resolved registration, and fills in the new ids.
void WriteRegistration(store::WriteTransaction& write, store::Store& store, VisitIdentity& identity,
    std::optional<std::int64_t> last_mileage_km);

} // namespace checkin::usecases
