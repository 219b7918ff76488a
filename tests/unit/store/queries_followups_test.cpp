#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shared/store/queries_followups.h"
#include "unit/usecases/followup_test_support.h"

using namespace checkin;
using namespace checkin::store;
using checkin::testing::FollowUpsFixture;
using checkin::testing::kDayMs;
using checkin::testing::kFollowUpToday;
using checkin::testing::kHourMs;
using checkin::testing::kTodayStart;

namespace {

// Today 2024-11-20: three calls due (Mr. Zhang's day-1 call today, Mrs. Wang's insurance on 11-10 and her
// lapse on 10-01), two ahead (Mr. Zhang's oil change on 11-24, Mrs. Wang's licence on 11-30), one done and
// one deleted.
struct Fixture : FollowUpsFixture {
    std::string order
        = Delivered(zhang, zhang_car, kTodayStart - kDayMs + 15 * kHourMs, 70000, "RO20241119001");
    std::string day1 = Call(zhang, zhang_car, "day1", "2024-11-20", {}, order);
    std::string insurance = Call(wang, wang_car, "insurance", "2024-11-10", "2024-12-10");
    std::string lapsed = Call(wang, wang_car, "lapsed_3", "2024-10-01", "2024-07-01");
    std::string service = Call(zhang, zhang_car, "service", "2024-11-24", "OIL:date:2024-12-24");
    std::string licence = Call(wang, wang_car, "licence", "2024-11-30", "2024-12-30");
    std::string done = Call(zhang, zhang_car, "day7", "2024-11-15", {}, order);
    std::string deleted = Call(zhang, zhang_car, "inspection", "2024-11-01", "2024-12-01");

    Fixture()
    {
        SetColumn("followups", done, "done_at", clock.NowUtcMs());
        Tombstone("followups", deleted);
    }

    std::vector<std::string> Ids(const WorklistFilter& filter)
    {
        std::vector<std::string> ids;
        for (const WorklistItem& item : WorklistItems(*store, kFollowUpToday, filter))
            ids.push_back(item.id);
        return ids;
    }
};

WorklistFilter Within(std::int64_t days, WorklistOrder order = WorklistOrder::NewestDueFirst)
{
    WorklistFilter filter;
    filter.due_within_days = days;
    filter.order = order;
    return filter;
}

std::vector<std::pair<std::string, std::int64_t>> Pairs(const std::vector<WorklistCount>& counts)
{
    std::vector<std::pair<std::string, std::int64_t>> pairs;
    for (const WorklistCount& count : counts)
        pairs.emplace_back(count.kind, count.count);
    return pairs;
}

} // namespace

