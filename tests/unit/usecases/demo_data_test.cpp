#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

#include "shared/domain/clock.h"
#include "shared/store/queries_bookings.h"
#include "shared/store/queries_catalog.h"
#include "shared/store/queries_counts.h"
#include "shared/store/queries_customers.h"
#include "shared/store/queries_settings.h"
#include "shared/store/store.h"
#include "shared/usecases/demo_data.h"
#include "shared/usecases/demo_history.h"
#include "shared/usecases/shop_day.h"
#include "unit/store/store_test_support.h"

using namespace checkin;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::TempFolder;

namespace {

const std::filesystem::path kDemoDir = std::filesystem::path(CHECKIN_SOURCE_ASSETS_DIR) / "demo";
constexpr std::int64_t kDayMs = 86'400'000;

bool IsPlateLetter(char c)
{
    return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O';
}
bool IsDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Province character + issuing-office letter + 5 characters, or 6 for new-energy plates (D/F first or last).
bool IsPlausiblePlate(const std::string& plate)
{
    static constexpr std::string_view kProvinces
        = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    constexpr size_t kCharBytes = 3; // every province character is 3 bytes in UTF-8
    if (plate.size() < kCharBytes + 6)
        return false;
    bool province = false;
    for (size_t i = 0; i < kProvinces.size(); i += kCharBytes)
        province = province || plate.compare(0, kCharBytes, kProvinces.substr(i, kCharBytes)) == 0;
    const std::string_view rest = std::string_view(plate).substr(kCharBytes + 1);
    if (!province || !IsPlateLetter(plate[kCharBytes]))
        return false;
    if (rest.size() == 5)
        return std::all_of(rest.begin(), rest.end(), [](char c) { return IsPlateLetter(c) || IsDigit(c); });
    const auto digits = [](std::string_view text) { return std::all_of(text.begin(), text.end(), IsDigit); };
    const auto energy = [](char c) { return c == 'D' || c == 'F'; };
    return rest.size() == 6
        && ((energy(rest[0]) && digits(rest.substr(1))) || (energy(rest[5]) && digits(rest.substr(0, 5))));
}

// ISO 3779 check digit (position 9), as China and North America require.
bool HasValidVinCheckDigit(const std::string& vin)
{
    static constexpr std::array<int, 17> kWeights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    static constexpr std::string_view kLetters = "ABCDEFGHJKLMNPRSTUVWXYZ";
    static constexpr std::array<int, 23> kLetterValues
        = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    if (vin.size() != 17)
        return false;
    int sum = 0;
    for (size_t i = 0; i < vin.size(); ++i) {
        int value = 0;
        if (IsDigit(vin[i]))
            value = vin[i] - '0';
        else if (const size_t letter = kLetters.find(vin[i]); letter != std::string_view::npos)
            value = kLetterValues[letter];
        else
            return false; // I, O, Q and anything else
        sum += value * kWeights[i];
    }
    const int remainder = sum % 11;
    return vin[8] == (remainder == 10 ? 'X' : static_cast<char>('0' + remainder));
}

bool IsChineseMobile(const std::string& mobile)
{
    return mobile.size() == 11 && mobile[0] == '1' && mobile[1] >= '3' && mobile[1] <= '9'
        && std::all_of(mobile.begin(), mobile.end(), IsDigit);
}

struct Fixture {
    TempFolder temp;
    domain::ManualClock clock{kStoreTestNowUtcMs};
    std::unique_ptr<store::Store> store = store::Store::Open(temp.DatabasePath(), clock, "kiosk");
};

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE_FIXTURE(Fixture, "The demo data is seeded once, in full")
    {
        REQUIRE(usecases::SeedDemoDataIfEmpty(*store, kDemoDir));
        const std::int64_t ops = store->OutboxSize();
        CHECK_FALSE(usecases::SeedDemoDataIfEmpty(*store, kDemoDir));
        CHECK(store->OutboxSize() == ops);

        CHECK(store::CountRows(*store, "customers") == 13 + usecases::kDemoHistoryCars);
        CHECK(store::CountRows(*store, "vehicles") >= 13);
        CHECK(store::CountRows(*store, "bookings") == 6);
        CHECK(store::CountRows(*store, "staff") == 6); // README: their PINs
        store::Statement today(store->Db(), "SELECT count(*) FROM checkins WHERE arrived_at >= ?1");
        today.BindAll(kStoreTestNowUtcMs - 10 * 3'600'000);
        REQUIRE(today.Step());
        CHECK(today.Int64(0) == 9); // 7 cars in the workshop (one handed over), 2 waiting
        CHECK(store::CountRows(*store, "consents") == 26 + usecases::kDemoHistoryCars);
        CHECK(store::CountRows(*store, "shop_capacity") == 6 * 9);
        CHECK(store::GetSetting(*store, store::kSettingShopNameZh).value_or("").find("4S")
            != std::string::npos);
        CHECK(store::GetIntSetting(*store, store::kSettingUtcOffsetMinutes, 0) == 480);
        CHECK(store::GetIntSetting(*store, store::kSettingVatRateBp, 0) == 1300);

        std::int64_t rows = 0;
        for (const char* table : {"customers", "vehicles", "consents", "service_items",
                 "service_item_contents", "shop_capacity", "bookings", "booking_lines", "repair_orders",
                 "repair_order_lines", "settings", "staff", "checkins", "stage_events", "findings", "surveys",
                 "survey_answers", "complaints", "followups"})
            rows += store::CountRows(*store, table);
        // Every row has its sync op; the car handed over today had its row updated once more.
        store::Statement synced(
            store->Db(), "SELECT count(DISTINCT table_name || ' ' || row_id) FROM outbox");
        REQUIRE(synced.Step());
        CHECK(synced.Int64(0) == rows);
        CHECK(ops == rows + 1);

        const auto names = store::AllCustomerNameTexts(*store);
        CHECK(std::find(names.begin(), names.end(), "欧阳") != names.end());
        CHECK(std::find(names.begin(), names.end(), "欧阳晓峰") != names.end());
    }

