#include <doctest/doctest.h>

#include <array>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "shared/store/queries_aftercare.h"
#include "shared/usecases/complaints.h"
#include "unit/usecases/aftercare_test_support.h"

using namespace checkin;
using namespace checkin::usecases;
using checkin::testing::AftercareFixture;
using checkin::testing::kDayMs;
using checkin::testing::kHourMs;
using checkin::testing::kTodayStart;

namespace {

constexpr std::int64_t kMinuteMs = 60'000;

struct Fixture : AftercareFixture {
    std::string Open(const std::string& description = "上次保养后发动机有异响")
    {
        return OpenComplaint(*store, {wang, std::nullopt, description}, advisor);
    }

    // Every step that is not the next one is refused and changes nothing.
    void NoStepButTheNext(const std::string& complaint, const std::string& next)
    {
        const auto out_of_order = [&](const std::string& step, const std::function<void()>& call) {
            if (step == next)
                return;
            CAPTURE(step);
            CHECK(Refused(call) == RuleViolationCode::ComplaintStepOutOfOrder);
        };
        out_of_order(
            "respond", [&] { RespondToComplaint(*store, complaint, ComplaintCategory::Service, advisor); });
        out_of_order(
            "offer", [&] { OfferResolutionOptions(*store, complaint, "免费复检", "退还工时费", advisor); });
        out_of_order("choose", [&] { RecordChosenOption(*store, complaint, 0, advisor); });
        out_of_order("resolve", [&] { ResolveComplaint(*store, complaint, "已复检并更换皮带", advisor); });
        out_of_order("followup", [&] { RecordManagerFollowUp(*store, complaint, "客户满意", manager); });
        if (next != "close" && next != "followup")
            out_of_order("close", [&] { CloseComplaint(*store, complaint, advisor); });
    }
};

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE_FIXTURE(Fixture, "The response is due after one hour of the shop's working time")
    {
        // No working hours on file: every hour counts.
        const std::int64_t wednesday = kTodayStart;
        CHECK(ComplaintResponseDue(*store, wednesday + 17 * kHourMs + 30 * kMinuteMs)
            == wednesday + 18 * kHourMs + 30 * kMinuteMs);

        OpenShopHours(); // Monday to Saturday 08:00-18:00
        CHECK(ComplaintResponseDue(*store, wednesday + 9 * kHourMs + 30 * kMinuteMs)
            == wednesday + 10 * kHourMs + 30 * kMinuteMs);
        CHECK(ComplaintResponseDue(*store, wednesday + 17 * kHourMs) == wednesday + 18 * kHourMs);
        // Opened at 17:30: 30 minutes today, 30 from Thursday's opening.
        CHECK(ComplaintResponseDue(*store, wednesday + 17 * kHourMs + 30 * kMinuteMs)
            == wednesday + kDayMs + 8 * kHourMs + 30 * kMinuteMs);
        // Opened after closing, or before opening: the hour starts at the next opening.
        CHECK(ComplaintResponseDue(*store, wednesday + 20 * kHourMs) == wednesday + kDayMs + 9 * kHourMs);
        CHECK(ComplaintResponseDue(*store, wednesday + 6 * kHourMs + 59 * kMinuteMs)
            == wednesday + 9 * kHourMs);
        CHECK(ComplaintResponseDue(*store, wednesday + 17 * kHourMs + 59 * kMinuteMs + 59'999)
            == wednesday + kDayMs + 8 * kHourMs + 59 * kMinuteMs + 59'999);
        // Saturday 17:45 (Sunday closed): 15 minutes on Saturday, 45 from Monday 08:00.
        const std::int64_t saturday = wednesday + 3 * kDayMs;
        CHECK(ComplaintResponseDue(*store, saturday + 17 * kHourMs + 45 * kMinuteMs)
            == saturday + 2 * kDayMs + 8 * kHourMs + 45 * kMinuteMs);
        CHECK(ComplaintResponseDue(*store, saturday + kDayMs + 12 * kHourMs)
            == saturday + 2 * kDayMs + 9 * kHourMs);
    }

    TEST_CASE_FIXTURE(Fixture, "A complaint taken by staff: open, with its deadline, audited")
    {
        OpenShopHours();
        const std::string order = DeliveredOrder();
        const std::int64_t before = LastSeq();
        const std::string complaint = OpenComplaint(*store, {wang, order, "洗车后车内仍有污渍"}, advisor);
        CHECK(OpTables(before) == std::vector<std::string>{"complaints", "audit_log"});
        const auto row = store::LoadComplaint(*store, complaint);
        REQUIRE(row);
        CHECK(row->source == "staff");
        CHECK(row->status == "open");
        CHECK(row->customer_id == wang);
        CHECK(row->surname == "王");
        CHECK(row->title == "ms");
        CHECK(row->mobile == "15821937460");
        CHECK(row->plate == "粤A88Q61");
        CHECK(row->order_number == "RO20241120-001");
        CHECK(row->description == "洗车后车内仍有污渍");
        CHECK(row->opened_at_utc_ms == clock.NowUtcMs());
        CHECK(row->response_due_at_utc_ms == clock.NowUtcMs() + kHourMs);
        CHECK(row->category.empty());
        CHECK_FALSE(row->survey_nps.has_value());
        CHECK(LastAudit()
            == std::vector<std::optional<std::string>>{advisor, "open_complaint", "complaints", complaint});

        const std::string without_order = Open();
        CHECK(Column("complaints", "repair_order_id", without_order) == std::nullopt);
        CHECK(store::LoadComplaint(*store, without_order)->plate.empty());
    }

    TEST_CASE_FIXTURE(Fixture,
        "OpenComplaint refuses an unknown customer, another customer's order, no text, unknown staff")
    {
        const std::string order = DeliveredOrder(); // Mrs. Wang's
        CHECK(Refused([&] {
            OpenComplaint(*store, {"nobody", std::nullopt, "x"}, advisor);
        }) == RuleViolationCode::UnknownCustomer);
        CHECK(Refused([&] {
            OpenComplaint(*store, {zhang, order, "x"}, advisor);
        }) == RuleViolationCode::OrderClosed);
        CHECK(Refused([&] {
            OpenComplaint(*store, {wang, std::string("no such order"), "x"}, advisor);
        }) == RuleViolationCode::OrderClosed);
        CHECK(Refused([&] {
            OpenComplaint(*store, {wang, order, " \t\n"}, advisor);
        }) == RuleViolationCode::MissingComplaintText);
        CHECK(Refused([&] {
            OpenComplaint(*store, {wang, order, "x"}, former);
        }) == RuleViolationCode::UnknownStaff);
        CHECK(Count("complaints") == 0);
    }

    TEST_CASE_FIXTURE(
        Fixture, "A complaint goes respond, offer two options, choose, resolve, manager's call, close")
    {
        const std::string complaint = Open();
        NoStepButTheNext(complaint, "respond");
        CHECK(Refused([&] { CloseComplaint(*store, complaint, advisor); })
            == RuleViolationCode::ComplaintStepOutOfOrder);

        clock.Advance(20 * kMinuteMs);
        CHECK(Refused([&] { RespondToComplaint(*store, complaint, ComplaintCategory::Product, former); })
            == RuleViolationCode::UnknownStaff);
        RespondToComplaint(*store, complaint, ComplaintCategory::Product, advisor);
        CHECK(Column("complaints", "status", complaint) == "responded");
        CHECK(Column("complaints", "category", complaint) == "product");
        CHECK(Column("complaints", "first_response_at", complaint) == std::to_string(clock.NowUtcMs()));
        CHECK(Column("complaints", "responded_by", complaint) == advisor);
        CHECK(LastAudit()[1] == "respond_complaint");
        NoStepButTheNext(complaint, "offer");

        CHECK(Refused([&] { OfferResolutionOptions(*store, complaint, "免费复检", " ", advisor); })
            == RuleViolationCode::MissingComplaintText);
        CHECK(Refused([&] { OfferResolutionOptions(*store, complaint, "", "退还工时费", advisor); })
            == RuleViolationCode::MissingComplaintText);
        OfferResolutionOptions(*store, complaint, "免费复检", "退还工时费", advisor);
        OfferResolutionOptions(
            *store, complaint, "免费复检并更换皮带", "退还工时费", advisor); // replaces them
        CHECK(Column("complaints", "options_json", complaint) == R"(["免费复检并更换皮带","退还工时费"])");
        CHECK(LastAudit()[1] == "offer_complaint_options");
        CHECK(Refused([&] { ResolveComplaint(*store, complaint, "已处理", advisor); })
            == RuleViolationCode::ComplaintStepOutOfOrder);

        CHECK_THROWS_AS(RecordChosenOption(*store, complaint, 2, advisor), std::invalid_argument);
        CHECK_THROWS_AS(RecordChosenOption(*store, complaint, -1, advisor), std::invalid_argument);
        RecordChosenOption(*store, complaint, 1, advisor);
        RecordChosenOption(*store, complaint, 0, advisor); // the customer changed their mind
        CHECK(Column("complaints", "chosen_option", complaint) == "0");
        CHECK(LastAudit()[1] == "choose_complaint_option");
        CHECK(Refused([&] { OfferResolutionOptions(*store, complaint, "a", "b", advisor); })
            == RuleViolationCode::ComplaintStepOutOfOrder);

        CHECK(Refused([&] { ResolveComplaint(*store, complaint, "", advisor); })
            == RuleViolationCode::MissingComplaintText);
        clock.Advance(kDayMs);
        ResolveComplaint(*store, complaint, "已免费复检并更换发动机皮带，异响消除", technician);
        CHECK(Column("complaints", "status", complaint) == "resolved");
        CHECK(Column("complaints", "resolved_at", complaint) == std::to_string(clock.NowUtcMs()));
        CHECK(Column("complaints", "resolved_by", complaint) == technician);
        CHECK(LastAudit()[1] == "resolve_complaint");
        NoStepButTheNext(complaint, "followup");
        CHECK(Refused([&] { CloseComplaint(*store, complaint, advisor); })
            == RuleViolationCode::ManagerFollowUpRequired);

        CHECK(Refused([&] { RecordManagerFollowUp(*store, complaint, "客户满意", advisor); })
            == RuleViolationCode::NotAManager);
        CHECK(Refused([&] { RecordManagerFollowUp(*store, complaint, "客户满意", former_manager); })
            == RuleViolationCode::UnknownStaff);
        CHECK(Refused([&] { RecordManagerFollowUp(*store, complaint, "客户满意", "nobody"); })
            == RuleViolationCode::UnknownStaff);
        CHECK(Refused([&] { RecordManagerFollowUp(*store, complaint, "  ", manager); })
            == RuleViolationCode::MissingComplaintText);
        clock.Advance(kDayMs);
        RecordManagerFollowUp(*store, complaint, "二次回访：客户对处理结果满意", manager);
        CHECK(Column("complaints", "manager_followup_at", complaint) == std::to_string(clock.NowUtcMs()));
        CHECK(Column("complaints", "manager_id", complaint) == manager);
        CHECK(Column("complaints", "manager_note", complaint) == "二次回访：客户对处理结果满意");
        CHECK(Column("complaints", "status", complaint) == "resolved");
        CHECK(LastAudit()
            == std::vector<std::optional<std::string>>{
                manager, "complaint_manager_followup", "complaints", complaint});

        CHECK(Refused([&] { CloseComplaint(*store, complaint, former); }) == RuleViolationCode::UnknownStaff);
        const std::int64_t before = LastSeq();
        CloseComplaint(*store, complaint, advisor);
        const auto ops = OpsAfter(before);
        REQUIRE(ops.size() == 2);
        CHECK(ops[0].columns == nlohmann::json{{"status", "closed"}, {"closed_at", clock.NowUtcMs()}});
        CHECK(LastAudit()[1] == "close_complaint");
        NoStepButTheNext(complaint, "none");
        CHECK(Refused([&] { CloseComplaint(*store, complaint, advisor); })
            == RuleViolationCode::ComplaintStepOutOfOrder);

        const auto row = store::LoadComplaint(*store, complaint);
        REQUIRE(row);
        CHECK(row->status == "closed");
        CHECK(row->options == std::array<std::string, 2>{"免费复检并更换皮带", "退还工时费"});
        CHECK(row->chosen_option == 0);
        CHECK(row->resolution == "已免费复检并更换发动机皮带，异响消除");
        CHECK(row->manager_note == "二次回访：客户对处理结果满意");
        CHECK(row->closed_at_utc_ms == clock.NowUtcMs());
    }

    TEST_CASE_FIXTURE(Fixture, "Every step refuses an unknown complaint")
    {
        const std::string unknown = "no such complaint";
        CHECK(Refused([&] { RespondToComplaint(*store, unknown, ComplaintCategory::Communication, advisor); })
            == RuleViolationCode::UnknownComplaint);
        CHECK(Refused([&] { OfferResolutionOptions(*store, unknown, "a", "b", advisor); })
            == RuleViolationCode::UnknownComplaint);
        CHECK(Refused([&] { RecordChosenOption(*store, unknown, 0, advisor); })
            == RuleViolationCode::UnknownComplaint);
        CHECK(Refused([&] { ResolveComplaint(*store, unknown, "x", advisor); })
            == RuleViolationCode::UnknownComplaint);
        CHECK(Refused([&] { RecordManagerFollowUp(*store, unknown, "x", manager); })
            == RuleViolationCode::UnknownComplaint);
        CHECK(Refused([&] { CloseComplaint(*store, unknown, advisor); })
            == RuleViolationCode::UnknownComplaint);
    }

    TEST_CASE("Complaint categories have their stored names")
    {
        CHECK(ComplaintCategoryName(ComplaintCategory::Product) == "product");
        CHECK(ComplaintCategoryName(ComplaintCategory::Service) == "service");
        CHECK(ComplaintCategoryName(ComplaintCategory::Communication) == "communication");
    }
}
