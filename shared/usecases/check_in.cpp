#include "shared/usecases/check_in.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "shared/domain/codes.h"
#include "shared/domain/estimate.h"
#include "shared/domain/mileage.h"
#include "shared/domain/queue_number.h"
#include "shared/store/blob_store.h"
#include "shared/store/queries_bookings.h"
#include "shared/store/queries_checkins.h"
#include "shared/store/queries_settings.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/quote.h"
#include "shared/usecases/rule_violation.h"
#include "shared/usecases/shop_day.h"

namespace checkin::usecases {
namespace {

constexpr int kTrackingCodeAttempts = 100;

std::string WaitModeText(WaitMode mode)
{
    switch (mode) {
    case WaitMode::Lounge:
        return "lounge";
    case WaitMode::Leave:
        return "leave";
    case WaitMode::Ride:
        return "ride";
    }
    return "lounge";
}

// A booking check-in names the booking; its customer and car are the booking's. Returns the ids to use.
std::pair<std::string, std::string> CheckBooking(
    store::Store& store, const CheckInRequest& request, const UtcRange& today)
{
    if (request.kind == CheckInKind::WalkIn) {
        if (request.booking_id)
            throw RuleViolation(RuleViolationCode::BookingMismatch);
        return {request.customer_id, request.vehicle_id};
    }
    if (!request.booking_id || request.registration)
        throw RuleViolation(RuleViolationCode::BookingMismatch);
    const std::optional<store::BookingSummary> booking = store::FindBookingById(store, *request.booking_id);
    if (!booking)
        throw RuleViolation(RuleViolationCode::UnknownBooking);
    if (booking->status != "booked")
        throw RuleViolation(RuleViolationCode::BookingNotOpen);
    if (booking->slot_start_utc_ms < today.start_utc_ms || booking->slot_start_utc_ms >= today.end_utc_ms)
        throw RuleViolation(RuleViolationCode::BookingNotToday);
    if (request.customer_id.empty() && request.vehicle_id.empty())
        return {booking->customer_id, booking->vehicle_id};
    if (request.customer_id != booking->customer_id || request.vehicle_id != booking->vehicle_id)
        throw RuleViolation(RuleViolationCode::BookingMismatch);
    return {request.customer_id, request.vehicle_id};
}

bool IsSha256Hex(const std::string& text)
{
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

void CheckSignature(store::Store& store, const SignatureCapture& signature, const domain::Estimate& estimate)
{
    if (!IsSha256Hex(signature.png_sha256) || !store::HasBlob(store, signature.png_sha256)
        || signature.authorization_text.empty())
        throw RuleViolation(RuleViolationCode::MissingSignature);
    if (signature.estimate_json != domain::EstimateJson(estimate))
        throw RuleViolation(RuleViolationCode::EstimateChanged);
}

std::string NewTrackingCode(store::Store& store, const UtcRange& today)
{
    for (int attempt = 0; attempt < kTrackingCodeAttempts; ++attempt) {
        std::string code = domain::NewCustomerCode();
        if (!store::TrackingCodeInUse(store, code, today.start_utc_ms, today.end_utc_ms))
            return code;
    }
    throw std::runtime_error(
        "No free tracking code after " + std::to_string(kTrackingCodeAttempts) + " tries");
}

} // namespace

CheckInResult CheckIn(store::Store& store, const CheckInRequest& request, const domain::RegionRules& rules)
{
    const std::int64_t now = store.Clock().NowUtcMs();
    const UtcRange today = ShopDayAt(
        now, store::GetIntSetting(store, store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes));
    // Taken first, so the queue number and the tracking code are read and used under the same write lock.
    store::WriteTransaction write(store);

    // [SECTION] Every rule, before anything is written
    const auto [customer_id, vehicle_id] = CheckBooking(store, request, today);
    VisitIdentity identity
        = ResolveVisitIdentity(store, customer_id, vehicle_id, request.registration, rules);
    const domain::MileageCheck mileage = domain::CheckMileage(request.mileage_km, identity.last_mileage_km);
    if (mileage.severity == domain::MileageSeverity::Error)
        throw RuleViolation(RuleViolationCode::BadMileage);
    const bool mileage_lower = mileage.severity == domain::MileageSeverity::Warning;
    if (mileage_lower && !request.mileage_lower_confirmed)
        throw RuleViolation(RuleViolationCode::MileageLowerNotConfirmed);
    const domain::Estimate estimate = QuoteServices(store, request.service_item_ids, request.booking_id);
    CheckSignature(store, request.signature, estimate);

    // [SECTION] The writes
    const std::optional<std::int64_t> last_mileage
        = mileage_lower ? identity.last_mileage_km : std::optional<std::int64_t>(request.mileage_km);
    if (identity.registration)
        WriteRegistration(write, store, identity, last_mileage);
    else if (last_mileage != identity.last_mileage_km)
        write.Upsert("vehicles", identity.vehicle_id, {{"last_mileage_km", *last_mileage}});

    CheckInResult result;
    result.checkin_id = write.NewId();
    result.queue_number
        = domain::FormatQueueNumber(store::NextQueueNumber(store, today.start_utc_ms, today.end_utc_ms));
    result.tracking_code = NewTrackingCode(store, today);
    result.arrived_at_utc_ms = now;
    result.customer_id = identity.customer_id;
    result.vehicle_id = identity.vehicle_id;
    write.Upsert("checkins", result.checkin_id,
        {{"booking_id", request.booking_id ? store::Value(*request.booking_id) : store::Value(nullptr)},
            {"customer_id", result.customer_id}, {"vehicle_id", result.vehicle_id},
            {"kind", std::string(request.kind == CheckInKind::Booking ? "booking" : "walk_in")},
            {"queue_number", result.queue_number}, {"tracking_code", result.tracking_code},
            {"arrived_at", now}, {"mileage_km", request.mileage_km},
            {"started_at",
                request.started_at_utc_ms > 0 && request.started_at_utc_ms <= now
                    ? store::Value(request.started_at_utc_ms)
                    : store::Value(nullptr)},
            {"mileage_lower_flag", std::int64_t{mileage_lower ? 1 : 0}},
            {"concerns_json", nlohmann::json(request.concern_keys).dump()},
            {"concerns_text",
                request.concern_text.empty() ? store::Value(nullptr) : store::Value(request.concern_text)},
            {"wait_mode", WaitModeText(request.wait_mode)}, {"status", std::string("waiting")},
            {"estimate_fen", estimate.total.minor}, {"device_id", store.DeviceId()}});
    if (request.booking_id)
        write.Upsert("bookings", *request.booking_id, {{"status", std::string("arrived")}});
    write.Upsert("signatures", write.NewId(),
        {{"checkin_id", result.checkin_id}, {"png_sha256", request.signature.png_sha256},
            {"authorization_text", request.signature.authorization_text},
            {"estimate_json", request.signature.estimate_json}, {"signed_at", now}});
    write.Commit();
    return result;
}

} // namespace checkin::usecases
