#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "shared/domain/clock.h"
#include "shared/store/queries_bookings.h"
#include "shared/store/queries_catalog.h"
#include "shared/store/queries_counts.h"
#include "shared/store/queries_customers.h"
#include "shared/store/queries_help.h"
#include "shared/store/queries_settings.h"
#include "shared/store/store.h"
#include "shared/store/write_transaction.h"
#include "unit/store/store_test_support.h"

using namespace checkin::store;
using checkin::domain::ManualClock;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::StoreErrorCodeOf;
using checkin::testing::TempFolder;

namespace {

constexpr std::int64_t kHourMs = 3'600'000;
// 2024-11-20 00:00 in Beijing, as UTC ms.
constexpr std::int64_t kDayStart = 1732032000000;
constexpr std::int64_t kDayEnd = kDayStart + 24 * kHourMs;

struct Fixture {
    TempFolder temp;
    ManualClock clock{kStoreTestNowUtcMs};
    std::unique_ptr<Store> store = Store::Open(temp.DatabasePath(), clock, "kiosk");
    std::string customer;
    std::string vehicle;
    std::string oil;
    std::string package;

    Fixture()
    {
        WriteTransaction write(*store);
        customer = write.NewId();
        vehicle = write.NewId();
        oil = write.NewId();
        package = write.NewId();
        write.Upsert("customers", customer,
            {{"surname", std::string("欧阳")}, {"title", std::string("ms")},
                {"full_name", std::string("欧阳娜娜")}, {"mobile", std::string("13912345678")}});
        write.Upsert("customers", write.NewId(), {{"surname", std::string("王")}});
        write.Upsert("vehicles", vehicle,
            {{"customer_id", customer}, {"plate", std::string("粤BD12345")}, {"make", std::string("BYD")},
                {"model", std::string("Han EV")}});
        write.Upsert("service_items", oil,
            {{"code", std::string("OIL")}, {"name_en", std::string("Oil change")},
                {"name_zh", std::string("更换机油")}, {"labor_fen", std::int64_t{8000}},
                {"parts_fen", std::int64_t{32000}}, {"sort_order", std::int64_t{20}},
                {"interval_km", std::int64_t{5000}}});
        write.Upsert("service_items", package,
            {{"code", std::string("BASIC")}, {"name_en", std::string("Basic maintenance")},
                {"name_zh", std::string("基础保养")}, {"is_package", std::int64_t{1}},
                {"sort_order", std::int64_t{10}}});
        write.Upsert("service_items", write.NewId(),
            {{"code", std::string("OLD")}, {"name_en", std::string("Retired")},
                {"name_zh", std::string("停用")}, {"active", std::int64_t{0}}});
        for (std::int64_t i : {2, 1}) {
            write.Upsert("service_item_contents", write.NewId(),
                {{"service_item_id", package}, {"text_en", "Check " + std::to_string(i)},
                    {"text_zh", "检查" + std::to_string(i)}, {"sort_order", i}});
        }
        AddBooking(write, "K7M2QX", kDayStart + 9 * kHourMs, {oil, package});
        AddBooking(write, "TOMORR", kDayEnd + 9 * kHourMs, {oil});
        AddBooking(write, "EARLY2", kDayStart + 8 * kHourMs, {});
        write.Commit();
    }

    void AddBooking(WriteTransaction& write, const std::string& code, std::int64_t slot_start,
        const std::vector<std::string>& items)
    {
        const std::string booking = write.NewId();
        write.Upsert("bookings", booking,
            {{"customer_id", customer}, {"vehicle_id", vehicle}, {"booking_code", code},
                {"slot_start", slot_start}, {"source", std::string("phone")}});
        for (const std::string& item : items) {
            write.Upsert("booking_lines", write.NewId(),
                {{"booking_id", booking}, {"service_item_id", item},
                    {"labor_fen", std::int64_t{item == oil ? 8000 : 0}},
                    {"parts_fen", std::int64_t{item == oil ? 32000 : 15000}}});
        }
    }
};

} // namespace

