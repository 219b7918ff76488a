// What each role receives of a repair order and what it may send back: pulled through the hub logic
// in-process, as in hub_sync_test.cpp.
#include <doctest/doctest.h>

#include "shared/store/queries_counts.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/store/write_transaction.h"
#include "shared/sync/roles.h"
#include "shared/usecases/close_out.h"
#include "shared/usecases/repair_orders.h"
#include "shared/usecases/survey.h"
#include "unit/sync/sync_test_support.h"

using namespace checkin;
using checkin::testing::ColumnOf;
using checkin::testing::SyncFixture;
using store::Value;
using store::WriteTransaction;
using sync::DeviceRole;

namespace {

constexpr std::string_view kPinHash
    = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA";

// An advisor station with Mr. Zhang's kiosk check-in confirmed into an order with one red finding.
struct OrderOnAdvisor : SyncFixture {
    domain::ManualClock clock{testing::kStoreTestNowUtcMs};
    std::unique_ptr<store::Store> advisor = OpenDevice("advisor", clock);
    sync::HubDevice advisor_identity = Enroll(*advisor, DeviceRole::Advisor);
    std::string customer;
    std::string vehicle;
    std::string checkin;
    std::string advisor_staff;
    std::string technician_staff;
    std::string order;
    std::string finding;

