// Staff sign-in. Every PIN hash costs ~0.1 s and 64 MB (more under ASan): the sign-in tests share one hash
// and seed their staff rows directly; only the AddStaff tests hash.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "shared/domain/clock.h"
#include "shared/store/queries_staff.h"
#include "shared/store/store.h"
#include "shared/store/write_transaction.h"
#include "shared/sync/uuid.h"
#include "shared/usecases/audit.h"
#include "shared/usecases/staff.h"
#include "unit/store/store_test_support.h"
#include "unit/usecases/kiosk_test_support.h"

using namespace checkin;
using namespace checkin::usecases;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::RuleViolationOf;

namespace {

constexpr const char* kPin = "2468";
constexpr std::int64_t kMinuteMs = 60'000;

const std::string& SharedPinHash()
{
    static const std::string hash = HashPin(kPin);
    return hash;
}

struct StaffFixture {
    testing::TempFolder temp;
    domain::ManualClock clock{kStoreTestNowUtcMs};
    std::unique_ptr<store::Store> store = store::Store::Open(temp.DatabasePath(), clock, "advisor");

    // A staff row as sync would deliver it (no AddStaff: no hashing).
    std::string Seed(const std::string& name, const std::string& role, bool active = true,
        std::optional<std::int64_t> locked_until = std::nullopt, bool with_pin = true)
    {
        store::WriteTransaction write(*store);
        const std::string id = write.NewId();
        write.Upsert("staff", id,
            {{"name", name}, {"role", role},
                {"pin_hash", with_pin ? store::Value(SharedPinHash()) : store::Value(nullptr)},
                {"active", std::int64_t{active ? 1 : 0}},
                {"locked_until", locked_until ? store::Value(*locked_until) : store::Value(nullptr)}});
        write.Commit();
        return id;
    }

    store::StaffCredentials Credentials(const std::string& id)
    {
        const auto credentials = store::FindStaffCredentials(*store, id);
        REQUIRE(credentials);
        return *credentials;
    }

    std::vector<std::string> Actions(int limit = 20)
    {
        std::vector<std::string> actions;
        for (const store::AuditEntry& entry : store::RecentAuditEntries(*store, limit))
            actions.push_back(entry.action);
        return actions;
    }

    // The columns of the newest outbox op of a table.
    nlohmann::json LastOpColumns(const std::string& table)
    {
        store::Statement select(store->Db(),
            "SELECT columns_json FROM outbox WHERE table_name = ? ORDER BY device_seq DESC LIMIT 1");
        select.BindAll(table);
        REQUIRE(select.Step());
        return nlohmann::json::parse(select.Text(0));
    }

    std::vector<std::string> OutboxTables()
    {
        store::Statement select(store->Db(), "SELECT table_name FROM outbox ORDER BY device_seq");
        std::vector<std::string> tables;
        while (select.Step())
            tables.push_back(select.Text(0));
        return tables;
    }
};

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE("A PIN hash is a salted Argon2id string that verifies only its PIN")
    {
        const std::string hash = SharedPinHash();
        CHECK(hash.starts_with("$argon2id$"));
        CHECK(hash.find(kPin) == std::string::npos);
        CHECK(VerifyPin(hash, kPin));
        CHECK_FALSE(VerifyPin(hash, "2469"));
        CHECK_FALSE(VerifyPin(hash, ""));
        CHECK_FALSE(VerifyPin("not a hash", kPin));
        CHECK_FALSE(VerifyPin("", kPin));
        const std::string again = HashPin(kPin);
        CHECK(again != hash); // a new salt every time
        CHECK(VerifyPin(again, kPin));
    }

    TEST_CASE("A PIN is 4 to 8 ASCII digits")
    {
        CHECK(IsValidPin("0000"));
        CHECK(IsValidPin("1234"));
        CHECK(IsValidPin("12345678"));
        CHECK_FALSE(IsValidPin(""));
        CHECK_FALSE(IsValidPin("123"));
        CHECK_FALSE(IsValidPin("123456789"));
        CHECK_FALSE(IsValidPin("12a4"));
        CHECK_FALSE(IsValidPin(" 1234"));
        CHECK_FALSE(IsValidPin("1234 "));
        CHECK_FALSE(IsValidPin("-123"));
        CHECK_FALSE(IsValidPin("１２")); // full-width digits, 6 bytes
        CHECK_FALSE(IsValidPin(std::string_view("12\0"
                                                "34",
            5)));
    }

