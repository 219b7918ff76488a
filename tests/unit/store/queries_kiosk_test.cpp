#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shared/domain/clock.h"
#include "shared/store/queries_bookings.h"
#include "shared/store/queries_capacity.h"
#include "shared/store/queries_checkins.h"
#include "shared/store/queries_customer_file.h"
#include "shared/store/store.h"
#include "shared/store/write_transaction.h"
#include "unit/store/store_test_support.h"

using namespace checkin::store;
using checkin::domain::ManualClock;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::TempFolder;

namespace {

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 24 * kHourMs;
constexpr std::int64_t kOffset = 480;
// 2024-11-20 00:00 in Beijing (a Wednesday), as UTC ms.
constexpr std::int64_t kWednesday = 1732032000000;

struct Fixture {
    TempFolder temp;
    ManualClock clock{kStoreTestNowUtcMs};
    std::unique_ptr<Store> store = Store::Open(temp.DatabasePath(), clock, "kiosk");
    std::string customer;
    std::string car;
    std::string van;
    std::string basic;
    std::string cabin;

    Fixture()
    {
        WriteTransaction write(*store);
        customer = write.NewId();
        car = write.NewId();
        van = write.NewId();
        basic = write.NewId();
        cabin = write.NewId();
        write.Upsert("customers", customer,
            {{"surname", std::string("刘")}, {"title", std::string("mr")}, {"full_name", std::string("刘洋")},
                {"mobile", std::string("13602458891")}, {"preferred_language", std::string("en")}});
        write.Upsert("vehicles", van,
            {{"customer_id", customer}, {"plate", std::string("粤A7B2R8")}, {"make", std::string("Buick")},
                {"model", std::string("GL8")}, {"year", std::int64_t{2017}},
                {"purchase_date", std::string("2017-06-01")}, {"last_mileage_km", std::int64_t{152300}}});
        write.Upsert("vehicles", car,
            {{"customer_id", customer}, {"plate", std::string("粤A3F7K9")}, {"make", std::string("Toyota")},
                {"model", std::string("Camry")}, {"vin", std::string("LVGBE40K5SG231874")},
                {"purchase_date", std::string("2024-07-20")}, {"last_mileage_km", std::int64_t{4860}}});
        write.Upsert("vehicles", write.NewId(),
            {{"customer_id", customer}, {"plate", std::string("粤B00000")}, {"make", std::string("Sold")}});
        write.Upsert("service_items", basic,
            {{"code", std::string("BASIC-MAINT")}, {"name_en", std::string("Basic maintenance")},
                {"name_zh", std::string("基础保养")}, {"sort_order", std::int64_t{10}}});
        write.Upsert("service_items", cabin,
            {{"code", std::string("CABIN-FILTER")}, {"name_en", std::string("Cabin air filter")},
                {"name_zh", std::string("更换空调滤芯")}, {"sort_order", std::int64_t{20}}});
        write.Commit();
        WriteTransaction remove(*store);
        Statement sold(store->Db(), "SELECT id FROM vehicles WHERE plate = '粤B00000'");
        REQUIRE(sold.Step());
        remove.Tombstone("vehicles", sold.Text(0));
        remove.Commit();
    }

    // A delivered repair order for the van with one line per item (status as given).
    void AddVisit(std::int64_t closed_at, std::int64_t mileage, const std::vector<std::string>& items,
        const std::string& status = "done")
    {
        WriteTransaction write(*store);
        const std::string order = write.NewId();
        write.Upsert("repair_orders", order,
            {{"customer_id", customer}, {"vehicle_id", van}, {"number", std::string("RO") + write.NewId()},
                {"stage", std::string("delivered")}, {"opened_at", closed_at - 5 * kHourMs},
                {"closed_at", closed_at}, {"mileage_km", mileage}, {"vat_rate_bp", std::int64_t{1300}}});
        for (const std::string& item : items)
            write.Upsert("repair_order_lines", write.NewId(),
                {{"repair_order_id", order}, {"service_item_id", item}, {"description", std::string("x")},
                    {"status", status}, {"source", std::string("booking")}});
        write.Commit();
    }

    std::string AddBooking(std::int64_t slot_start, const std::string& status = "booked")
    {
        WriteTransaction write(*store);
        const std::string booking = write.NewId();
        write.Upsert("bookings", booking,
            {{"customer_id", customer}, {"vehicle_id", car}, {"booking_code", "C" + booking.substr(30, 5)},
                {"slot_start", slot_start}, {"status", status}, {"source", std::string("kiosk")}});
        write.Commit();
        return booking;
    }

    void SetCapacity(int weekday, int from_hour, int to_hour, int slots)
    {
        WriteTransaction write(*store);
        for (int hour = from_hour; hour < to_hour; ++hour)
            write.Upsert("shop_capacity", write.NewId(),
                {{"weekday", std::int64_t{weekday}}, {"hour", std::int64_t{hour}},
                    {"slots", std::int64_t{slots}}});
        write.Commit();
    }

