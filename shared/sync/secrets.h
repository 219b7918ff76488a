#pragma once
// Device tokens and pairing codes. The hub keeps only their hashes, so a stolen hub file does not let
// anyone impersonate a device.
#include <string>
#include <string_view>

namespace checkin::sync {

// 32 random bytes as 64 hex characters.
std::string NewDeviceToken();
// Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as "XXXXX-XXXXX".
std::string NewPairingCode();
// What a person typed, as NewPairingCode made it: upper case, without spaces or dashes.
std::string NormalizePairingCode(std::string_view typed);
// BLAKE2b-256 (libsodium crypto_generichash) of the text, as hex.
std::string HashSecret(std::string_view secret);

} // namespace checkin::sync