    OrderOnAdvisor()
    {
        {
            WriteTransaction write(*advisor);
            customer = write.NewId();
            vehicle = write.NewId();
            checkin = write.NewId();
            advisor_staff = write.NewId();
            technician_staff = write.NewId();
            write.Upsert("customers", customer,
                {{"surname", std::string("张")}, {"title", std::string("mr")},
                    {"mobile", std::string("13910452287")}, {"notes", std::string("VIP")}});
            write.Upsert("vehicles", vehicle,
                {{"customer_id", customer}, {"plate", std::string("粤A5M823")}, {"make", std::string("VW")},
                    {"model", std::string("Passat")}, {"vin", std::string("LSVAU2180N2183294")}});
            write.Upsert("staff", advisor_staff,
                {{"name", std::string("李娜")}, {"role", std::string("advisor")},
                    {"pin_hash", std::string(kPinHash)}, {"failed_attempts", std::int64_t{2}}});
            write.Upsert("staff", technician_staff,
                {{"name", std::string("王强")}, {"role", std::string("technician")}});
            write.Upsert("checkins", checkin,
                {{"customer_id", customer}, {"vehicle_id", vehicle}, {"kind", std::string("walk_in")},
                    {"queue_number", std::string("A007")}, {"tracking_code", std::string("T7K2P9")},
                    {"arrived_at", clock.NowUtcMs() - 60'000}, {"mileage_km", std::int64_t{70150}},
                    {"concerns_text", std::string("前轮有异响")}, {"estimate_fen", std::int64_t{48000}}});
            write.Commit();
        }
        usecases::ConfirmCheckInRequest request;
        request.checkin_id = checkin;
        request.advisor_id = advisor_staff;
        request.technician_id = technician_staff;
        request.promised_at_utc_ms = clock.NowUtcMs() + 3'600'000;
        order = usecases::ConfirmCheckIn(*advisor, request);
        usecases::NewFinding red;
        red.order_id = order;
        red.title = "前刹车片磨损到警戒线";
        red.rating = usecases::FindingRating::Red;
        red.labor_fen = 30000;
        red.parts_fen = 50000;
        finding = usecases::AddFinding(*advisor, red, technician_staff);
        REQUIRE(Sync(*advisor, advisor_identity).Ok());
    }
};

} // namespace

TEST_SUITE("unit/sync")
{
    TEST_CASE_FIXTURE(
        OrderOnAdvisor, "A lounge tablet gets the order's check-in, staff names and a masked mobile")
    {
        auto lounge = OpenDevice("lounge", clock);
        const auto lounge_identity = Enroll(*lounge, DeviceRole::Lounge);
        REQUIRE(Sync(*lounge, lounge_identity).Ok());

        CHECK(ColumnOf(*lounge, "customers", customer, "mobile") == Value(std::string("139****2287")));
        CHECK(ColumnOf(*lounge, "customers", customer, "notes") == Value(nullptr));
        CHECK(ColumnOf(*lounge, "vehicles", vehicle, "vin") == Value(nullptr));
        // The check-in: only what finds and labels the car.
        CHECK(ColumnOf(*lounge, "checkins", checkin, "tracking_code") == Value(std::string("T7K2P9")));
        CHECK(ColumnOf(*lounge, "checkins", checkin, "queue_number") == Value(std::string("A007")));
        CHECK(ColumnOf(*lounge, "checkins", checkin, "arrived_at") == Value(clock.NowUtcMs() - 60'000));
        CHECK(ColumnOf(*lounge, "checkins", checkin, "customer_id") == Value(customer));
        CHECK(ColumnOf(*lounge, "checkins", checkin, "vehicle_id") == Value(vehicle));
        CHECK(ColumnOf(*lounge, "checkins", checkin, "kind") == Value(std::string("walk_in")));
        CHECK(ColumnOf(*lounge, "checkins", checkin, "concerns_text") == Value(nullptr));
        CHECK(ColumnOf(*lounge, "checkins", checkin, "estimate_fen") == Value(nullptr));
        CHECK(ColumnOf(*lounge, "checkins", checkin, "mileage_km") == Value(nullptr));
        CHECK(ColumnOf(*lounge, "checkins", checkin, "confirmed_by") == Value(nullptr));
        // The staff of the order: names and roles, never the PIN hash.
        CHECK(ColumnOf(*lounge, "staff", advisor_staff, "name") == Value(std::string("李娜")));
        CHECK(ColumnOf(*lounge, "staff", advisor_staff, "role") == Value(std::string("advisor")));
        CHECK(ColumnOf(*lounge, "staff", advisor_staff, "pin_hash") == Value(nullptr));
        CHECK(ColumnOf(*lounge, "staff", technician_staff, "name") == Value(std::string("王强")));
        CHECK(store::CountRows(*lounge, "audit_log") == 0);

        // The tablet's own lookups work on what it holds.
        CHECK(store::FindLoungeOrderByCode(*lounge, "T7K2P9") == order);
        CHECK(store::FindLoungeOrderByPlate(*lounge, "粤A5M823", "2287") == order);
        CHECK_FALSE(store::FindLoungeOrderByPlate(*lounge, "粤A5M823", "2288").has_value());
        const auto detail = store::LoadOrder(*lounge, order);
        REQUIRE(detail.has_value());
        CHECK(detail->summary.advisor_name == "李娜");
        CHECK(detail->summary.technician_name == "王强");
        CHECK(detail->summary.pending_decisions == 1);
    }

    TEST_CASE_FIXTURE(
        OrderOnAdvisor, "The customer's decision on the tablet is taken by the hub and reaches the advisor")
    {
        auto lounge = OpenDevice("lounge", clock);
        const auto lounge_identity = Enroll(*lounge, DeviceRole::Lounge);
        REQUIRE(Sync(*lounge, lounge_identity).Ok());
        usecases::DecideFinding(*lounge, finding, usecases::Decision::Approve, 80000);
        const auto report = Sync(*lounge, lounge_identity);
        CHECK(report.Ok());
        CHECK(report.pushed == 2);
        CHECK(report.rejections.empty());
        CHECK(lounge->OutboxSize() == 0);
        CHECK(ColumnOf(*hub_store, "findings", finding, "decision") == Value(std::string("approved")));
        CHECK(ColumnOf(*hub_store, "findings", finding, "decided_device_id") == Value(lounge->DeviceId()));
        CHECK(ColumnOf(*hub_store, "customers", customer, "mobile") == Value(std::string("13910452287")));
        store::Statement audit(
            hub_store->Db(), "SELECT staff_id, action, device_id FROM audit_log WHERE subject_id = ?");
        audit.BindAll(finding);
        bool found = false;
        while (audit.Step())
            if (audit.Text(1) == "decide_finding") {
                found = true;
                CHECK(audit.IsNull(0));
                CHECK(audit.Text(2) == lounge->DeviceId());
            }
        CHECK(found);

        REQUIRE(Sync(*advisor, advisor_identity).Ok());
        CHECK(ColumnOf(*advisor, "findings", finding, "decision") == Value(std::string("approved")));
        CHECK(ColumnOf(*advisor, "findings", finding, "decided_price_fen") == Value(std::int64_t{80000}));
    }

    TEST_CASE_FIXTURE(
        OrderOnAdvisor, "A low survey on the tablet and the complaint it opens are taken by the hub")
    {
        usecases::DecideFinding(*advisor, finding, usecases::Decision::Decline, 80000);
        for (domain::RepairStage stage :
            {domain::RepairStage::InRepair, domain::RepairStage::QualityCheck, domain::RepairStage::Ready})
            usecases::ChangeStage(*advisor, order, stage, advisor_staff);
        usecases::DeliverOrder(*advisor, order, advisor_staff);
        REQUIRE(Sync(*advisor, advisor_identity).Ok());

        auto lounge = OpenDevice("lounge", clock);
        const auto lounge_identity = Enroll(*lounge, DeviceRole::Lounge);
        REQUIRE(Sync(*lounge, lounge_identity).Ok());
        usecases::SurveySubmission survey;
        survey.order_id = order;
        for (const char* key : {"reception", "explanation", "quality", "on_time", "clean"})
            survey.answers.emplace_back(key, 4);
        survey.nps = 5;
        survey.comment = "等了很久";
        const usecases::SurveyResult result = usecases::SubmitSurvey(*lounge, survey);
        REQUIRE(result.complaint_id);
        const auto report = Sync(*lounge, lounge_identity);
        CHECK(report.Ok());
        CHECK(report.rejections.empty());
        CHECK(lounge->OutboxSize() == 0);
        CHECK(ColumnOf(*hub_store, "surveys", result.survey_id, "nps") == Value(std::int64_t{5}));
        CHECK(ColumnOf(*hub_store, "complaints", *result.complaint_id, "source")
            == Value(std::string("survey")));
        CHECK(ColumnOf(*hub_store, "complaints", *result.complaint_id, "description")
            == Value(std::string("等了很久")));

        REQUIRE(Sync(*advisor, advisor_identity).Ok());
        CHECK(ColumnOf(*advisor, "complaints", *result.complaint_id, "status") == Value(std::string("open")));
    }

    TEST_CASE_FIXTURE(OrderOnAdvisor, "The board gets no mobile, no check-in and no staff")
    {
        auto board = OpenDevice("board", clock);
        const auto board_identity = Enroll(*board, DeviceRole::Board);
        REQUIRE(Sync(*board, board_identity).Ok());
        CHECK(ColumnOf(*board, "repair_orders", order, "stage") == Value(std::string("awaiting_approval")));
        CHECK(ColumnOf(*board, "customers", customer, "surname") == Value(std::string("张")));
        CHECK(ColumnOf(*board, "customers", customer, "mobile") == Value(nullptr));
        CHECK_FALSE(ColumnOf(*board, "checkins", checkin, "tracking_code").has_value());
        CHECK(store::CountRows(*board, "staff") == 0);
        CHECK(store::CountRows(*board, "findings") == 0);
    }

    TEST_CASE_FIXTURE(OrderOnAdvisor, "Another advisor station gets the PIN hash, not the lock-out counters")
    {
        auto other = OpenDevice("other", clock);
        const auto other_identity = Enroll(*other, DeviceRole::Advisor);
        REQUIRE(Sync(*other, other_identity).Ok());
        CHECK(ColumnOf(*other, "staff", advisor_staff, "pin_hash") == Value(std::string(kPinHash)));
        CHECK(ColumnOf(*other, "staff", advisor_staff, "failed_attempts") == Value(std::int64_t{0}));
        CHECK(ColumnOf(*other, "customers", customer, "mobile") == Value(std::string("13910452287")));
        CHECK(ColumnOf(*other, "checkins", checkin, "estimate_fen") == Value(std::int64_t{48000}));
    }

    TEST_CASE("Roles: a lounge appends audit entries and finding decisions, nothing else of them")
    {
        using sync::RoleMayWrite;
        // The survey, and the complaint a low score opens with it.
        for (const char* table : {"surveys", "survey_answers", "complaints"}) {
            CAPTURE(table);
            CHECK(RoleMayWrite(DeviceRole::Lounge, table, "id"));
            CHECK(RoleMayWrite(DeviceRole::Lounge, table));
            CHECK_FALSE(RoleMayWrite(DeviceRole::Kiosk, table, "id"));
            CHECK_FALSE(RoleMayWrite(DeviceRole::Board, table, "id"));
        }
        CHECK_FALSE(RoleMayWrite(DeviceRole::Lounge, "followups", "note"));
        CHECK_FALSE(RoleMayWrite(DeviceRole::Lounge, "repair_orders", "stage"));
        for (const char* column : {"decision", "decided_at", "decided_device_id", "decided_price_fen"})
            CHECK(RoleMayWrite(DeviceRole::Lounge, "findings", column));
        for (const char* column : {"title", "labor_fen", "parts_fen", "rating", "repair_order_id"})
            CHECK_FALSE(RoleMayWrite(DeviceRole::Lounge, "findings", column));
        CHECK(RoleMayWrite(DeviceRole::Lounge, "audit_log", "action"));
        CHECK_FALSE(RoleMayWrite(DeviceRole::Lounge, "audit_log")); // no delete
        CHECK_FALSE(RoleMayWrite(DeviceRole::Lounge, "customers", "mobile"));
        CHECK_FALSE(RoleMayWrite(DeviceRole::Lounge, "checkins", "tracking_code"));
        CHECK_FALSE(RoleMayWrite(DeviceRole::Lounge, "staff", "name"));
        CHECK_FALSE(RoleMayWrite(DeviceRole::Board, "audit_log", "action"));
        CHECK_FALSE(RoleMayWrite(DeviceRole::Kiosk, "audit_log", "action"));
    }

    TEST_CASE("Scopes: the lounge's customer mobile is masked, other columns are not")
    {
        const sync::TableScope* customers = sync::FindScope(DeviceRole::Lounge, "customers");
        REQUIRE(customers != nullptr);
        const sync::MaskedColumn* mobile = sync::FindMaskedColumn(*customers, "mobile");
        REQUIRE(mobile != nullptr);
        CHECK(mobile->mask("13910452287") == "139****2287");
        CHECK(sync::FindMaskedColumn(*customers, "surname") == nullptr);
        CHECK(sync::ScopeSendsColumn(*customers, "mobile"));
        CHECK_FALSE(sync::ScopeSendsColumn(*customers, "notes"));
        const sync::TableScope* kiosk_customers = sync::FindScope(DeviceRole::Kiosk, "customers");
        REQUIRE(kiosk_customers != nullptr);
        CHECK(sync::FindMaskedColumn(*kiosk_customers, "mobile") == nullptr);
        CHECK(sync::ScopeSendsColumn(*sync::FindScope(DeviceRole::Advisor, "staff"), "pin_hash"));
        CHECK_FALSE(
            sync::ScopeSendsColumn(*sync::FindScope(DeviceRole::Advisor, "staff"), "failed_attempts"));
        CHECK_FALSE(sync::ScopeSendsColumn(*sync::FindScope(DeviceRole::Lounge, "staff"), "pin_hash"));
        CHECK(sync::FindScope(DeviceRole::Board, "staff") == nullptr);
        // A complaint's deadline counts the shop's working hours, on the lounge tablet too.
        CHECK(sync::FindScope(DeviceRole::Lounge, "shop_capacity") != nullptr);
        CHECK(sync::FindScope(DeviceRole::Lounge, "complaints") == nullptr);
        CHECK(sync::FindScope(DeviceRole::Board, "shop_capacity") == nullptr);
        CHECK(sync::FindScope(DeviceRole::Board, "checkins") == nullptr);
    }
}
