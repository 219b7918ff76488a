#pragma once
// The business rules the hub checks on a pushed op against the shared store as it is now. Each device
// checked them against its own copy, but devices work offline: once their changes meet on the hub, a move
// that was allowed on one station may no longer be (another advisor delivered the car meanwhile), and a
// slot that had room on a kiosk may have been filled from a desk.
#include <optional>
#include <string>

#include "shared/store/store.h"
#include "shared/store/sync_rows.h"
#include "shared/store/value.h"

namespace checkin::sync {

struct RuleRefusal {
    std::string reason; // stable code: "stage_change", "slot_full"
    std::string message; // English, with the record it concerns, for the staff who see the rejection
    // A refused new row is kept with these values over the device's (a booking: cancelled, so the code the
    // customer holds still finds it); without them it becomes a tombstone.
    store::Columns kept_as;
    // The customer was promised something the hub could not keep: an advisor calls them (a "rebook" call
    // on the worklist, the reason being this text: the slot, shop-local 'YYYY-MM-DD HH:MM').
    std::optional<std::string> call_customer;
};

// stored: the row on the hub before the op (nullopt for a new row); winners: the op's columns that win
// against it (sync::WinningColumns). Rules:
// - repair_orders: a stage change only as domain::IsProcessStageChange allows from the hub's stage;
// - stage_events: a new event only for the order's stage on the hub, or a stage it may change to;
// - bookings: a booked slot that has not passed (new, or moved to another hour) only while the hub's slot
//   has room (an hour with no places at all, closed since, is the manager's to sort out).
std::optional<RuleRefusal> CheckHubRules(
    store::Store& store, const std::optional<store::RowState>& stored, const store::RowState& winners);

} // namespace checkin::sync
