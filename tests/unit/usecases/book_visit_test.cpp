#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "shared/domain/codes.h"
#include "shared/store/queries_bookings.h"
#include "shared/store/queries_capacity.h"
#include "shared/store/queries_counts.h"
#include "shared/store/queries_customer_file.h"
#include "shared/usecases/book_visit.h"
#include "unit/usecases/kiosk_test_support.h"

using namespace checkin;
using namespace checkin::usecases;
using checkin::testing::kDayMs;
using checkin::testing::kHourMs;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::kTodayStart;
using checkin::testing::RuleViolationOf;

namespace {

constexpr std::int64_t kTomorrow = kTodayStart + kDayMs; // Thursday 2024-11-21
constexpr std::int64_t kSunday = kTodayStart + 4 * kDayMs; // the demo shop is closed on Sundays

struct Fixture : testing::KioskFixture {
    store::CustomerOnFile customer; // Ms. Chen, Nissan Sylphy 湘A6K2M1

    Fixture() { customer = store::FindCustomerByPlate(*store, "湘A6K2M1").value(); }

    BookingRequest Request(std::int64_t slot_start)
    {
        BookingRequest request;
        request.customer_id = customer.id;
        request.vehicle_id = customer.vehicles[0].id;
        request.slot_start_utc_ms = slot_start;
        request.service_item_ids = {ItemId("OIL-FILTER"), ItemId("CABIN-FILTER")};
        return request;
    }
};

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE_FIXTURE(Fixture, "A visit booked at the kiosk is found by plate on its day")
    {
        const std::int64_t before = LastSeq();
        const BookingResult result = BookVisit(*store, Request(kTomorrow + 10 * kHourMs));
        CHECK(domain::IsCustomerCode(result.booking_code));
        CHECK(result.slot_start_utc_ms == kTomorrow + 10 * kHourMs);
        CHECK(result.customer_id == customer.id);
        CHECK(result.estimate.total == domain::Money{8000 + 32000 + 3000 + 12000});

        const auto found = store::FindBookingsByPlateOnDay(*store, "湘A6K2M1", kTomorrow, kTomorrow + kDayMs);
        REQUIRE(found.size() == 1);
        CHECK(found[0].id == result.booking_id);
        CHECK(found[0].code == result.booking_code);
        CHECK(found[0].status == "booked");
        CHECK(found[0].estimate_fen == 55000);
        CHECK(store::FindBookingsByMobileOnDay(*store, "17710394426", kTomorrow, kTomorrow + kDayMs).size()
            == 1);
        CHECK(store::FindBookingsByPlateOnDay(*store, "湘A6K2M1", kTodayStart, kTomorrow).empty());
        CHECK(Column("bookings", "source", result.booking_id) == "kiosk");

        const std::vector<store::BookingLineView> lines = store::BookingLines(*store, result.booking_id);
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].code == "OIL-FILTER");
        CHECK(lines[0].labor_fen == 8000);
        CHECK(lines[0].parts_fen == 32000);
        CHECK(lines[1].code == "CABIN-FILTER");

        std::multiset<std::string> tables;
        for (const testing::OutboxOp& op : OpsAfter(before))
            tables.insert(op.table_name);
        CHECK(tables == std::multiset<std::string>{"bookings", "booking_lines", "booking_lines"});

        // The slot now counts the booking.
        for (const store::SlotView& slot : store::DaySlots(*store, kTomorrow, 480))
            CHECK(slot.booked == (slot.hour == 10 ? 1 : 0));
    }

    TEST_CASE_FIXTURE(Fixture, "A full, closed, past or odd slot is refused and nothing is written")
    {
        // The demo shop takes three cars an hour.
        for (int i = 0; i < 3; ++i)
            BookVisit(*store, Request(kTomorrow + 9 * kHourMs));
        const std::int64_t before = LastSeq();
        const auto refused = [&](const BookingRequest& request) {
            const auto code = RuleViolationOf([&] { BookVisit(*store, request); });
            CHECK(LastSeq() == before);
            return code;
        };
        CHECK(refused(Request(kTomorrow + 9 * kHourMs)) == RuleViolationCode::SlotFull);
        CHECK(refused(Request(kSunday + 10 * kHourMs)) == RuleViolationCode::ShopClosed);
        CHECK(refused(Request(kTomorrow + 7 * kHourMs)) == RuleViolationCode::ShopClosed); // before opening
        CHECK(refused(Request(kTomorrow + 17 * kHourMs)) == RuleViolationCode::ShopClosed); // after closing
        CHECK(refused(Request(kTodayStart + 9 * kHourMs)) == RuleViolationCode::InThePast); // began at 09:00
        CHECK(refused(Request(kTomorrow + 9 * kHourMs + 30 * 60'000)) == RuleViolationCode::NotASlot);

        BookingRequest request = Request(kTomorrow + 10 * kHourMs);
        request.service_item_ids.clear();
        CHECK(refused(request) == RuleViolationCode::NoServices);
        request.service_item_ids = {"no such item"};
        CHECK(refused(request) == RuleViolationCode::UnknownServiceItem);
        request = Request(kTomorrow + 10 * kHourMs);
        request.vehicle_id = "a car of someone else";
        CHECK(refused(request) == RuleViolationCode::UnknownVehicle);

        // A cancelled booking frees its place.
        {
            store::WriteTransaction write(*store);
            const auto booked
                = store::FindBookingsByPlateOnDay(*store, "湘A6K2M1", kTomorrow, kTomorrow + kDayMs);
            write.Upsert("bookings", booked[0].id, {{"status", std::string("cancelled")}});
            write.Commit();
        }
        CHECK_NOTHROW(BookVisit(*store, Request(kTomorrow + 9 * kHourMs)));
        // Today's 10:00 has not begun at 09:30.
        CHECK_NOTHROW(BookVisit(*store, Request(kTodayStart + 10 * kHourMs)));
    }

    TEST_CASE_FIXTURE(Fixture, "A new customer books a visit: customer, car, consents and booking together")
    {
        const std::int64_t customers = store::CountRows(*store, "customers");
        BookingRequest request;
        request.registration = NewCustomerRegistration{};
        NewCustomerRegistration& registration = *request.registration;
        registration.plate = "粤BF12345";
        registration.mobile = "13800138000";
        registration.surname = "Smith";
        registration.title = domain::Title::Mr;
        registration.full_name = "John Smith";
        registration.preferred_language = "en";
        registration.make = "Tesla";
        registration.model = "Model Y";
        registration.privacy_notice_version = "privacy-notice-2024-01";
        registration.privacy_consented_at_utc_ms = kStoreTestNowUtcMs;
        registration.marketing_consent = true;
        request.slot_start_utc_ms = kTomorrow + 14 * kHourMs;
        request.service_item_ids = {ItemId("NEV-CHECK")};
        const BookingResult result = BookVisit(*store, request);

        CHECK(store::CountRows(*store, "customers") == customers + 1);
        const auto found
            = store::FindBookingsByPlateOnDay(*store, "粤BF12345", kTomorrow, kTomorrow + kDayMs);
        REQUIRE(found.size() == 1);
        CHECK(found[0].code == result.booking_code);
        CHECK(found[0].customer_surname == "Smith");
        CHECK(found[0].customer_title == "mr");
        CHECK(found[0].vehicle_make == "Tesla");
        const auto customer_file = store::FindCustomerByPlate(*store, "粤BF12345");
        REQUIRE(customer_file.has_value());
        CHECK(customer_file->preferred_language == "en");
        CHECK(customer_file->full_name == "John Smith");
        CHECK_FALSE(customer_file->vehicles[0].last_mileage_km.has_value());

        store::Statement marketing(
            store->Db(), "SELECT granted FROM consents WHERE customer_id = ? AND kind = 'marketing'");
        marketing.BindAll(result.customer_id);
        REQUIRE(marketing.Step());
        CHECK(marketing.Int64(0) == 1);

        // The same plate cannot register twice.
        request.slot_start_utc_ms = kTomorrow + 15 * kHourMs;
        CHECK(RuleViolationOf([&] { BookVisit(*store, request); }) == RuleViolationCode::PlateOnFile);
    }
}
