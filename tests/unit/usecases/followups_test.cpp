#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "shared/usecases/followups.h"
#include "unit/usecases/followup_test_support.h"

using namespace checkin;
using checkin::testing::FollowUpsFixture;
using checkin::testing::kDayMs;
using checkin::testing::kFollowUpToday;
using checkin::testing::kHourMs;
using checkin::testing::kThursdayTen;
using checkin::testing::kTodayStart;
using checkin::testing::RuleViolationOf;
using usecases::FollowUpId;
using usecases::FollowUpOutcomeKind;
using usecases::RuleViolationCode;

namespace {

struct Fixture : FollowUpsFixture {
    std::string order; // Mr. Zhang's, delivered yesterday at 15:00 with the oil changed

    Fixture()
    {
        order
            = Delivered(zhang, zhang_car, kTodayStart - kDayMs + 15 * kHourMs, 70000, "RO20241119001", {oil});
        store::WriteTransaction write(*store);
        write.Upsert("vehicles", wang_car,
            {{"purchase_date", std::string("2024-05-01")}, {"insurance_expiry", std::string("2024-12-20")},
                {"inspection_expiry", std::string("2024-12-10")},
                {"licence_expiry", std::string("2024-12-01")},
                {"last_visit_date", std::string("2024-05-20")}});
        write.Commit();
    }

    // kind -> "due_date|reason|repair_order_id|vehicle_id" of every follow-up row.
    std::map<std::string, std::string> Rows()
    {
        store::Statement select(store->Db(),
            "SELECT kind, due_date, coalesce(reason, ''), coalesce(repair_order_id, ''), vehicle_id, id "
            "FROM followups ORDER BY kind");
        std::map<std::string, std::string> rows;
        while (select.Step()) {
            rows[select.Text(0)] = select.Text(1) + "|" + select.Text(2) + "|" + select.Text(3) + "|"
                + (select.Text(4) == zhang_car ? "zhang" : "wang");
            m_ids[select.Text(0)] = select.Text(5);
        }
        return rows;
    }

    std::string IdOf(const std::string& kind)
    {
        Rows();
        return m_ids.at(kind);
    }

    usecases::FollowUpOutcome Outcome(
        const std::string& id, FollowUpOutcomeKind kind, const std::string& note = {})
    {
        usecases::FollowUpOutcome outcome;
        outcome.followup_id = id;
        outcome.outcome = kind;
        outcome.note = note;
        outcome.staff_id = advisor;
        return outcome;
    }

private:
    std::map<std::string, std::string> m_ids;
};

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE("a follow-up id is a version 8 UUID of the car, the kind and the anchor")
    {
        const std::string id = FollowUpId("0193a0c2-7d41-7a2b-9c3d-4e5f60718293", "day1", "order-1");
        CHECK(id.size() == 36);
        CHECK(id[8] == '-');
        CHECK(id[13] == '-');
        CHECK(id[14] == '8');
        CHECK(std::string("89ab").find(id[19]) != std::string::npos);
        CHECK(id == FollowUpId("0193a0c2-7d41-7a2b-9c3d-4e5f60718293", "day1", "order-1"));
        CHECK(id != FollowUpId("0193a0c2-7d41-7a2b-9c3d-4e5f60718293", "day7", "order-1"));
        CHECK(id != FollowUpId("0193a0c2-7d41-7a2b-9c3d-4e5f60718293", "day1", "order-2"));
        CHECK(FollowUpId("a", "bc", "d") != FollowUpId("ab", "c", "d"));
    }