    TEST_CASE("Staff roles have stable names")
    {
        for (const StaffRole role : {StaffRole::Advisor, StaffRole::Technician, StaffRole::Manager})
            CHECK(ParseStaffRole(StaffRoleName(role)) == role);
        CHECK(StaffRoleName(StaffRole::Manager) == "manager");
        CHECK_FALSE(ParseStaffRole("Advisor"));
        CHECK_FALSE(ParseStaffRole(""));
        CHECK_FALSE(ParseStaffRole("kiosk"));
    }

    TEST_CASE("AddStaff refuses a blank name, a bad PIN and an unknown manager, writing nothing")
    {
        StaffFixture fixture;
        store::Store& store = *fixture.store;
        CHECK(RuleViolationOf([&] { AddStaff(store, "", StaffRole::Advisor, kPin); })
            == RuleViolationCode::InvalidStaffName);
        CHECK(RuleViolationOf([&] { AddStaff(store, "  \t ", StaffRole::Advisor, kPin); })
            == RuleViolationCode::InvalidStaffName);
        CHECK(RuleViolationOf([&] { AddStaff(store, "Wang Fang", StaffRole::Advisor, "123"); })
            == RuleViolationCode::InvalidPin);
        CHECK(RuleViolationOf([&] { AddStaff(store, "Wang Fang", StaffRole::Advisor, "12a45"); })
            == RuleViolationCode::InvalidPin);
        CHECK(RuleViolationOf([&] {
            AddStaff(store, "Wang Fang", StaffRole::Advisor, kPin, sync::NewUuidV7(kStoreTestNowUtcMs));
        }) == RuleViolationCode::UnknownStaff);
        CHECK(store.OutboxSize() == 0);
        CHECK(store::ListActiveStaff(store).empty());
        CHECK(store::RecentAuditEntries(store, 10).empty());
    }

    TEST_CASE("AddStaff stores the hash, never the PIN, with its audit entry and sync ops")
    {
        StaffFixture fixture;
        store::Store& store = *fixture.store;
        const std::string manager = AddStaff(store, " 陈经理 ", StaffRole::Manager, "13579");
        fixture.clock.Advance(1000);
        const std::string advisor = AddStaff(store, "Wang Fang", StaffRole::Advisor, "86420", manager);

        CHECK(sync::IsUuidV7(manager));
        const store::StaffCredentials credentials = fixture.Credentials(advisor);
        CHECK(credentials.staff.name == "Wang Fang");
        CHECK(credentials.staff.role == "advisor");
        CHECK(credentials.staff.active);
        CHECK_FALSE(credentials.staff.locked);
        CHECK(credentials.failed_attempts == 0);
        CHECK_FALSE(credentials.locked_until_utc_ms);
        REQUIRE(credentials.pin_hash);
        CHECK(credentials.pin_hash->starts_with("$argon2id$"));
        CHECK(VerifyPin(*credentials.pin_hash, "86420"));
        CHECK(store::FindStaff(store, manager)->name == "陈经理"); // trimmed

        const auto entries = store::RecentAuditEntries(store, 10);
        REQUIRE(entries.size() == 2);
        CHECK(entries[0].action == "add_staff");
        CHECK(entries[0].staff_id == manager); // who added them
        CHECK(entries[0].device_id == store.DeviceId());
        CHECK(entries[0].subject_table == "staff");
        CHECK(entries[0].subject_id == advisor);
        CHECK(entries[0].at_utc_ms == kStoreTestNowUtcMs + 1000);
        CHECK(nlohmann::json::parse(entries[0].detail_json)
            == nlohmann::json{{"name", "Wang Fang"}, {"role", "advisor"}});
        CHECK(entries[1].subject_id == manager);
        CHECK_FALSE(entries[1].staff_id); // added from the hub's command line: no one signed in

        CHECK(fixture.OutboxTables() == std::vector<std::string>{"staff", "audit_log", "staff", "audit_log"});
        const nlohmann::json staff_op = fixture.LastOpColumns("staff");
        CHECK(staff_op["name"] == "Wang Fang");
        CHECK(staff_op["pin_hash"] == *credentials.pin_hash);
        CHECK(staff_op.dump().find("86420") == std::string::npos);
        CHECK(fixture.LastOpColumns("audit_log").dump().find("86420") == std::string::npos);
    }

