#include "shared/domain/utf8.h"

namespace checkin::domain {
namespace {

// Decodes the code point at text[pos] and moves pos past it. Follows the Unicode "maximal subpart"
// practice: a bad sequence is replaced up to the first byte that cannot continue it, so one corrupt byte
// never swallows the character after it.
char32_t DecodeNext(std::string_view text, std::size_t& pos)
{
    const auto lead = static_cast<unsigned char>(text[pos++]);
    if (lead < 0x80)
        return lead;

    int continuation_count = 0;
    char32_t code_point = 0;
    // Allowed range of the first continuation byte; narrower after E0, ED, F0, F4 to exclude overlong
    // forms, surrogates and values above U+10FFFF.
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        continuation_count = 1;
        code_point = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        continuation_count = 2;
        code_point = lead & 0x0Fu;
        if (lead == 0xE0)
            low = 0xA0;
        if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        continuation_count = 3;
        code_point = lead & 0x07u;
        if (lead == 0xF0)
            low = 0x90;
        if (lead == 0xF4)
            high = 0x8F;
    } else {
        return kReplacementCharacter;
    }

    for (int i = 0; i < continuation_count; ++i) {
        if (pos >= text.size())
            return kReplacementCharacter;
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < low || byte > high)
            return kReplacementCharacter;
        low = 0x80;
        high = 0xBF;
        code_point = (code_point << 6) | (byte & 0x3Fu);
        ++pos;
    }
    return code_point;
}

void AppendUtf8(std::string& out, char32_t code_point)
{
    if (code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF))
        code_point = kReplacementCharacter;
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

} // namespace

std::vector<char32_t> DecodeUtf8(std::string_view utf8)
{
    std::vector<char32_t> code_points;
    code_points.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size())
        code_points.push_back(DecodeNext(utf8, pos));
    return code_points;
}

std::string EncodeUtf8(char32_t code_point)
{
    std::string out;
    AppendUtf8(out, code_point);
    return out;
}

std::string EncodeUtf8(std::span<const char32_t> code_points)
{
    std::string out;
    out.reserve(code_points.size());
    for (const char32_t code_point : code_points)
        AppendUtf8(out, code_point);
    return out;
}

std::size_t CountCodePoints(std::string_view utf8)
{
    std::size_t count = 0;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        DecodeNext(utf8, pos);
        ++count;
    }
    return count;
}

} // namespace checkin::domain
