#pragma once
// The advisors' follow-up worklist (回访) and what its refresh reads. The calls are rows of followups, so
// the worklist is an indexed read of the open rows (followups_due, followups_open); the refresh reads the
// cars page by page in id order, each page's orders by a range of the repair_orders_vehicle index.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "shared/domain/followup_rules.h"
#include "shared/store/store.h"

namespace checkin::store {

// [SECTION] What the refresh reads
struct FollowUpSource {
    std::string vehicle_id;
    std::string customer_id;
    std::string plate; // normalized; empty when not recorded
    // service.new_energy is left false: the caller judges it from the plate.
    domain::VehicleFollowUpFacts facts;
};

// Live cars of live customers who were not erased, with an id above after_vehicle_id, in id order, at most
// `limit` of them, each with its facts: the services done (as queries_customer_file.h counts them), one
// odometer reading per order with a mileage (its shop-local opening date) and the purchase at 0 km, the
// orders delivered on or after delivered_since ('YYYY-MM-DD', shop-local), the expiries and the last visit.
std::vector<FollowUpSource> FollowUpSourcesAfter(Store& store, const std::string& after_vehicle_id, int limit,
    std::string_view delivered_since, std::int64_t utc_offset_minutes);

// Which of the ids are rows of followups, deleted ones included.
std::set<std::string, std::less<>> ExistingFollowUpIds(Store& store, const std::vector<std::string>& ids);

// [SECTION] One call, for logging its outcome
struct FollowUpRow {
    std::string id;
    std::string customer_id;
    std::optional<std::string> vehicle_id;
    std::string kind;
    std::optional<std::int64_t> done_at;
    std::int64_t attempts = 0;
    bool customer_erased = false;
};

// The live row, or nullopt.
std::optional<FollowUpRow> FindFollowUp(Store& store, const std::string& followup_id);

// [SECTION] The worklist
enum class WorklistOrder {
    NewestDueFirst, // the calls that fell due most recently first
    OldestDueFirst, // by due date
};

struct WorklistFilter {
    std::int64_t due_within_days = 0; // 0: due today or before; N: also the calls due in the next N days
    std::optional<std::string> kind; // a followups.kind, or every kind
    WorklistOrder order = WorklistOrder::NewestDueFirst;
    int limit = 50;
    int offset = 0;
};

struct WorklistItem {
    std::string id;
    std::string kind; // domain::FollowUpKindName
    std::string due_date;
    std::string reason; // see domain::FollowUpDue::reason
    std::string customer_id;
    std::string surname;
    std::string title; // 'mr' | 'ms' | ''
    std::optional<std::string> mobile;
    std::optional<std::string> vehicle_id;
    std::string plate;
    std::string make;
    std::string model;
    std::optional<std::string> repair_order_id; // thank-you calls
    std::string order_number; // of that order; empty for other calls
    // The last try: only "no_answer" can be seen here, any other outcome closes the call.
    std::optional<std::string> last_outcome;
    std::optional<std::string> note;
    std::int64_t attempts = 0;
    std::optional<std::int64_t> attempted_at; // UTC ms
};

// Open calls (not done, not deleted, of customers not erased) due on or before today (shop-local
// 'YYYY-MM-DD') plus filter.due_within_days, in the filter's order (a day's calls in the order this store
// wrote them), one page of them.
std::vector<WorklistItem> WorklistItems(Store& store, std::string_view today, const WorklistFilter& filter);

struct WorklistCount {
    std::string kind;
    std::int64_t count = 0;
};

// A tab shows at most this many: "999+" (counting is a scan of the index, kept short).
inline constexpr std::int64_t kWorklistCountCap = 1000;

// How many open calls of each kind the worklist holds for the filter's dates (its kind and page ignored),
// at most kWorklistCountCap each, by kind name; kinds without calls are left out. Counted from the index
// alone: the calls of an erased customer count until the erasure closes them.
std::vector<WorklistCount> WorklistCounts(Store& store, std::string_view today, const WorklistFilter& filter);

} // namespace checkin::store