    TEST_CASE("The right PIN signs in and clears earlier failures; a wrong one counts down")
    {
        StaffFixture fixture;
        store::Store& store = *fixture.store;
        const std::string id = fixture.Seed("Wang Fang", "advisor");

        SignInResult result = SignIn(store, id, "1111");
        CHECK(result.outcome == SignInOutcome::WrongPin);
        CHECK(result.attempts_left == 4);
        CHECK_FALSE(result.staff);
        // Only the count: a station must not lift a lock another station set and it has not seen yet.
        CHECK(fixture.LastOpColumns("staff") == nlohmann::json{{"failed_attempts", 1}});
        result = SignIn(store, id, "");
        CHECK(result.attempts_left == 3);
        CHECK(fixture.Credentials(id).failed_attempts == 2);

        result = SignIn(store, id, kPin);
        CHECK(result.outcome == SignInOutcome::SignedIn);
        REQUIRE(result.staff);
        CHECK(result.staff->id == id);
        CHECK(result.staff->name == "Wang Fang");
        CHECK(result.staff->role == StaffRole::Advisor);
        CHECK(fixture.Credentials(id).failed_attempts == 0);

        result = SignIn(store, id, "1111");
        CHECK(result.attempts_left == 4); // counting starts again

        CHECK(fixture.Actions()
            == std::vector<std::string>{"sign_in_failed", "sign_in", "sign_in_failed", "sign_in_failed"});
        const auto entries = store::RecentAuditEntries(store, 10);
        CHECK(entries[1].staff_id == id);
        CHECK(entries[1].device_id == store.DeviceId());
        CHECK(entries[1].subject_id == id);
        CHECK(nlohmann::json::parse(entries[2].detail_json) == nlohmann::json{{"failed_attempts", 2}});
    }

    TEST_CASE("Signing in with the right PIN and no failures writes only the audit entry")
    {
        StaffFixture fixture;
        const std::string id = fixture.Seed("Wang Fang", "advisor");
        const std::int64_t before = fixture.store->OutboxSize();
        CHECK(SignIn(*fixture.store, id, kPin).outcome == SignInOutcome::SignedIn);
        CHECK(fixture.store->OutboxSize() == before + 1);
        CHECK(fixture.OutboxTables().back() == "audit_log");
    }

