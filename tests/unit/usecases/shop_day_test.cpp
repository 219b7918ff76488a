#include <doctest/doctest.h>

#include "shared/usecases/shop_day.h"
#include "unit/store/store_test_support.h"

using namespace checkin::usecases;
using checkin::testing::kStoreTestNowUtcMs;

namespace {

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kBeijingMidnight = 1732032000000; // 2024-11-20 00:00 +08:00

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE("The shop day follows the shop's UTC offset, not UTC")
    {
        const UtcRange today = ShopDayAt(kStoreTestNowUtcMs, 480);
        CHECK(today.start_utc_ms == kBeijingMidnight);
        CHECK(today.end_utc_ms == kBeijingMidnight + 24 * kHourMs);
        CHECK(ShopDate(kStoreTestNowUtcMs, 480) == "2024-11-20");

        // 23:59:59.999 and 00:00 local fall on different days.
        CHECK(ShopDate(kBeijingMidnight - 1, 480) == "2024-11-19");
        CHECK(ShopDayAt(kBeijingMidnight - 1, 480).end_utc_ms == kBeijingMidnight);
        CHECK(ShopDate(kBeijingMidnight, 480) == "2024-11-20");

        // West of Greenwich: 2024-11-20 01:30 UTC is still the 19th in New York (UTC-5).
        CHECK(ShopDate(kStoreTestNowUtcMs, -300) == "2024-11-19");
        CHECK(ShopDayAt(kStoreTestNowUtcMs, -300).start_utc_ms == kBeijingMidnight - 11 * kHourMs);
        CHECK(ShopDate(0, 0) == "1970-01-01");
    }
}
