// Issue 5's journey through the real screens: the advisor settles a ready car with a discount and hands it
// over; the customer, still at the lounge tablet, rates the visit low; the complaint it opened appears on the
// advisor station, gets its first response, two options, the customer's choice and a resolution; it cannot be
// closed until the service manager has made the follow-up call. Then the store: the order, the survey, the
// complaint's steps, audit entries and outbox ops.
#include <algorithm>
#include <chrono>
#include <thread>

#include <doctest/doctest.h>

#include "shared/domain/civil_date.h"
#include "shared/usecases/close_out.h"

#include "shared/store/database.h"
#include "shared/store/queries_aftercare.h"
#include "shared/store/queries_customer_file.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/store/queries_staff.h"
#include "shared/store/write_transaction.h"
#include "ui/ui_steps.h"

using namespace checkin::testing;
using checkin::app::ComplaintText;
using checkin::app::Role;
using checkin::i18n::Language;
namespace intent = checkin::app::intent;

namespace {

constexpr const char* kReadyPlate = "粤A0L9T6"; // the demo workshop's car at "ready"
constexpr const char* kReadyCard = "粤A·0L9T6";
constexpr const char* kReadyTracking = "F9DX4V";

void SignIn(AppHarness& advisor, const std::string& name, const std::string& pin)
{
    Tap(advisor, name);
    Type(advisor, pin);
    Tap(advisor, "Sign in");
    REQUIRE(advisor.App().State().advisor.session.has_value());
}

void TypeOnKeyboard(AppHarness& station, checkin::app::Intent edit)
{
    station.App().Submit(std::move(edit)); // the InputText's edit, as the physical keyboard makes it
    station.Driver().Settle();
}

std::string ScalarText(checkin::store::Store& store, const std::string& sql, const std::string& id)
{
    checkin::store::Statement select(store.Db(), sql);
    select.BindAll(id);
    REQUIRE(select.Step());
    return select.IsNull(0) ? std::string() : select.Text(0);
}

std::int64_t ScalarInt(checkin::store::Store& store, const std::string& sql, const std::string& id)
{
    checkin::store::Statement select(store.Db(), sql);
    select.BindAll(id);
    REQUIRE(select.Step());
    return select.Int64(0);
}

std::string StaffId(checkin::store::Store& store, const std::string& name)
{
    for (const checkin::store::StaffRow& staff : checkin::store::ListActiveStaff(store))
        if (staff.name == name)
            return staff.id;
    FAIL("no staff member " << name);
    return {};
}

// The day's calls are worked out on a worker thread: draw until it is done (real time, a small store).
void WaitForWorklist(AppHarness& advisor)
{
    for (int attempt = 0; attempt < 3000 && advisor.App().RefreshingWorklist(); ++attempt) {
        advisor.Driver().Settle();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    advisor.Driver().Settle();
    REQUIRE_MESSAGE(!advisor.App().RefreshingWorklist(), "the worklist refresh did not finish within 30 s");
}

// The Follow-ups tab, whose label counts the open calls, once the day's calls are worked out.
void OpenWorklist(AppHarness& advisor)
{
    WaitForWorklist(advisor);
    std::int64_t calls = 0;
    for (const auto& count : advisor.App().State().advisor.worklist.counts)
        calls += count.count;
    Tap(advisor, "Follow-ups (" + std::to_string(calls) + ")");
    WaitForWorklist(advisor);
}

// The advisor's complaints tab: "Complaints (4)" or "Complaints (4, 1 late)", as the station counts them.
std::string ComplaintsTab(AppHarness& advisor)
{
    advisor.Driver().Settle();
    const auto& state = advisor.App().State().advisor;
    int unresolved = 0;
    for (const checkin::store::ComplaintRow& complaint : state.complaints)
        unresolved += complaint.status == "open" || complaint.status == "responded" ? 1 : 0;
    return "Complaints (" + std::to_string(unresolved)
        + (state.complaints_overdue > 0 ? ", " + std::to_string(state.complaints_overdue) + " late)" : ")");
}

std::string OrderIdOf(checkin::store::Store& store, const std::string& plate)
{
    for (const checkin::store::OrderSummary& order : checkin::store::OpenOrders(store))
        if (order.plate == plate)
            return order.order_id;
    FAIL("no open order for " << plate);
    return {};
}

} // namespace

TEST_SUITE("ui/aftercare")
{
    TEST_CASE(
        "settle and hand over; a low survey opens a complaint that closes only after the manager's call")
    {
        TempDir shop;
        const auto file = shop.Path() / "shop.db";
        AppHarness advisor(Role::Advisor, Language::English, file);
        AppHarness lounge(Role::Lounge, Language::English, file);

        // The customer waits in the lounge: the car is ready and the tablet shows the bill.
        Type(lounge, kReadyTracking);
        Tap(lounge, "Open");
        Expect(lounge, "Your car is ready: your bill");
        Expect(lounge, "Oil and filter change");

        // The advisor settles it with a 20 yuan discount and hands the car over.
        SignIn(advisor, "李娜", "2468");
        Tap(advisor, "Orders (" + std::to_string(advisor.App().State().advisor.orders.size()) + ")");
        Tap(advisor, kReadyCard);
        Tap(advisor, "Settle and hand over");
        Expect(advisor, "Settlement");
        REQUIRE(advisor.App().State().advisor.invoice);
        const auto total = advisor.App().State().advisor.invoice->invoice.total.minor;
        CHECK(total > 2000);
        Type(advisor, "20");
        Tap(advisor, "Save discount");
        Expect(advisor, "Discount saved.");
        const auto& bill = advisor.App().State().advisor.invoice->invoice;
        CHECK(bill.discount.minor == 2000);
        CHECK(bill.payable.minor == total - 2000);
        CHECK(bill.vat.minor + bill.output_value.minor == bill.payable.minor);
        Tap(advisor, "Hand over the car");
        const std::string settlement = advisor.App().State().advisor.invoice->settlement_number;
        CHECK(settlement.rfind("JS", 0) == 0);
        Expect(advisor, "Car handed over. Settlement number " + settlement + ".");
        const std::string order_id = advisor.App().State().advisor.invoice->order_id;
        checkin::store::Store& store = advisor.Store();
        CHECK(ScalarText(store, "SELECT stage FROM repair_orders WHERE id = ?1", order_id) == "delivered");
        CHECK(ScalarText(store, "SELECT settlement_number FROM repair_orders WHERE id = ?1", order_id)
            == settlement);

        // The tablet turns to the survey by itself; the customer answers one question per page.
        lounge.Driver().Settle();
        Expect(lounge, "How was your visit?");
        Expect(lounge, "Question 1 of 7");
        Tap(lounge, "Satisfied"); // greeted and listened to
        Tap(lounge, "Very satisfied"); // work and price explained
        Expect(lounge, "Was your car fixed right the first time?");
        Tap(lounge, "Dissatisfied"); // fixed right the first time: a 2 is a complaint
        Tap(lounge, "Previous question");
        Expect(lounge, "Was your car fixed right the first time?");
        Tap(lounge, "Dissatisfied");
        Tap(lounge, "Neutral"); // ready when promised
        Tap(lounge, "Satisfied"); // returned clean
        Expect(lounge, "How likely are you to recommend us to a friend?");
        Tap(lounge, "7");
        Tap(lounge, "Waited too long");
        TypeOnKeyboard(lounge, intent::EditSurveyComment{"The noise is still there"});
        Tap(lounge, "Send");
        Expect(lounge, "Our service manager will call you within the hour.");
        const auto survey = checkin::store::FindSurveyOfOrder(store, order_id);
        REQUIRE(survey);
        CHECK(survey->nps == 7);
        CHECK(ScalarInt(store, "SELECT count(*) FROM survey_answers WHERE survey_id = ?1", survey->survey_id)
            == 5);
        CHECK(ScalarInt(store,
                  "SELECT score FROM survey_answers WHERE survey_id = ?1 AND question_key = 'quality'",
                  survey->survey_id)
            == 2);
        Tap(lounge, "Back to the start");
        Expect(lounge, "Follow your car");

        // The advisor sees it among the complaints with its deadline, and works through the steps.
        // The shop's history has complaints of its own: this one is the car's.
        Tap(advisor, ComplaintsTab(advisor));
        Tap(advisor, std::string("Ms. Zhou  ") + kReadyCard);
        const auto& complaints = advisor.App().State().advisor.complaints;
        const auto found = std::find_if(
            complaints.begin(), complaints.end(), [&](const checkin::store::ComplaintRow& each) {
                return each.id == advisor.App().State().advisor.complaint_id;
            });
        REQUIRE(found != complaints.end());
        const checkin::store::ComplaintRow opened = *found;
        CHECK(opened.plate == kReadyPlate);
        CHECK(opened.source == "survey");
        CHECK(opened.status == "open");
        CHECK(opened.response_due_at_utc_ms > opened.opened_at_utc_ms);
        Expect(advisor, "From the survey  ·  NPS 7  ·  " + opened.order_number);
        CHECK(opened.description.find("Waited too long") != std::string::npos);
        CHECK(opened.description.find("The noise is still there") != std::string::npos);
        Tap(advisor, "Service");
        Expect(advisor, "First response recorded.");
        TypeOnKeyboard(advisor, intent::EditComplaintText{ComplaintText::OptionA, "Free re-check today"});
        TypeOnKeyboard(
            advisor, intent::EditComplaintText{ComplaintText::OptionB, "Voucher for the next service"});
        Tap(advisor, "Offer these two options");
        Tap(advisor, "A: Free re-check today");
        TypeOnKeyboard(
            advisor, intent::EditComplaintText{ComplaintText::Resolution, "Rechecked; bushing replaced"});
        Tap(advisor, "Mark resolved");
        Expect(advisor, "Complaint resolved.");
        Expect(advisor, "Waiting for the service manager's follow-up call.");

        // Not closed without the service manager's call.
        Tap(advisor, "Close the complaint");
        Expect(advisor, "A complaint is closed only after the service manager's follow-up call.");
        CHECK(ScalarText(store, "SELECT status FROM complaints WHERE id = ?1", opened.id) == "resolved");

        // The manager calls the customer back, records it, and closes the complaint.
        Tap(advisor, "Sign out");
        SignIn(advisor, "刘经理", "9999");
        Tap(advisor, ComplaintsTab(advisor));
        Tap(advisor, std::string("Ms. Zhou  ") + kReadyCard);
        Expect(advisor, "Second follow-up call by the service manager");
        TypeOnKeyboard(advisor, intent::EditComplaintText{ComplaintText::ManagerNote, "Happy with the fix"});
        Tap(advisor, "Record the follow-up call");
        Expect(advisor, "Follow-up call recorded.");
        Tap(advisor, "Close the complaint");
        Expect(advisor, "Complaint closed.");

        const auto closed = checkin::store::LoadComplaint(store, opened.id);
        REQUIRE(closed);
        CHECK(closed->status == "closed");
        CHECK(closed->category == "service");
        CHECK(closed->chosen_option == 0);
        CHECK(closed->options[1] == "Voucher for the next service");
        CHECK(closed->resolution == "Rechecked; bushing replaced");
        CHECK(closed->manager_note == "Happy with the fix");
        CHECK(ScalarText(store, "SELECT manager_id FROM complaints WHERE id = ?1", opened.id)
            == StaffId(store, "刘经理"));
        CHECK(ScalarText(store, "SELECT responded_by FROM complaints WHERE id = ?1", opened.id)
            == StaffId(store, "李娜"));
        // Every step was synced and audited.
        CHECK(ScalarInt(store, "SELECT count(*) FROM outbox WHERE table_name = 'complaints' AND row_id = ?1",
                  opened.id)
            >= 6);
        CHECK(ScalarInt(store, "SELECT count(*) FROM audit_log WHERE subject_id = ?1", opened.id) >= 5);
    }

    TEST_CASE("the day after delivery, the thank-you call books the next visit")
    {
        TempDir shop;
        AppHarness advisor(Role::Advisor, Language::English, shop.Path() / "shop.db");
        checkin::store::Store& store = advisor.Store();
        // Handed over today (the screens of delivery are the test above).
        const std::string order_id = OrderIdOf(store, kReadyPlate);
        const auto delivery = checkin::usecases::DeliverOrder(store, order_id, StaffId(store, "李娜"));

        // The next morning the advisor opens the worklist.
        advisor.Clock().Advance(checkin::domain::kDayMs);
        SignIn(advisor, "李娜", "2468");
        OpenWorklist(advisor);
        const std::string call = std::string("Ms. Zhou  ") + kReadyCard + "  ·  Thank-you call, day 1";
        Tap(advisor, call);
        Expect(advisor,
            "Thank-you call, day 1  ·  After order "
                + std::string(checkin::store::LoadOrder(store, order_id)->summary.number));
        TypeOnKeyboard(advisor, intent::EditFollowUpNote{"Happy with the car; brake fluid next time"});
        Tap(advisor, "Book a visit");

        // A day with room, its first free hour, and the service the customer asked for.
        const auto& worklist = advisor.App().State().advisor.worklist;
        const auto day = std::find_if(worklist.days.begin(), worklist.days.end(),
            [](const checkin::store::DayView& each) { return each.open && each.free_slots > 0; });
        REQUIRE(day != worklist.days.end());
        constexpr const char* kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        Tap(advisor, day->date.substr(5) + " " + kWeekdays[day->weekday - 1]);
        const auto slot = std::find_if(
            worklist.slots.begin(), worklist.slots.end(), [&](const checkin::store::SlotView& each) {
                return each.capacity > 0 && !each.full && each.start_utc_ms > advisor.Clock().NowUtcMs();
            });
        REQUIRE(slot != worklist.slots.end());
        const std::int64_t slot_start = slot->start_utc_ms;
        Tap(advisor, (slot->hour < 10 ? "0" : "") + std::to_string(slot->hour) + ":00");
        Tap(advisor, "Brake fluid change");
        Tap(advisor, "Book and log the call");
        Expect(advisor, "Visit booked:");
        ExpectNot(advisor, call);

        // The call is closed as booked, with the booking made in the same step.
        checkin::store::Statement select(store.Db(), R"sql(
SELECT f.outcome, f.done_by, f.note, b.source, b.status, b.slot_start,
       (SELECT count(*) FROM booking_lines l WHERE l.booking_id = b.id AND l.deleted_at IS NULL)
FROM followups f JOIN bookings b ON b.id = f.booking_id
WHERE f.repair_order_id = ?1 AND f.kind = 'day1' AND f.done_at IS NOT NULL
)sql");
        select.BindAll(order_id);
        REQUIRE(select.Step());
        CHECK(select.Text(0) == "booked");
        CHECK(select.Text(1) == StaffId(store, "李娜"));
        CHECK(select.Text(2) == "Happy with the car; brake fluid next time");
        CHECK(select.Text(3) == "phone");
        CHECK(select.Text(4) == "booked");
        CHECK(select.Int64(5) == slot_start);
        CHECK(select.Int64(6) == 1);
        CHECK_FALSE(delivery.settlement_number.empty());
    }

    TEST_CASE("a booking the hub could not keep waits on the worklist as a call, with its slot in words")
    {
        TempDir shop;
        AppHarness advisor(Role::Advisor, Language::English, shop.Path() / "shop.db");
        checkin::store::Store& store = advisor.Store();
        // As the hub writes it when a slot was filled from another device (shared/sync/hub_rules.h).
        const auto customer = checkin::store::FindCustomerByPlate(store, kReadyPlate);
        REQUIRE(customer.has_value());
        {
            checkin::store::WriteTransaction write(store);
            write.Upsert("followups", write.NewId(),
                {{"customer_id", customer->id}, {"vehicle_id", customer->vehicles.front().id},
                    {"kind", std::string("rebook")},
                    {"due_date",
                        checkin::domain::FormatIsoDate(checkin::domain::LocalDayNumber(kTestNowUtcMs, 480))},
                    {"reason", std::string("2024-11-21 10:00")}});
            write.Commit();
        }
        SignIn(advisor, "李娜", "2468");
        OpenWorklist(advisor);
        Expect(advisor, "Booking not kept (1)");
        Tap(advisor, std::string("Ms. Zhou  ") + kReadyCard + "  ·  Booking not kept");
        Expect(advisor, "2024-11-21 10:00 was full on the hub: offer another time");
    }
}
