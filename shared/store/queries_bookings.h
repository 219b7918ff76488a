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

// Bookings (any status, not deleted) whose slot starts in [day_start, day_end), earliest first.
std::vector<BookingSummary> FindBookingsByPlateOnDay(Store& store, const std::string& normalized_plate,
    std::int64_t day_start_utc_ms, std::int64_t day_end_utc_ms);
std::vector<BookingSummary> FindBookingsByMobileOnDay(
    Store& store, const std::string& mobile, std::int64_t day_start_utc_ms, std::int64_t day_end_utc_ms);

} // namespace checkin::store
