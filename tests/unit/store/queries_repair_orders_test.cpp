#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shared/domain/survey_questions.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/usecases/close_out.h"
#include "shared/usecases/repair_orders.h"
#include "shared/usecases/survey.h"
#include "unit/usecases/repair_order_test_support.h"

using namespace checkin;
using namespace checkin::store;
using checkin::testing::kDayMs;
using checkin::testing::kHourMs;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::kTodayStart;
using checkin::testing::OrdersFixture;
using domain::RepairStage;
using usecases::Decision;
using usecases::FindingRating;

namespace {

struct Fixture : OrdersFixture {
    std::string AddBooking(std::int64_t slot_start, const std::string& status, const std::string& code)
    {
        WriteTransaction write(*store);
        const std::string id = write.NewId();
        write.Upsert("bookings", id,
            {{"customer_id", wang}, {"vehicle_id", wang_car}, {"booking_code", code},
                {"slot_start", slot_start}, {"status", status}, {"source", std::string("web")}});
        write.Commit();
        return id;
    }

    void Tombstone(const std::string& table, const std::string& id)
    {
        WriteTransaction write(*store);
        write.Tombstone(table, id);
        write.Commit();
    }

    void Deliver(const std::string& order_id)
    {
        for (RepairStage stage :
            {RepairStage::Inspection, RepairStage::InRepair, RepairStage::QualityCheck, RepairStage::Ready})
            usecases::ChangeStage(*store, order_id, stage, advisor);
        usecases::DeliverOrder(*store, order_id, advisor);
    }

    void Survey(const std::string& order_id)
    {
        usecases::SurveySubmission survey{order_id, {}, 9, ""};
        for (const std::string_view key : domain::SurveyQuestionKeys())
            survey.answers.emplace_back(std::string(key), 5);
        usecases::SubmitSurvey(*store, survey);
    }

    void Promise(const std::string& order_id, std::optional<std::int64_t> promised_at)
    {
        SetColumn(
            "repair_orders", order_id, "promised_at", promised_at ? Value(*promised_at) : Value(nullptr));
    }

    // The tracking code of the check-in the order was opened from.
    std::string TrackingCode(const std::string& order_id)
    {
        return *Column("checkins", "tracking_code", *Column("repair_orders", "checkin_id", order_id));
    }
};

std::vector<std::string> Ids(const std::vector<OrderSummary>& orders)
{
    std::vector<std::string> ids;
    for (const OrderSummary& order : orders)
        ids.push_back(order.order_id);
    return ids;
}

} // namespace

