#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "shared/store/blob_store.h"
#include "shared/store/queries_dashboard.h"
#include "shared/store/queries_exports.h"
#include "shared/store/queries_staff.h"
#include "shared/usecases/erasure.h"
#include "shared/usecases/rule_violation.h"
#include "unit/store/dashboard_test_support.h"

using namespace checkin;
using checkin::testing::DashboardFixture;
using usecases::RuleViolationCode;

namespace {

std::optional<RuleViolationCode> ViolationOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const usecases::RuleViolation& violation) {
        return violation.Code();
    }
    return std::nullopt;
}

// Every figure of the dashboard as one text, to compare before and after.
std::string Figures(store::Store& store)
{
    const store::DashboardFigures figures
        = store::LoadDashboard(store, "2024-10-01", "2024-11-20", "2024-11-20");
    nlohmann::json json;
    for (const store::DayCount& day : figures.checkins_per_day)
        json["checkins"].push_back({day.date, day.count});
    json["kiosk"] = figures.median_kiosk_checkin_ms.value_or(-1);
    json["wait"] = figures.median_confirm_wait_ms.value_or(-1);
    for (const store::StageCount& stage : figures.orders_by_stage)
        json["stages"].push_back({stage.stage, stage.count});
    json["approval"] = {figures.approval.approved, figures.approval.decided};
    for (const store::SatisfactionPoint& point : figures.satisfaction_by_week)
        json["csi"].push_back({point.bucket, point.surveys, point.csi.value_or(-1), point.nps.value_or(-1)});
    json["first"] = {figures.first_maintenance.due, figures.first_maintenance.returned};
    json["lapsed"] = {figures.lapsed.at_risk, figures.lapsed.nearly_lost, figures.lapsed.lost};
    for (const store::ValuePoint& point : figures.output_value_by_day)
        json["value_day"].push_back({point.bucket, point.orders, point.output_value_fen});
    for (const store::ValuePoint& point : figures.output_value_by_month)
        json["value_month"].push_back({point.bucket, point.orders, point.output_value_fen});
    return json.dump();
}

struct ErasureFixture : DashboardFixture {
    std::string signature_hash;
    std::string photo_hash;
    std::string open_call; // day 7, due tomorrow
    std::string done_call; // day 1, reached

    ErasureFixture()
    {
        const std::string png = "signature strokes of 张伟";
        signature_hash = store::SaveBlob(*store, std::vector<std::uint8_t>(png.begin(), png.end()), "png");
        const std::string jpg = "photo of 粤A5M823";
        photo_hash = store::SaveBlob(*store, std::vector<std::uint8_t>(jpg.begin(), jpg.end()), "jpg");
        store::WriteTransaction write(*store);
        write.Upsert("signatures", write.NewId(),
            {{"checkin_id", c1}, {"png_sha256", signature_hash},
                {"authorization_text", std::string("本人同意")}, {"estimate_json", std::string("{}")},
                {"signed_at", At(0, 8, 59)}});
        write.Upsert("photos", write.NewId(),
            {{"repair_order_id", o1}, {"blob_sha256", photo_hash}, {"caption", std::string("张先生的车")},
                {"kind", std::string("before")}, {"taken_at", At(0, 9, 30)}});
        open_call = write.NewId();
        write.Upsert("followups", open_call,
            {{"customer_id", zhang}, {"vehicle_id", car_a}, {"kind", std::string("day7")},
                {"due_date", std::string("2024-11-21")}, {"note", std::string("张先生下午方便")}});
        done_call = write.NewId();
        write.Upsert("followups", done_call,
            {{"customer_id", zhang}, {"vehicle_id", car_a}, {"kind", std::string("day1")},
                {"due_date", std::string("2024-11-02")}, {"outcome", std::string("reached")},
                {"done_at", At(1, 10)}, {"done_by", advisor}});
        write.Commit();
    }

    static std::optional<std::string> ColumnText(
        store::Store& target, const std::string& table, const std::string& column, const std::string& id)
    {
        store::Statement select(
            target.Db(), "SELECT CAST(" + column + " AS TEXT) FROM " + table + " WHERE id = ?");
        select.BindAll(id);
        if (!select.Step())
            return std::nullopt;
        return select.OptionalText(0);
    }

    std::string CustomerText(const std::string& customer_id)
    {
        return store::CustomerDataJson(*store, customer_id)->dump();
    }

