#pragma once
// Staff sign-in on the advisor station: advisors, technicians and managers with a PIN. PINs are kept only
// as libsodium crypto_pwhash (Argon2id) strings; five wrong PINs in a row lock the account for five minutes;
// every attempt and every staff action lands in the audit log (who, what, when, which device).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/store/store.h"

namespace checkin::usecases {

enum class StaffRole { Advisor, Technician, Manager };

std::string_view StaffRoleName(StaffRole role); // "advisor" | "technician" | "manager"
std::optional<StaffRole> ParseStaffRole(std::string_view name);

inline constexpr int kMaxPinFailures = 5;
inline constexpr std::int64_t kPinLockoutMs = 5LL * 60 * 1000;
inline constexpr std::int64_t kStaffIdleSignOutMs = 3LL * 60 * 1000; // the station signs out after this
inline constexpr std::size_t kMinPinDigits = 4;
inline constexpr std::size_t kMaxPinDigits = 8;

struct StaffMember {
    std::string id;
    std::string name;
    StaffRole role = StaffRole::Advisor;
};

// 4 to 8 ASCII digits.
bool IsValidPin(std::string_view pin);
// crypto_pwhash_str with Argon2id at the interactive limits.
std::string HashPin(std::string_view pin);
bool VerifyPin(std::string_view pin_hash, std::string_view pin);

// A new active staff member with a PIN (IsValidPin, else RuleViolation InvalidPin; an empty name is
// InvalidStaffName). actor_staff_id: the manager who added them, if any (audit log).
// Returns the new id.
std::string AddStaff(store::Store& store, std::string_view name, StaffRole role, std::string_view pin,
    const std::optional<std::string>& actor_staff_id = std::nullopt);

enum class SignInOutcome { SignedIn, WrongPin, Locked, Unknown };

struct SignInResult {
    SignInOutcome outcome = SignInOutcome::Unknown;
    std::optional<StaffMember> staff; // SignedIn
    int attempts_left = 0; // WrongPin: before the lock
    std::int64_t locked_until_utc_ms = 0; // Locked (also when this wrong PIN caused the lock)
};

// Checks the PIN of an active staff member. A right PIN resets the failure count; a wrong one counts, and
// the kMaxPinFailures-th locks the account until now + kPinLockoutMs (a locked account refuses even the right
// PIN). One WriteTransaction with the staff row and the audit entry ("sign_in", "sign_in_failed",
// "sign_in_locked"). Unknown: no such active staff member (nothing written).
SignInResult SignIn(store::Store& store, const std::string& staff_id, std::string_view pin);

// "sign_out" in the audit log (reason: "manual" | "idle").
void SignOut(store::Store& store, const std::string& staff_id, std::string_view reason);

} // namespace checkin::usecases
