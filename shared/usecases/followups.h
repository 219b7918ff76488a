#pragma once
// The advisors' follow-up worklist (回访): a refresh that writes the calls due (domain/followup_rules.h) as
// rows of followups, and the outcome of a call. A call's id is a hash of its car, kind and anchor, so two
// stations refreshing offline write the same row, and a refresh never writes a row that exists.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/store/store.h"
#include "shared/usecases/book_visit.h"

namespace checkin::usecases {

// Cars read and written per WriteTransaction, so a refresh of a big shop never holds the lock for long.
inline constexpr int kFollowUpRefreshBatch = 500;

struct RefreshSummary {
    std::int64_t vehicles = 0; // cars looked at
    std::int64_t created = 0; // rows written
};

// Writes the missing calls due on or before today + kFollowUpLookaheadDays (today: shop-local 'YYYY-MM-DD')
// of every live car of a live customer who was not erased, kFollowUpRefreshBatch cars per transaction. Not
// a staff action: no audit entry. Rows that exist (done, open or deleted) are left as they are.
RefreshSummary RefreshFollowUps(store::Store& store, std::string_view today);

// The row id of a call: a UUID-formatted (version 8) BLAKE2b hash of the three.
std::string FollowUpId(std::string_view vehicle_id, std::string_view kind, std::string_view anchor);

enum class FollowUpOutcomeKind { Reached, NoAnswer, Booked, Declined, WrongNumber };

// "reached", "no_answer", "booked", "declined", "wrong_number": as stored in followups.outcome.
std::string_view FollowUpOutcomeName(FollowUpOutcomeKind outcome);

struct FollowUpOutcome {
    std::string followup_id;
    FollowUpOutcomeKind outcome = FollowUpOutcomeKind::Reached;
    std::string note; // what was said; may be empty
    std::string staff_id;
    // Booked only: the visit booked for the customer's car (a SlotView::start_utc_ms) and its services.
    std::int64_t slot_start_utc_ms = 0;
    std::vector<std::string> service_item_ids;
};

struct FollowUpOutcomeResult {
    bool closed = false; // false for no_answer: the call stays on the worklist
    std::optional<BookingResult> booking; // booked
};

// In one WriteTransaction: the outcome, the note, one more attempt and its time on the call; every outcome
// but no_answer also closes it (done_at, done_by). Booked also writes the booking (source phone, the
// call's customer and car; see WriteBooking) and sets followups.booking_id. An audit entry
// "log_followup_outcome". Refuses with RuleViolation before any write: UnknownFollowUp, FollowUpDone,
// CustomerErased, UnknownStaff, then for booked the booking's rules (UnknownVehicle, NoServices,
// UnknownServiceItem, DuplicateServiceItem, NotASlot, InThePast, ShopClosed, SlotFull).
FollowUpOutcomeResult LogFollowUpOutcome(store::Store& store, const FollowUpOutcome& outcome);

} // namespace checkin::usecases