TEST_SUITE("unit/store")
{
    TEST_CASE_FIXTURE(Fixture, "Bookings of a day are found by plate and by mobile, with their estimate")
    {
        const auto by_plate = FindBookingsByPlateOnDay(*store, "粤BD12345", kDayStart, kDayEnd);
        REQUIRE(by_plate.size() == 2);
        CHECK(by_plate[0].code == "EARLY2");
        CHECK(by_plate[0].estimate_fen == 0);
        const BookingSummary& booking = by_plate[1];
        CHECK(booking.code == "K7M2QX");
        CHECK(booking.slot_start_utc_ms == kDayStart + 9 * kHourMs);
        CHECK(booking.status == "booked");
        CHECK(booking.customer_id == customer);
        CHECK(booking.customer_surname == "欧阳");
        CHECK(booking.customer_title == "ms");
        CHECK(booking.customer_mobile == "13912345678");
        CHECK(booking.vehicle_id == vehicle);
        CHECK(booking.vehicle_make == "BYD");
        CHECK(booking.vehicle_model == "Han EV");
        CHECK(booking.vehicle_plate == "粤BD12345");
        CHECK(booking.estimate_fen == 8000 + 32000 + 15000);

        CHECK(FindBookingsByMobileOnDay(*store, "13912345678", kDayStart, kDayEnd).size() == 2);
        CHECK(FindBookingsByMobileOnDay(*store, "13912345678", kDayEnd, kDayEnd + 24 * kHourMs).size() == 1);
        CHECK(FindBookingsByPlateOnDay(*store, "粤BD1234", kDayStart, kDayEnd).empty());
        CHECK(FindBookingsByPlateOnDay(*store, "' OR 1=1 --", kDayStart, kDayEnd).empty());

        WriteTransaction write(*store);
        write.Tombstone("bookings", by_plate[0].id);
        write.Commit();
        CHECK(FindBookingsByPlateOnDay(*store, "粤BD12345", kDayStart, kDayEnd).size() == 1);
    }

    TEST_CASE_FIXTURE(Fixture, "The catalog lists active items in order with their contents")
    {
        const auto catalog = ListCatalog(*store);
        REQUIRE(catalog.size() == 2);
        CHECK(catalog[0].code == "BASIC");
        CHECK(catalog[0].is_package);
        REQUIRE(catalog[0].contents.size() == 2);
        CHECK(catalog[0].contents[0].text_en == "Check 1");
        CHECK(catalog[0].contents[1].text_zh == "检查2");
        CHECK(catalog[1].code == "OIL");
        CHECK(catalog[1].name_zh == "更换机油");
        CHECK(catalog[1].labor_fen == 8000);
        CHECK(catalog[1].parts_fen == 32000);
        CHECK(catalog[1].interval_km == 5000);
        CHECK(catalog[1].interval_months == std::nullopt);
        CHECK(catalog[1].contents.empty());
    }

    TEST_CASE_FIXTURE(Fixture, "Customer name texts, settings, help requests and counts")
    {
        auto names = AllCustomerNameTexts(*store);
        std::sort(names.begin(), names.end());
        CHECK(names == std::vector<std::string>{"欧阳", "欧阳娜娜", "王"});

        CHECK(GetSetting(*store, kSettingVatRateBp) == std::nullopt);
        CHECK(GetIntSetting(*store, kSettingVatRateBp, kDefaultVatRateBp) == 1300);
        {
            WriteTransaction write(*store);
            write.Upsert("settings", std::string(kSettingUtcOffsetMinutes), {{"value", std::string("420")}});
            write.Upsert("settings", std::string(kSettingShopNameZh), {{"value", std::string("骏达")}});
            write.Commit();
        }
        CHECK(GetIntSetting(*store, kSettingUtcOffsetMinutes, kDefaultUtcOffsetMinutes) == 420);
        CHECK(GetIntSetting(*store, kSettingShopNameZh, 7) == 7);
        CHECK(GetSetting(*store, kSettingShopNameZh) == "骏达");

        {
            WriteTransaction write(*store);
            write.Upsert("help_requests", write.NewId(),
                {{"device_id", store->DeviceId()}, {"screen", std::string("checkin/plate")},
                    {"language", std::string("zh")}, {"requested_at", kStoreTestNowUtcMs},
                    {"handled_at", kStoreTestNowUtcMs + 1}});
            write.Upsert("help_requests", write.NewId(),
                {{"device_id", store->DeviceId()}, {"screen", std::string("checkin/sign")},
                    {"language", std::string("en")}, {"requested_at", kStoreTestNowUtcMs + 5}});
            write.Commit();
        }
        const auto open = OpenHelpRequests(*store);
        REQUIRE(open.size() == 1);
        CHECK(open[0].screen == "checkin/sign");
        CHECK(open[0].language == "en");
        CHECK(open[0].requested_at_utc_ms == kStoreTestNowUtcMs + 5);

        CHECK(CountRows(*store, "customers") == 2);
        CHECK(CountRows(*store, "outbox") == store->OutboxSize());
        CHECK(StoreErrorCodeOf([&] { CountRows(*store, "customers; DELETE FROM customers"); })
            == StoreErrorCode::Other);
    }
}
