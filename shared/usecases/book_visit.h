#pragma once
// Booking a future visit at the kiosk (journey 4 of issue 3): services and a time slot the shop has room
// for, written at once when the customer confirms.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/estimate.h"
#include "shared/domain/region.h"
#include "shared/store/store.h"
#include "shared/usecases/registration.h"

namespace checkin::usecases {

// Where the booking was made: bookings.source.
enum class BookingSource { Kiosk, Phone };

struct BookingRequest {
    // A returning customer: both ids; or a new customer's registration.
    std::string customer_id;
    std::string vehicle_id;
    std::optional<NewCustomerRegistration> registration;
    std::int64_t slot_start_utc_ms = 0; // a SlotView::start_utc_ms
    std::vector<std::string> service_item_ids; // at least one, in the order shown
    BookingSource source = BookingSource::Kiosk;
};

struct BookingResult {
    std::string booking_id;
    std::string booking_code; // 6 characters of domain::kCodeAlphabet, never used by another booking
    std::int64_t slot_start_utc_ms = 0;
    std::string customer_id;
    std::string vehicle_id;
    domain::Estimate estimate; // the prices copied to the booking lines
};

// In one WriteTransaction, with its outbox ops: the customer, vehicle and consents of a registration, the
// booking (status booked, the request's source) and one line per service with today's catalog price. Refuses
// with RuleViolation before any write: the identity and registration rules, NoServices, UnknownServiceItem,
// DuplicateServiceItem, NotASlot (not the start of a shop-local hour), InThePast (the slot has begun),
// ShopClosed (no capacity that hour), SlotFull.
BookingResult BookVisit(store::Store& store, const BookingRequest& request,
    const domain::RegionRules& rules = domain::DefaultRegionRules());

// BookVisit in the caller's transaction (taken before anything was read, so the slot's count and the booking
// code are checked under the write lock): its rules, then its writes; the caller commits. For a booking made
// as part of another staff action, e.g. a follow-up call.
BookingResult WriteBooking(store::WriteTransaction& write, store::Store& store, const BookingRequest& request,
    const domain::RegionRules& rules = domain::DefaultRegionRules());

} // namespace checkin::usecases
