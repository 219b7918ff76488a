#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "shared/store/blob_store.h"
#include "shared/sync/roles.h"
#include "shared/usecases/close_out.h"
#include "shared/usecases/repair_orders.h"
#include "unit/usecases/repair_order_test_support.h"

using namespace checkin;
using namespace checkin::usecases;
using checkin::testing::kDayMs;
using checkin::testing::kHourMs;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::kTodayStart;
using checkin::testing::OrdersFixture;
using checkin::testing::RuleViolationOf;
using domain::RepairStage;

namespace {

struct Fixture : OrdersFixture {
    struct Line {
        std::string service_item_id;
        std::string description;
        std::int64_t labor_fen = 0;
        std::int64_t parts_fen = 0;
        std::int64_t hours_tenths = 0;
        std::string status;
        std::string source;
    };

    std::vector<Line> LiveLines(const std::string& order_id)
    {
        store::Statement select(store->Db(),
            "SELECT coalesce(service_item_id, ''), description, labor_fen, parts_fen, labor_hours_tenths, "
            "status, "
            "source FROM repair_order_lines l WHERE repair_order_id = ? AND deleted_at IS NULL ORDER BY "
                + CreationOrder("repair_order_lines"));
        select.BindAll(order_id);
        std::vector<Line> lines;
        while (select.Step())
            lines.push_back({select.Text(0), select.Text(1), select.Int64(2), select.Int64(3),
                select.Int64(4), select.Text(5), select.Text(6)});
        return lines;
    }

    std::vector<std::string> StageEvents(const std::string& order_id)
    {
        store::Statement select(store->Db(),
            "SELECT stage FROM stage_events l WHERE repair_order_id = ? AND deleted_at IS NULL ORDER BY "
                + CreationOrder("stage_events"));
        select.BindAll(order_id);
        std::vector<std::string> stages;
        while (select.Step())
            stages.push_back(select.Text(0));
        return stages;
    }

    // Rows of one millisecond in the order they were written: by the device_seq of their first op.
    static std::string CreationOrder(const std::string& table)
    {
        return "(SELECT min(o.device_seq) FROM outbox o WHERE o.table_name = '" + table
            + "' AND o.row_id = l.id)";
    }

    // The newest audit entry: staff, action, subject table and id, device, time.
    std::vector<std::optional<std::string>> LastAudit()
    {
        store::Statement select(store->Db(),
            "SELECT staff_id, action, subject_table, subject_id, device_id, at FROM audit_log l ORDER BY "
                + CreationOrder("audit_log") + " DESC LIMIT 1");
        REQUIRE(select.Step());
        return {select.OptionalText(0), select.Text(1), select.Text(2), select.Text(3), select.Text(4),
            std::to_string(select.Int64(5))};
    }

    void Move(const std::string& order_id, std::initializer_list<RepairStage> stages)
    {
        for (RepairStage stage : stages)
            ChangeStage(*store, order_id, stage, advisor);
    }

    void Deliver(const std::string& order_id)
    {
        Move(order_id,
            {RepairStage::Inspection, RepairStage::InRepair, RepairStage::QualityCheck, RepairStage::Ready});
        DeliverOrder(*store, order_id, advisor);
    }

