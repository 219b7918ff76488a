#pragma once
// The repair order from the advisor's confirmation to the car being ready: lines, technician and bay,
// promised time, stages, findings of the multi-point inspection with their photos, and the customer's
// decisions from the lounge. Every function is one WriteTransaction with its outbox ops and (for staff) the
// audit entry; rule checks come first and throw RuleViolation (shared/usecases/rule_violation.h) with the
// named code, leaving the store unchanged. Every staff_id (and technician id) must be a live, active staff
// row, else UnknownStaff (checked after the rules each function lists).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/repair_stage.h"
#include "shared/media/photo_import.h"
#include "shared/store/store.h"

namespace checkin::usecases {

struct ConfirmCheckInRequest {
    std::string checkin_id;
    std::string advisor_id; // the signed-in staff member
    std::optional<std::string> technician_id;
    std::string bay; // "" when not yet assigned
    std::int64_t promised_at_utc_ms = 0; // required, after now
};

// The advisor confirms a waiting kiosk check-in: the check-in becomes confirmed (confirmed_at, confirmed_by);
// a repair order opens at stage checked_in (number "RO" + shop-local yyyymmdd + "-" + 3 digits, the day's
// next), with a stage event, the check-in's mileage, the shop's VAT rate, and one approved line per service
// of the signed estimate (the signature's estimate_json, prices as signed: for a booking these are the booked
// services at booked prices plus or minus what the customer changed at the kiosk); a check-in without a
// signature takes the booking's lines (prices as booked). Source "booking", description the catalog name_zh,
// labor hours and part code and name from the catalog.
// Rules: CheckInNotWaiting (unknown, confirmed or cancelled), PromisedInPast, UnknownStaff. Returns the
// order id.
std::string ConfirmCheckIn(store::Store& store, const ConfirmCheckInRequest& request);

// A catalog service added by the advisor: an approved line at catalog price with the item's labor hours and
// part code and name, source "advisor".
// Rules: OrderClosed (delivered), UnknownServiceItem. Returns the line id.
std::string AddOrderLine(
    store::Store& store, const std::string& order_id, const std::string& service_item_id, const std::string& staff_id);
// Tombstones a line of an open order. Rules: OrderClosed, UnknownLine.
void RemoveOrderLine(store::Store& store, const std::string& line_id, const std::string& staff_id);

// Technician, bay and promised time of an open order. Rules: OrderClosed, PromisedInPast,
// UnknownStaff.
void AssignOrder(store::Store& store, const std::string& order_id, const std::optional<std::string>& technician_id,
    const std::string& bay, std::int64_t promised_at_utc_ms, const std::string& staff_id);

// Moves the order (domain::CanMoveStage, else BadStageMove) and records a stage event. A move to delivered
// is BadStageMove too: delivery settles the bill and closes the order, only usecases::DeliverOrder
// (close_out.h) does it. Moving to in_repair while a red or yellow finding is still pending is
// DecisionsPending.
void ChangeStage(
    store::Store& store, const std::string& order_id, domain::RepairStage stage, const std::string& staff_id);

enum class FindingRating { Red, Yellow, Green };
std::string_view FindingRatingName(FindingRating rating); // "red" | "yellow" | "green"

struct NewFinding {
    std::string order_id;
    std::string title; // required (MissingFindingTitle)
    std::string description;
    FindingRating rating = FindingRating::Yellow;
    std::int64_t labor_fen = 0; // VAT included, as the customer will see it
    std::int64_t parts_fen = 0;
};

// A finding of the inspection. Red and yellow ones wait for the customer's decision (decision "pending")
// and move an order at checked_in or inspection to awaiting_approval (with its stage event); green ones are
// recorded as "approved" with no price asked (labor and parts stored as 0: nothing is charged without
// consent). Rules: OrderClosed, MissingFindingTitle, NegativePrice. Returns its id.
std::string AddFinding(store::Store& store, const NewFinding& finding, const std::string& staff_id);

enum class Decision { Approve, Decline };

// The customer decides on a pending red or yellow finding from the lounge tablet: decision, decided_at,
// decided_device_id (this device) and decided_price_fen (labor + parts as shown) - only the finding's
// decision columns, the only ones a lounge device may write - and an audit entry without staff. Rules:
// UnknownFinding, OrderClosed (the car was delivered meanwhile), AlreadyDecided (also green findings),
// PriceChanged (shown_price_fen differs from the finding's price now).
void DecideFinding(
    store::Store& store, const std::string& finding_id, Decision decision, std::int64_t shown_price_fen);

enum class PhotoKind { Before, After, Progress };
std::string_view PhotoKindName(PhotoKind kind); // "before" | "after" | "progress"

struct NewPhoto {
    std::string order_id;
    std::optional<std::string> finding_id; // a photo of one finding, or of the order
    std::string caption;
    PhotoKind kind = PhotoKind::Progress;
    std::int64_t taken_at_utc_ms = 0; // 0: now
};

// Saves the original, screen rendition and thumbnail as blobs (store::SaveBlob) and writes the photo row
// (hashes, upright size) with its audit entry. Rules: OrderClosed, UnknownFinding (not of this
// order). Returns the photo id.
std::string AttachPhoto(
    store::Store& store, const NewPhoto& photo, const media::PreparedPhoto& prepared, const std::string& staff_id);

} // namespace checkin::usecases
