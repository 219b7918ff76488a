#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "shared/domain/codes.h"
#include "shared/domain/estimate.h"
#include "shared/domain/queue_number.h"
#include "shared/store/queries_bookings.h"
#include "shared/store/queries_checkins.h"
#include "shared/store/queries_counts.h"
#include "shared/store/queries_customer_file.h"
#include "shared/usecases/check_in.h"
#include "shared/usecases/quote.h"
#include "unit/usecases/kiosk_test_support.h"

using namespace checkin;
using namespace checkin::usecases;
using checkin::testing::kDayMs;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::kTodayStart;
using checkin::testing::RuleViolationOf;

namespace {

// The demo's booking of today for Mr. Zhang's Passat (粤A5M823, 68,420 km on file).
struct BookingFixture : testing::KioskFixture {
    store::BookingSummary booking;

    BookingFixture()
    {
        const auto found
            = store::FindBookingsByPlateOnDay(*store, "粤A5M823", kTodayStart, kTodayStart + kDayMs);
        REQUIRE(found.size() == 1);
        booking = found[0];
    }

    // What the screens collect for this booking: the booked services, shown and signed.
    CheckInRequest Request()
    {
        CheckInRequest request;
        request.kind = CheckInKind::Booking;
        request.booking_id = booking.id;
        request.customer_id = booking.customer_id;
        request.vehicle_id = booking.vehicle_id;
        request.mileage_km = 70150;
        request.concern_keys = {"noise", "warning_light"};
        request.concern_text = "前轮有异响";
        request.wait_mode = WaitMode::Lounge;
        for (const store::BookingLineView& line : store::BookingLines(*store, booking.id))
            request.service_item_ids.push_back(line.service_item_id);
        request.signature = {SaveSignature(), "本人同意按上述估价进行维修保养。",
            domain::EstimateJson(QuoteServices(*store, request.service_item_ids, booking.id))};
        return request;
    }
};

NewCustomerRegistration Registration()
{
    NewCustomerRegistration registration;
    registration.plate = "粤a 12345";
    registration.mobile = "+86 139 1045 0000";
    registration.surname = "周";
    registration.title = domain::Title::Ms;
    registration.make = "Honda";
    registration.model = "CR-V";
    registration.year = 2021;
    registration.vin = "lhgrw1861m8000123";
    registration.mileage_km = 30500;
    registration.privacy_notice_version = "privacy-notice-2024-01";
    registration.privacy_consented_at_utc_ms = kStoreTestNowUtcMs - 60'000;
    return registration;
}

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE_FIXTURE(
        BookingFixture, "A booking check-in writes every row and its outbox ops in one transaction")
    {
        const std::int64_t before = LastSeq();
        // The demo shop has the day's first cars in the workshop already.
        const std::string queue_number
            = domain::FormatQueueNumber(store::NextQueueNumber(*store, kTodayStart, kTodayStart + kDayMs));
        const CheckInRequest request = Request();
        const CheckInResult result = CheckIn(*store, request);

        CHECK(result.queue_number == queue_number);
        CHECK(domain::IsCustomerCode(result.tracking_code));
        CHECK(result.arrived_at_utc_ms == kStoreTestNowUtcMs);
        CHECK(result.customer_id == booking.customer_id);
        CHECK(result.vehicle_id == booking.vehicle_id);

        const std::string& id = result.checkin_id;
        CHECK(Column("checkins", "status", id) == "waiting");
        CHECK(Column("checkins", "kind", id) == "booking");
        CHECK(Column("checkins", "booking_id", id) == booking.id);
        CHECK(Column("checkins", "queue_number", id) == queue_number);
        CHECK(Column("checkins", "tracking_code", id) == result.tracking_code);
        CHECK(Column("checkins", "arrived_at", id) == std::to_string(kStoreTestNowUtcMs));
        CHECK(Column("checkins", "mileage_km", id) == "70150");
        CHECK(Column("checkins", "mileage_lower_flag", id) == "0");
        CHECK(Column("checkins", "concerns_json", id) == R"(["noise","warning_light"])");
        CHECK(Column("checkins", "concerns_text", id) == "前轮有异响");
        CHECK(Column("checkins", "wait_mode", id) == "lounge");
        CHECK(Column("checkins", "estimate_fen", id) == std::to_string(booking.estimate_fen));
        CHECK(Column("checkins", "device_id", id) == store->DeviceId());
        CHECK(Column("bookings", "status", booking.id) == "arrived");
        CHECK(Column("vehicles", "last_mileage_km", booking.vehicle_id) == "70150");

        store::Statement signature(store->Db(),
            "SELECT id, png_sha256, authorization_text, estimate_json, signed_at FROM signatures WHERE "
            "checkin_id = ?");
        signature.BindAll(id);
        REQUIRE(signature.Step());
        const std::string signature_id = signature.Text(0);
        CHECK(signature.Text(1) == request.signature.png_sha256);
        CHECK(signature.Text(2) == request.signature.authorization_text);
        CHECK(signature.Text(3) == request.signature.estimate_json);
        CHECK(signature.Int64(4) == kStoreTestNowUtcMs);

        // One op per row written, all from this check-in's commit, in order.
        const std::vector<testing::OutboxOp> ops = OpsAfter(before);
        REQUIRE(ops.size() == 4);
        CHECK(ops[0].table_name == "vehicles");
        CHECK(ops[0].row_id == booking.vehicle_id);
        CHECK(ops[0].columns == nlohmann::json{{"last_mileage_km", 70150}});
        CHECK(ops[1].table_name == "checkins");
        CHECK(ops[1].row_id == id);
        CHECK(ops[1].columns.at("queue_number") == queue_number);
        CHECK(ops[2].table_name == "bookings");
        CHECK(ops[2].row_id == booking.id);
        CHECK(ops[2].columns == nlohmann::json{{"status", "arrived"}});
        CHECK(ops[3].table_name == "signatures");
        CHECK(ops[3].row_id == signature_id);
        for (std::size_t i = 0; i < ops.size(); ++i)
            CHECK(ops[i].device_seq == before + static_cast<std::int64_t>(i) + 1);

        // Checking in twice is refused: the booking has arrived.
        CHECK(RuleViolationOf([&] { CheckIn(*store, Request()); }) == RuleViolationCode::BookingNotOpen);
    }