    TEST_CASE("The fifth wrong PIN locks for five minutes, even against the right PIN")
    {
        StaffFixture fixture;
        store::Store& store = *fixture.store;
        const std::string id = fixture.Seed("Wang Fang", "advisor");
        for (int attempt = 1; attempt < kMaxPinFailures; ++attempt) {
            const SignInResult result = SignIn(store, id, "0000");
            CHECK(result.outcome == SignInOutcome::WrongPin);
            CHECK(result.attempts_left == kMaxPinFailures - attempt);
            fixture.clock.Advance(1000);
        }
        const std::int64_t lock_time = fixture.clock.NowUtcMs();
        SignInResult result = SignIn(store, id, "0000");
        CHECK(result.outcome == SignInOutcome::Locked);
        CHECK(result.attempts_left == 0);
        CHECK(result.locked_until_utc_ms == lock_time + kPinLockoutMs);
        const store::StaffCredentials locked = fixture.Credentials(id);
        CHECK(locked.failed_attempts == kMaxPinFailures);
        CHECK(locked.locked_until_utc_ms == lock_time + kPinLockoutMs);
        CHECK(locked.staff.locked);
        CHECK(nlohmann::json::parse(store::RecentAuditEntries(store, 1)[0].detail_json)
            == nlohmann::json{{"failed_attempts", 5}, {"locked_until", lock_time + kPinLockoutMs}});

        fixture.clock.Advance(kPinLockoutMs - 1);
        const std::int64_t outbox = store.OutboxSize();
        result = SignIn(store, id, kPin);
        CHECK(result.outcome == SignInOutcome::Locked);
        CHECK(result.locked_until_utc_ms == lock_time + kPinLockoutMs);
        CHECK_FALSE(result.staff);
        CHECK(store.OutboxSize() == outbox + 1); // the audit entry only
        CHECK(fixture.Credentials(id).failed_attempts == kMaxPinFailures);

        fixture.clock.Advance(1); // the lock has run out
        CHECK_FALSE(store::FindStaff(store, id)->locked);
        result = SignIn(store, id, kPin);
        CHECK(result.outcome == SignInOutcome::SignedIn);
        const store::StaffCredentials after = fixture.Credentials(id);
        CHECK(after.failed_attempts == 0);
        CHECK_FALSE(after.locked_until_utc_ms);
        CHECK(fixture.Actions(3) == std::vector<std::string>{"sign_in", "sign_in_locked", "sign_in_failed"});
    }

    TEST_CASE("After a lock has run out a wrong PIN starts a new count")
    {
        StaffFixture fixture;
        store::Store& store = *fixture.store;
        const std::string id = fixture.Seed("Wang Fang", "advisor");
        for (int attempt = 0; attempt < kMaxPinFailures; ++attempt)
            SignIn(store, id, "0000");
        REQUIRE(fixture.Credentials(id).staff.locked);
        fixture.clock.Advance(kPinLockoutMs);

        const SignInResult result = SignIn(store, id, "0000");
        CHECK(result.outcome == SignInOutcome::WrongPin);
        CHECK(result.attempts_left == kMaxPinFailures - 1);
        const store::StaffCredentials credentials = fixture.Credentials(id);
        CHECK(credentials.failed_attempts == 1);
        CHECK_FALSE(credentials.locked_until_utc_ms);
        CHECK(fixture.LastOpColumns("staff")
            == nlohmann::json{{"failed_attempts", 1}, {"locked_until", nullptr}});
    }

    TEST_CASE("Unknown, inactive, deleted and PIN-less staff cannot sign in, and nothing is written")
    {
        StaffFixture fixture;
        store::Store& store = *fixture.store;
        const std::string inactive = fixture.Seed("Former advisor", "advisor", false);
        const std::string deleted = fixture.Seed("Deleted advisor", "advisor");
        const std::string no_pin = fixture.Seed("New advisor", "advisor", true, std::nullopt, false);
        {
            store::WriteTransaction write(store);
            write.Tombstone("staff", deleted);
            write.Commit();
        }
        const std::int64_t outbox = store.OutboxSize();
        for (const std::string& id : {sync::NewUuidV7(kStoreTestNowUtcMs), inactive, deleted, no_pin}) {
            const SignInResult result = SignIn(store, id, kPin);
            CHECK(result.outcome == SignInOutcome::Unknown);
            CHECK_FALSE(result.staff);
        }
        CHECK(store.OutboxSize() == outbox);
        CHECK(store::RecentAuditEntries(store, 10).empty());
        CHECK_FALSE(store::FindStaff(store, deleted));
        CHECK_FALSE(store::FindStaff(store, inactive)->active);
    }

