#pragma once
// Short codes customers read and type: booking codes and tracking codes. The alphabet leaves out the
// look-alikes 0/O, 1/I/L so a code read off a ticket or said on the phone is typed right the first time.
#include <cstddef>
#include <string>
#include <string_view>

namespace checkin::domain {

inline constexpr std::string_view kCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
inline constexpr std::size_t kCodeLength = 6;

// A random code of kCodeLength characters from kCodeAlphabet (uniform, from the OS random source).
std::string NewCustomerCode();
bool IsCustomerCode(std::string_view text);

} // namespace checkin::domain