    TEST_CASE("a refresh writes each call due, with the id every station computes")
    {
        Fixture f;
        const std::int64_t before = f.LastSeq();
        const usecases::RefreshSummary summary = usecases::RefreshFollowUps(*f.store, kFollowUpToday);
        CHECK(summary.vehicles == 2);
        CHECK(summary.created == 7);
        const std::map<std::string, std::string> expected = {
            {"day1", "2024-11-20||" + f.order + "|zhang"},
            {"day7", "2024-11-26||" + f.order + "|zhang"},
            {"service", "2024-10-02|OIL:date:2024-11-01||wang"},
            {"insurance", "2024-11-20|2024-12-20||wang"},
            {"inspection", "2024-11-10|2024-12-10||wang"},
            {"licence", "2024-11-01|2024-12-01||wang"},
            {"lapsed_6", "2024-11-20|2024-05-20||wang"},
        };
        CHECK(f.Rows() == expected);
        CHECK(f.IdOf("day1") == FollowUpId(f.zhang_car, "day1", f.order));
        CHECK(f.IdOf("insurance") == FollowUpId(f.wang_car, "insurance", "2024-12-20"));
        CHECK(f.IdOf("service") == FollowUpId(f.wang_car, "service", "OIL:2024-11-01:5000"));
        CHECK(f.Column("followups", "customer_id", f.IdOf("lapsed_6")) == f.wang);
        CHECK_FALSE(f.Column("followups", "done_at", f.IdOf("day1")));
        CHECK(f.Column("followups", "attempts", f.IdOf("day1")) == "0");

        const std::vector<testing::OutboxOp> ops = f.OpsAfter(before);
        REQUIRE(ops.size() == 7);
        for (const testing::OutboxOp& op : ops)
            CHECK(op.table_name == "followups");
    }

    TEST_CASE("a second refresh writes nothing, and a new day only what fell due")
    {
        Fixture f;
        usecases::RefreshFollowUps(*f.store, kFollowUpToday);
        const std::int64_t after_first = f.LastSeq();
        const std::map<std::string, std::string> rows = f.Rows();

        const usecases::RefreshSummary again = usecases::RefreshFollowUps(*f.store, kFollowUpToday);
        CHECK(again.created == 0);
        CHECK(f.LastSeq() == after_first);
        CHECK(f.Rows() == rows);

        // A week later the day-30 call is still 23 days away and nothing else is new.
        CHECK(usecases::RefreshFollowUps(*f.store, "2024-11-27").created == 0);
        // The day-30 call is listed a week ahead of 2024-12-19.
        CHECK(usecases::RefreshFollowUps(*f.store, "2024-12-12").created == 1);
        CHECK(f.Rows().at("day30") == "2024-12-19||" + f.order + "|zhang");
    }

    TEST_CASE("a refresh leaves a call that was logged or deleted as it is")
    {
        Fixture f;
        usecases::RefreshFollowUps(*f.store, kFollowUpToday);
        const std::string day1 = f.IdOf("day1");
        usecases::LogFollowUpOutcome(*f.store, f.Outcome(day1, FollowUpOutcomeKind::Reached, "很满意"));
        f.Tombstone("followups", f.IdOf("licence"));
        const std::int64_t before = f.LastSeq();

        CHECK(usecases::RefreshFollowUps(*f.store, kFollowUpToday).created == 0);
        CHECK(f.LastSeq() == before);
        CHECK(f.Column("followups", "outcome", day1) == "reached");
        CHECK(f.Column("followups", "done_at", day1));
    }

    TEST_CASE("a refresh skips erased customers and deleted cars")
    {
        Fixture f;
        f.SetColumn("customers", f.wang, "erased_at", f.clock.NowUtcMs());
        CHECK(usecases::RefreshFollowUps(*f.store, kFollowUpToday).created == 2);
        CHECK(f.Count("followups", "vehicle_id = '" + f.wang_car + "'") == 0);

        Fixture g;
        g.Tombstone("vehicles", g.zhang_car);
        const usecases::RefreshSummary summary = usecases::RefreshFollowUps(*g.store, kFollowUpToday);
        CHECK(summary.vehicles == 1);
        CHECK(summary.created == 5);
    }