TEST_SUITE("unit/store")
{
    TEST_CASE("the worklist holds the open calls due by today, newest due first or by due date")
    {
        Fixture f;
        CHECK(f.Ids({}) == std::vector<std::string>{f.day1, f.insurance, f.lapsed});
        CHECK(f.Ids(Within(0, WorklistOrder::OldestDueFirst))
            == std::vector<std::string>{f.lapsed, f.insurance, f.day1});
        CHECK(f.Ids(Within(4)) == std::vector<std::string>{f.service, f.day1, f.insurance, f.lapsed});
        CHECK(f.Ids(Within(10, WorklistOrder::OldestDueFirst))
            == std::vector<std::string>{f.lapsed, f.insurance, f.day1, f.service, f.licence});
    }

    TEST_CASE("the worklist shows who to call, about what, and pages")
    {
        Fixture f;
        const std::vector<WorklistItem> items = WorklistItems(*f.store, kFollowUpToday, {});
        REQUIRE(items.size() == 3);
        const WorklistItem& call = items[0];
        CHECK(call.kind == "day1");
        CHECK(call.due_date == "2024-11-20");
        CHECK(call.reason.empty());
        CHECK(call.customer_id == f.zhang);
        CHECK(call.surname == "张");
        CHECK(call.title == "mr");
        CHECK(call.mobile == "13910452287");
        CHECK(call.vehicle_id == f.zhang_car);
        CHECK(call.plate == "粤A5M823");
        CHECK(call.make == "Volkswagen");
        CHECK(call.model == "Passat");
        CHECK(call.repair_order_id == f.order);
        CHECK(call.order_number == "RO20241119001");
        CHECK_FALSE(call.last_outcome);
        CHECK(call.attempts == 0);
        CHECK(items[1].reason == "2024-12-10");
        CHECK(items[1].order_number.empty());
        CHECK_FALSE(items[1].repair_order_id);

        WorklistFilter page;
        page.limit = 2;
        page.offset = 1;
        CHECK(f.Ids(page) == std::vector<std::string>{f.insurance, f.lapsed});
        page.offset = 3;
        CHECK(f.Ids(page).empty());
    }

    TEST_CASE("the worklist filters by kind")
    {
        Fixture f;
        WorklistFilter filter;
        filter.kind = "insurance";
        CHECK(f.Ids(filter) == std::vector<std::string>{f.insurance});
        filter.kind = "licence";
        CHECK(f.Ids(filter).empty());
        filter.due_within_days = 10;
        CHECK(f.Ids(filter) == std::vector<std::string>{f.licence});
    }

    TEST_CASE("a call nobody answered stays with its tries; an erased customer's calls leave the list")
    {
        Fixture f;
        {
            WriteTransaction write(*f.store);
            write.Upsert("followups", f.lapsed,
                {{"outcome", std::string("no_answer")}, {"note", std::string("关机")},
                    {"attempts", std::int64_t{2}}, {"attempted_at", f.clock.NowUtcMs()}});
            write.Commit();
        }
        const std::vector<WorklistItem> items = WorklistItems(*f.store, kFollowUpToday, {});
        REQUIRE(items.size() == 3);
        CHECK(items[2].id == f.lapsed);
        CHECK(items[2].last_outcome == "no_answer");
        CHECK(items[2].note == "关机");
        CHECK(items[2].attempts == 2);
        CHECK(items[2].attempted_at == f.clock.NowUtcMs());

        f.SetColumn("customers", f.wang, "erased_at", f.clock.NowUtcMs());
        CHECK(f.Ids({}) == std::vector<std::string>{f.day1});
    }

    TEST_CASE("the worklist counts its calls by kind for the tabs")
    {
        Fixture f;
        using Counts = std::vector<std::pair<std::string, std::int64_t>>;
        CHECK(Pairs(WorklistCounts(*f.store, kFollowUpToday, {}))
            == Counts{{"day1", 1}, {"insurance", 1}, {"lapsed_3", 1}});
        CHECK(Pairs(WorklistCounts(*f.store, kFollowUpToday, Within(10)))
            == Counts{{"day1", 1}, {"insurance", 1}, {"lapsed_3", 1}, {"licence", 1}, {"service", 1}});
        f.SetColumn("followups", f.insurance, "done_at", f.clock.NowUtcMs());
        CHECK(Pairs(WorklistCounts(*f.store, kFollowUpToday, {})) == Counts{{"day1", 1}, {"lapsed_3", 1}});
    }

    TEST_CASE("a tab counts up to the cap")
    {
        Fixture f;
        {
            WriteTransaction write(*f.store);
            for (std::int64_t i = 0; i < kWorklistCountCap + 5; ++i)
                write.Upsert("followups", write.NewId(),
                    {{"customer_id", f.wang}, {"vehicle_id", f.wang_car}, {"kind", std::string("service")},
                        {"due_date", std::string("2024-11-01")}});
            write.Commit();
        }
        using Counts = std::vector<std::pair<std::string, std::int64_t>>;
        CHECK(Pairs(WorklistCounts(*f.store, kFollowUpToday, {}))
            == Counts{{"day1", 1}, {"insurance", 1}, {"lapsed_3", 1}, {"service", kWorklistCountCap}});
    }
}