    void AddCheckIn(
        std::int64_t arrived_at, const std::string& queue_number, const std::string& tracking_code)
    {
        WriteTransaction write(*store);
        write.Upsert("checkins", write.NewId(),
            {{"customer_id", customer}, {"vehicle_id", car}, {"kind", std::string("walk_in")},
                {"queue_number", queue_number}, {"tracking_code", tracking_code},
                {"arrived_at", arrived_at}});
        write.Commit();
    }
};

} // namespace

TEST_SUITE("unit/store")
{
    TEST_CASE_FIXTURE(
        Fixture, "A customer is found by plate with all their cars and each car's last services")
    {
        // 2024-02-10 23:30 Beijing time = 15:30 UTC: the shop-local date is the 10th.
        AddVisit(1707579000000, 140000, {basic, cabin});
        // A later visit: the basic maintenance again; the cabin filter only proposed.
        AddVisit(1707579000000 + 100 * kDayMs, 148000, {basic});
        AddVisit(1707579000000 + 120 * kDayMs, 150000, {cabin}, "proposed");

        const auto found = FindCustomerByPlate(*store, "粤A7B2R8");
        REQUIRE(found.has_value());
        CHECK(found->id == customer);
        CHECK(found->surname == "刘");
        CHECK(found->title == "mr");
        CHECK(found->full_name == "刘洋");
        CHECK(found->mobile == "13602458891");
        CHECK(found->preferred_language == "en");
        // The car asked for comes first; the deleted one is not listed.
        REQUIRE(found->vehicles.size() == 2);
        const VehicleOnFile& first = found->vehicles[0];
        CHECK(first.id == van);
        CHECK(first.plate == "粤A7B2R8");
        CHECK(first.make == "Buick");
        CHECK(first.model == "GL8");
        CHECK(first.year == 2017);
        CHECK_FALSE(first.vin.has_value());
        CHECK(first.last_mileage_km == 152300);
        CHECK(first.purchase_date == "2017-06-01");
        REQUIRE(first.history.size() == 2);
        CHECK(first.history[0].code == "BASIC-MAINT");
        CHECK(first.history[0].date == "2024-05-20");
        CHECK(first.history[0].mileage_km == 148000);
        CHECK(first.history[1].code == "CABIN-FILTER");
        CHECK(first.history[1].date == "2024-02-10");
        CHECK(first.history[1].mileage_km == 140000);

        const VehicleOnFile& second = found->vehicles[1];
        CHECK(second.id == car);
        CHECK(second.vin == "LVGBE40K5SG231874");
        CHECK_FALSE(second.year.has_value());
        CHECK(second.history.empty());

        // Asked by the other plate, that car comes first.
        CHECK(FindCustomerByPlate(*store, "粤A3F7K9")->vehicles[0].id == car);
        CHECK_FALSE(FindCustomerByPlate(*store, "粤B00000").has_value());
        CHECK_FALSE(FindCustomerByPlate(*store, "粤A7B2R").has_value());
        CHECK(IsPlateOnFile(*store, "粤A7B2R8"));
        CHECK_FALSE(IsPlateOnFile(*store, "粤B00000"));

        CHECK(FindCustomerVehicle(*store, customer, van)->history.size() == 2);
        CHECK_FALSE(FindCustomerVehicle(*store, customer, customer).has_value());
        CHECK_FALSE(FindCustomerVehicle(*store, van, van).has_value());
    }

    TEST_CASE_FIXTURE(Fixture, "A booking's lines keep the prices of the booking, in catalog order")
    {
        const std::string booking = AddBooking(kWednesday + 9 * kHourMs);
        {
            WriteTransaction write(*store);
            write.Upsert("booking_lines", write.NewId(),
                {{"booking_id", booking}, {"service_item_id", cabin}, {"labor_fen", std::int64_t{3000}},
                    {"parts_fen", std::int64_t{12000}}});
            write.Upsert("booking_lines", write.NewId(),
                {{"booking_id", booking}, {"service_item_id", basic}, {"labor_fen", std::int64_t{20000}},
                    {"parts_fen", std::int64_t{38000}}});
            write.Upsert("service_items", basic, {{"labor_fen", std::int64_t{99999}}});
            write.Commit();
        }
        const std::vector<BookingLineView> lines = BookingLines(*store, booking);
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].service_item_id == basic);
        CHECK(lines[0].code == "BASIC-MAINT");
        CHECK(lines[0].name_en == "Basic maintenance");
        CHECK(lines[0].name_zh == "基础保养");
        CHECK(lines[0].labor_fen == 20000);
        CHECK(lines[0].parts_fen == 38000);
        CHECK(lines[1].code == "CABIN-FILTER");
        CHECK(BookingLines(*store, "no such booking").empty());

        const auto summary = FindBookingById(*store, booking);
        REQUIRE(summary.has_value());
        CHECK(summary->vehicle_plate == "粤A3F7K9");
        CHECK(summary->estimate_fen == 73000);
        CHECK(BookingCodeInUse(*store, summary->code));
        CHECK_FALSE(BookingCodeInUse(*store, "ZZZZZZ"));
        CHECK_FALSE(FindBookingById(*store, customer).has_value());
    }

    TEST_CASE_FIXTURE(Fixture, "Day slots count the bookings of each hour against the capacity")
    {
        SetCapacity(3, 8, 12, 2); // Wednesdays 08:00-12:00, two per hour
        SetCapacity(4, 9, 10, 0); // Thursdays: an hour without capacity
        AddBooking(kWednesday + 9 * kHourMs);
        AddBooking(kWednesday + 9 * kHourMs + 30 * 60'000); // 09:30 counts for the 09:00 hour
        AddBooking(kWednesday + 10 * kHourMs);
        AddBooking(kWednesday + 10 * kHourMs, "cancelled");
        AddBooking(kWednesday + kDayMs + 9 * kHourMs); // Thursday

        // Any instant of the day names it.
        const std::vector<SlotView> slots = DaySlots(*store, kWednesday + 5 * kHourMs, kOffset);
        REQUIRE(slots.size() == 4);
        CHECK(slots[0].hour == 8);
        CHECK(slots[0].start_utc_ms == kWednesday + 8 * kHourMs);
        CHECK(slots[0].capacity == 2);
        CHECK(slots[0].booked == 0);
        CHECK_FALSE(slots[0].full);
        CHECK(slots[1].booked == 2);
        CHECK(slots[1].full);
        CHECK(slots[2].booked == 1);
        CHECK_FALSE(slots[2].full);
        CHECK(slots[3].hour == 11);

        const std::vector<SlotView> thursday = DaySlots(*store, kWednesday + kDayMs, kOffset);
        REQUIRE(thursday.size() == 1);
        CHECK(thursday[0].capacity == 0);
        CHECK(thursday[0].booked == 1);
        CHECK(thursday[0].full);
        CHECK(DaySlots(*store, kWednesday - kDayMs, kOffset).empty()); // Tuesday: closed
    }

    TEST_CASE_FIXTURE(Fixture, "Bookable days: open days with their free slots from now on")
    {
        SetCapacity(3, 8, 12, 2);
        SetCapacity(4, 9, 10, 0);
        AddBooking(kWednesday + 9 * kHourMs);
        AddBooking(kWednesday + 10 * kHourMs);
        AddBooking(kWednesday + 10 * kHourMs);

        // From Wednesday 09:30 local: the 08:00 and 09:00 slots have begun.
        const std::vector<DayView> days = BookableDays(*store, kStoreTestNowUtcMs, 8, kOffset);
        REQUIRE(days.size() == 8);
        CHECK(days[0].date == "2024-11-20");
        CHECK(days[0].day_start_utc_ms == kWednesday);
        CHECK(days[0].weekday == 3);
        CHECK(days[0].open);
        CHECK(days[0].free_slots == 2); // 10:00 full, 11:00 two free
        CHECK(days[1].date == "2024-11-21");
        CHECK(days[1].weekday == 4);
        CHECK_FALSE(days[1].open);
        CHECK(days[1].free_slots == 0);
        CHECK_FALSE(days[2].open);
        CHECK(days[7].date == "2024-11-27");
        CHECK(days[7].day_start_utc_ms == kWednesday + 7 * kDayMs);
        CHECK(days[7].free_slots == 8);
        CHECK(BookableDays(*store, kStoreTestNowUtcMs, 0, kOffset).empty());
    }

    TEST_CASE_FIXTURE(Fixture, "Queue numbers and tracking codes count per shop day")
    {
        CHECK(NextQueueNumber(*store, kWednesday, kWednesday + kDayMs) == 1);
        AddCheckIn(kWednesday + 8 * kHourMs, "A001", "K7M2QX");
        AddCheckIn(kWednesday + 9 * kHourMs, "A007", "P3WZ6T");
        AddCheckIn(kWednesday + 10 * kHourMs, "garbled", "R8XJ4N");
        AddCheckIn(kWednesday - 1, "A041", "H6N9CV"); // the evening before
        CHECK(NextQueueNumber(*store, kWednesday, kWednesday + kDayMs) == 8);
        CHECK(NextQueueNumber(*store, kWednesday - kDayMs, kWednesday) == 42);
        CHECK(NextQueueNumber(*store, kWednesday + kDayMs, kWednesday + 2 * kDayMs) == 1);

        CHECK(TrackingCodeInUse(*store, "P3WZ6T", kWednesday, kWednesday + kDayMs));
        CHECK_FALSE(TrackingCodeInUse(*store, "H6N9CV", kWednesday, kWednesday + kDayMs));
        CHECK_FALSE(TrackingCodeInUse(*store, "P3WZ6T", kWednesday + kDayMs, kWednesday + 2 * kDayMs));
    }
}
