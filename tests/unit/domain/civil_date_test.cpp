#include <doctest/doctest.h>

#include "shared/domain/civil_date.h"

using namespace checkin::domain;

TEST_SUITE("unit/domain")
{
    TEST_CASE("civil date: ISO dates and day numbers round-trip; bad dates are refused")
    {
        CHECK(ParseIsoDate("1970-01-01") == 0);
        CHECK(ParseIsoDate("2024-11-20") == 20047);
        CHECK(ParseIsoDate("1969-12-31") == -1);
        CHECK(FormatIsoDate(20047) == "2024-11-20");
        CHECK(FormatIsoDate(-1) == "1969-12-31");
        for (const char* bad : {"", "2024-2-01", "2024-02-30", "2023-02-29", "2024-13-01", "2024/11/20",
                 "2024-11-20 ", "+024-11-20"}) {
            CAPTURE(bad);
            CHECK_FALSE(ParseIsoDate(bad).has_value());
        }
        CHECK(ParseIsoDate("2024-02-29").has_value());
    }

    TEST_CASE("civil date: weekdays, months and the shop's local day")
    {
        CHECK(IsoWeekday(*ParseIsoDate("2024-11-20")) == 3); // Wednesday
        CHECK(IsoWeekday(*ParseIsoDate("2024-11-24")) == 7); // Sunday
        CHECK(IsoWeekday(*ParseIsoDate("2024-11-25")) == 1);

        CHECK(FormatIsoDate(AddMonths(*ParseIsoDate("2024-01-31"), 1)) == "2024-02-29");
        CHECK(FormatIsoDate(AddMonths(*ParseIsoDate("2023-01-31"), 1)) == "2023-02-28");
        CHECK(FormatIsoDate(AddMonths(*ParseIsoDate("2024-11-20"), 3)) == "2025-02-20");
        CHECK(FormatIsoDate(AddMonths(*ParseIsoDate("2024-11-20"), 24)) == "2026-11-20");
        CHECK(FormatIsoDate(AddMonths(*ParseIsoDate("2024-03-31"), -1)) == "2024-02-29");

        // 2024-11-20 01:30 UTC is 09:30 in Beijing (+08:00) and still the 19th in New York (-05:00).
        const std::int64_t instant = 1732066200000;
        CHECK(FormatIsoDate(LocalDayNumber(instant, 480)) == "2024-11-20");
        CHECK(FormatIsoDate(LocalDayNumber(instant, -300)) == "2024-11-19");
        CHECK(LocalMidnightUtcMs(*ParseIsoDate("2024-11-20"), 480) == 1732032000000);
        CHECK(LocalDayNumber(1732032000000 - 1, 480) == *ParseIsoDate("2024-11-19"));
        CHECK(LocalDayNumber(-1, 0) == -1);
    }
}
