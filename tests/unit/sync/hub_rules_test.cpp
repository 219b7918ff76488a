// The hub's business rules on pushed ops (shared/sync/hub_rules.h), in-process: two advisor stations move
// the same repair order while apart, a kiosk and a desk book the last place of a slot while apart. The hub
// takes the first change, refuses the one that no longer makes sense with a reason the device keeps for
// staff, writes its own state back so every store ends up identical, and asks an advisor to call the
// customer whose booking it could not keep.
#include <doctest/doctest.h>

#include "shared/domain/civil_date.h"
#include "shared/store/queries_followups.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/store/sync_device.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/book_visit.h"
#include "shared/usecases/repair_orders.h"
#include "unit/sync/sync_test_support.h"

using namespace checkin;
using checkin::testing::ColumnOf;
using checkin::testing::StateOf;
using checkin::testing::SyncFixture;
using domain::RepairStage;
using store::Value;
using sync::DeviceRole;

namespace {

// An order at inspection, known to two advisor stations.
struct OrderOnTwoStations : SyncFixture {
    domain::ManualClock clock{testing::kStoreTestNowUtcMs};
    std::unique_ptr<store::Store> first = OpenDevice("first", clock);
    std::unique_ptr<store::Store> second = OpenDevice("second", clock);
    sync::HubDevice first_identity = Enroll(*first, DeviceRole::Advisor);
    sync::HubDevice second_identity = Enroll(*second, DeviceRole::Advisor);
    std::string staff;
    std::string order;

    OrderOnTwoStations()
    {
        std::string checkin;
        {
            store::WriteTransaction write(*first);
            const std::string customer = write.NewId();
            const std::string vehicle = write.NewId();
            staff = write.NewId();
            checkin = write.NewId();
            write.Upsert("customers", customer, {{"surname", std::string("张")}});
            write.Upsert(
                "vehicles", vehicle, {{"customer_id", customer}, {"plate", std::string("粤A5M823")}});
            write.Upsert("staff", staff, {{"name", std::string("李娜")}, {"role", std::string("advisor")}});
            write.Upsert("checkins", checkin,
                {{"customer_id", customer}, {"vehicle_id", vehicle}, {"kind", std::string("walk_in")},
                    {"queue_number", std::string("A001")}, {"tracking_code", std::string("H4RT9K")},
                    {"arrived_at", clock.NowUtcMs()}, {"mileage_km", std::int64_t{70150}}});
            write.Commit();
        }
        order = usecases::ConfirmCheckIn(
            *first, {checkin, staff, std::nullopt, "2", clock.NowUtcMs() + 3'600'000});
        usecases::ChangeStage(*first, order, RepairStage::Inspection, staff);
        REQUIRE(Sync(*first, first_identity).Ok());
        REQUIRE(Sync(*second, second_identity).Ok());
        REQUIRE(ColumnOf(*second, "repair_orders", order, "stage") == Value(std::string("inspection")));
    }

    // Time passes for the stations and the hub alike.
    void Advance(std::int64_t ms)
    {
        clock.Advance(ms);
        hub_clock.Advance(ms);
    }

    std::size_t StageEvents(store::Store& store)
    {
        const auto detail = store::LoadOrder(store, order);
        REQUIRE(detail.has_value());
        return detail->stages.size();
    }
};

// One place at 10:00 and one at 11:00 every day; a returning customer and a car; a kiosk and an advisor desk
// that know them.
struct LastPlaceOfASlot : SyncFixture {
    domain::ManualClock clock{testing::kStoreTestNowUtcMs};
    std::unique_ptr<store::Store> desk = OpenDevice("desk", clock);
    std::unique_ptr<store::Store> kiosk = OpenDevice("kiosk", clock);
    sync::HubDevice desk_identity = Enroll(*desk, DeviceRole::Advisor);
    sync::HubDevice kiosk_identity = Enroll(*kiosk, DeviceRole::Kiosk);
    std::int64_t tomorrow_ten = 0;
    std::string service;