    TEST_CASE_FIXTURE(
        Fixture, "The demo catalog is bilingual, priced, and the basic maintenance lists its free checks")
    {
        REQUIRE(usecases::SeedDemoDataIfEmpty(*store, kDemoDir));
        const auto catalog = store::ListCatalog(*store);
        CHECK(catalog.size() >= 12);
        std::set<std::string> codes;
        for (const store::CatalogItem& item : catalog) {
            CAPTURE(item.code);
            codes.insert(item.code);
            CHECK_FALSE(item.name_en.empty());
            CHECK_FALSE(item.name_zh.empty());
            CHECK(item.labor_fen >= 0);
            CHECK(item.parts_fen >= 0);
            CHECK(item.is_package == !item.contents.empty());
            // A service with parts names them for the national repair record; one without names none.
            CHECK(item.part_code.empty() == item.part_name.empty());
            if (item.parts_fen > 0)
                CHECK_FALSE(item.part_code.empty());
        }
        // Today's workshop orders carry the part codes of their services.
        store::Statement missing(store->Db(), R"sql(
SELECT count(*) FROM repair_order_lines l JOIN service_items s ON s.id = l.service_item_id
WHERE l.status = 'approved' AND s.part_code IS NOT NULL AND l.part_code IS NOT s.part_code
)sql");
        REQUIRE(missing.Step());
        CHECK(missing.Int64(0) == 0);
        const auto basic = std::find_if(
            catalog.begin(), catalog.end(), [](const auto& item) { return item.name_zh == "基础保养"; });
        REQUIRE(basic != catalog.end());
        CHECK(basic->contents.size() >= 10);
        CHECK(basic->labor_fen + basic->parts_fen > 0);
        for (const char* code : {"FIRST-MAINT", "OIL-FILTER", "BRAKE-PADS-F", "AC-SERVICE", "WHEEL-ALIGN",
                 "TYRE-ROTATION", "BATTERY-CHECK", "CABIN-FILTER", "SPARK-PLUGS", "SAFETY-24", "WASH"})
            CHECK(codes.count(code) == 1);
    }

