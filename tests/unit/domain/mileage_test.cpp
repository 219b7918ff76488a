#include <doctest/doctest.h>

#include "shared/domain/mileage.h"

using namespace checkin::domain;

TEST_SUITE("unit/domain")
{
    TEST_CASE("mileage: higher or equal is fine, lower is a warning, absurd values are errors")
    {
        CHECK(CheckMileage(68500, 68420).severity == MileageSeverity::Ok);
        CHECK(CheckMileage(68420, 68420).issue == MileageIssue::None);
        CHECK(CheckMileage(0, std::nullopt).severity == MileageSeverity::Ok);
        CHECK(CheckMileage(kMaxMileageKm, std::nullopt).severity == MileageSeverity::Ok);

        const MileageCheck lower = CheckMileage(6842, 68420);
        CHECK(lower.severity == MileageSeverity::Warning);
        CHECK(lower.issue == MileageIssue::LowerThanLast);

        const MileageCheck negative = CheckMileage(-1, 100);
        CHECK(negative.severity == MileageSeverity::Error);
        CHECK(negative.issue == MileageIssue::Negative);

        const MileageCheck too_high = CheckMileage(kMaxMileageKm + 1, std::nullopt);
        CHECK(too_high.severity == MileageSeverity::Error);
        CHECK(too_high.issue == MileageIssue::TooHigh);
        // An absurd value is an error even when it is lower than the last one.
        CHECK(CheckMileage(-5, 10).issue == MileageIssue::Negative);
    }
}