    LastPlaceOfASlot()
    {
        const std::int64_t offset = 480;
        const std::int64_t tomorrow = domain::LocalDayNumber(clock.NowUtcMs(), offset) + 1;
        tomorrow_ten = domain::LocalMidnightUtcMs(tomorrow, offset) + 10 * 3'600'000;
        store::WriteTransaction write(*desk);
        for (std::int64_t weekday = 1; weekday <= 7; ++weekday)
            for (std::int64_t hour : {10, 11})
                write.Upsert("shop_capacity", write.NewId(),
                    {{"weekday", weekday}, {"hour", hour}, {"slots", std::int64_t{1}}});
        service = write.NewId();
        write.Upsert("service_items", service,
            {{"code", std::string("BASIC-MAINT")}, {"name_en", std::string("Basic maintenance")},
                {"name_zh", std::string("基础保养")}, {"labor_fen", std::int64_t{30000}}});
        write.Commit();
        REQUIRE(Sync(*desk, desk_identity).Ok());
        REQUIRE(Sync(*kiosk, kiosk_identity).Ok());
    }

    // A customer registered on the device, booked into one of tomorrow's slots.
    usecases::BookingResult Book(
        store::Store& device, const std::string& plate, const std::string& mobile, std::int64_t slot)
    {
        usecases::NewCustomerRegistration registration;
        registration.plate = plate;
        registration.mobile = mobile;
        registration.surname = "王";
        registration.make = "Toyota";
        registration.model = "Camry";
        registration.privacy_notice_version = "privacy-notice-2024-01";
        registration.privacy_consented_at_utc_ms = clock.NowUtcMs();
        usecases::BookingRequest request;
        request.registration = registration;
        request.slot_start_utc_ms = slot;
        request.service_item_ids = {service};
        return usecases::BookVisit(device, request);
    }
};

} // namespace

