#pragma once
// The shop of repair_order_test_support.h made ready for follow-up calls: the oil change comes back every
// 6 months or 5,000 km, the shop has room on Thursday 2024-11-21 at 10:00, and helpers write delivered
// orders and follow-up rows as they would be after close-out and a refresh. The clock is 2024-11-20 09:30
// in Beijing.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/repair_stage.h"
#include "shared/store/write_transaction.h"
#include "unit/usecases/repair_order_test_support.h"

namespace checkin::testing {

inline constexpr const char* kFollowUpToday = "2024-11-20";
// Thursday 2024-11-21 10:00 in Beijing.
inline constexpr std::int64_t kThursdayTen = kTodayStart + kDayMs + 10 * kHourMs;

struct FollowUpsFixture : OrdersFixture {
    FollowUpsFixture()
    {
        store::WriteTransaction write(*store);
        write.Upsert("service_items", oil,
            {{"interval_months", std::int64_t{6}}, {"interval_km", std::int64_t{5000}}});
        write.Upsert("shop_capacity", write.NewId(),
            {{"weekday", std::int64_t{4}}, {"hour", std::int64_t{10}}, {"slots", std::int64_t{2}}});
        write.Commit();
    }

    // An order of the car delivered at closed_at (UTC ms), with done lines of the services.
    std::string Delivered(const std::string& customer, const std::string& car, std::int64_t closed_at,
        std::int64_t mileage_km, const std::string& number, const std::vector<std::string>& services = {})
    {
        store::WriteTransaction write(*store);
        const std::string id = write.NewId();
        write.Upsert("repair_orders", id,
            {{"customer_id", customer}, {"vehicle_id", car}, {"number", number},
                {"stage", std::string(domain::RepairStageName(domain::RepairStage::Delivered))},
                {"opened_at", closed_at - 3 * kHourMs}, {"closed_at", closed_at}, {"mileage_km", mileage_km},
                {"vat_rate_bp", std::int64_t{1300}}});
        for (const std::string& service : services)
            write.Upsert("repair_order_lines", write.NewId(),
                {{"repair_order_id", id}, {"service_item_id", service}, {"description", std::string("保养")},
                    {"status", std::string("done")}, {"source", std::string("booking")}});
        write.Commit();
        return id;
    }

    void Tombstone(const std::string& table, const std::string& id)
    {
        store::WriteTransaction write(*store);
        write.Tombstone(table, id);
        write.Commit();
    }

    // A follow-up row as a refresh writes it.
    std::string Call(const std::string& customer, const std::string& car, const std::string& kind,
        const std::string& due_date, const std::string& reason = {},
        std::optional<std::string> order_id = std::nullopt)
    {
        store::WriteTransaction write(*store);
        const std::string id = write.NewId();
        write.Upsert("followups", id,
            {{"customer_id", customer}, {"vehicle_id", car}, {"kind", kind}, {"due_date", due_date},
                {"reason", reason.empty() ? store::Value(nullptr) : store::Value(reason)},
                {"repair_order_id", order_id ? store::Value(*order_id) : store::Value(nullptr)}});
        write.Commit();
        return id;
    }
};

} // namespace checkin::testing
