#pragma once
// The demo shop's last two months, for the manager's dashboard and the follow-up worklist: delivered orders
// with their lines, stages, findings approved or declined, surveys (a few low, with their complaints at
// every step) and the check-ins they came from. Seeded from a fixed seed, so every demo store holds the
// same figures; dates are relative to today. The orders belong to customers and cars of their own (plates
// 粤E...): the demo customers' files, and so what the kiosk suggests to them, stay as demo_data seeds them,
// and nothing of today (queue, open orders, bookings) changes.
#include <cstdint>
#include <string>
#include <vector>

#include "shared/store/store.h"
#include "shared/store/write_transaction.h"

namespace checkin::usecases {

inline constexpr std::int64_t kDemoHistoryDays = 60;
// Customers of the history, one car each.
inline constexpr int kDemoHistoryCars = 30;

struct DemoHistoryService {
    std::string id;
    std::string code;
    std::string name_zh;
    std::int64_t labor_fen = 0;
    std::int64_t parts_fen = 0;
    std::int64_t labor_hours_tenths = 0;
};

struct DemoHistoryInput {
    std::int64_t today_start_utc_ms = 0; // shop-local midnight
    std::int64_t utc_offset_minutes = 0;
    std::int64_t vat_rate_bp = 0;
    std::string notice_version; // of the privacy consent the history customers gave
    std::vector<DemoHistoryService> services; // the catalog
    std::vector<std::string> advisor_ids;
    std::vector<std::string> technician_ids;
    std::string manager_id;
};

// Writes the history in the caller's transaction (the demo seeding's): its customers and cars (with
// last_visit_date and last_mileage_km), an order or two each working day of the last kDemoHistoryDays.
void SeedDemoHistory(store::WriteTransaction& write, store::Store& store, const DemoHistoryInput& input);

} // namespace checkin::usecases
