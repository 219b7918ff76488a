#include <doctest/doctest.h>

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "shared/domain/order_number.h"
#include "shared/domain/repair_stage.h"

using namespace checkin::domain;

namespace {

using S = RepairStage;

// Every move staff may make; any pair not listed is refused.
const std::map<RepairStage, std::set<RepairStage>> kAllowed = {
    {S::CheckedIn, {S::Inspection}},
    {S::Inspection, {S::AwaitingApproval, S::InRepair}},
    {S::AwaitingApproval, {S::Inspection, S::InRepair}},
    {S::InRepair, {S::QualityCheck}},
    {S::QualityCheck, {S::InRepair, S::Washing, S::Ready}},
    {S::Washing, {S::Ready}},
    {S::Ready, {S::Delivered}},
    {S::Delivered, {}},
};

} // namespace

TEST_SUITE("unit/domain")
{
    TEST_CASE("repair stages: names, keys and parsing, in process order")
    {
        const std::vector<std::string> names = {"checked_in", "inspection", "awaiting_approval", "in_repair",
            "quality_check", "washing", "ready", "delivered"};
        const auto stages = AllRepairStages();
        REQUIRE(stages.size() == names.size());
        for (std::size_t i = 0; i < stages.size(); ++i) {
            CAPTURE(names[i]);
            CHECK(RepairStageName(stages[i]) == names[i]);
            CHECK(RepairStageKey(stages[i]) == "stage." + names[i]);
            CHECK(ParseRepairStage(names[i]) == stages[i]);
        }
        CHECK(stages.front() == RepairStage::CheckedIn);
        CHECK(stages.back() == RepairStage::Delivered);
        for (const char* text : {"", "repair", "Checked_in", "stage.ready", "delivered "})
            CHECK_FALSE(ParseRepairStage(text).has_value());
    }

    TEST_CASE("repair stages: the whole move table")
    {
        for (RepairStage from : AllRepairStages()) {
            for (RepairStage to : AllRepairStages()) {
                CAPTURE(RepairStageName(from));
                CAPTURE(RepairStageName(to));
                CHECK(CanMoveStage(from, to) == (kAllowed.at(from).count(to) == 1));
            }
        }
    }

    TEST_CASE("repair stages: the process's changes are the staff's moves and a finding's move to approval")
    {
        for (RepairStage from : AllRepairStages()) {
            for (RepairStage to : AllRepairStages()) {
                CAPTURE(RepairStageName(from));
                CAPTURE(RepairStageName(to));
                const bool finding = from == S::CheckedIn && to == S::AwaitingApproval;
                CHECK(IsProcessStageChange(from, to) == (CanMoveStage(from, to) || finding));
            }
        }
        CHECK_FALSE(CanMoveStage(S::CheckedIn, S::AwaitingApproval));
        CHECK_FALSE(IsProcessStageChange(S::Delivered, S::InRepair));
    }

    TEST_CASE("repair stages: next stages in process order; only delivered is closed")
    {
        CHECK(NextStages(S::CheckedIn) == std::vector<RepairStage>{S::Inspection});
        CHECK(NextStages(S::Inspection) == std::vector<RepairStage>{S::AwaitingApproval, S::InRepair});
        CHECK(NextStages(S::AwaitingApproval) == std::vector<RepairStage>{S::Inspection, S::InRepair});
        CHECK(NextStages(S::QualityCheck) == std::vector<RepairStage>{S::InRepair, S::Washing, S::Ready});
        CHECK(NextStages(S::Ready) == std::vector<RepairStage>{S::Delivered});
        CHECK(NextStages(S::Delivered).empty());
        for (RepairStage stage : AllRepairStages())
            CHECK(IsOpenStage(stage) == (stage != S::Delivered));
    }

    TEST_CASE("order numbers: RO, the shop date, at least three digits")
    {
        CHECK(OrderNumberPrefix("2024-11-20") == "RO20241120-");
        CHECK(FormatOrderNumber("2024-11-20", 1) == "RO20241120-001");
        CHECK(FormatOrderNumber("2024-11-20", 42) == "RO20241120-042");
        CHECK(FormatOrderNumber("2024-11-20", 1000) == "RO20241120-1000");
        CHECK_THROWS_AS(FormatOrderNumber("2024-11-20", 0), std::invalid_argument);

        const std::string prefix = OrderNumberPrefix("2024-11-20");
        for (int n : {1, 7, 999, 1000})
            CHECK(ParseOrderNumberCount(FormatOrderNumber("2024-11-20", n), prefix) == n);
        CHECK(ParseOrderNumberCount("RO20241120-7", prefix) == 7); // older, unpadded numbers still count
        for (const char* text :
            {"", "RO20241120-", "RO20241121-001", "RO20241120-00x", "A001", "RO20241120-99999999999"}) {
            CAPTURE(text);
            CHECK_FALSE(ParseOrderNumberCount(text, prefix).has_value());
        }
    }
}