    TEST_CASE_FIXTURE(Fixture, "Demo customers have plausible mobiles, plates and VINs, and some are lapsed")
    {
        REQUIRE(usecases::SeedDemoDataIfEmpty(*store, kDemoDir));
        store::Statement customers(store->Db(), "SELECT mobile, title FROM customers");
        while (customers.Step()) {
            CAPTURE(customers.Text(0));
            CHECK(IsChineseMobile(customers.Text(0)));
            CHECK((customers.Text(1) == "mr" || customers.Text(1) == "ms"));
        }

        int new_energy = 0;
        store::Statement vehicles(store->Db(), "SELECT plate, vin FROM vehicles");
        while (vehicles.Step()) {
            const std::string plate = vehicles.Text(0);
            CAPTURE(plate);
            CHECK(IsPlausiblePlate(plate));
            CHECK(HasValidVinCheckDigit(vehicles.Text(1)));
            new_energy += plate.size() == 3 + 7 ? 1 : 0;
        }
        CHECK(new_energy >= 2);

        // Months since the last visit, by the 3-6-9 rule: some at risk, some nearly lost, some lost (the cars
        // of the demo history, plates 粤E..., came in the last two months).
        // The car handed over today for its survey is not counted: its visit before that is.
        std::set<std::int64_t> buckets;
        store::Statement visits(store->Db(),
            "SELECT max(o.closed_at) FROM repair_orders o JOIN vehicles v ON v.id = o.vehicle_id "
            "WHERE v.plate NOT LIKE '粤E%' AND o.closed_at < ?1 GROUP BY o.vehicle_id");
        visits.BindAll(kStoreTestNowUtcMs - kDayMs);
        while (visits.Step()) {
            const std::int64_t days = (kStoreTestNowUtcMs - visits.Int64(0)) / kDayMs;
            CHECK(days >= 28);
            CHECK(days <= 14 * 31);
            buckets.insert(days < 90 ? 0 : days < 180 ? 3 : days < 270 ? 6 : 9);
        }
        CHECK(buckets == std::set<std::int64_t>{0, 3, 6, 9});
    }

    TEST_CASE("Today's demo bookings are found by plate on the shop's today, whatever the hour")
    {
        // 09:30 in Beijing, and 00:30 when UTC still says yesterday.
        for (const std::int64_t now : {kStoreTestNowUtcMs, kStoreTestNowUtcMs + 15 * 3'600'000}) {
            CAPTURE(now);
            TempFolder temp;
            domain::ManualClock clock(now);
            auto store = store::Store::Open(temp.DatabasePath(), clock, "kiosk");
            REQUIRE(usecases::SeedDemoDataIfEmpty(*store, kDemoDir));
            const usecases::UtcRange today = usecases::ShopDayAt(now, 480);

            store::Statement plates(store->Db(),
                "SELECT v.plate, b.booking_code FROM bookings b JOIN vehicles v ON v.id = b.vehicle_id");
            int found = 0;
            while (plates.Step()) {
                const auto bookings = store::FindBookingsByPlateOnDay(
                    *store, plates.Text(0), today.start_utc_ms, today.end_utc_ms);
                REQUIRE(bookings.size() == 1);
                const store::BookingSummary& booking = bookings.front();
                CHECK(booking.code == plates.Text(1));
                CHECK(booking.code.size() == 6);
                CHECK(booking.code.find_first_not_of("ABCDEFGHJKMNPQRSTUVWXYZ23456789") == std::string::npos);
                CHECK(booking.status == "booked");
                CHECK(IsChineseMobile(booking.customer_mobile.value_or("")));
                CHECK(store::FindBookingsByMobileOnDay(
                          *store, *booking.customer_mobile, today.start_utc_ms, today.end_utc_ms)
                          .size()
                    >= 1);
                ++found;
            }
            CHECK(found == 6);
        }
    }

    TEST_CASE_FIXTURE(Fixture, "A missing demo folder fails and leaves the store empty")
    {
        CHECK_THROWS_AS(
            usecases::SeedDemoDataIfEmpty(*store, temp.Folder() / "no-such-folder"), std::runtime_error);
        CHECK(store::CountRows(*store, "customers") == 0);
        CHECK(store->OutboxSize() == 0);
    }
}
