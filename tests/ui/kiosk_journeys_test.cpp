// The kiosk journeys of issue 3 walked as customers walk them, in both languages, with wrong inputs, and
// checked in the store: check-in rows, consents, signature, booking, and their outbox ops. The tap counts
// are the product's promise: a returning customer with a booking in at most 10 taps plus the plate, a new
// walk-in in at most 25 taps plus typing.
#include <cstdio>

#include <doctest/doctest.h>

#include "driver/script.h"
#include "shared/domain/queue_number.h"
#include "shared/store/queries_bookings.h"
#include "shared/store/queries_capacity.h"
#include "shared/store/queries_checkins.h"
#include "shared/store/queries_consents.h"
#include "shared/store/queries_counts.h"
#include "shared/store/queries_customer_file.h"
#include "shared/usecases/book_visit.h"
#include "shared/usecases/shop_day.h"
#include "ui/ui_steps.h"

using namespace checkin::testing;
using checkin::app::KioskScreen;
using checkin::i18n::Language;

namespace {

void Sign(AppHarness& app, const char* pad = "Signature pad")
{
    const std::string error
        = app.Driver().Draw(pad, {{0.1f, 0.6f}, {0.2f, 0.3f}, {0.3f, 0.7f}, {0.45f, 0.35f}, {0.6f, 0.65f}});
    REQUIRE_MESSAGE(error.empty(), error << "\n" << app.Driver().ScreenDump());
}

checkin::usecases::UtcRange Today()
{
    return checkin::usecases::ShopDayAt(kTestNowUtcMs, 480);
}

} // namespace