    TEST_CASE("a refresh goes through a big shop page by page")
    {
        Fixture f;
        {
            store::WriteTransaction write(*f.store);
            for (int i = 0; i < usecases::kFollowUpRefreshBatch + 1; ++i)
                write.Upsert("vehicles", write.NewId(),
                    {{"customer_id", f.zhang}, {"plate", "粤B" + std::to_string(10000 + i)},
                        {"insurance_expiry", std::string("2024-12-01")}});
            write.Commit();
        }
        const usecases::RefreshSummary summary = usecases::RefreshFollowUps(*f.store, kFollowUpToday);
        CHECK(summary.vehicles == usecases::kFollowUpRefreshBatch + 3);
        CHECK(summary.created == 7 + usecases::kFollowUpRefreshBatch + 1);
        CHECK(f.Count("followups", "kind = 'insurance'") == usecases::kFollowUpRefreshBatch + 2);
        CHECK(usecases::RefreshFollowUps(*f.store, kFollowUpToday).created == 0);
    }

    TEST_CASE("no answer keeps the call open; another outcome closes it")
    {
        Fixture f;
        usecases::RefreshFollowUps(*f.store, kFollowUpToday);
        const std::string id = f.IdOf("day1");

        const std::int64_t before = f.LastSeq();
        const usecases::FollowUpOutcomeResult first = usecases::LogFollowUpOutcome(
            *f.store, f.Outcome(id, FollowUpOutcomeKind::NoAnswer, "无人接听"));
        CHECK_FALSE(first.closed);
        CHECK_FALSE(first.booking);
        CHECK(f.Column("followups", "outcome", id) == "no_answer");
        CHECK(f.Column("followups", "note", id) == "无人接听");
        CHECK(f.Column("followups", "attempts", id) == "1");
        CHECK(f.Column("followups", "attempted_at", id) == std::to_string(f.clock.NowUtcMs()));
        CHECK_FALSE(f.Column("followups", "done_at", id));
        const std::vector<testing::OutboxOp> ops = f.OpsAfter(before);
        REQUIRE(ops.size() == 2);
        CHECK(ops[0].table_name == "followups");
        CHECK(ops[1].table_name == "audit_log");
        CHECK(f.Column("audit_log", "action", ops[1].row_id) == "log_followup_outcome");
        CHECK(f.Column("audit_log", "staff_id", ops[1].row_id) == f.advisor);

        f.clock.Advance(2 * kHourMs);
        const usecases::FollowUpOutcomeResult second
            = usecases::LogFollowUpOutcome(*f.store, f.Outcome(id, FollowUpOutcomeKind::Declined));
        CHECK(second.closed);
        CHECK(f.Column("followups", "outcome", id) == "declined");
        CHECK_FALSE(f.Column("followups", "note", id));
        CHECK(f.Column("followups", "attempts", id) == "2");
        CHECK(f.Column("followups", "done_at", id) == std::to_string(f.clock.NowUtcMs()));
        CHECK(f.Column("followups", "done_by", id) == f.advisor);

        CHECK(RuleViolationOf([&] {
            usecases::LogFollowUpOutcome(*f.store, f.Outcome(id, FollowUpOutcomeKind::Reached));
        }) == RuleViolationCode::FollowUpDone);
    }

    TEST_CASE("each closing outcome is stored by its name")
    {
        Fixture f;
        usecases::RefreshFollowUps(*f.store, kFollowUpToday);
        const std::vector<std::pair<std::string, FollowUpOutcomeKind>> calls
            = {{"insurance", FollowUpOutcomeKind::Reached}, {"inspection", FollowUpOutcomeKind::WrongNumber},
                {"licence", FollowUpOutcomeKind::Declined}};
        for (const auto& [kind, outcome] : calls) {
            const std::string id = f.IdOf(kind);
            CHECK(usecases::LogFollowUpOutcome(*f.store, f.Outcome(id, outcome)).closed);
            CHECK(
                f.Column("followups", "outcome", id) == std::string(usecases::FollowUpOutcomeName(outcome)));
        }
    }