TEST_SUITE("unit/store")
{
    TEST_CASE_FIXTURE(Fixture, "WaitingCheckIns lists the check-ins waiting for an advisor, oldest first")
    {
        CHECK(WaitingCheckIns(*store).empty());
        const usecases::CheckInResult wang_in = WalkIn(wang, wang_car, {brakes, wash}, 30500);
        clock.Advance(10 * 60'000);
        const usecases::CheckInResult zhang_in = BookingCheckIn();
        clock.Advance(10 * 60'000);
        const usecases::CheckInResult confirmed = WalkIn(zhang, zhang_car, {wash}, 70200);
        Confirm(confirmed.checkin_id);
        const usecases::CheckInResult removed = WalkIn(wang, wang_car, {wash}, 30600);
        Tombstone("checkins", removed.checkin_id);

        const std::vector<WaitingCheckIn> waiting = WaitingCheckIns(*store);
        REQUIRE(waiting.size() == 2);
        const WaitingCheckIn& first = waiting[0];
        CHECK(first.checkin_id == wang_in.checkin_id);
        CHECK(first.customer_id == wang);
        CHECK(first.vehicle_id == wang_car);
        CHECK(first.queue_number == "A001");
        CHECK(first.kind == "walk_in");
        CHECK(first.surname == "王");
        CHECK(first.title == "ms");
        CHECK(first.plate == "粤A88Q61");
        CHECK(first.make == "Toyota");
        CHECK(first.model == "Camry");
        CHECK(first.arrived_at_utc_ms == kStoreTestNowUtcMs);
        CHECK(first.mileage_km == 30500);
        CHECK_FALSE(first.mileage_lower_flag);
        CHECK(first.wait_mode == "lounge");
        CHECK(first.concerns_json == "[]");
        CHECK(first.concerns_text.empty());
        CHECK(first.estimate_fen == 85000);
        CHECK(waiting[1].checkin_id == zhang_in.checkin_id);
        CHECK(waiting[1].kind == "booking");
        CHECK(waiting[1].queue_number == "A002");
        CHECK(waiting[1].estimate_fen == 48000);
    }

    TEST_CASE_FIXTURE(Fixture, "TodaysBookings shows who arrived, who may still come and who did not show")
    {
        // The fixture's booking is at 09:00; it is 09:30.
        const std::string early = AddBooking(kTodayStart + 8 * kHourMs, "booked", "EARLY1");
        const std::string later = AddBooking(kTodayStart + 10 * kHourMs, "booked", "LATER1");
        const std::string called_off = AddBooking(kTodayStart + 11 * kHourMs, "no_show", "NOSHOW");
        AddBooking(kTodayStart + 12 * kHourMs, "cancelled", "CANCEL");
        AddBooking(kTodayStart + kDayMs + 9 * kHourMs, "booked", "TOMORR");
        AddBooking(kTodayStart - kDayMs + 9 * kHourMs, "booked", "YESTER");
        Tombstone("bookings", AddBooking(kTodayStart + 13 * kHourMs, "booked", "GONE01"));

        std::vector<TodayBooking> bookings = TodaysBookings(*store, clock.NowUtcMs());
        REQUIRE(bookings.size() == 4);
        CHECK(bookings[0].booking_id == early);
        CHECK(bookings[0].arrival == BookingArrival::NoShow); // its slot started 90 minutes ago
        CHECK(bookings[1].booking_id == booking);
        CHECK(bookings[1].booking_code == "K7M2QX");
        CHECK(bookings[1].slot_start_utc_ms == kTodayStart + 9 * kHourMs);
        CHECK(bookings[1].surname == "张");
        CHECK(bookings[1].title == "mr");
        CHECK(bookings[1].plate == "粤A5M823");
        CHECK(bookings[1].arrival == BookingArrival::NotYet); // exactly 30 minutes: still in grace
        CHECK(bookings[2].booking_id == later);
        CHECK(bookings[2].arrival == BookingArrival::NotYet);
        CHECK(bookings[3].booking_id == called_off);
        CHECK(bookings[3].arrival == BookingArrival::NoShow);

        CHECK(TodaysBookings(*store, clock.NowUtcMs() + 1)[1].arrival == BookingArrival::NoShow);
        BookingCheckIn();
        bookings = TodaysBookings(*store, clock.NowUtcMs() + kHourMs);
        CHECK(bookings[1].arrival == BookingArrival::Arrived);
        CHECK(bookings[2].arrival == BookingArrival::NotYet);
    }

    TEST_CASE_FIXTURE(Fixture, "OpenOrders lists undelivered orders by promised time, with pending decisions")
    {
        const std::string first = Confirm(WalkIn(wang, wang_car, {wash}, 30500).checkin_id, technician);
        const std::string second = Confirm(BookingCheckIn().checkin_id);
        const std::string third = OpenOrder();
        const std::string delivered = OpenOrder();
        const std::string removed = OpenOrder();
        Promise(first, kStoreTestNowUtcMs + 4 * kHourMs);
        Promise(second, kStoreTestNowUtcMs + 2 * kHourMs);
        Promise(third, std::nullopt);
        Deliver(delivered);
        Tombstone("repair_orders", removed);
        AddFinding(first, FindingRating::Red);
        AddFinding(first, FindingRating::Yellow);
        AddFinding(first, FindingRating::Green);
        usecases::DecideFinding(
            *store, AddFinding(first, FindingRating::Red, 100, 0), Decision::Decline, 100);

        const std::vector<OrderSummary> orders = OpenOrders(*store);
        CHECK(Ids(orders) == std::vector<std::string>{second, first, third});
        const OrderSummary& order = orders[1];
        CHECK(order.number == "RO20241120-001");
        CHECK(order.stage == "awaiting_approval");
        CHECK(order.customer_id == wang);
        CHECK(order.surname == "王");
        CHECK(order.title == "ms");
        CHECK(order.plate == "粤A88Q61");
        CHECK(order.make == "Toyota");
        CHECK(order.model == "Camry");
        CHECK(order.advisor_name == "李娜");
        CHECK(order.technician_name == "王强");
        CHECK(order.bay == "3");
        CHECK(order.promised_at_utc_ms == kStoreTestNowUtcMs + 4 * kHourMs);
        CHECK(order.opened_at_utc_ms == kStoreTestNowUtcMs);
        CHECK(order.pending_decisions == 2);
        CHECK(orders[0].technician_name.empty());
        CHECK(orders[0].pending_decisions == 0);
        CHECK_FALSE(orders[2].promised_at_utc_ms.has_value());
    }

    TEST_CASE_FIXTURE(
        Fixture, "LoadOrder gives lines, stages, findings with their photos and the approved total")
    {
        const std::string order = Confirm(BookingCheckIn({wash}).checkin_id, technician);
        const std::string removed = usecases::AddOrderLine(*store, order, brakes, advisor);
        usecases::RemoveOrderLine(*store, removed, advisor);
        clock.Advance(60'000);
        const std::string green = AddFinding(order, FindingRating::Green, 0, 0, "轮胎气压正常");
        const std::string yellow = AddFinding(order, FindingRating::Yellow, 5000, 1200, "雨刮片老化");
        const std::string red = AddFinding(order, FindingRating::Red, 30000, 50000);
        const std::string pending = AddFinding(order, FindingRating::Red, 9000, 0, "机油渗漏");
        clock.Advance(60'000);
        usecases::DecideFinding(*store, red, Decision::Approve, 80000);
        usecases::DecideFinding(*store, yellow, Decision::Decline, 6200);
        usecases::NewPhoto photo;
        photo.order_id = order;
        photo.finding_id = red;
        photo.caption = "左前";
        photo.taken_at_utc_ms = clock.NowUtcMs() - 30'000;
        const std::string red_photo = usecases::AttachPhoto(*store, photo, Photo(1), technician);
        photo.finding_id.reset();
        photo.caption.clear();
        photo.kind = usecases::PhotoKind::After;
        photo.taken_at_utc_ms = clock.NowUtcMs() - 60'000;
        const std::string order_photo = usecases::AttachPhoto(*store, photo, Photo(2), technician);
        // A line from a finding: no catalog item, so the title serves both languages.
        {
            WriteTransaction write(*store);
            write.Upsert("repair_order_lines", write.NewId(),
                {{"repair_order_id", order}, {"description", std::string("更换雨刮片")},
                    {"labor_fen", std::int64_t{1000}}, {"status", std::string("proposed")},
                    {"source", std::string("finding")}});
            write.Commit();
        }

        const std::optional<OrderDetail> detail = LoadOrder(*store, order);
        REQUIRE(detail.has_value());
        CHECK(detail->summary.order_id == order);
        CHECK(detail->summary.number == "RO20241120-001");
        CHECK(detail->summary.stage == "awaiting_approval");
        CHECK(detail->summary.pending_decisions == 1);
        CHECK(detail->summary.surname == "张");
        CHECK(detail->vehicle_id == zhang_car);
        CHECK(detail->checkin_id == *Column("repair_orders", "checkin_id", order));
        CHECK(detail->mileage_km == 70150);
        CHECK_FALSE(detail->closed_at_utc_ms.has_value());
        CHECK(detail->vat_rate_bp == 1300);

        REQUIRE(detail->lines.size() == 3);
        CHECK(detail->lines[0].service_item_id == oil);
        CHECK(detail->lines[0].description == "更换机油");
        CHECK(detail->lines[0].description_en == "Oil change");
        CHECK(detail->lines[0].labor_fen == 18000);
        CHECK(detail->lines[0].parts_fen == 30000);
        CHECK(detail->lines[0].status == "approved");
        CHECK(detail->lines[0].source == "booking");
        CHECK(detail->lines[1].description_en == "Car wash");
        CHECK_FALSE(detail->lines[2].service_item_id.has_value());
        CHECK(detail->lines[2].description == "更换雨刮片");
        CHECK(detail->lines[2].description_en == "更换雨刮片");
        CHECK(detail->lines[2].status == "proposed");
        CHECK(detail->lines[2].source == "finding");

        REQUIRE(detail->stages.size() == 2);
        CHECK(detail->stages[0].stage == "checked_in");
        CHECK(detail->stages[0].at_utc_ms == kStoreTestNowUtcMs);
        CHECK(detail->stages[0].staff_name == "李娜");
        CHECK(detail->stages[1].stage == "awaiting_approval");
        CHECK(detail->stages[1].staff_name == "王强");

        REQUIRE(detail->findings.size() == 4);
        CHECK(detail->findings[0].id == red);
        CHECK(detail->findings[1].id == pending);
        CHECK(detail->findings[2].id == yellow);
        CHECK(detail->findings[3].id == green);
        const FindingRecord& approved = detail->findings[0];
        CHECK(approved.title == "前刹车片磨损到警戒线");
        CHECK(approved.description == "剩余 2 mm");
        CHECK(approved.rating == "red");
        CHECK(approved.labor_fen == 30000);
        CHECK(approved.parts_fen == 50000);
        CHECK(approved.decision == "approved");
        CHECK(approved.decided_at_utc_ms == clock.NowUtcMs());
        CHECK(approved.decided_price_fen == 80000);
        CHECK(approved.photo_ids == std::vector<std::string>{red_photo});
        CHECK(detail->findings[1].decision == "pending");
        CHECK_FALSE(detail->findings[1].decided_at_utc_ms.has_value());
        CHECK(detail->findings[2].decision == "declined");
        CHECK(detail->findings[3].decision == "approved");
        CHECK(detail->findings[3].photo_ids.empty());

        REQUIRE(detail->photos.size() == 2);
        CHECK(detail->photos[0].id == order_photo); // taken earlier
        CHECK_FALSE(detail->photos[0].finding_id.has_value());
        CHECK(detail->photos[0].kind == "after");
        CHECK(detail->photos[0].caption.empty());
        const PhotoRecord& shown = detail->photos[1];
        CHECK(shown.id == red_photo);
        CHECK(shown.finding_id == red);
        CHECK(shown.original_sha256 == Sha256Hex(Photo(1).original.bytes));
        CHECK(shown.screen_sha256 == Sha256Hex(Photo(1).screen.bytes));
        CHECK(shown.thumb_sha256 == Sha256Hex(Photo(1).thumb.bytes));
        CHECK(shown.caption == "左前");
        CHECK(shown.kind == "progress");
        CHECK(shown.width == 4000);
        CHECK(shown.height == 3000);
        CHECK(shown.taken_at_utc_ms == clock.NowUtcMs() - 30'000);

        // Oil 480.00 + wash 50.00 + the approved brake pads 800.00; not the proposed line, the declined or
        // pending findings, nor the removed line.
        CHECK(detail->approved_fen == 48000 + 5000 + 80000);

        CHECK_FALSE(LoadOrder(*store, "no such order").has_value());
        Tombstone("repair_orders", order);
        CHECK_FALSE(LoadOrder(*store, order).has_value());
    }

    TEST_CASE_FIXTURE(
        Fixture, "VisitHistory lists the customer's visits, newest first, with what was declined")
    {
        // Yesterday: the oil change, the brake pads approved, the wipers declined, and a declined extra line.
        clock.Set(kStoreTestNowUtcMs - kDayMs);
        const std::string last = Confirm(WalkIn(zhang, zhang_car, {oil}, 69000).checkin_id);
        usecases::DecideFinding(*store, AddFinding(last, FindingRating::Red), Decision::Approve, 80000);
        usecases::DecideFinding(
            *store, AddFinding(last, FindingRating::Yellow, 5000, 0, "雨刮片老化"), Decision::Decline, 5000);
        AddFinding(last, FindingRating::Green, 0, 0, "轮胎气压正常");
        const std::string extra = usecases::AddOrderLine(*store, last, wash, advisor);
        SetColumn("repair_order_lines", extra, "status", std::string("declined"));
        clock.Advance(4 * kHourMs);
        Deliver(last);
        const std::int64_t closed = clock.NowUtcMs();
        // Today: the booking; Mrs. Wang's order is hers.
        clock.Set(kStoreTestNowUtcMs);
        const std::string today = Confirm(BookingCheckIn().checkin_id);
        OpenOrder();

        const std::vector<VisitRecord> visits = VisitHistory(*store, zhang);
        REQUIRE(visits.size() == 2);
        CHECK(visits[0].order_id == today);
        CHECK(visits[0].number == "RO20241120-001");
        CHECK(visits[0].opened_at_utc_ms == kStoreTestNowUtcMs);
        CHECK_FALSE(visits[0].closed_at_utc_ms.has_value());
        CHECK(visits[0].mileage_km == 70150);
        CHECK(visits[0].plate == "粤A5M823");
        CHECK(visits[0].done_items == std::vector<std::string>{"更换机油"});
        CHECK(visits[0].declined_items.empty());
        CHECK(visits[1].order_id == last);
        CHECK(visits[1].number == "RO20241119-001");
        CHECK(visits[1].closed_at_utc_ms == closed);
        CHECK(visits[1].mileage_km == 69000);
        CHECK(visits[1].done_items == std::vector<std::string>{"更换机油", "前刹车片磨损到警戒线"});
        CHECK(visits[1].declined_items == std::vector<std::string>{"洗车", "雨刮片老化"});

        CHECK(VisitHistory(*store, wang).size() == 1);
        CHECK(VisitHistory(*store, "nobody").empty());
    }

    TEST_CASE_FIXTURE(Fixture, "The lounge finds today's open order by tracking code")
    {
        // Yesterday's order, still open, and its code.
        clock.Set(kStoreTestNowUtcMs - kDayMs);
        const std::string yesterday = Confirm(WalkIn(zhang, zhang_car, {oil}, 69000).checkin_id);
        const std::string old_code = TrackingCode(yesterday);
        clock.Set(kStoreTestNowUtcMs);
        const std::string order = OpenOrder();
        const std::string code = TrackingCode(order);
        const usecases::CheckInResult waiting = WalkIn(zhang, zhang_car, {oil}, 70000);

        CHECK(FindLoungeOrderByCode(*store, code) == order);
        CHECK_FALSE(FindLoungeOrderByCode(*store, old_code).has_value());
        CHECK_FALSE(FindLoungeOrderByCode(*store, waiting.tracking_code).has_value()); // no order yet
        CHECK_FALSE(FindLoungeOrderByCode(*store, "ZZZZZZ").has_value());
        CHECK_FALSE(FindLoungeOrderByCode(*store, "").has_value());
        // At 23:59 it still works; the next shop day it does not.
        clock.Set(kTodayStart + kDayMs - 60'000);
        CHECK(FindLoungeOrderByCode(*store, code) == order);
        clock.Set(kTodayStart + kDayMs);
        CHECK_FALSE(FindLoungeOrderByCode(*store, code).has_value());
        // Handed over today: it opens on the survey until the customer has sent it.
        clock.Set(kStoreTestNowUtcMs);
        Deliver(order);
        CHECK(FindLoungeOrderByCode(*store, code) == order);
        Survey(order);
        CHECK_FALSE(FindLoungeOrderByCode(*store, code).has_value());
    }

    TEST_CASE_FIXTURE(Fixture, "The lounge finds the open order by plate and the mobile's last four digits")
    {
        const std::string order = OpenOrder();
        CHECK(FindLoungeOrderByPlate(*store, "粤A88Q61", "7460") == order);
        CHECK_FALSE(FindLoungeOrderByPlate(*store, "粤A88Q61", "7461").has_value());
        CHECK_FALSE(FindLoungeOrderByPlate(*store, "粤A88Q61", "460").has_value());
        CHECK_FALSE(FindLoungeOrderByPlate(*store, "粤A88Q61", "").has_value());
        CHECK_FALSE(FindLoungeOrderByPlate(*store, "粤A5M823", "7460").has_value()); // another car
        CHECK_FALSE(FindLoungeOrderByPlate(*store, "粤A5M823", "2287").has_value()); // no open order
        // On a lounge tablet the mobile is masked: the last four digits still match.
        SetColumn("customers", wang, "mobile", std::string("158****7460"));
        CHECK(FindLoungeOrderByPlate(*store, "粤A88Q61", "7460") == order);
        CHECK_FALSE(FindLoungeOrderByPlate(*store, "粤A88Q61", "****").has_value());
        Deliver(order);
        CHECK(FindLoungeOrderByPlate(*store, "粤A88Q61", "7460") == order); // for its survey
        clock.Set(kTodayStart + kDayMs); // the next day: gone, surveyed or not
        CHECK_FALSE(FindLoungeOrderByPlate(*store, "粤A88Q61", "7460").has_value());
        clock.Set(kStoreTestNowUtcMs);
        Survey(order);
        CHECK_FALSE(FindLoungeOrderByPlate(*store, "粤A88Q61", "7460").has_value());
    }

    TEST_CASE_FIXTURE(Fixture, "The board shows today's open orders with masked plates, by promised time")
    {
        clock.Set(kStoreTestNowUtcMs - kDayMs);
        const std::string yesterday = OpenOrder(); // still open, but not today's
        clock.Set(kStoreTestNowUtcMs);
        const std::string wang_order = OpenOrder();
        const std::string zhang_order = Confirm(BookingCheckIn().checkin_id);
        const std::string delivered = OpenOrder();
        Promise(wang_order, kStoreTestNowUtcMs + 5 * kHourMs);
        Promise(zhang_order, kStoreTestNowUtcMs + kHourMs);
        Deliver(delivered);
        usecases::ChangeStage(*store, zhang_order, RepairStage::Inspection, advisor);

        const std::vector<BoardRow> rows = BoardRows(*store, clock.NowUtcMs());
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].order_id == zhang_order);
        CHECK(rows[0].masked_plate == "粤A·***23");
        CHECK(rows[0].stage == "inspection");
        CHECK(rows[0].promised_at_utc_ms == kStoreTestNowUtcMs + kHourMs);
        CHECK(rows[1].order_id == wang_order);
        CHECK(rows[1].masked_plate == "粤A·***61");
        CHECK(rows[1].stage == "checked_in");
        CHECK(BoardRows(*store, kStoreTestNowUtcMs - kDayMs).size() == 1); // yesterday's board
        CHECK(BoardRows(*store, kStoreTestNowUtcMs - kDayMs)[0].order_id == yesterday);
    }

    TEST_CASE_FIXTURE(Fixture, "Order numbers: the next count of a day counts every order, removed ones too")
    {
        CHECK(NextOrderCount(*store, "RO20241120-") == 1);
        const std::string order = OpenOrder();
        CHECK(NextOrderCount(*store, "RO20241120-") == 2);
        Tombstone("repair_orders", order);
        CHECK(NextOrderCount(*store, "RO20241120-") == 2);
        CHECK(NextOrderCount(*store, "RO20241121-") == 1);
        CHECK(IsActiveStaff(*store, advisor));
        CHECK_FALSE(IsActiveStaff(*store, former));
        CHECK_FALSE(IsActiveStaff(*store, "nobody"));
    }
}
