// The kiosk shell driven as a customer drives it: language, large text, "Call an advisor", idle reset.
#include <doctest/doctest.h>

#include "shared/domain/person_name.h"
#include "shared/domain/plate.h"
#include "shared/domain/utf8.h"
#include "shared/store/queries_counts.h"
#include "shared/store/queries_help.h"
#include "shared/store/sync_device.h"
#include "ui/theme.h"
#include "ui/ui_steps.h"

using namespace checkin::testing;
using checkin::app::KioskScreen;

TEST_SUITE("ui/kiosk_shell")
{
    TEST_CASE("the attract screen speaks both languages and switches with one tap")
    {
        AppHarness app(checkin::app::Role::Kiosk, checkin::i18n::Language::ChineseSimplified);
        Expect(app, "欢迎光临");
        Expect(app, "呼叫服务顾问");
        Tap(app, "English");
        Expect(app, "Welcome");
        Expect(app, "Call an advisor");
        ExpectNot(app, "欢迎光临");
        Tap(app, "中文");
        Expect(app, "欢迎光临");
    }

    TEST_CASE("large text makes the whole layout larger and resets for the next customer")
    {
        AppHarness app;
        const float before = app.App().Fonts().scale;
        Tap(app, "Larger text");
        CHECK(app.App().Fonts().scale > before);
        CHECK(app.App().State().large_text);
        Expect(app, "Normal text");
        Tap(app, "Start");
        app.Driver().Wait(61'000);
        CHECK_FALSE(app.App().State().large_text);
    }

    TEST_CASE("Call an advisor records a help request with the time, in the same transaction as its sync op")
    {
        AppHarness app;
        Tap(app, "Start");
        const auto outbox_before = app.Store().OutboxSize();
        Tap(app, "Call an advisor");
        Expect(app, "An advisor has been called");
        const auto requests = checkin::store::OpenHelpRequests(app.Store());
        REQUIRE(requests.size() == 1);
        CHECK(requests[0].screen == "menu");
        CHECK(requests[0].requested_at_utc_ms >= kTestNowUtcMs);
        CHECK(app.Store().OutboxSize() == outbox_before + 1);
    }

    TEST_CASE("an abandoned journey asks, counts down, then starts over and forgets what was typed")
    {
        AppHarness app;
        Tap(app, "Start");
        Tap(app, "I have a booking");
        Type(app, "粤A5M");
        CHECK(app.App().State().journey.plate == "粤A5M");

        app.Driver().Wait(44'000);
        ExpectNot(app, "Are you still there?");
        app.Driver().Wait(2'000);
        Expect(app, "Are you still there?");
        Expect(app, "starts over in 14 s");
        app.Driver().Wait(15'000);
        CHECK(app.App().State().screen == KioskScreen::Attract);
        Expect(app, "Welcome");
        Tap(app, "Start");
        Tap(app, "I have a booking");
        CHECK(app.App().State().journey.plate.empty());
        ExpectNot(app, "粤A5M");
    }

    TEST_CASE("I'm still here keeps the journey")
    {
        AppHarness app;
        Tap(app, "Start");
        Tap(app, "I have a booking");
        Type(app, "粤A5");
        app.Driver().Wait(50'000);
        Tap(app, "I'm still here");
        ExpectNot(app, "Are you still there?");
        app.Driver().Wait(30'000);
        CHECK(app.App().State().screen == KioskScreen::FindBooking);
        CHECK(app.App().State().journey.plate == "粤A5");
    }

    TEST_CASE("the attract screen itself never times out")
    {
        AppHarness app;
        app.Driver().Wait(5 * 60'000);
        CHECK(app.App().State().screen == KioskScreen::Attract);
        CHECK_FALSE(app.App().NextWakeUtcMs().has_value()); // nothing to draw until a finger comes
    }

    TEST_CASE("Back and Start over")
    {
        AppHarness app;
        Tap(app, "Start");
        Tap(app, "I have a booking");
        Tap(app, "Back");
        Expect(app, "How can we help you today?");
        Tap(app, "I have a booking");
        Type(app, "粤A");
        Tap(app, "Start over");
        CHECK(app.App().State().screen == KioskScreen::Attract);
        CHECK(app.App().State().journey.plate.empty());
    }
}

TEST_SUITE("ui/fonts")
{
    TEST_CASE("every character a keyboard or picker offers has a glyph in the fonts that draw it")
    {
        AppHarness app;
        ImFont* body = checkin::ui::CurrentFonts().body;
        ImFont* heading = checkin::ui::CurrentFonts().heading;
        REQUIRE(body != nullptr);
        REQUIRE(heading != nullptr);
        for (const auto* list : {&checkin::domain::ChinaProvinces(),
                 &checkin::domain::ChinaPlateSpecialEndings(), &checkin::domain::CommonChineseSurnames()}) {
            for (const std::string& item : *list) {
                for (char32_t code_point : checkin::domain::DecodeUtf8(item)) {
                    CAPTURE(item);
                    const auto glyph = static_cast<ImWchar>(code_point);
                    CHECK(body->FindGlyphNoFallback(glyph) != nullptr);
                    CHECK(heading->FindGlyphNoFallback(glyph) != nullptr);
                }
            }
        }
    }
}

namespace {

// The sync worker's status after a round in which the hub refused one change (recorded in the store).
void ShowOneRejection(AppHarness& app)
{
    checkin::sync::SyncStatus status;
    status.paired = true;
    status.online = true;
    status.rejections = 1;
    app.App().SetSyncStatus(status);
    app.Driver().Settle();
}

} // namespace

TEST_SUITE("ui/sync_rejections")
{
    TEST_CASE("staff see the changes the hub refused, with the reason, until they acknowledge them")
    {
        AppHarness app(checkin::app::Role::Advisor);
        checkin::store::RecordSyncRejection(app.Store().Db(),
            {7, "op-7", "bookings", "row-1", "slot_full", "the 10:00 slot is already full", kTestNowUtcMs});
        ShowOneRejection(app);
        Expect(app, "Changes the hub refused");
        Expect(app, "the 10:00 slot is already full"); // a reason the app has no words for: the hub's
        Expect(app, "1 refused by the hub");
        Tap(app, "Seen");
        ExpectNot(app, "the 10:00 slot is already full");
        CHECK(checkin::store::UnseenSyncRejections(app.Store().Db()).empty());
    }

    TEST_CASE("a stage change the hub refused is explained in the staff's language, the hub's detail below")
    {
        AppHarness app(checkin::app::Role::Advisor, checkin::i18n::Language::ChineseSimplified);
        checkin::store::RecordSyncRejection(app.Store().Db(),
            {9, "op-9", "repair_orders", "row-2", "stage_change",
                "Repair order RO20261206-004 is at 'delivered' on the hub and cannot move to 'in_repair'",
                kTestNowUtcMs});
        ShowOneRejection(app);
        Expect(app, "被服务器拒绝的更改");
        Expect(app, "另一台工位已先推进此工单");
        Expect(app, "RO20261206-004");
    }
}

TEST_SUITE("ui/no_cjk_font")
{
    TEST_CASE("without a CJK font the kiosk runs in English and offers no language toggle")
    {
        AppHarness app(checkin::app::Role::Kiosk, checkin::i18n::Language::ChineseSimplified);
        app.App().SetChineseAvailable(false);
        app.Driver().Settle();
        Expect(app, "Welcome");
        ExpectNot(app, "中文");
        Tap(app, "Start");
        ExpectNot(app, "中文");
    }
}