    std::filesystem::path BlobFile(const std::string& hash, const char* extension)
    {
        return store::MediaDirFor(*store) / store::BlobRelativePath(hash, extension);
    }
};

} // namespace

TEST_SUITE("unit/usecases")
{
    TEST_CASE_FIXTURE(ErasureFixture, "Erasure: every figure of the dashboard is the same afterwards")
    {
        const std::string before = Figures(*store);
        usecases::EraseCustomer(*store, zhang, manager);
        CHECK(Figures(*store) == before);
    }

    TEST_CASE_FIXTURE(ErasureFixture, "Erasure: no personal text is left in the customer's rows")
    {
        const std::vector<std::string> personal = {"张", "13910452287", "粤A5M823", "LSVAB2180E2100429",
            "喜欢下午来店", "刹车有异响", "张先生很满意", "张先生的车", "张先生下午方便"};
        const std::string before = CustomerText(zhang);
        for (const std::string& text : personal)
            CHECK(before.find(text) != std::string::npos);
        REQUIRE(std::filesystem::exists(BlobFile(signature_hash, "png")));

        usecases::EraseCustomer(*store, zhang, manager);
        const std::string after = CustomerText(zhang);
        for (const std::string& text : personal)
            CHECK_MESSAGE(after.find(text) == std::string::npos, text);
        const nlohmann::json data = store::CustomerDataJson(*store, zhang).value();
        CHECK(data.at("customer").at("erased_at") == testing::kStoreTestNowUtcMs);
        CHECK(data.at("customer").at("deleted_at").is_null()); // the row stays, anonymous
        CHECK(data.at("checkins").at(0).at("signatures").at(0).at("deleted_at").is_number());
        CHECK(data.at("repair_orders").at(0).at("photos").at(0).at("deleted_at").is_number());
        CHECK(data.at("repair_orders").at(0).at("discount_fen") == 1300);
        CHECK(data.at("surveys").at(0).at("nps") == 10);
        CHECK_FALSE(std::filesystem::exists(BlobFile(signature_hash, "png")));
        CHECK_FALSE(std::filesystem::exists(BlobFile(photo_hash, "jpg")));
        CHECK_FALSE(store::HasBlob(*store, signature_hash));
        // Nobody calls them again; the call already made keeps its outcome.
        CHECK(ColumnText(*store, "followups", "done_at", open_call)
            == std::to_string(testing::kStoreTestNowUtcMs));
        CHECK(ColumnText(*store, "followups", "done_by", open_call) == manager);
        CHECK(ColumnText(*store, "followups", "done_at", done_call) == std::to_string(At(1, 10)));
        CHECK(ColumnText(*store, "followups", "outcome", done_call) == "reached");

        // Mrs. Wang keeps hers.
        CHECK(CustomerText(wang).find("王敏") != std::string::npos);
        CHECK(CustomerText(wang).find("粤A88Q61") != std::string::npos);
    }

    TEST_CASE_FIXTURE(
        ErasureFixture, "Erasure: synced, audited without personal data, only once, only by a manager")
    {
        CHECK(ViolationOf([&] { usecases::EraseCustomer(*store, zhang, advisor); })
            == RuleViolationCode::NotAManager);
        CHECK(ViolationOf([&] { usecases::EraseCustomer(*store, "no-such-customer", manager); })
            == RuleViolationCode::UnknownCustomer);
        CHECK(store::CustomerDataJson(*store, zhang)->at("customer").at("erased_at").is_null());

        store::Statement ops(
            store->Db(), "SELECT count(*) FROM outbox WHERE table_name = 'customers' AND row_id = ?1");
        ops.BindAll(zhang);
        ops.Step();
        const std::int64_t ops_before = ops.Int64(0);
        usecases::EraseCustomer(*store, zhang, manager);
        ops.Reset();
        ops.BindAll(zhang);
        ops.Step();
        CHECK(ops.Int64(0) == ops_before + 1);

        const std::vector<store::AuditEntry> audit = store::RecentAuditEntries(*store, 1);
        REQUIRE(audit.size() == 1);
        CHECK(audit[0].action == "erase_customer");
        CHECK(audit[0].staff_id == manager);
        CHECK(audit[0].subject_id == zhang);
        CHECK(audit[0].detail_json.find("张") == std::string::npos);
        CHECK(audit[0].detail_json.find("139") == std::string::npos);

        CHECK(ViolationOf([&] { usecases::EraseCustomer(*store, zhang, manager); })
            == RuleViolationCode::CustomerErased);
    }
}