TEST_SUITE("ui/kiosk_journeys")
{
    TEST_CASE("a returning customer with a booking checks in within 10 taps plus the plate")
    {
        AppHarness app;
        const auto outbox_before = app.Store().OutboxSize();
        const auto today = Today();
        // The demo shop already has the day's first cars in the workshop.
        const int queue = checkin::store::NextQueueNumber(app.Store(), today.start_utc_ms, today.end_utc_ms);
        Tap(app, "Start");
        Tap(app, "I have a booking");
        Type(app, kDemoPlate);
        const int keys_for_plate = app.Driver().KeyCount();
        Tap(app, "Search");
        Type(app, "2287");
        Tap(app, "Confirm");
        Expect(app, "Welcome back, Mr. Z***");
        Expect(app, "Basic maintenance");
        Expect(app, "¥580.00");
        Tap(app, "Continue");
        Expect(app, "Last recorded: 68,420 km");
        Type(app, "69120");
        Tap(app, "Continue");
        Tap(app, "Wait in the lounge");
        Tap(app, "Continue");
        Expect(app, "I authorize the dealership");
        Sign(app);
        Tap(app, "Sign and check in");
        Expect(app, "You are checked in");
        Expect(app, checkin::domain::FormatQueueNumber(queue));
        const auto& journey = app.App().State().journey;
        Expect(app, journey.tracking_code);
        CHECK(journey.tracking_qr.has_value());

        CHECK(app.Driver().TapCount() <= 10);
        CHECK(keys_for_plate == 7);

        CHECK(checkin::store::NextQueueNumber(app.Store(), today.start_utc_ms, today.end_utc_ms) == queue + 1);
        CHECK(checkin::store::TrackingCodeInUse(
            app.Store(), journey.tracking_code, today.start_utc_ms, today.end_utc_ms));
        const auto booking = checkin::store::FindBookingsByPlateOnDay(
            app.Store(), kDemoPlate, today.start_utc_ms, today.end_utc_ms);
        REQUIRE(booking.size() == 1);
        CHECK(booking[0].status == "arrived");
        CHECK(checkin::store::CountRows(app.Store(), "signatures") == 1);
        CHECK(app.Store().OutboxSize() >= outbox_before + 4); // check-in, signature, booking, vehicle mileage

        Tap(app, "Done");
        CHECK(app.App().State().screen == KioskScreen::Attract);
    }

    TEST_CASE("the same booking check-in in Chinese, and a booking cannot be checked in twice")
    {
        AppHarness app(checkin::app::Role::Kiosk, Language::ChineseSimplified);
        Tap(app, "开始");
        Tap(app, "我有预约");
        Tap(app, "按手机号");
        Type(app, kDemoMobile);
        Tap(app, "查找");
        Expect(app, "张**，欢迎回来");
        Tap(app, "继续");
        Type(app, "69120");
        Tap(app, "继续");
        Tap(app, "留车离店");
        Tap(app, "继续");
        Sign(app);
        Tap(app, "签名并登记");
        Expect(app, "登记成功");
        Tap(app, "完成");

        Tap(app, "开始");
        Tap(app, "我有预约");
        Tap(app, "按手机号");
        Type(app, kDemoMobile);
        Tap(app, "查找");
        Expect(app, "没有找到今天的预约"); // already arrived
    }

    TEST_CASE("a new walk-in registers one field per screen, with wrong inputs on the way")
    {
        AppHarness app;
        const auto customers_before = checkin::store::CountRows(app.Store(), "customers");
        Tap(app, "Start");
        Tap(app, "Walk-in service");
        Type(app, "京A12345");
        Tap(app, "Continue");
        Expect(app, "Your mobile number");
        Type(app, "1381234567");
        Tap(app, "Continue");
        Expect(app, "A mobile number has 11 digits"); // one digit short
        Type(app, "8");
        Tap(app, "Continue");
        Tap(app, "Continue");
        Expect(app, "Please choose your surname and Mr. or Ms.");
        Tap(app, "王");
        Tap(app, "Ms.");
        Tap(app, "Continue");
        Tap(app, "Toyota");
        Tap(app, "Camry");
        Tap(app, "2022");
        Tap(app, "Continue");
        Type(app, "LSVAX6AC8K2108437"); // the demo VIN with a wrong check digit
        Tap(app, "Continue");
        Expect(app, "This VIN does not add up");
        Tap(app, "Skip");
        Type(app, "12000");
        Tap(app, "Continue");
        Expect(app, "Your personal information");
        CHECK(checkin::store::CountRows(app.Store(), "customers") == customers_before); // nothing written yet
        Tap(app, "I agree");
        Expect(app, "Offers and reminders");
        Tap(app, "Continue"); // marketing stays off unless chosen
        Tap(app, "Basic maintenance");
        Tap(app, "Car wash (free)");
        Expect(app, "Oil and filter"); // the package contents of the basic maintenance
        Tap(app, "Continue");
        Tap(app, "Strange noise");
        Tap(app, "+ Add a note (optional)");
        Type(app, "FRONT LEFT");
        Tap(app, "Done with the note");
        Expect(app, "FRONT LEFT");
        Tap(app, "I need a ride");
        Tap(app, "Continue");
        Tap(app, "Sign and check in");
        Expect(app, "Please sign in the box first.");
        Sign(app);
        Tap(app, "Sign and check in");
        Expect(app, "You are checked in");

        const auto customer = checkin::store::FindCustomerByPlate(app.Store(), "京A12345");
        REQUIRE(customer.has_value());
        CHECK(customer->surname == "王");
        CHECK(customer->title == "ms");
        CHECK(customer->mobile == "13812345678");
        REQUIRE(customer->vehicles.size() == 1);
        CHECK(customer->vehicles[0].make == "Toyota");
        CHECK(customer->vehicles[0].last_mileage_km == 12000);
        const auto consents = checkin::store::ConsentsOf(app.Store(), customer->id);
        REQUIRE(consents.size() == 2);
        for (const auto& consent : consents) {
            CHECK_FALSE(consent.notice_version.empty());
            CHECK(consent.recorded_at_utc_ms >= kTestNowUtcMs);
            CHECK(consent.granted == (consent.kind == "privacy"));
        }
    }

    TEST_CASE("a returning walk-in is recognised with a masked name, the cars on file and what is due")
    {
        AppHarness app;
        Tap(app, "Start");
        Tap(app, "Walk-in service");
        Type(app, "粤A3F7K9");
        Tap(app, "Continue");
        Expect(app, "Welcome back, Mr. L***");
        Expect(app, "Your cars on file");
        Expect(app, "粤A·7B2R8"); // his second car
        ExpectNot(app, "13602458891");
        CHECK_FALSE(app.App().State().journey.due.empty());
    }

    TEST_CASE("a lower mileage is a warning the customer must confirm")
    {
        AppHarness app;
        Tap(app, "Start");
        Tap(app, "Walk-in service");
        Type(app, kDemoPlate);
        Tap(app, "Continue");
        Tap(app, "Continue");
        Type(app, "50000");
        Tap(app, "Continue");
        Expect(app, "lower than the mileage we recorded");
        Tap(app, "Yes, this is the right mileage");
        Tap(app, "Continue");
        Expect(app, "Choose your services");
    }

    TEST_CASE("book a visit: full slots are shown but cannot be picked, the code is found on the day")
    {
        AppHarness app;
        const std::int64_t tomorrow = Today().end_utc_ms;
        // Fill tomorrow 10:00 with three bookings of other customers (capacity 3 an hour).
        const auto slots = checkin::store::DaySlots(app.Store(), tomorrow, 480);
        const checkin::store::SlotView* ten = nullptr;
        for (const auto& slot : slots)
            if (slot.hour == 10)
                ten = &slot;
        REQUIRE(ten != nullptr);
        const auto customer = checkin::store::FindCustomerByPlate(app.Store(), "粤A88Q61");
        REQUIRE(customer.has_value());
        const auto catalog = app.App().State().catalog.services;
        for (int i = 0; i < ten->capacity; ++i)
            checkin::usecases::BookVisit(app.Store(),
                {customer->id, customer->vehicles[0].id, std::nullopt, ten->start_utc_ms,
                    {catalog.front().id}});

        Tap(app, "Start");
        Tap(app, "Book a visit");
        Type(app, kDemoPlate);
        Tap(app, "Continue");
        Tap(app, "Continue");
        Tap(app, "Wheel alignment");
        Tap(app, "Continue");
        Expect(app, "Pick a day and a time");
        const auto& days = app.App().State().journey.days;
        REQUIRE(days.size() >= 2);
        CHECK(days[0].date == "2026-11-24");
        Tap(app, "11-25 Wed");
        CHECK(app.Driver().Tap("10:00  full").find("disabled") != std::string::npos);
        Tap(app, "11:00  3 free");
        Tap(app, "Book this time");
        Expect(app, "Your visit is booked");
        const std::string code = app.App().State().journey.booking_code;
        CHECK(code.size() == 6);
        Expect(app, code);
        Tap(app, "Done");

        // The next day the customer checks in for it with the plate and the code.
        app.Clock().Set(tomorrow + 3 * 3600'000);
        Tap(app, "Start");
        Tap(app, "I have a booking");
        Type(app, kDemoPlate);
        Tap(app, "Search");
        Type(app, code);
        Tap(app, "Confirm");
        Expect(app, "Welcome back, Mr. Z***");
        Expect(app, "11:00");
        Expect(app, "Wheel alignment");
    }

    TEST_CASE("walking away mid-registration writes nothing")
    {
        AppHarness app;
        const auto customers = checkin::store::CountRows(app.Store(), "customers");
        const auto outbox = app.Store().OutboxSize();
        Tap(app, "Start");
        Tap(app, "Walk-in service");
        Type(app, "京A12345");
        Tap(app, "Continue");
        Type(app, "13812345678");
        Tap(app, "Continue");
        app.Driver().Wait(61'000);
        CHECK(app.App().State().screen == KioskScreen::Attract);
        CHECK(checkin::store::CountRows(app.Store(), "customers") == customers);
        CHECK(app.Store().OutboxSize() == outbox);
        Tap(app, "Start");
        Tap(app, "Walk-in service");
        CHECK(app.App().State().journey.plate.empty());
        CHECK(app.App().State().journey.registration.mobile.empty());
    }
}

TEST_SUITE("ui/kiosk_tap_counts")
{
    // The journeys as scripts (tests/scripts/journeys/), also run by checkin-bench for the README figures.
    int TapsOf(const char* script, int& keys)
    {
        AppHarness app;
        const auto result = checkin::driver::RunScript(app.Driver(),
            checkin::driver::ReadScriptFile(std::string(CHECKIN_TEST_SCRIPTS_DIR) + "/journeys/" + script));
        REQUIRE_MESSAGE(result.ok,
            "line " << result.failed_line << ": " << result.failed_step << ": " << result.message << "\n"
                    << result.screen);
        keys = app.Driver().KeyCount();
        return app.Driver().TapCount();
    }

    TEST_CASE("a booking check-in takes at most 10 taps plus the plate and the verification")
    {
        int keys = 0;
        CHECK(TapsOf("booking_checkin.txt", keys) <= 10);
    }

    TEST_CASE("a new walk-in takes at most 25 taps plus typing")
    {
        int keys = 0;
        CHECK(TapsOf("new_walk_in.txt", keys) <= 25);
    }

    TEST_CASE("booking a visit as a returning customer")
    {
        int keys = 0;
        CHECK(TapsOf("book_visit.txt", keys) <= 10);
    }
}

TEST_SUITE("ui/kiosk_journeys_zh")
{
    TEST_CASE("a new walk-in registers in Chinese")
    {
        AppHarness app(checkin::app::Role::Kiosk, Language::ChineseSimplified);
        Tap(app, "开始");
        Tap(app, "无预约到店");
        Type(app, "京A12345");
        Tap(app, "继续");
        Expect(app, "您的手机号码");
        Type(app, "13812345678");
        Tap(app, "继续");
        Tap(app, "王");
        Tap(app, "女士");
        Tap(app, "继续");
        Tap(app, "丰田");
        Tap(app, "凯美瑞");
        Tap(app, "2022");
        Tap(app, "继续");
        Tap(app, "跳过");
        Type(app, "12000");
        Tap(app, "继续");
        Expect(app, "个人信息保护");
        Tap(app, "我同意");
        Tap(app, "继续");
        Tap(app, "基础保养");
        Expect(app, "¥580.00");
        Tap(app, "继续");
        Tap(app, "在休息区等候");
        Tap(app, "继续");
        Sign(app);
        Tap(app, "签名并登记");
        Expect(app, "登记成功");
        const auto customer = checkin::store::FindCustomerByPlate(app.Store(), "京A12345");
        REQUIRE(customer.has_value());
        CHECK(customer->preferred_language == "zh");
        CHECK(checkin::store::ConsentsOf(app.Store(), customer->id).size() == 2);
    }

    TEST_CASE("a visit is booked in Chinese")
    {
        AppHarness app(checkin::app::Role::Kiosk, Language::ChineseSimplified);
        Tap(app, "开始");
        Tap(app, "预约保养");
        Type(app, kDemoPlate);
        Tap(app, "继续");
        Expect(app, "张**，欢迎回来");
        Tap(app, "继续");
        Tap(app, "四轮定位");
        Tap(app, "继续");
        Expect(app, "选择日期和时间");
        Tap(app, "11-25 周三");
        Tap(app, "11:00  余 3");
        Tap(app, "确认预约");
        Expect(app, "预约成功");
        CHECK(app.App().State().journey.booking_code.size() == 6);
    }
}
