#pragma once
// Plates, names and masks work on characters, not bytes: "京A12345" is 7 characters but 9 bytes.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace checkin::domain {

// Stands in for every ill-formed part of the input and for code points that cannot be encoded.
inline constexpr char32_t kReplacementCharacter = U'\uFFFD';

// Code points of a UTF-8 string. Each maximal ill-formed subsequence (overlong forms, surrogates, values
// above U+10FFFF, truncated sequences, stray continuation bytes) becomes one kReplacementCharacter.
std::vector<char32_t> DecodeUtf8(std::string_view utf8);

// UTF-8 of one code point; surrogates and values above U+10FFFF encode as kReplacementCharacter.
std::string EncodeUtf8(char32_t code_point);
std::string EncodeUtf8(std::span<const char32_t> code_points);

// Same count as DecodeUtf8(utf8).size(), without allocating.
std::size_t CountCodePoints(std::string_view utf8);

} // namespace checkin::domain