    // Runs a call that must be refused and checks that it changed nothing.
    std::optional<RuleViolationCode> Refused(const std::function<void()>& call)
    {
        const std::int64_t seq = LastSeq();
        const std::int64_t blobs = Count("blobs");
        const auto code = RuleViolationOf(call);
        CHECK(LastSeq() == seq);
        CHECK(Count("blobs") == blobs);
        return code;
    }
};

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE_FIXTURE(Fixture,
        "Confirming a walk-in opens the day's first order with the signed lines, a stage event and an audit "
        "entry")
    {
        const CheckInResult checkin = WalkIn(wang, wang_car, {brakes, wash}, 30200);
        clock.Advance(5 * 60'000);
        const std::int64_t before = LastSeq();
        const std::string order = Confirm(checkin.checkin_id, technician);
        const std::int64_t now = clock.NowUtcMs();

        CHECK(Column("checkins", "status", checkin.checkin_id) == "confirmed");
        CHECK(Column("checkins", "confirmed_at", checkin.checkin_id) == std::to_string(now));
        CHECK(Column("checkins", "confirmed_by", checkin.checkin_id) == advisor);

        CHECK(Column("repair_orders", "number", order) == "RO20241120-001");
        CHECK(Column("repair_orders", "stage", order) == "checked_in");
        CHECK(Column("repair_orders", "checkin_id", order) == checkin.checkin_id);
        CHECK(Column("repair_orders", "customer_id", order) == wang);
        CHECK(Column("repair_orders", "vehicle_id", order) == wang_car);
        CHECK(Column("repair_orders", "advisor_id", order) == advisor);
        CHECK(Column("repair_orders", "technician_id", order) == technician);
        CHECK(Column("repair_orders", "bay", order) == "3");
        CHECK(Column("repair_orders", "promised_at", order) == std::to_string(now + 3 * kHourMs));
        CHECK(Column("repair_orders", "opened_at", order) == std::to_string(now));
        CHECK_FALSE(Column("repair_orders", "closed_at", order).has_value());
        CHECK(Column("repair_orders", "mileage_km", order) == "30200");
        CHECK(Column("repair_orders", "vat_rate_bp", order) == "1300");

        const std::vector<Line> lines = LiveLines(order);
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].service_item_id == brakes);
        CHECK(lines[0].description == "更换前刹车片");
        CHECK(lines[0].labor_fen == 30000);
        CHECK(lines[0].parts_fen == 50000);
        CHECK(lines[0].hours_tenths == 10);
        CHECK(lines[1].service_item_id == wash);
        CHECK(lines[1].description == "洗车");
        CHECK(lines[1].labor_fen == 5000);
        for (const Line& line : lines) {
            CHECK(line.status == "approved");
            CHECK(line.source == "booking");
        }
        CHECK(StageEvents(order) == std::vector<std::string>{"checked_in"});
        CHECK(Count("stage_events", "by_staff_id = '" + advisor + "'") == 1);
        CHECK(LastAudit()
            == std::vector<std::optional<std::string>>{
                advisor, "confirm_checkin", "repair_orders", order, store->DeviceId(), std::to_string(now)});

        // One transaction: the check-in's confirmation (only its three columns), the order, its event, its
        // lines and the audit entry.
        const std::vector<testing::OutboxOp> ops = OpsAfter(before);
        REQUIRE(ops.size() == 6);
        CHECK(ops[0].table_name == "checkins");
        CHECK(ops[0].columns
            == nlohmann::json{{"status", "confirmed"}, {"confirmed_at", now}, {"confirmed_by", advisor}});
        CHECK(ops[1].table_name == "repair_orders");
        CHECK(ops[2].table_name == "stage_events");
        CHECK(ops[3].table_name == "repair_order_lines");
        CHECK(ops[4].table_name == "repair_order_lines");
        CHECK(ops[5].table_name == "audit_log");

