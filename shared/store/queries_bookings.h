#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/store/store.h"

namespace checkin::store {

// One booking as the kiosk lists it when a customer checks in.
struct BookingSummary {
    std::string id;
    std::string code;
    std::int64_t slot_start_utc_ms = 0;
    std::string status;
    std::string customer_id;
    std::string customer_surname;
    std::string customer_title;
    std::optional<std::string> customer_mobile;
    std::string vehicle_id;
    std::string vehicle_make;
    std::string vehicle_model;
    std::string vehicle_plate;
    std::int64_t estimate_fen = 0; // sum of the booking lines
};

// A booked service with the price copied at booking time.
struct BookingLineView {
    std::string service_item_id;
    std::string code;
    std::string name_en;
    std::string name_zh;
    std::int64_t labor_fen = 0;
    std::int64_t parts_fen = 0;
};

// Bookings (any status, not deleted) whose slot starts in [day_start, day_end), earliest first.
std::vector<BookingSummary> FindBookingsByPlateOnDay(Store& store, const std::string& normalized_plate,
    std::int64_t day_start_utc_ms, std::int64_t day_end_utc_ms);
std::vector<BookingSummary> FindBookingsByMobileOnDay(
    Store& store, const std::string& mobile, std::int64_t day_start_utc_ms, std::int64_t day_end_utc_ms);
// The booking (any status) unless it, its customer or its vehicle is deleted.
std::optional<BookingSummary> FindBookingById(Store& store, const std::string& booking_id);

// The live lines of a booking in catalog order (service items that left the catalog included).
std::vector<BookingLineView> BookingLines(Store& store, const std::string& booking_id);

// Whether any booking ever had this code, so a new code is never confused with an old one.
bool BookingCodeInUse(Store& store, const std::string& booking_code);

} // namespace checkin::store