    TEST_CASE("booked writes the booking in the same transaction as the outcome")
    {
        Fixture f;
        usecases::RefreshFollowUps(*f.store, kFollowUpToday);
        const std::string id = f.IdOf("service");
        usecases::FollowUpOutcome outcome = f.Outcome(id, FollowUpOutcomeKind::Booked, "周四上午来");
        outcome.slot_start_utc_ms = kThursdayTen;
        outcome.service_item_ids = {f.oil, f.wash};

        const std::int64_t before = f.LastSeq();
        const usecases::FollowUpOutcomeResult result = usecases::LogFollowUpOutcome(*f.store, outcome);
        REQUIRE(result.booking);
        CHECK(result.closed);
        const std::string booking = result.booking->booking_id;
        CHECK(f.Column("followups", "booking_id", id) == booking);
        CHECK(f.Column("followups", "outcome", id) == "booked");
        CHECK(f.Column("bookings", "source", booking) == "phone");
        CHECK(f.Column("bookings", "status", booking) == "booked");
        CHECK(f.Column("bookings", "customer_id", booking) == f.wang);
        CHECK(f.Column("bookings", "vehicle_id", booking) == f.wang_car);
        CHECK(f.Column("bookings", "slot_start", booking) == std::to_string(kThursdayTen));
        CHECK(f.Count("booking_lines", "booking_id = '" + booking + "'") == 2);
        CHECK(result.booking->estimate.lines.size() == 2);

        std::multiset<std::string> tables;
        for (const testing::OutboxOp& op : f.OpsAfter(before))
            tables.insert(op.table_name);
        CHECK(tables
            == std::multiset<std::string>{
                "audit_log", "booking_lines", "booking_lines", "bookings", "followups"});
    }

    TEST_CASE("a booking the shop cannot take leaves the call open and writes nothing")
    {
        Fixture f;
        usecases::RefreshFollowUps(*f.store, kFollowUpToday);
        const std::string id = f.IdOf("service");
        usecases::FollowUpOutcome outcome = f.Outcome(id, FollowUpOutcomeKind::Booked);
        outcome.service_item_ids = {f.oil};
        const std::int64_t before = f.LastSeq();

        outcome.slot_start_utc_ms = kTodayStart + 9 * kHourMs;
        CHECK(RuleViolationOf([&] { usecases::LogFollowUpOutcome(*f.store, outcome); })
            == RuleViolationCode::InThePast);
        outcome.slot_start_utc_ms = kThursdayTen + kHourMs;
        CHECK(RuleViolationOf([&] { usecases::LogFollowUpOutcome(*f.store, outcome); })
            == RuleViolationCode::ShopClosed);
        outcome.slot_start_utc_ms = kThursdayTen;
        outcome.service_item_ids = {};
        CHECK(RuleViolationOf([&] { usecases::LogFollowUpOutcome(*f.store, outcome); })
            == RuleViolationCode::NoServices);

        CHECK(f.LastSeq() == before);
        CHECK_FALSE(f.Column("followups", "done_at", id));
        CHECK(f.Count("bookings") == 1); // the fixture's
    }

    TEST_CASE("an outcome needs a live call, a customer not erased and an active staff member")
    {
        Fixture f;
        usecases::RefreshFollowUps(*f.store, kFollowUpToday);
        const std::string id = f.IdOf("insurance");
        const std::int64_t before = f.LastSeq();

        CHECK(RuleViolationOf([&] {
            usecases::LogFollowUpOutcome(*f.store, f.Outcome("no-such-call", FollowUpOutcomeKind::Reached));
        }) == RuleViolationCode::UnknownFollowUp);
        usecases::FollowUpOutcome by_former = f.Outcome(id, FollowUpOutcomeKind::Reached);
        by_former.staff_id = f.former;
        CHECK(RuleViolationOf([&] { usecases::LogFollowUpOutcome(*f.store, by_former); })
            == RuleViolationCode::UnknownStaff);
        CHECK(f.LastSeq() == before);

        f.SetColumn("customers", f.wang, "erased_at", f.clock.NowUtcMs());
        CHECK(RuleViolationOf([&] {
            usecases::LogFollowUpOutcome(*f.store, f.Outcome(id, FollowUpOutcomeKind::Reached));
        }) == RuleViolationCode::CustomerErased);
        f.Tombstone("followups", id);
        CHECK(RuleViolationOf([&] {
            usecases::LogFollowUpOutcome(*f.store, f.Outcome(id, FollowUpOutcomeKind::Reached));
        }) == RuleViolationCode::UnknownFollowUp);
    }
}