        // The VAT rate is the shop's at the time.
        SetColumn("settings", "vat_rate_bp", "value", std::string("900"));
        const std::string second = OpenOrder();
        CHECK(Column("repair_orders", "vat_rate_bp", second) == "900");
    }

    TEST_CASE_FIXTURE(
        Fixture, "A booking's order takes the booked price, plus what the customer added at the kiosk")
    {
        const CheckInResult checkin = BookingCheckIn({wash});
        const std::string order = Confirm(checkin.checkin_id);
        const std::vector<Line> lines = LiveLines(order);
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].service_item_id == oil);
        CHECK(lines[0].description == "更换机油");
        CHECK(lines[0].labor_fen == 18000); // as booked, not today's 200.00
        CHECK(lines[0].parts_fen == 30000);
        CHECK(lines[0].hours_tenths == 5);
        CHECK(lines[1].service_item_id == wash);
        CHECK(lines[1].labor_fen == 5000);
        CHECK(Column("repair_orders", "mileage_km", order) == "70150");
        CHECK_FALSE(Column("repair_orders", "technician_id", order).has_value());
    }

    TEST_CASE_FIXTURE(
        Fixture, "A check-in without a signed estimate opens its order with the booking's lines")
    {
        std::string checkin;
        {
            store::WriteTransaction write(*store);
            checkin = write.NewId();
            write.Upsert("checkins", checkin,
                {{"booking_id", booking}, {"customer_id", zhang}, {"vehicle_id", zhang_car},
                    {"kind", std::string("booking")}, {"arrived_at", clock.NowUtcMs()}});
            write.Commit();
        }
        const std::string order = Confirm(checkin);
        const std::vector<Line> lines = LiveLines(order);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].service_item_id == oil);
        CHECK(lines[0].labor_fen == 18000);
        CHECK_FALSE(Column("repair_orders", "mileage_km", order).has_value());
    }

    TEST_CASE_FIXTURE(Fixture, "Order numbers count up through the shop day and restart the next day")
    {
        CHECK(Column("repair_orders", "number", OpenOrder()) == "RO20241120-001");
        CHECK(Column("repair_orders", "number", Confirm(WalkIn(zhang, zhang_car, {oil}, 70010).checkin_id))
            == "RO20241120-002");
        // 23:59 in Beijing is still the 20th; a removed order keeps its number.
        clock.Set(kTodayStart + kDayMs - 2 * 60'000);
        const std::string third = OpenOrder();
        CHECK(Column("repair_orders", "number", third) == "RO20241120-003");
        {
            store::WriteTransaction write(*store);
            write.Tombstone("repair_orders", third);
            write.Commit();
        }
        clock.Advance(60'000);
        CHECK(Column("repair_orders", "number", OpenOrder()) == "RO20241120-004");
        // Midnight in Beijing (16:00 UTC) starts the 21st.
        clock.Set(kTodayStart + kDayMs);
        CHECK(Column("repair_orders", "number", Confirm(WalkIn(zhang, zhang_car, {oil}, 70020).checkin_id))
            == "RO20241121-001");
        CHECK(Column("repair_orders", "number", OpenOrder()) == "RO20241121-002");
    }

    TEST_CASE_FIXTURE(
        Fixture, "ConfirmCheckIn refuses a check-in not waiting, a past promise and unknown staff")
    {
        const CheckInResult checkin = WalkIn(wang, wang_car, {wash});
        ConfirmCheckInRequest request;
        request.checkin_id = checkin.checkin_id;
        request.advisor_id = advisor;
        request.technician_id = technician;
        request.promised_at_utc_ms = clock.NowUtcMs() + kHourMs;
        const auto refused = [&](const ConfirmCheckInRequest& changed) {
            const std::int64_t orders = Count("repair_orders");
            const auto code = Refused([&] { ConfirmCheckIn(*store, changed); });
            CHECK(Count("repair_orders") == orders);
            return code;
        };

        ConfirmCheckInRequest changed = request;
        changed.checkin_id = "no such check-in";
        CHECK(refused(changed) == RuleViolationCode::CheckInNotWaiting);
        changed = request;
        changed.promised_at_utc_ms = clock.NowUtcMs();
        CHECK(refused(changed) == RuleViolationCode::PromisedInPast);
        changed.promised_at_utc_ms = 0;
        CHECK(refused(changed) == RuleViolationCode::PromisedInPast);
        changed = request;
        changed.advisor_id = "nobody";
        CHECK(refused(changed) == RuleViolationCode::UnknownStaff);
        changed.advisor_id = former;
        CHECK(refused(changed) == RuleViolationCode::UnknownStaff);
        changed = request;
        changed.technician_id = former;
        CHECK(refused(changed) == RuleViolationCode::UnknownStaff);
        CHECK(Column("checkins", "status", checkin.checkin_id) == "waiting");

        ConfirmCheckIn(*store, request);
        CHECK(refused(request) == RuleViolationCode::CheckInNotWaiting); // already confirmed
        const CheckInResult cancelled = WalkIn(zhang, zhang_car, {oil});
        SetColumn("checkins", cancelled.checkin_id, "status", std::string("cancelled"));
        changed = request;
        changed.checkin_id = cancelled.checkin_id;
        CHECK(refused(changed) == RuleViolationCode::CheckInNotWaiting);
        CHECK(Count("repair_orders") == 1);
    }

    TEST_CASE_FIXTURE(
        Fixture, "The advisor adds a catalog line at catalog price and removes lines of an open order")
    {
        const std::string order = OpenOrder();
        const std::int64_t before = LastSeq();
        const std::string line = AddOrderLine(*store, order, brakes, advisor);
        std::vector<Line> lines = LiveLines(order);
        REQUIRE(lines.size() == 2);
        CHECK(lines[1].service_item_id == brakes);
        CHECK(lines[1].description == "更换前刹车片");
        CHECK(lines[1].labor_fen == 30000);
        CHECK(lines[1].parts_fen == 50000);
        CHECK(lines[1].status == "approved");
        CHECK(lines[1].source == "advisor");
        CHECK(LastAudit()[1] == "add_order_line");
        CHECK(LastAudit()[3] == line);
        CHECK(OpsAfter(before).size() == 2);

        CHECK(Refused([&] { AddOrderLine(*store, order, retired, advisor); })
            == RuleViolationCode::UnknownServiceItem);
        CHECK(Refused([&] { AddOrderLine(*store, order, "no such item", advisor); })
            == RuleViolationCode::UnknownServiceItem);
        CHECK(Refused([&] { AddOrderLine(*store, "no such order", wash, advisor); })
            == RuleViolationCode::OrderClosed);
        CHECK(Refused([&] { AddOrderLine(*store, order, wash, former); }) == RuleViolationCode::UnknownStaff);

        const std::int64_t before_remove = LastSeq();
        RemoveOrderLine(*store, line, advisor);
        lines = LiveLines(order);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].service_item_id == wash);
        CHECK(Column("repair_order_lines", "deleted_at", line) == std::to_string(clock.NowUtcMs()));
        const auto ops = OpsAfter(before_remove);
        REQUIRE(ops.size() == 2);
        CHECK(ops[0].row_id == line);
        CHECK(ops[0].columns == nlohmann::json{{"deleted_at", clock.NowUtcMs()}});
        CHECK(LastAudit()[1] == "remove_order_line");

        CHECK(Refused([&] { RemoveOrderLine(*store, line, advisor); }) == RuleViolationCode::UnknownLine);
        CHECK(Refused([&] { RemoveOrderLine(*store, "no such line", advisor); })
            == RuleViolationCode::UnknownLine);
        const std::string kept = AddOrderLine(*store, order, oil, advisor);
        CHECK(Refused([&] { RemoveOrderLine(*store, kept, former); }) == RuleViolationCode::UnknownStaff);

        Deliver(order);
        CHECK(Refused([&] { AddOrderLine(*store, order, wash, advisor); }) == RuleViolationCode::OrderClosed);
        CHECK(Refused([&] { RemoveOrderLine(*store, kept, advisor); }) == RuleViolationCode::OrderClosed);
    }

    TEST_CASE_FIXTURE(Fixture, "Lines from the catalog carry the part code and name of their service")
    {
        SetColumn("service_items", brakes, "part_code", std::string("ZD-PAD-F0231"));
        SetColumn("service_items", brakes, "part_name", std::string("前制动摩擦片（原厂）"));
        const std::string order = Confirm(WalkIn(wang, wang_car, {brakes, wash}).checkin_id);
        const std::string added = AddOrderLine(*store, order, brakes, advisor);
        store::Statement select(store->Db(),
            "SELECT coalesce(part_code, '-'), coalesce(part_name, '-') FROM repair_order_lines l "
            "WHERE repair_order_id = ? ORDER BY "
                + CreationOrder("repair_order_lines"));
        select.BindAll(order);
        std::vector<std::pair<std::string, std::string>> parts;
        while (select.Step())
            parts.emplace_back(select.Text(0), select.Text(1));
        CHECK(parts
            == std::vector<std::pair<std::string, std::string>>{{"ZD-PAD-F0231", "前制动摩擦片（原厂）"},
                {"-", "-"}, {"ZD-PAD-F0231", "前制动摩擦片（原厂）"}});
        CHECK(Column("repair_order_lines", "part_code", added) == "ZD-PAD-F0231");
    }

    TEST_CASE_FIXTURE(Fixture, "AssignOrder sets technician, bay and promised time of an open order")
    {
        const std::string order = OpenOrder();
        const std::int64_t promised = clock.NowUtcMs() + 5 * kHourMs;
        AssignOrder(*store, order, technician, "A2", promised, advisor);
        CHECK(Column("repair_orders", "technician_id", order) == technician);
        CHECK(Column("repair_orders", "bay", order) == "A2");
        CHECK(Column("repair_orders", "promised_at", order) == std::to_string(promised));
        CHECK(LastAudit()[1] == "assign_order");

        AssignOrder(*store, order, std::nullopt, "", promised + kHourMs, advisor);
        CHECK_FALSE(Column("repair_orders", "technician_id", order).has_value());
        CHECK_FALSE(Column("repair_orders", "bay", order).has_value());

        CHECK(Refused([&] { AssignOrder(*store, order, technician, "A2", clock.NowUtcMs() - 1, advisor); })
            == RuleViolationCode::PromisedInPast);
        CHECK(Refused([&] { AssignOrder(*store, order, former, "A2", promised, advisor); })
            == RuleViolationCode::UnknownStaff);
        CHECK(Refused([&] { AssignOrder(*store, order, technician, "A2", promised, "nobody"); })
            == RuleViolationCode::UnknownStaff);
        CHECK(Refused([&] { AssignOrder(*store, "no such order", technician, "A2", promised, advisor); })
            == RuleViolationCode::OrderClosed);
        Deliver(order);
        CHECK(Refused([&] { AssignOrder(*store, order, technician, "A2", promised, advisor); })
            == RuleViolationCode::OrderClosed);
    }

    TEST_CASE_FIXTURE(
        Fixture, "Stages move as the machine allows, each with its event; delivery closes the order")
    {
        const std::string order = OpenOrder();
        CHECK(Refused([&] { ChangeStage(*store, order, RepairStage::Ready, advisor); })
            == RuleViolationCode::BadStageMove);
        CHECK(Refused([&] { ChangeStage(*store, order, RepairStage::CheckedIn, advisor); })
            == RuleViolationCode::BadStageMove);
        CHECK(Refused([&] { ChangeStage(*store, order, RepairStage::Inspection, former); })
            == RuleViolationCode::UnknownStaff);

        const std::int64_t before = LastSeq();
        ChangeStage(*store, order, RepairStage::Inspection, technician);
        CHECK(Column("repair_orders", "stage", order) == "inspection");
        const auto ops = OpsAfter(before);
        REQUIRE(ops.size() == 3);
        CHECK(ops[0].columns == nlohmann::json{{"stage", "inspection"}});
        CHECK(ops[1].table_name == "stage_events");
        CHECK(ops[1].columns.at("by_staff_id") == technician);
        CHECK(ops[2].table_name == "audit_log");
        CHECK(LastAudit()[1] == "change_stage");

        Move(order,
            {RepairStage::InRepair, RepairStage::QualityCheck, RepairStage::InRepair,
                RepairStage::QualityCheck, RepairStage::Washing, RepairStage::Ready});
        CHECK_FALSE(Column("repair_orders", "closed_at", order).has_value());
        clock.Advance(kHourMs);
        // Delivery settles the bill: only DeliverOrder closes the order.
        CHECK(Refused([&] { ChangeStage(*store, order, RepairStage::Delivered, advisor); })
            == RuleViolationCode::BadStageMove);
        CHECK(Column("repair_orders", "stage", order) == "ready");
        DeliverOrder(*store, order, advisor);
        CHECK(Column("repair_orders", "stage", order) == "delivered");
        CHECK(Column("repair_orders", "closed_at", order) == std::to_string(clock.NowUtcMs()));
        CHECK(StageEvents(order)
            == std::vector<std::string>{"checked_in", "inspection", "in_repair", "quality_check", "in_repair",
                "quality_check", "washing", "ready", "delivered"});
        CHECK(Refused([&] { ChangeStage(*store, order, RepairStage::Ready, advisor); })
            == RuleViolationCode::OrderClosed);
        CHECK(Refused([&] { ChangeStage(*store, "no such order", RepairStage::Inspection, advisor); })
            == RuleViolationCode::OrderClosed);
    }

    TEST_CASE_FIXTURE(Fixture, "Red and yellow findings wait for the customer and hold the repair back")
    {
        const std::string order = OpenOrder();
        const std::int64_t before = LastSeq();
        const std::string red = AddFinding(order, FindingRating::Red);
        CHECK(Column("findings", "decision", red) == "pending");
        CHECK(Column("findings", "rating", red) == "red");
        CHECK(Column("findings", "title", red) == "前刹车片磨损到警戒线");
        CHECK(Column("findings", "description", red) == "剩余 2 mm");
        CHECK(Column("findings", "labor_fen", red) == "30000");
        CHECK(Column("findings", "parts_fen", red) == "50000");
        CHECK(Column("repair_orders", "stage", order) == "awaiting_approval");
        CHECK(StageEvents(order) == std::vector<std::string>{"checked_in", "awaiting_approval"});
        const auto ops = OpsAfter(before);
        REQUIRE(ops.size() == 4); // finding, order stage, stage event, audit
        CHECK(ops[1].columns == nlohmann::json{{"stage", "awaiting_approval"}});
        CHECK(ops[2].columns.at("by_staff_id") == technician);
        CHECK(LastAudit()[0] == technician);
        CHECK(LastAudit()[1] == "add_finding");

        // A second one while awaiting: no second move.
        const std::string yellow = AddFinding(order, FindingRating::Yellow, 5000, 0, "雨刮片老化");
        CHECK(StageEvents(order).size() == 2);
        CHECK(Refused([&] { ChangeStage(*store, order, RepairStage::InRepair, advisor); })
            == RuleViolationCode::DecisionsPending);
        ChangeStage(*store, order, RepairStage::Inspection, advisor); // more to look at
        CHECK(Refused([&] { ChangeStage(*store, order, RepairStage::InRepair, advisor); })
            == RuleViolationCode::DecisionsPending);
        DecideFinding(*store, red, Decision::Approve, 80000);
        CHECK(Refused([&] { ChangeStage(*store, order, RepairStage::InRepair, advisor); })
            == RuleViolationCode::DecisionsPending);
        DecideFinding(*store, yellow, Decision::Decline, 5000);
        ChangeStage(*store, order, RepairStage::InRepair, advisor);
        CHECK(Column("repair_orders", "stage", order) == "in_repair");

        // Found during the repair: it waits for the customer, the stage stays.
        const std::string late = AddFinding(order, FindingRating::Yellow);
        CHECK(Column("findings", "decision", late) == "pending");
        CHECK(Column("repair_orders", "stage", order) == "in_repair");
    }

    TEST_CASE_FIXTURE(Fixture, "A green finding is a passed check: approved, no price, no stage move")
    {
        const std::string order = OpenOrder();
        const std::string green = AddFinding(order, FindingRating::Green, 1000, 2000, "轮胎气压正常");
        CHECK(Column("findings", "decision", green) == "approved");
        CHECK(Column("findings", "labor_fen", green) == "0");
        CHECK(Column("findings", "parts_fen", green) == "0");
        CHECK(Column("repair_orders", "stage", order) == "checked_in");
        ChangeStage(*store, order, RepairStage::Inspection, advisor);
        ChangeStage(*store, order, RepairStage::InRepair, advisor); // nothing pending
        CHECK(RuleViolationOf([&] { DecideFinding(*store, green, Decision::Approve, 0); })
            == RuleViolationCode::AlreadyDecided);
    }

    TEST_CASE_FIXTURE(
        Fixture, "AddFinding refuses a closed order, a missing title, a negative price, unknown staff")
    {
        const std::string order = OpenOrder();
        NewFinding finding;
        finding.order_id = order;
        finding.title = "刹车片";
        finding.rating = FindingRating::Red;
        finding.labor_fen = 100;
        const auto refused = [&](const NewFinding& changed, const std::string& staff) {
            const auto code = Refused([&] { usecases::AddFinding(*store, changed, staff); });
            CHECK(Count("findings") == 0);
            return code;
        };
        NewFinding changed = finding;
        changed.title = "";
        CHECK(refused(changed, technician) == RuleViolationCode::MissingFindingTitle);
        changed.title = "  \t";
        CHECK(refused(changed, technician) == RuleViolationCode::MissingFindingTitle);
        changed = finding;
        changed.labor_fen = -1;
        CHECK(refused(changed, technician) == RuleViolationCode::NegativePrice);
        changed = finding;
        changed.parts_fen = -100;
        CHECK(refused(changed, technician) == RuleViolationCode::NegativePrice);
        CHECK(refused(finding, former) == RuleViolationCode::UnknownStaff);
        changed = finding;
        changed.order_id = "no such order";
        CHECK(refused(changed, technician) == RuleViolationCode::OrderClosed);
        Deliver(order);
        CHECK(refused(finding, technician) == RuleViolationCode::OrderClosed);
    }

    TEST_CASE_FIXTURE(Fixture, "The customer's decision writes only the finding's decision columns, audited")
    {
        const std::string order = OpenOrder();
        const std::string red = AddFinding(order, FindingRating::Red, 30000, 50000);
        const std::string yellow = AddFinding(order, FindingRating::Yellow, 5000, 1200);
        clock.Advance(60'000);
        const std::int64_t before = LastSeq();
        DecideFinding(*store, red, Decision::Approve, 80000);
        const std::int64_t now = clock.NowUtcMs();
        CHECK(Column("findings", "decision", red) == "approved");
        CHECK(Column("findings", "decided_at", red) == std::to_string(now));
        CHECK(Column("findings", "decided_device_id", red) == store->DeviceId());
        CHECK(Column("findings", "decided_price_fen", red) == "80000");

        const auto ops = OpsAfter(before);
        REQUIRE(ops.size() == 2);
        CHECK(ops[0].table_name == "findings");
        CHECK(ops[0].row_id == red);
        CHECK(ops[0].columns
            == nlohmann::json{{"decision", "approved"}, {"decided_at", now},
                {"decided_device_id", store->DeviceId()}, {"decided_price_fen", 80000}});
        CHECK(ops[1].table_name == "audit_log");
        CHECK(ops[1].columns.at("staff_id").is_null());
        CHECK(ops[1].columns.at("action") == "decide_finding");
        CHECK(ops[1].columns.at("subject_id") == red);
        // What a lounge tablet pushes here, the hub takes from a lounge.
        for (const auto& op : ops)
            for (const auto& [column, value] : op.columns.items())
                CHECK(sync::RoleMayWrite(sync::DeviceRole::Lounge, op.table_name, column));

        DecideFinding(*store, yellow, Decision::Decline, 6200);
        CHECK(Column("findings", "decision", yellow) == "declined");
        CHECK(Column("findings", "decided_price_fen", yellow) == "6200");

        CHECK(Refused([&] { DecideFinding(*store, red, Decision::Decline, 80000); })
            == RuleViolationCode::AlreadyDecided);
        CHECK(Refused([&] { DecideFinding(*store, "no such finding", Decision::Approve, 0); })
            == RuleViolationCode::UnknownFinding);
        const std::string repriced = AddFinding(order, FindingRating::Red, 10000, 0);
        SetColumn("findings", repriced, "labor_fen", std::int64_t{12000}); // the advisor changed it meanwhile
        CHECK(Refused([&] { DecideFinding(*store, repriced, Decision::Approve, 10000); })
            == RuleViolationCode::PriceChanged);
        CHECK(Column("findings", "decision", repriced) == "pending");
        DecideFinding(*store, repriced, Decision::Approve, 12000);
        CHECK(Column("findings", "decision", repriced) == "approved");
    }

    TEST_CASE_FIXTURE(Fixture, "A finding still pending when the car is delivered can no longer be decided")
    {
        const std::string order = OpenOrder();
        Move(order, {RepairStage::Inspection, RepairStage::InRepair, RepairStage::QualityCheck});
        const std::string late = AddFinding(order, FindingRating::Yellow);
        Move(order, {RepairStage::Ready});
        // Delivery waits for every decision here; another station delivered it before this decision arrived.
        SetColumn("repair_orders", order, "stage", std::string("delivered"));
        CHECK(Refused([&] { DecideFinding(*store, late, Decision::Approve, 80000); })
            == RuleViolationCode::OrderClosed);
    }

    TEST_CASE_FIXTURE(Fixture, "AttachPhoto stores the three renditions as blobs and the photo row, audited")
    {
        const std::string order = OpenOrder();
        const std::string finding = AddFinding(order, FindingRating::Red);
        const media::PreparedPhoto prepared = Photo(7);
        NewPhoto photo;
        photo.order_id = order;
        photo.finding_id = finding;
        photo.caption = "左前刹车片";
        photo.kind = PhotoKind::Before;
        const std::string id = AttachPhoto(*store, photo, prepared, technician);

        const std::string original = store::Sha256Hex(prepared.original.bytes);
        const std::string screen = store::Sha256Hex(prepared.screen.bytes);
        const std::string thumb = store::Sha256Hex(prepared.thumb.bytes);
        CHECK(store::HasBlob(*store, original));
        CHECK(store::HasBlob(*store, screen));
        CHECK(store::HasBlob(*store, thumb));
        CHECK(Column("photos", "repair_order_id", id) == order);
        CHECK(Column("photos", "finding_id", id) == finding);
        CHECK(Column("photos", "blob_sha256", id) == original);
        CHECK(Column("photos", "screen_sha256", id) == screen);
        CHECK(Column("photos", "thumb_sha256", id) == thumb);
        CHECK(Column("photos", "caption", id) == "左前刹车片");
        CHECK(Column("photos", "kind", id) == "before");
        CHECK(Column("photos", "width", id) == "4000");
        CHECK(Column("photos", "height", id) == "3000");
        CHECK(Column("photos", "taken_at", id) == std::to_string(clock.NowUtcMs()));
        CHECK(LastAudit()[0] == technician);
        CHECK(LastAudit()[1] == "attach_photo");
        CHECK(LastAudit()[3] == id);

        // A progress photo of the order, taken earlier by a bay camera.
        photo.finding_id.reset();
        photo.caption.clear();
        photo.kind = PhotoKind::Progress;
        photo.taken_at_utc_ms = clock.NowUtcMs() - 60'000;
        const std::string progress = AttachPhoto(*store, photo, Photo(8), technician);
        CHECK_FALSE(Column("photos", "finding_id", progress).has_value());
        CHECK_FALSE(Column("photos", "caption", progress).has_value());
        CHECK(Column("photos", "kind", progress) == "progress");
        CHECK(Column("photos", "taken_at", progress) == std::to_string(clock.NowUtcMs() - 60'000));

        const auto refused = [&](const NewPhoto& changed, const std::string& staff) {
            const std::int64_t photos = Count("photos");
            const auto code = Refused([&] { AttachPhoto(*store, changed, Photo(9), staff); });
            CHECK(Count("photos") == photos);
            CHECK_FALSE(store::HasBlob(*store, store::Sha256Hex(Photo(9).original.bytes)));
            return code;
        };
        NewPhoto changed = photo;
        changed.finding_id = "no such finding";
        CHECK(refused(changed, technician) == RuleViolationCode::UnknownFinding);
        changed.finding_id = AddFinding(OpenOrder(), FindingRating::Red); // of another order
        CHECK(refused(changed, technician) == RuleViolationCode::UnknownFinding);
        CHECK(refused(photo, former) == RuleViolationCode::UnknownStaff);
        changed = photo;
        changed.order_id = "no such order";
        CHECK(refused(changed, technician) == RuleViolationCode::OrderClosed);
        DecideFinding(*store, finding, Decision::Approve, 80000);
        Deliver(order);
        CHECK(refused(photo, technician) == RuleViolationCode::OrderClosed);
    }

    TEST_CASE("Finding ratings and photo kinds have their stored names")
    {
        CHECK(FindingRatingName(FindingRating::Red) == "red");
        CHECK(FindingRatingName(FindingRating::Yellow) == "yellow");
        CHECK(FindingRatingName(FindingRating::Green) == "green");
        CHECK(PhotoKindName(PhotoKind::Before) == "before");
        CHECK(PhotoKindName(PhotoKind::After) == "after");
        CHECK(PhotoKindName(PhotoKind::Progress) == "progress");
    }
}
