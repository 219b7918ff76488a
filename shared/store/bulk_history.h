#pragma once
// A LOAD GENERATOR FOR BENCHMARKS, not a use case: fills a store with years of a large shop's history
// (customers, cars, check-ins, repair orders with lines and findings, surveys, complaints, follow-ups) so
// the manager's figures and the worklist can be timed at a million orders (tests/bench/aftercare_bench.cpp).
// It writes rows directly with bound INSERTs in large transactions: no outbox ops, no column clocks, no
// audit, foreign keys off while it runs. A store filled this way must never be paired with a hub.
//
// Deterministic for a given seed and "now": the same options give the same rows (ids included) with the same
// standard library (its random distributions are not specified bit for bit).
// The store must hold a catalog (with FIRST-MAINT and maintenance packages, as the demo has) and staff.
#include <cstdint>
#include <string>

#include "shared/store/store.h"

namespace checkin::store {

struct BulkHistoryOptions {
    std::int64_t customers = 200'000;
    std::int64_t orders = 1'000'000; // about; a few fewer when the cars' timelines cannot hold them
    std::int64_t years = 5; // of history before today
    std::uint64_t seed = 20261124;
    std::int64_t now_utc_ms = 0; // today is the shop day that holds it; today's orders stay open
};

struct BulkHistoryCounts {
    std::int64_t customers = 0;
    std::int64_t vehicles = 0;
    std::int64_t orders = 0;
    std::int64_t lines = 0;
    std::int64_t findings = 0;
    std::int64_t checkins = 0;
    std::int64_t surveys = 0;
    std::int64_t complaints = 0;
    std::int64_t followups = 0;
    std::int64_t bookings = 0;
};

// The plate of the n-th car and the mobile of the n-th customer the generator wrote (0-based), so a benchmark
// can look up rows that exist.
std::string BulkPlate(std::int64_t car_index);
std::string BulkMobile(std::int64_t customer_index);

// Adds the history to the store (keeps what is there) and runs ANALYZE. Throws StoreError Other when the
// store has no active catalog items or no active staff.
BulkHistoryCounts FillBulkHistory(Store& store, const BulkHistoryOptions& options);

} // namespace checkin::store
