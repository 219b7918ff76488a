#pragma once
// A use case refused what the customer confirmed. Thrown before anything is written; the code is what the
// UI maps to a translated message (RuleViolationName gives a stable key for it).
#include <stdexcept>
#include <string_view>

namespace checkin::usecases {

enum class RuleViolationCode {
    // Registration of a new customer and car
    BadPlate, // not a plate of the region
    PlateOnFile, // a car on file has the plate: the customer is a returning one
    BadMobile,
    MissingSurname,
    MissingMakeModel,
    BadYear, // before 1900 or after next year
    BadVin, // an error for the region (a check digit mismatch only where the region requires it)
    MissingPrivacyConsent, // no notice version or no consent time
    // Who is checking in or booking
    CustomerNotGiven, // neither or both of: an existing customer and vehicle, a registration
    UnknownVehicle, // not a live vehicle of that live customer
    UnknownBooking,
    BookingMismatch, // a booking check-in without the booking, a walk-in with one, or another car
    BookingNotOpen, // already arrived, cancelled or no-show
    BookingNotToday,
    // The visit
    BadMileage, // negative or absurd
    MileageLowerNotConfirmed,
    UnknownServiceItem, // not an active catalog item (nor a line of the booking)
    DuplicateServiceItem,
    NoServices,
    MissingSignature, // no signature image saved, or no authorization text
    EstimateChanged, // the estimate signed is not the one computed now: show it again
    // The slot of a booking
    NotASlot, // not the start of an hour
    InThePast,
    ShopClosed, // no capacity in that hour
    SlotFull,
    // Staff
    InvalidPin, // not 4 to 8 digits
    InvalidStaffName,
    UnknownStaff, // not an active staff member
    // Repair orders
    CheckInNotWaiting, // unknown, already confirmed or cancelled
    PromisedInPast,
    OrderClosed, // delivered, or unknown
    UnknownLine,
    BadStageMove, // domain::CanMoveStage says no
    DecisionsPending, // red or yellow findings wait for the customer
    MissingFindingTitle,
    NegativePrice,
    UnknownFinding,
    AlreadyDecided,
    PriceChanged, // the price shown to the customer is not the finding's price now
    // The customer file
    InvalidFullName, // empty, or longer than the file keeps
    UnknownCustomer,
    // After-sales: close-out, survey, complaints, follow-ups, exports
    OrderNotReady, // delivery before the car is ready (stage ready)
    OrderNotDelivered, // a survey of a car not yet handed over
    BadDiscount, // negative, or more than the bill
    AlreadySurveyed,
    BadSurveyScore, // a question not asked, an item outside 1-5, NPS outside 0-10, a question left out
    CommentTooLong,
    UnknownComplaint,
    ComplaintStepOutOfOrder, // e.g. resolving before the first response
    MissingComplaintText, // an empty description, option or resolution
    ManagerFollowUpRequired, // closing before the manager's second call
    NotAManager,
    UnknownFollowUp,
    FollowUpDone, // an outcome was already logged
    BadDateRange,
    CustomerErased,
};

// "bad_plate", "slot_full"...: stable keys for logs and string tables.
std::string_view RuleViolationName(RuleViolationCode code);

class RuleViolation : public std::runtime_error {
public:
    explicit RuleViolation(RuleViolationCode code);
    RuleViolationCode Code() const { return m_code; }

private:
    RuleViolationCode m_code;
};

} // namespace checkin::usecases
