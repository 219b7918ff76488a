#include "shared/usecases/staff.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <stdexcept>

#include "shared/store/queries_staff.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/audit.h"
#include "shared/usecases/rule_violation.h"

namespace checkin::usecases {
namespace {

void RequireSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialized");
}

std::string_view Trimmed(std::string_view text)
{
    constexpr std::string_view kSpace = " \t\r\n";
    const size_t first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

StaffMember MemberOf(const store::StaffRow& row)
{
    return {row.id, row.name, ParseStaffRole(row.role).value_or(StaffRole::Advisor)};
}

} // namespace

std::string_view StaffRoleName(StaffRole role)
{
    switch (role) {
    case StaffRole::Advisor:
        return "advisor";
    case StaffRole::Technician:
        return "technician";
    case StaffRole::Manager:
        return "manager";
    }
    return "advisor";
}

std::optional<StaffRole> ParseStaffRole(std::string_view name)
{
    for (const StaffRole role : {StaffRole::Advisor, StaffRole::Technician, StaffRole::Manager})
        if (StaffRoleName(role) == name)
            return role;
    return std::nullopt;
}

bool IsValidPin(std::string_view pin)
{
    if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits)
        return false;
    for (const char c : pin)
        if (c < '0' || c > '9')
            return false;
    return true;
}

std::string HashPin(std::string_view pin)
{
    RequireSodium();
    char hash[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(hash, pin.data(), pin.size(), crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("Out of memory while hashing a PIN");
    return hash;
}

bool VerifyPin(std::string_view pin_hash, std::string_view pin)
{
    RequireSodium();
    const std::string hash(pin_hash); // crypto_pwhash_str_verify reads a NUL-terminated string
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

std::string AddStaff(store::Store& store, std::string_view name, StaffRole role, std::string_view pin,
    const std::optional<std::string>& actor_staff_id)
{
    const std::string_view trimmed = Trimmed(name);
    if (trimmed.empty())
        throw RuleViolation(RuleViolationCode::InvalidStaffName);
    if (!IsValidPin(pin))
        throw RuleViolation(RuleViolationCode::InvalidPin);
    // Hashed before the write lock is taken: it is the slow part (~0.1 s).
    const std::string pin_hash = HashPin(pin);

    store::WriteTransaction write(store);
    if (actor_staff_id) {
        const auto actor = store::FindStaff(store, *actor_staff_id);
        if (!actor || !actor->active)
            throw RuleViolation(RuleViolationCode::UnknownStaff);
    }
    const std::string id = write.NewId();
    write.Upsert("staff", id,
        {{"name", std::string(trimmed)}, {"role", std::string(StaffRoleName(role))}, {"pin_hash", pin_hash},
            {"failed_attempts", std::int64_t{0}}, {"locked_until", nullptr}, {"active", std::int64_t{1}}});
    const nlohmann::json detail = {{"name", trimmed}, {"role", StaffRoleName(role)}};
    RecordAudit(write, store, actor_staff_id, "add_staff", "staff", id, detail.dump());
    write.Commit();
    return id;
}

SignInResult SignIn(store::Store& store, const std::string& staff_id, std::string_view pin)
{
    // The count is read and written under the write lock, so two attempts never both count as the first.
    store::WriteTransaction write(store);
    const auto credentials = store::FindStaffCredentials(store, staff_id);
    if (!credentials || !credentials->staff.active || !credentials->pin_hash)
        return {};

    const std::int64_t now = store.Clock().NowUtcMs();
    if (credentials->staff.locked) {
        RecordAudit(write, store, staff_id, "sign_in_locked", "staff", staff_id,
            nlohmann::json{{"locked_until", credentials->staff.locked_until_utc_ms}}.dump());
        write.Commit();
        return {SignInOutcome::Locked, std::nullopt, 0, credentials->staff.locked_until_utc_ms};
    }

    // A lock that has run out starts the count again.
    const bool lock_expired = credentials->locked_until_utc_ms.has_value();
    const int failures = lock_expired ? 0 : credentials->failed_attempts;
    SignInResult result;
    if (VerifyPin(*credentials->pin_hash, pin)) {
        if (failures != 0 || lock_expired)
            write.Upsert(
                "staff", staff_id, {{"failed_attempts", std::int64_t{0}}, {"locked_until", nullptr}});
        RecordAudit(write, store, staff_id, "sign_in", "staff", staff_id);
        result = {SignInOutcome::SignedIn, MemberOf(credentials->staff), 0, 0};
    } else {
        const int now_failed = failures + 1;
        nlohmann::json detail = {{"failed_attempts", now_failed}};
        if (now_failed >= kMaxPinFailures) {
            const std::int64_t locked_until = now + kPinLockoutMs;
            write.Upsert("staff", staff_id,
                {{"failed_attempts", std::int64_t{now_failed}}, {"locked_until", locked_until}});
            detail["locked_until"] = locked_until;
            result = {SignInOutcome::Locked, std::nullopt, 0, locked_until};
        } else {
            // locked_until is written only to clear an old lock: a station that has not yet seen another
            // station's lock must not lift it (the columns merge last writer wins).
            store::Columns columns = {{"failed_attempts", std::int64_t{now_failed}}};
            if (lock_expired)
                columns.emplace_back("locked_until", nullptr);
            write.Upsert("staff", staff_id, columns);
            result = {SignInOutcome::WrongPin, std::nullopt, kMaxPinFailures - now_failed, 0};
        }
        RecordAudit(write, store, staff_id, "sign_in_failed", "staff", staff_id, detail.dump());
    }
    write.Commit();
    return result;
}

void SignOut(store::Store& store, const std::string& staff_id, std::string_view reason)
{
    if (reason != "manual" && reason != "idle")
        throw std::invalid_argument("A sign-out reason is 'manual' or 'idle'");
    store::WriteTransaction write(store);
    if (!store::FindStaff(store, staff_id))
        throw RuleViolation(RuleViolationCode::UnknownStaff);
    RecordAudit(
        write, store, staff_id, "sign_out", "staff", staff_id, nlohmann::json{{"reason", reason}}.dump());
    write.Commit();
}

} // namespace checkin::usecases
