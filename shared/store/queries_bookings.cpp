#include "shared/store/queries_bookings.h"

#include <string_view>

namespace checkin::store {
namespace {

constexpr std::string_view kSelectSummaries = R"sql(
SELECT b.id, b.booking_code, b.slot_start, b.status, c.id, c.surname, c.title, c.mobile,
       v.id, v.make, v.model, v.plate,
       (SELECT coalesce(sum(l.labor_fen + l.parts_fen), 0) FROM booking_lines l
        WHERE l.booking_id = b.id AND l.deleted_at IS NULL)
FROM bookings b
JOIN customers c ON c.id = b.customer_id
JOIN vehicles v ON v.id = b.vehicle_id
WHERE b.slot_start >= ?2 AND b.slot_start < ?3
  AND b.deleted_at IS NULL AND c.deleted_at IS NULL AND v.deleted_at IS NULL
)sql";

std::vector<BookingSummary> FindOnDay(Store& store, std::string_view match, const std::string& key,
    std::int64_t day_start_utc_ms, std::int64_t day_end_utc_ms)
{
    Statement select(
        store.Db(), std::string(kSelectSummaries) + std::string(match) + " ORDER BY b.slot_start");
    select.BindAll(key, day_start_utc_ms, day_end_utc_ms);
    std::vector<BookingSummary> bookings;
    while (select.Step()) {
        BookingSummary& booking = bookings.emplace_back();
        booking.id = select.Text(0);
        booking.code = select.Text(1);
        booking.slot_start_utc_ms = select.Int64(2);
        booking.status = select.Text(3);
        booking.customer_id = select.Text(4);
        booking.customer_surname = select.Text(5);
        booking.customer_title = select.Text(6);
        booking.customer_mobile = select.OptionalText(7);
        booking.vehicle_id = select.Text(8);
        booking.vehicle_make = select.Text(9);
        booking.vehicle_model = select.Text(10);
        booking.vehicle_plate = select.Text(11);
        booking.estimate_fen = select.Int64(12);
    }
    return bookings;
}

} // namespace

std::vector<BookingSummary> FindBookingsByPlateOnDay(Store& store, const std::string& normalized_plate,
    std::int64_t day_start_utc_ms, std::int64_t day_end_utc_ms)
{
    return FindOnDay(store, "AND v.plate = ?1", normalized_plate, day_start_utc_ms, day_end_utc_ms);
}

std::vector<BookingSummary> FindBookingsByMobileOnDay(
    Store& store, const std::string& mobile, std::int64_t day_start_utc_ms, std::int64_t day_end_utc_ms)
{
    return FindOnDay(store, "AND c.mobile = ?1", mobile, day_start_utc_ms, day_end_utc_ms);
}

} // namespace checkin::store