TEST_SUITE("unit/sync")
{
    TEST_CASE_FIXTURE(OrderOnTwoStations,
        "A stage move made impossible by another station is refused, shown "
        "to staff, and every store converges on the hub's stage")
    {
        // The first station takes the car into repair and on to quality check; the second, still seeing
        // inspection, asks for the customer's approval.
        Advance(60'000);
        usecases::ChangeStage(*first, order, RepairStage::InRepair, staff);
        usecases::ChangeStage(*first, order, RepairStage::QualityCheck, staff);
        Advance(1'000);
        usecases::ChangeStage(*second, order, RepairStage::AwaitingApproval, staff);
        REQUIRE(Sync(*first, first_identity).Ok());

        const auto report = Sync(*second, second_identity);
        CHECK(report.Ok());
        REQUIRE(report.rejections.size() == 2); // the order's stage and its stage event
        for (const auto& rejection : report.rejections) {
            CHECK(rejection.reason == "stage_change");
            CHECK(rejection.message.find("'quality_check'") != std::string::npos);
        }
        CHECK(store::UnseenSyncRejections(second->Db()).size() == 2);
        CHECK(second->OutboxSize() == 0);

        // The same round pulled the hub's answer: the second station is back at quality check, and its
        // refused stage event is gone from every store.
        CHECK(ColumnOf(*second, "repair_orders", order, "stage") == Value(std::string("quality_check")));
        REQUIRE(Sync(*first, first_identity).Ok());
        CHECK(StageEvents(*first) == StageEvents(*second));
        CHECK(StateOf(*first) == HubState());
        CHECK(StateOf(*second) == HubState());
    }

    TEST_CASE_FIXTURE(
        OrderOnTwoStations, "Moves that still make sense on the hub are taken from both stations")
    {
        Advance(60'000);
        usecases::ChangeStage(*first, order, RepairStage::AwaitingApproval, staff);
        Advance(1'000);
        usecases::ChangeStage(*second, order, RepairStage::InRepair, staff); // inspection -> in repair
        REQUIRE(Sync(*first, first_identity).Ok());
        const auto report = Sync(*second, second_identity);
        CHECK(report.Ok());
        CHECK(report.rejections.empty()); // awaiting approval -> in repair is a move the rules allow
        REQUIRE(Sync(*first, first_identity).Ok());
        CHECK(ColumnOf(*first, "repair_orders", order, "stage") == Value(std::string("in_repair")));
        CHECK(StateOf(*first) == HubState());
        CHECK(StateOf(*second) == HubState());
    }

    TEST_CASE_FIXTURE(LastPlaceOfASlot,
        "The last place of a slot booked twice while apart: the second booking "
        "is cancelled everywhere and an advisor is asked to call the customer")
    {
        const auto at_desk = Book(*desk, "粤A12345", "13812345678", tomorrow_ten);
        const auto at_kiosk = Book(*kiosk, "粤B67890", "13998765432", tomorrow_ten); // the kiosk was offline
        REQUIRE(Sync(*desk, desk_identity).Ok());

        const auto report = Sync(*kiosk, kiosk_identity);
        CHECK(report.Ok());
        REQUIRE(report.rejections.size() == 1);
        CHECK(report.rejections[0].reason == "slot_full");
        CHECK(report.rejections[0].table == "bookings");
        CHECK(report.rejections[0].message.find(at_kiosk.booking_code) != std::string::npos);
        CHECK(kiosk->OutboxSize() == 0);
        // The kiosk's booking is cancelled by the hub's answer; the desk's is untouched.
        CHECK(ColumnOf(*kiosk, "bookings", at_kiosk.booking_id, "status") == Value(std::string("cancelled")));
        CHECK(ColumnOf(*hub_store, "bookings", at_desk.booking_id, "status") == Value(std::string("booked")));

        REQUIRE(Sync(*desk, desk_identity).Ok());
        CHECK(ColumnOf(*desk, "bookings", at_kiosk.booking_id, "status") == Value(std::string("cancelled")));
        store::WorklistFilter filter;
        const auto calls = store::WorklistItems(
            *desk, domain::FormatIsoDate(domain::LocalDayNumber(clock.NowUtcMs(), 480)), filter);
        const auto rebook = std::find_if(
            calls.begin(), calls.end(), [](const auto& call) { return call.kind == "rebook"; });
        REQUIRE(rebook != calls.end());
        CHECK(rebook->reason.find("10:00") != std::string::npos);
        CHECK(StateOf(*desk) == HubState());
    }

    TEST_CASE_FIXTURE(
        LastPlaceOfASlot, "A booking moved into an hour filled meanwhile keeps its earlier time")
    {
        const auto moved = Book(*desk, "粤A12345", "13812345678", tomorrow_ten + 3'600'000); // 11:00
        REQUIRE(Sync(*desk, desk_identity).Ok());
        Book(*kiosk, "粤B67890", "13998765432", tomorrow_ten);
        REQUIRE(Sync(*kiosk, kiosk_identity).Ok());
        // The desk, not yet seeing the kiosk's booking, moves its customer to 10:00.
        {
            store::WriteTransaction write(*desk);
            write.Upsert("bookings", moved.booking_id, {{"slot_start", tomorrow_ten}});
            write.Commit();
        }
        const auto report = Sync(*desk, desk_identity);
        REQUIRE(report.rejections.size() == 1);
        CHECK(report.rejections[0].reason == "slot_full");
        CHECK(report.rejections[0].message.find("keeps its earlier time") != std::string::npos);
        CHECK(ColumnOf(*desk, "bookings", moved.booking_id, "slot_start") == Value(tomorrow_ten + 3'600'000));
        CHECK(ColumnOf(*desk, "bookings", moved.booking_id, "status") == Value(std::string("booked")));
        CHECK(StateOf(*desk) == HubState());
    }
}