    TEST_CASE("Signing out is audited with its reason")
    {
        StaffFixture fixture;
        store::Store& store = *fixture.store;
        const std::string id = fixture.Seed("Wang Fang", "advisor");
        SignOut(store, id, "manual");
        fixture.clock.Advance(kStaffIdleSignOutMs);
        SignOut(store, id, "idle");

        const auto entries = store::RecentAuditEntries(store, 10);
        REQUIRE(entries.size() == 2);
        CHECK(entries[0].action == "sign_out");
        CHECK(entries[0].staff_id == id);
        CHECK(entries[0].device_id == store.DeviceId());
        CHECK(nlohmann::json::parse(entries[0].detail_json) == nlohmann::json{{"reason", "idle"}});
        CHECK(entries[0].at_utc_ms == kStoreTestNowUtcMs + kStaffIdleSignOutMs);
        CHECK(nlohmann::json::parse(entries[1].detail_json) == nlohmann::json{{"reason", "manual"}});

        CHECK(RuleViolationOf([&] { SignOut(store, sync::NewUuidV7(kStoreTestNowUtcMs), "manual"); })
            == RuleViolationCode::UnknownStaff);
        CHECK_THROWS_AS(SignOut(store, id, "lunch"), std::invalid_argument);
        CHECK(store::RecentAuditEntries(store, 10).size() == 2);
    }

    TEST_CASE("RecordAudit writes who, what, where and when, newest first")
    {
        StaffFixture fixture;
        store::Store& store = *fixture.store;
        const std::string id = fixture.Seed("Wang Fang", "advisor");
        {
            store::WriteTransaction write(store);
            RecordAudit(write, store, std::nullopt, "open_station");
            RecordAudit(write, store, id, "confirm_checkin", "checkins", "c1", R"({"queue":"A012"})");
            write.Commit();
        }
        fixture.clock.Advance(5);
        {
            store::WriteTransaction write(store);
            RecordAudit(write, store, id, "print_order", "repair_orders", "o1");
            // Not committed: an action that did not happen leaves no entry.
        }

        const auto entries = store::RecentAuditEntries(store, 10);
        REQUIRE(entries.size() == 2);
        CHECK(entries[0].action == "confirm_checkin"); // same millisecond: the later entry first
        CHECK(entries[0].staff_id == id);
        CHECK(entries[0].device_id == store.DeviceId());
        CHECK(entries[0].subject_table == "checkins");
        CHECK(entries[0].subject_id == "c1");
        CHECK(entries[0].detail_json == R"({"queue":"A012"})");
        CHECK(entries[0].at_utc_ms == kStoreTestNowUtcMs);
        CHECK(sync::IsUuidV7(entries[0].id));
        CHECK(entries[1].action == "open_station");
        CHECK_FALSE(entries[1].staff_id);
        CHECK(entries[1].subject_table.empty());
        CHECK(entries[1].detail_json.empty());
        CHECK(store::RecentAuditEntries(store, 1).size() == 1);
    }

    TEST_CASE("Active staff are listed by role, then name, with their lock")
    {
        StaffFixture fixture;
        const std::int64_t now = kStoreTestNowUtcMs;
        const std::string zhao = fixture.Seed("Zhao Lei", "technician");
        const std::string wang = fixture.Seed("Wang Fang", "advisor", true, now + kMinuteMs);
        const std::string chen = fixture.Seed("Chen Jing", "manager");
        const std::string li = fixture.Seed("Li Na", "advisor", true, now - kMinuteMs);
        fixture.Seed("An Qi", "advisor", false);
        const std::string deleted = fixture.Seed("Bai Yu", "advisor");
        {
            store::WriteTransaction write(*fixture.store);
            write.Tombstone("staff", deleted);
            write.Commit();
        }

        const auto staff = store::ListActiveStaff(*fixture.store);
        REQUIRE(staff.size() == 4);
        CHECK(staff[0].id == chen);
        CHECK(staff[0].role == "manager");
        CHECK(staff[1].id == li);
        CHECK_FALSE(staff[1].locked); // the lock has run out
        CHECK(staff[2].id == wang);
        CHECK(staff[2].name == "Wang Fang");
        CHECK(staff[2].locked);
        CHECK(staff[2].locked_until_utc_ms == now + kMinuteMs);
        CHECK(staff[3].id == zhao);
        CHECK(staff[3].role == "technician");
        CHECK_FALSE(staff[3].locked);
        CHECK(staff[3].locked_until_utc_ms == 0);

        fixture.clock.Advance(kMinuteMs);
        CHECK_FALSE(store::ListActiveStaff(*fixture.store)[2].locked);
    }
}
