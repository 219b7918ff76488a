#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shared/store/queries_aftercare.h"
#include "shared/usecases/close_out.h"
#include "shared/usecases/complaints.h"
#include "shared/usecases/repair_orders.h"
#include "unit/usecases/aftercare_test_support.h"

using namespace checkin;
using namespace checkin::store;
using checkin::testing::AftercareFixture;
using checkin::testing::kDayMs;
using checkin::testing::kHourMs;
using usecases::ComplaintCategory;
using usecases::Decision;
using usecases::FindingRating;

namespace {

std::vector<std::string> Ids(const std::vector<ComplaintRow>& rows)
{
    std::vector<std::string> ids;
    for (const ComplaintRow& row : rows)
        ids.push_back(row.id);
    return ids;
}

} // namespace

TEST_SUITE("unit/store")
{
    TEST_CASE_FIXTURE(
        AftercareFixture, "The bill lists approved lines, then approved red and yellow findings")
    {
        // Mr. Zhang's booked oil change (180.00 + 300.00 as booked) and front brake pads (300.00 + 500.00).
        const std::string order = Confirm(BookingCheckIn({brakes}).checkin_id);
        const std::string declined = usecases::AddOrderLine(*store, order, wash, advisor);
        SetColumn("repair_order_lines", declined, "status", std::string("declined"));
        usecases::RemoveOrderLine(*store, usecases::AddOrderLine(*store, order, oil, advisor), advisor);
        const std::string pads = AddFinding(order, FindingRating::Red, 30000, 50000, "后刹车片磨损");
        usecases::DecideFinding(*store, pads, Decision::Approve, 80000);
        const std::string wipers = AddFinding(order, FindingRating::Yellow, 10000, 0, "雨刮片老化");
        usecases::DecideFinding(*store, wipers, Decision::Approve, 10000);
        SetColumn("findings", wipers, "labor_fen", std::int64_t{12000}); // repriced after the customer agreed
        usecases::DecideFinding(*store, AddFinding(order, FindingRating::Yellow, 20000, 0, "空调滤芯脏"),
            Decision::Decline, 20000);
        AddFinding(order, FindingRating::Red, 1000, 0, "尚未决定");
        AddFinding(order, FindingRating::Green, 0, 0, "轮胎气压正常");
        usecases::SetOrderDiscount(*store, order, 10000, advisor);

        const auto view = LoadInvoice(*store, order);
        REQUIRE(view);
        CHECK(view->order_id == order);
        CHECK(view->number == "RO20241120-001");
        CHECK(view->settlement_number.empty());
        CHECK(view->stage == "awaiting_approval");
        CHECK(view->plate == "粤A5M823");
        CHECK(view->surname == "张");
        CHECK(view->title == "mr");
        CHECK(view->mileage_km == 70150);
        CHECK_FALSE(view->delivered_at_utc_ms.has_value());

        const domain::Invoice& bill = view->invoice;
        REQUIRE(bill.lines.size() == 4);
        CHECK(bill.lines[0].description == "更换机油");
        CHECK(bill.lines[0].description_en == "Oil change");
        CHECK(bill.lines[0].labor.minor == 18000);
        CHECK(bill.lines[0].parts.minor == 30000);
        CHECK(bill.lines[0].labor_hours_tenths == 5);
        CHECK(bill.lines[1].description == "更换前刹车片");
        CHECK(bill.lines[1].labor_hours_tenths == 10);
        CHECK(bill.lines[2].description == "后刹车片磨损");
        CHECK(bill.lines[2].description_en.empty());
        CHECK(bill.lines[2].labor.minor == 30000);
        CHECK(bill.lines[2].parts.minor == 50000);
        CHECK(bill.lines[3].description == "雨刮片老化");
        CHECK(bill.lines[3].labor.minor == 10000); // the price agreed to, not the new one
        CHECK(bill.lines[3].parts.minor == 0);
        CHECK(bill.labor_total.minor == 88000);
        CHECK(bill.parts_total.minor == 130000);
        CHECK(bill.total.minor == 218000);
        CHECK(bill.discount.minor == 10000);
        CHECK(bill.payable.minor == 208000);
        CHECK(bill.output_value.minor == 184071); // 2080.00 / 1.13 = 1840.7079...
        CHECK(bill.vat.minor == 23929);
        CHECK(bill.vat_rate_bp == 1300);

        CHECK_FALSE(LoadInvoice(*store, "no such order").has_value());
    }

    TEST_CASE_FIXTURE(
        AftercareFixture, "A decided price that differs from the finding's labor and parts is all labor")
    {
        const std::string order = OpenOrder();
        const std::string finding = AddFinding(order, FindingRating::Red, 30000, 50000);
        usecases::DecideFinding(*store, finding, Decision::Approve, 80000);
        SetColumn("findings", finding, "parts_fen", std::int64_t{45000}); // a cheaper part after the decision
        const auto view = LoadInvoice(*store, order);
        REQUIRE(view);
        REQUIRE(view->invoice.lines.size() == 2);
        CHECK(view->invoice.lines[1].labor.minor == 80000);
        CHECK(view->invoice.lines[1].parts.minor == 0);
        CHECK(view->invoice.total.minor == 85000);
    }

    TEST_CASE_FIXTURE(
        AftercareFixture, "The next settlement count: 1 + the highest of the day, any order, tombstoned too")
    {
        CHECK(NextSettlementCount(*store, "JS20241120-") == 1);
        usecases::DeliverOrder(*store, ReadyOrder(), advisor);
        CHECK(NextSettlementCount(*store, "JS20241120-") == 2);
        const std::string removed = DeliveredOrder();
        SetColumn("repair_orders", removed, "settlement_number", std::string("JS20241120-017"));
        {
            WriteTransaction write(*store);
            write.Tombstone("repair_orders", removed);
            write.Commit();
        }
        SetColumn("repair_orders", OpenOrder(), "settlement_number", std::string("JS20241120-X"));
        SetColumn("repair_orders", OpenOrder(), "settlement_number", std::string("JS20241121-020"));
        SetColumn("repair_orders", OpenOrder(), "settlement_number", std::string("RO20241120-030"));
        CHECK(NextSettlementCount(*store, "JS20241120-") == 18);
        CHECK(NextSettlementCount(*store, "JS20241121-") == 21);
        CHECK(NextSettlementCount(*store, "JS20241119-") == 1);
    }

    TEST_CASE_FIXTURE(AftercareFixture,
        "Complaints: open ones by deadline, then the others by opening; closed ones on request")
    {
        const auto open = [&](const std::string& text) {
            return usecases::OpenComplaint(*store, {wang, std::nullopt, text}, advisor);
        };
        const auto resolve = [&](const std::string& id) {
            usecases::RespondToComplaint(*store, id, ComplaintCategory::Service, advisor);
            usecases::OfferResolutionOptions(*store, id, "a", "b", advisor);
            usecases::RecordChosenOption(*store, id, 1, advisor);
            usecases::ResolveComplaint(*store, id, "done", advisor);
        };
        const auto close = [&](const std::string& id) {
            resolve(id);
            usecases::RecordManagerFollowUp(*store, id, "ok", manager);
            usecases::CloseComplaint(*store, id, advisor);
        };

        const std::string long_closed = open("40 天前关闭");
        close(long_closed);
        SetColumn("complaints", long_closed, "closed_at", clock.NowUtcMs() - 40 * kDayMs);
        const std::string responded = open("已响应");
        usecases::RespondToComplaint(*store, responded, ComplaintCategory::Communication, advisor);
        clock.Advance(60'000);
        const std::string due_later = open("晚一点到期");
        clock.Advance(60'000);
        const std::string resolved = open("已解决");
        resolve(resolved);
        const std::string closed_first = open("先关闭");
        close(closed_first);
        clock.Advance(60'000);
        const std::string closed_last = open("后关闭");
        close(closed_last);
        const std::string due_first = open("先到期");
        SetColumn("complaints", due_first, "response_due_at", clock.NowUtcMs() - 1);
        const std::string removed = open("删除");
        {
            WriteTransaction write(*store);
            write.Tombstone("complaints", removed);
            write.Commit();
        }

        const std::int64_t now = clock.NowUtcMs();
        CHECK(Ids(ComplaintRows(*store, false, now))
            == std::vector<std::string>{due_first, due_later, responded, resolved});
        CHECK(Ids(ComplaintRows(*store, true, now))
            == std::vector<std::string>{
                due_first, due_later, responded, resolved, closed_last, closed_first});
        const auto rows = ComplaintRows(*store, false, now);
        CHECK(rows[0].status == "open");
        CHECK(rows[2].status == "responded");
        CHECK(rows[2].category == "communication");
        CHECK(rows[3].status == "resolved");
        CHECK(rows[3].options == std::array<std::string, 2>{"a", "b"});
        CHECK(rows[3].chosen_option == 1);
        CHECK(rows[3].resolution == "done");
        CHECK(rows[0].description == "先到期");

        // Only the open one past its deadline is overdue; an answered one never is.
        CHECK(OverdueComplaintCount(*store, now) == 1);
        CHECK(OverdueComplaintCount(*store, now + kHourMs) == 2);
        CHECK(OverdueComplaintCount(*store, now + 30 * kDayMs) == 2);
        CHECK_FALSE(LoadComplaint(*store, removed).has_value());
        CHECK_FALSE(LoadComplaint(*store, "no such complaint").has_value());
    }
}