    TEST_CASE_FIXTURE(BookingFixture, "A rule that fails leaves no rows and no ops")
    {
        const std::int64_t before = LastSeq();
        const std::int64_t blobs = store::CountRows(*store, "blobs");
        const std::int64_t checkins = store::CountRows(*store, "checkins");
        const auto refused = [&](const CheckInRequest& request) {
            const auto code = RuleViolationOf([&] { CheckIn(*store, request); });
            CHECK(LastSeq() == before);
            CHECK(store::CountRows(*store, "checkins") == checkins);
            CHECK(store::CountRows(*store, "signatures") == 0);
            CHECK(Column("bookings", "status", booking.id) == "booked");
            CHECK(Column("vehicles", "last_mileage_km", booking.vehicle_id) == "68420");
            return code;
        };

        CheckInRequest request = Request();
        request.service_item_ids.push_back("no such item");
        CHECK(refused(request) == RuleViolationCode::UnknownServiceItem);
        request = Request();
        request.service_item_ids.push_back(request.service_item_ids.front());
        CHECK(refused(request) == RuleViolationCode::DuplicateServiceItem);

        // The customer was shown another estimate than the one that would be recorded.
        request = Request();
        request.service_item_ids.push_back(ItemId("WASH"));
        CHECK(refused(request) == RuleViolationCode::EstimateChanged);
        request = Request();
        request.signature.png_sha256 = store::Sha256Hex({});
        CHECK(refused(request) == RuleViolationCode::MissingSignature);
        request = Request();
        request.signature.authorization_text.clear();
        CHECK(refused(request) == RuleViolationCode::MissingSignature);

        request = Request();
        request.mileage_km = -1;
        CHECK(refused(request) == RuleViolationCode::BadMileage);
        request.mileage_km = 2'000'001;
        CHECK(refused(request) == RuleViolationCode::BadMileage);
        request.mileage_km = 6842;
        CHECK(refused(request) == RuleViolationCode::MileageLowerNotConfirmed);

        request = Request();
        request.kind = CheckInKind::WalkIn;
        CHECK(refused(request) == RuleViolationCode::BookingMismatch);
        request = Request();
        request.booking_id = "no such booking";
        CHECK(refused(request) == RuleViolationCode::UnknownBooking);
        request = Request();
        request.vehicle_id = request.customer_id;
        CHECK(refused(request) == RuleViolationCode::BookingMismatch);
        CHECK(store::CountRows(*store, "blobs") == blobs + 1); // the signature image is kept for a retry

        // Tomorrow the booking is no longer today's.
        clock.Advance(kDayMs);
        CHECK(refused(Request()) == RuleViolationCode::BookingNotToday);
    }

