#include <doctest/doctest.h>

#include <stdexcept>

#include "shared/domain/queue_number.h"

using namespace checkin::domain;

TEST_SUITE("unit/domain")
{
    TEST_CASE("queue number: A001, A002... with at least three digits")
    {
        CHECK(FormatQueueNumber(1) == "A001");
        CHECK(FormatQueueNumber(42) == "A042");
        CHECK(FormatQueueNumber(999) == "A999");
        CHECK(FormatQueueNumber(1000) == "A1000");
        CHECK_THROWS_AS(FormatQueueNumber(0), std::invalid_argument);
        CHECK_THROWS_AS(FormatQueueNumber(-3), std::invalid_argument);
    }

    TEST_CASE("queue number: parses exactly what it formats")
    {
        for (int n : {1, 9, 10, 99, 100, 999, 1000, 12345})
            CHECK(ParseQueueNumber(FormatQueueNumber(n)) == n);
        for (const char* text : {"", "A", "A1", "A01", "A000", "A0001", "a001", "B001", "A00x", "A 01",
                 "A-01", "001", "A99999999999"}) {
            CAPTURE(text);
            CHECK_FALSE(ParseQueueNumber(text).has_value());
        }
    }
}
