#include "shared/usecases/book_visit.h"

#include <algorithm>
#include <stdexcept>

#include "shared/domain/codes.h"
#include "shared/store/queries_bookings.h"
#include "shared/store/queries_capacity.h"
#include "shared/store/queries_settings.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/quote.h"
#include "shared/usecases/rule_violation.h"
#include "shared/usecases/shop_day.h"

namespace checkin::usecases {
namespace {

constexpr std::int64_t kHourMs = 3'600'000;
constexpr int kBookingCodeAttempts = 100;

void CheckSlot(store::Store& store, std::int64_t slot_start, std::int64_t now)
{
    const std::int64_t offset
        = store::GetIntSetting(store, store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes);
    const UtcRange day = ShopDayAt(slot_start, offset);
    if ((slot_start - day.start_utc_ms) % kHourMs != 0)
        throw RuleViolation(RuleViolationCode::NotASlot);
    if (slot_start < now)
        throw RuleViolation(RuleViolationCode::InThePast);
    const std::vector<store::SlotView> slots = store::DaySlots(store, day.start_utc_ms, offset);
    const auto slot = std::find_if(slots.begin(), slots.end(),
        [&](const store::SlotView& candidate) { return candidate.start_utc_ms == slot_start; });
    if (slot == slots.end() || slot->capacity <= 0)
        throw RuleViolation(RuleViolationCode::ShopClosed);
    if (slot->full)
        throw RuleViolation(RuleViolationCode::SlotFull);
}

std::string NewBookingCode(store::Store& store)
{
    for (int attempt = 0; attempt < kBookingCodeAttempts; ++attempt) {
        std::string code = domain::NewCustomerCode();
        if (!store::BookingCodeInUse(store, code))
            return code;
    }
    throw std::runtime_error("No free booking code after " + std::to_string(kBookingCodeAttempts) + " tries");
}

} // namespace

BookingResult BookVisit(store::Store& store, const BookingRequest& request, const domain::RegionRules& rules)
{
    // Taken first, so the slot's count and the booking code are checked and used under the same write lock.
    store::WriteTransaction write(store);
    BookingResult result = WriteBooking(write, store, request, rules);
    write.Commit();
    return result;
}

BookingResult WriteBooking(store::WriteTransaction& write, store::Store& store, const BookingRequest& request,
    const domain::RegionRules& rules)
{
    const std::int64_t now = store.Clock().NowUtcMs();

    // [SECTION] Every rule, before anything is written
    VisitIdentity identity
        = ResolveVisitIdentity(store, request.customer_id, request.vehicle_id, request.registration, rules);
    if (request.service_item_ids.empty())
        throw RuleViolation(RuleViolationCode::NoServices);
    BookingResult result;
    result.estimate = QuoteServices(store, request.service_item_ids);
    CheckSlot(store, request.slot_start_utc_ms, now);

    // [SECTION] The writes
    if (identity.registration)
        WriteRegistration(write, store, identity, identity.last_mileage_km);
    result.booking_id = write.NewId();
    result.booking_code = NewBookingCode(store);
    result.slot_start_utc_ms = request.slot_start_utc_ms;
    result.customer_id = identity.customer_id;
    result.vehicle_id = identity.vehicle_id;
    write.Upsert("bookings", result.booking_id,
        {{"customer_id", result.customer_id}, {"vehicle_id", result.vehicle_id},
            {"booking_code", result.booking_code}, {"slot_start", result.slot_start_utc_ms},
            {"status", std::string("booked")},
            {"source", std::string(request.source == BookingSource::Phone ? "phone" : "kiosk")}});
    for (const domain::EstimateLine& line : result.estimate.lines)
        write.Upsert("booking_lines", write.NewId(),
            {{"booking_id", result.booking_id}, {"service_item_id", line.service_item_id},
                {"labor_fen", line.labor.minor}, {"parts_fen", line.parts.minor}});
    return result;
}

} // namespace checkin::usecases
