// The advisor's correction of the customer file: the full name, its rules, the audit entry and the sync op.
#include <functional>

#include <doctest/doctest.h>

#include "shared/store/queries_customer_file.h"
#include "shared/store/queries_staff.h"
#include "shared/usecases/customer_file.h"
#include "shared/usecases/rule_violation.h"
#include "unit/usecases/kiosk_test_support.h"

using namespace checkin;
using usecases::RuleViolationCode;

namespace {

RuleViolationCode ViolationOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const usecases::RuleViolation& violation) {
        return violation.Code();
    }
    FAIL("no RuleViolation");
    return RuleViolationCode::BadPlate;
}

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE_FIXTURE(testing::KioskFixture, "an advisor sets a customer's full name, audited and synced")
    {
        const auto customer = store::FindCustomerByPlate(*store, "粤A7B2R8");
        REQUIRE(customer);
        const std::string staff_id = store::ListActiveStaff(*store).front().id;
        const std::int64_t before = LastSeq();

        usecases::SetCustomerFullName(*store, customer->id, "  刘建华 ", staff_id);

        CHECK(Column("customers", "full_name", customer->id) == "刘建华");
        const auto ops = OpsAfter(before);
        REQUIRE(ops.size() == 2);
        CHECK(ops[0].table_name == "customers");
        CHECK(ops[0].columns == nlohmann::json{{"full_name", "刘建华"}});
        CHECK(ops[1].table_name == "audit_log");
        const auto audit = store::RecentAuditEntries(*store, 1);
        REQUIRE(audit.size() == 1);
        CHECK(audit[0].action == "update_customer");
        CHECK(audit[0].staff_id == staff_id);
        CHECK(audit[0].subject_id == customer->id);
    }

    TEST_CASE_FIXTURE(testing::KioskFixture, "a blank, too long or misdirected name changes nothing")
    {
        const auto customer = store::FindCustomerByPlate(*store, "粤A7B2R8");
        REQUIRE(customer);
        const std::string staff_id = store::ListActiveStaff(*store).front().id;
        const std::int64_t before = LastSeq();
        CHECK(ViolationOf([&] { usecases::SetCustomerFullName(*store, customer->id, "   ", staff_id); })
            == RuleViolationCode::InvalidFullName);
        CHECK(ViolationOf([&] {
            usecases::SetCustomerFullName(*store, customer->id, std::string(41, 'A'), staff_id);
        }) == RuleViolationCode::InvalidFullName);
        CHECK(ViolationOf([&] { usecases::SetCustomerFullName(*store, "no-such-customer", "王芳", staff_id); })
            == RuleViolationCode::UnknownCustomer);
        CHECK(LastSeq() == before);
        // 40 characters of Chinese are fine: the limit counts characters, not bytes.
        std::string forty;
        for (int i = 0; i < 40; ++i)
            forty += "名";
        usecases::SetCustomerFullName(*store, customer->id, forty, staff_id);
        CHECK(LastSeq() == before + 2);
    }
}
