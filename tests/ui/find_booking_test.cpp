// Journey "I have a booking": plate keyboard or phone pad, verification before anything personal shows.
#include <doctest/doctest.h>

#include "ui/ui_steps.h"

using namespace checkin::testing;
using checkin::app::KioskScreen;
using checkin::i18n::Language;

TEST_SUITE("ui/find_booking")
{
    TEST_CASE("by plate, verified with the last 4 digits of the mobile")
    {
        AppHarness app;
        Tap(app, "Start");
        Tap(app, "I have a booking");
        // The province picker comes first; no Latin key is offered yet.
        CHECK_FALSE(app.Driver().Type("A").empty());
        Type(app, kDemoPlate);
        Expect(app, "粤A·5M823");
        Tap(app, "Search");
        Expect(app, "Is this your booking?");
        ExpectNot(app, "Z***"); // nothing personal before verification
        ExpectNot(app, "Passat");
        Type(app, "2287");
        Tap(app, "Confirm");
        Expect(app, "Welcome back, Mr. Z***");
        Expect(app, "09:00");
        Expect(app, "Volkswagen Passat");
        Expect(app, kDemoBookingCode);
        Expect(app, "¥");
        CHECK(app.App().State().screen == KioskScreen::BookingDetails);
    }

    TEST_CASE("by plate, verified with the booking code, in Chinese")
    {
        AppHarness app(checkin::app::Role::Kiosk, Language::ChineseSimplified);
        Tap(app, "开始");
        Tap(app, "我有预约");
        Type(app, kDemoPlate);
        Tap(app, "查找");
        Expect(app, "这是您的预约吗？");
        Type(app, kDemoBookingCode);
        Tap(app, "确认");
        Expect(app, "张**，欢迎回来");
    }

    TEST_CASE("a wrong verification code is refused three times, then only an advisor helps")
    {
        AppHarness app;
        Tap(app, "Start");
        Tap(app, "I have a booking");
        Type(app, kDemoPlate);
        Tap(app, "Search");
        for (int attempt = 0; attempt < 2; ++attempt) {
            Type(app, "1234");
            Tap(app, "Confirm");
            Expect(app, "That does not match the booking");
        }
        Type(app, "1234");
        Tap(app, "Confirm");
        Expect(app, "Please call an advisor");
        CHECK_FALSE(app.Driver().Type("2287").empty()); // the keyboard is gone
        ExpectNot(app, "Welcome back");
    }

    TEST_CASE("plates never take I or O, and an incomplete plate cannot be searched")
    {
        AppHarness app;
        Tap(app, "Start");
        Tap(app, "I have a booking");
        Type(app, "粤");
        CHECK(app.Driver().Type("I").find("no key types") != std::string::npos);
        CHECK(app.Driver().Type("O").find("no key types") != std::string::npos);
        Type(app, "A123");
        CHECK(app.Driver().Tap("Search").find("disabled") != std::string::npos);
        Tap(app, "Delete");
        CHECK(app.App().State().journey.plate == "粤A12");
        Tap(app, "Clear");
        CHECK(app.App().State().journey.plate.empty());
    }

    TEST_CASE("a plate with no booking today says so")
    {
        AppHarness app;
        Tap(app, "Start");
        Tap(app, "I have a booking");
        Type(app, "京A12345");
        Tap(app, "Search");
        Expect(app, "No booking for today under this number");
        CHECK(app.App().State().screen == KioskScreen::FindBooking);
    }

    TEST_CASE("by mobile number on the phone pad")
    {
        AppHarness app;
        Tap(app, "Start");
        Tap(app, "I have a booking");
        Tap(app, "By mobile number");
        Type(app, kDemoMobile);
        CHECK(app.Driver().Type("9").find("disabled") != std::string::npos); // 11 digits at most
        Tap(app, "Search");
        Expect(app, "Welcome back, Mr. Z***");
    }

    TEST_CASE("a mobile number that cannot exist is refused")
    {
        AppHarness app;
        Tap(app, "Start");
        Tap(app, "I have a booking");
        Tap(app, "By mobile number");
        Type(app, "12345678901");
        CHECK(app.Driver().Tap("Search").find("disabled") != std::string::npos);
    }
}
