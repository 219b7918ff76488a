#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "shared/media/qr_code.h"

using namespace checkin::media;

namespace {

// The 7x7 finder pattern with its top-left module at (left, top): dark ring, light ring, dark 3x3 centre,
// and the light separator around it.
bool HasFinderPattern(const QrMatrix& matrix, int left, int top)
{
    for (int dy = -1; dy <= 7; ++dy) {
        for (int dx = -1; dx <= 7; ++dx) {
            const int x = left + dx;
            const int y = top + dy;
            if (x < 0 || y < 0 || x >= matrix.size || y >= matrix.size)
                continue;
            const int ring = std::max(std::max(-dx, dx - 6), std::max(-dy, dy - 6)); // 1 = separator
            const int depth = std::min(std::min(dx, 6 - dx), std::min(dy, 6 - dy)); // 0 = outer ring
            const bool dark = ring < 1 && (depth == 0 || depth >= 2);
            if (matrix.At(x, y) != dark)
                return false;
        }
    }
    return true;
}

} // namespace

TEST_SUITE("unit/media")
{
    TEST_CASE("QR: a tracking code is a version 1 code with its three finder patterns")
    {
        const auto matrix = EncodeQr("K7M2QX");
        REQUIRE(matrix.has_value());
        CHECK(matrix->size == 21);
        CHECK(matrix->modules.size() == 21u * 21u);
        CHECK(HasFinderPattern(*matrix, 0, 0));
        CHECK(HasFinderPattern(*matrix, 14, 0));
        CHECK(HasFinderPattern(*matrix, 0, 14));
        CHECK_FALSE(HasFinderPattern(*matrix, 14, 14));
        // Outside the matrix is the quiet zone: light.
        CHECK_FALSE(matrix->At(-1, 0));
        CHECK_FALSE(matrix->At(0, 21));
    }

    TEST_CASE("QR: case is kept, longer texts take a larger version, impossible texts give nothing")
    {
        const auto upper = EncodeQr("K7M2QX");
        const auto lower = EncodeQr("k7m2qx");
        REQUIRE(upper.has_value());
        REQUIRE(lower.has_value());
        CHECK(upper->modules != lower->modules);

        const auto url = EncodeQr("https://service.example.cn/track?code=K7M2QX&shop=shenzhen-futian-02");
        REQUIRE(url.has_value());
        CHECK(url->size > 21);
        CHECK((url->size - 17) % 4 == 0);
        CHECK(HasFinderPattern(*url, url->size - 7, 0));

        CHECK_FALSE(EncodeQr("").has_value());
        CHECK_FALSE(EncodeQr(std::string("K7\0M2", 5)).has_value());
        CHECK_FALSE(EncodeQr(std::string(3000, 'a')).has_value()); // beyond version 40 at level M
    }
}