    TEST_CASE_FIXTURE(BookingFixture, "A booking check-in may leave the customer and car to the booking")
    {
        CheckInRequest request = Request();
        request.customer_id.clear();
        request.vehicle_id.clear();
        const CheckInResult result = CheckIn(*store, request);
        CHECK(result.customer_id == booking.customer_id);
        CHECK(result.vehicle_id == booking.vehicle_id);
    }

    TEST_CASE_FIXTURE(BookingFixture, "The time the customer began at the kiosk is kept, never a future one")
    {
        CheckInRequest request = Request();
        request.started_at_utc_ms = clock.NowUtcMs() - 95'000;
        const CheckInResult result = CheckIn(*store, request);
        CHECK(
            Column("checkins", "started_at", result.checkin_id) == std::to_string(clock.NowUtcMs() - 95'000));
    }

    TEST_CASE_FIXTURE(
        BookingFixture, "A confirmed lower mileage is recorded and flagged, not written to the car")
    {
        CheckInRequest request = Request();
        request.mileage_km = 6842;
        request.mileage_lower_confirmed = true;
        const CheckInResult result = CheckIn(*store, request);
        CHECK(Column("checkins", "mileage_km", result.checkin_id) == "6842");
        CHECK(Column("checkins", "mileage_lower_flag", result.checkin_id) == "1");
        CHECK(Column("vehicles", "last_mileage_km", booking.vehicle_id) == "68420");
    }

    TEST_CASE_FIXTURE(
        testing::KioskFixture, "Queue numbers count up through the day and restart the next shop day")
    {
        const auto walk_in = [&](const std::string& plate) {
            const auto customer = store::FindCustomerByPlate(*store, plate);
            REQUIRE(customer.has_value());
            CheckInRequest request;
            request.customer_id = customer->id;
            request.vehicle_id = customer->vehicles[0].id;
            request.mileage_km = customer->vehicles[0].last_mileage_km.value_or(0) + 10;
            request.wait_mode = WaitMode::Leave;
            request.signature = {SaveSignature(plate), "I authorize the work.",
                domain::EstimateJson(QuoteServices(*store, {}))};
            return CheckIn(*store, request);
        };
        const int next = store::NextQueueNumber(*store, kTodayStart, kTodayStart + kDayMs);
        const CheckInResult first = walk_in("湘A6K2M1");
        const CheckInResult second = walk_in("粤A7B2R8");
        CHECK(first.queue_number == domain::FormatQueueNumber(next));
        CHECK(second.queue_number == domain::FormatQueueNumber(next + 1));
        CHECK(first.tracking_code != second.tracking_code);
        CHECK(Column("checkins", "kind", first.checkin_id) == "walk_in");
        CHECK_FALSE(Column("checkins", "booking_id", first.checkin_id).has_value());
        CHECK(Column("checkins", "wait_mode", first.checkin_id) == "leave");
        CHECK(Column("checkins", "estimate_fen", first.checkin_id) == "0");

        // 23:59 Beijing time is still today; 00:00 is the next shop day.
        clock.Set(kTodayStart + kDayMs - 60'000);
        CHECK(walk_in("湘A6K2M1").queue_number == domain::FormatQueueNumber(next + 2));
        clock.Set(kTodayStart + kDayMs);
        CHECK(walk_in("粤A7B2R8").queue_number == "A001");
    }

    TEST_CASE_FIXTURE(
        testing::KioskFixture, "A walk-in registers a new customer, car and consents with the check-in")
    {
        const std::int64_t before = LastSeq();
        CheckInRequest request;
        request.registration = Registration();
        request.mileage_km = 30520;
        request.service_item_ids = {ItemId("BASIC-MAINT"), ItemId("WASH")};
        const domain::Estimate estimate = QuoteServices(*store, request.service_item_ids);
        CHECK(estimate.total == domain::Money{58000});
        request.signature = {SaveSignature(), "I authorize the work.", domain::EstimateJson(estimate)};
        const CheckInResult result = CheckIn(*store, request);

        const auto customer = store::FindCustomerByPlate(*store, "粤A12345");
        REQUIRE(customer.has_value());
        CHECK(customer->id == result.customer_id);
        CHECK(customer->surname == "周");
        CHECK(customer->title == "ms");
        CHECK_FALSE(customer->full_name.has_value());
        CHECK(customer->mobile == "13910450000");
        CHECK(customer->preferred_language == "zh");
        REQUIRE(customer->vehicles.size() == 1);
        const store::VehicleOnFile& car = customer->vehicles[0];
        CHECK(car.id == result.vehicle_id);
        CHECK(car.make == "Honda");
        CHECK(car.model == "CR-V");
        CHECK(car.year == 2021);
        CHECK(car.vin == "LHGRW1861M8000123");
        CHECK(car.last_mileage_km == 30520);
        CHECK(Column("checkins", "estimate_fen", result.checkin_id) == "58000");
        CHECK(Column("checkins", "customer_id", result.checkin_id) == result.customer_id);

        store::Statement consents(store->Db(),
            "SELECT kind, granted, notice_version, recorded_at, device_id FROM consents WHERE customer_id = "
            "? "
            "ORDER BY kind DESC");
        consents.BindAll(result.customer_id);
        REQUIRE(consents.Step());
        CHECK(consents.Text(0) == "privacy");
        CHECK(consents.Int64(1) == 1);
        CHECK(consents.Text(2) == "privacy-notice-2024-01");
        CHECK(consents.Int64(3) == kStoreTestNowUtcMs - 60'000);
        CHECK(consents.Text(4) == store->DeviceId());
        REQUIRE(consents.Step());
        CHECK(consents.Text(0) == "marketing");
        CHECK(consents.Int64(1) == 0); // off unless the customer turned it on
        CHECK(consents.Text(2) == "privacy-notice-2024-01");
        CHECK(consents.Int64(3) == kStoreTestNowUtcMs);
        CHECK_FALSE(consents.Step());

        std::multiset<std::string> tables;
        for (const testing::OutboxOp& op : OpsAfter(before))
            tables.insert(op.table_name);
        CHECK(tables
            == std::multiset<std::string>{
                "customers", "vehicles", "consents", "consents", "checkins", "signatures"});
    }

    TEST_CASE_FIXTURE(testing::KioskFixture, "A registration that breaks a rule is refused and writes nothing")
    {
        const std::int64_t before = LastSeq();
        const std::string signature = SaveSignature();
        const auto refused = [&](const NewCustomerRegistration& registration) {
            CheckInRequest request;
            request.registration = registration;
            request.mileage_km = 30520;
            request.signature
                = {signature, "I authorize the work.", domain::EstimateJson(QuoteServices(*store, {}))};
            const auto code = RuleViolationOf([&] { CheckIn(*store, request); });
            CHECK(LastSeq() == before);
            return code;
        };
        NewCustomerRegistration registration = Registration();
        registration.plate = "粤I12345";
        CHECK(refused(registration) == RuleViolationCode::BadPlate);
        registration.plate = "粤A5M823"; // Mr. Zhang's Passat
        CHECK(refused(registration) == RuleViolationCode::PlateOnFile);
        registration = Registration();
        registration.mobile = "12345678901";
        CHECK(refused(registration) == RuleViolationCode::BadMobile);
        registration = Registration();
        registration.vin = "LHGRW1862M8000123"; // check digit mismatch: an error in China
        CHECK(refused(registration) == RuleViolationCode::BadVin);
        registration = Registration();
        registration.privacy_consented_at_utc_ms.reset();
        CHECK(refused(registration) == RuleViolationCode::MissingPrivacyConsent);
        registration = Registration();
        registration.privacy_notice_version.clear();
        CHECK(refused(registration) == RuleViolationCode::MissingPrivacyConsent);
        registration = Registration();
        registration.surname = "  ";
        CHECK(refused(registration) == RuleViolationCode::MissingSurname);
        registration = Registration();
        registration.model.clear();
        CHECK(refused(registration) == RuleViolationCode::MissingMakeModel);
        registration = Registration();
        registration.year = 2026;
        CHECK(refused(registration) == RuleViolationCode::BadYear);
        registration.year = 2025;
        registration.mileage_km = -3;
        CHECK(refused(registration) == RuleViolationCode::BadMileage);

        // A registration with a customer id, or neither, is not one visitor.
        CheckInRequest request;
        request.registration = Registration();
        request.customer_id = "someone";
        CHECK(RuleViolationOf([&] { CheckIn(*store, request); }) == RuleViolationCode::CustomerNotGiven);
        request.registration.reset();
        CHECK(RuleViolationOf([&] { CheckIn(*store, request); }) == RuleViolationCode::CustomerNotGiven);
        request.vehicle_id = "some car";
        CHECK(RuleViolationOf([&] { CheckIn(*store, request); }) == RuleViolationCode::UnknownVehicle);
        CHECK(LastSeq() == before);
    }
}
