#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shared/domain/utf8.h"

using namespace checkin::domain;

TEST_SUITE("unit/domain")
{
    TEST_CASE("utf8: decodes ASCII, CJK and supplementary characters")
    {
        const std::vector<char32_t> expected{U'A', U'京', U'\U0001F600'};
        CHECK(DecodeUtf8("A京😀") == expected);
        CHECK(DecodeUtf8("").empty());
        CHECK(std::string("京").size() == 3);
        CHECK(DecodeUtf8("京") == std::vector<char32_t>{0x4EAC});
    }

    TEST_CASE("utf8: encodes each length class with exact bytes")
    {
        CHECK(EncodeUtf8(U'A') == "A");
        CHECK(EncodeUtf8(0x00B7) == "\xC2\xB7"); // middle dot
        CHECK(EncodeUtf8(U'京') == "\xE4\xBA\xAC");
        CHECK(EncodeUtf8(0x1F600) == "\xF0\x9F\x98\x80");
        const std::vector<char32_t> plate{U'京', U'A', U'1'};
        CHECK(EncodeUtf8(plate) == "京A1");
    }

    TEST_CASE("utf8: round trip at every encoding boundary")
    {
        const std::vector<char32_t> code_points{
            0x0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF, U'沪', U'·'};
        for (const char32_t code_point : code_points) {
            CAPTURE(static_cast<unsigned>(code_point));
            const std::string encoded = EncodeUtf8(code_point);
            CHECK(DecodeUtf8(encoded) == std::vector<char32_t>{code_point});
            CHECK(CountCodePoints(encoded) == 1);
        }
        CHECK(DecodeUtf8(EncodeUtf8(code_points)) == code_points);
    }

    TEST_CASE("utf8: unencodable code points become U+FFFD")
    {
        CHECK(EncodeUtf8(0xD800) == "\xEF\xBF\xBD");
        CHECK(EncodeUtf8(0xDFFF) == "\xEF\xBF\xBD");
        CHECK(EncodeUtf8(0x110000) == "\xEF\xBF\xBD");
    }

    TEST_CASE("utf8: ill-formed input becomes one U+FFFD per maximal subpart")
    {
        const char32_t r = kReplacementCharacter;
        // Overlong '/' : C0 is never a lead byte, AF is a stray continuation.
        CHECK(DecodeUtf8("\xC0\xAF") == std::vector<char32_t>{r, r});
        // Truncated 京 at the end, and followed by ASCII that must survive.
        CHECK(DecodeUtf8("\xE4\xBA") == std::vector<char32_t>{r});
        CHECK(DecodeUtf8("\xE4\xBA"
                         "A")
            == std::vector<char32_t>{r, U'A'});
        // Overlong three- and four-byte forms of '/'.
        CHECK(DecodeUtf8("\xE0\x80\xAF") == std::vector<char32_t>{r, r, r});
        CHECK(DecodeUtf8("\xF0\x80\x80\xAF") == std::vector<char32_t>{r, r, r, r});
        // Encoded surrogate U+D800 and a value above U+10FFFF.
        CHECK(DecodeUtf8("\xED\xA0\x80") == std::vector<char32_t>{r, r, r});
        CHECK(DecodeUtf8("\xF4\x90\x80\x80") == std::vector<char32_t>{r, r, r, r});
        // A lone continuation byte between valid characters.
        CHECK(DecodeUtf8("京\x80沪") == std::vector<char32_t>{U'京', r, U'沪'});
    }

    TEST_CASE("utf8: CountCodePoints agrees with DecodeUtf8")
    {
        CHECK(CountCodePoints("") == 0);
        CHECK(CountCodePoints("京A12345") == 7);
        CHECK(std::string("京A12345").size() == 9);
        for (const std::string text : {"A京😀", "\xC0\xAF", "\xE4\xBA", "\xED\xA0\x80", "京\x80沪"})
            CHECK(CountCodePoints(text) == DecodeUtf8(text).size());
    }
}
