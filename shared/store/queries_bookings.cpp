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
WHERE b.deleted_at IS NULL AND c.deleted_at IS NULL AND v.deleted_at IS NULL
)sql";

BookingSummary ReadSummary(const Statement& select)
{
    BookingSummary booking;
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
    return booking;
}

std::vector<BookingSummary> FindOnDay(Store& store, std::string_view match, const std::string& key,
    std::int64_t day_start_utc_ms, std::int64_t day_end_utc_ms)
{
    Statement select(store.Db(),
        std::string(kSelectSummaries) + "AND b.slot_start >= ?2 AND b.slot_start < ?3 " + std::string(match)
            + " ORDER BY b.slot_start");
    select.BindAll(key, day_start_utc_ms, day_end_utc_ms);
    std::vector<BookingSummary> bookings;
    while (select.Step())
        bookings.push_back(ReadSummary(select));
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

std::optional<BookingSummary> FindBookingById(Store& store, const std::string& booking_id)
{
    Statement select(store.Db(), std::string(kSelectSummaries) + "AND b.id = ?1");
    select.BindAll(booking_id);
    if (!select.Step())
        return std::nullopt;
    return ReadSummary(select);
}

std::vector<BookingLineView> BookingLines(Store& store, const std::string& booking_id)
{
    Statement select(store.Db(), R"sql(
SELECT l.service_item_id, s.code, s.name_en, s.name_zh, l.labor_fen, l.parts_fen
FROM booking_lines l JOIN service_items s ON s.id = l.service_item_id
WHERE l.booking_id = ?1 AND l.deleted_at IS NULL
ORDER BY s.sort_order, s.code, l.id
)sql");
    select.BindAll(booking_id);
    std::vector<BookingLineView> lines;
    while (select.Step())
        lines.push_back({select.Text(0), select.Text(1), select.Text(2), select.Text(3), select.Int64(4),
            select.Int64(5)});
    return lines;
}

bool BookingCodeInUse(Store& store, const std::string& booking_code)
{
    Statement select(store.Db(), "SELECT 1 FROM bookings WHERE booking_code = ?1 LIMIT 1");
    select.BindAll(booking_code);
    return select.Step();
}

} // namespace checkin::store
