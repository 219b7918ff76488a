#include "shared/usecases/rule_violation.h"

#include <string>

namespace checkin::usecases {

std::string_view RuleViolationName(RuleViolationCode code)
{
    switch (code) {
    case RuleViolationCode::BadPlate:
        return "bad_plate";
    case RuleViolationCode::PlateOnFile:
        return "plate_on_file";
    case RuleViolationCode::BadMobile:
        return "bad_mobile";
    case RuleViolationCode::MissingSurname:
        return "missing_surname";
    case RuleViolationCode::MissingMakeModel:
        return "missing_make_model";
    case RuleViolationCode::BadYear:
        return "bad_year";
    case RuleViolationCode::BadVin:
        return "bad_vin";
    case RuleViolationCode::MissingPrivacyConsent:
        return "missing_privacy_consent";
    case RuleViolationCode::CustomerNotGiven:
        return "customer_not_given";
    case RuleViolationCode::UnknownVehicle:
        return "unknown_vehicle";
    case RuleViolationCode::UnknownBooking:
        return "unknown_booking";
    case RuleViolationCode::BookingMismatch:
        return "booking_mismatch";
    case RuleViolationCode::BookingNotOpen:
        return "booking_not_open";
    case RuleViolationCode::BookingNotToday:
        return "booking_not_today";
    case RuleViolationCode::BadMileage:
        return "bad_mileage";
    case RuleViolationCode::MileageLowerNotConfirmed:
        return "mileage_lower_not_confirmed";
    case RuleViolationCode::UnknownServiceItem:
        return "unknown_service_item";
    case RuleViolationCode::DuplicateServiceItem:
        return "duplicate_service_item";
    case RuleViolationCode::NoServices:
        return "no_services";
    case RuleViolationCode::MissingSignature:
        return "missing_signature";
    case RuleViolationCode::EstimateChanged:
        return "estimate_changed";
    case RuleViolationCode::NotASlot:
        return "not_a_slot";
    case RuleViolationCode::InThePast:
        return "in_the_past";
    case RuleViolationCode::ShopClosed:
        return "shop_closed";
    case RuleViolationCode::SlotFull:
        return "slot_full";
    case RuleViolationCode::InvalidPin:
        return "invalid_pin";
    case RuleViolationCode::InvalidStaffName:
        return "invalid_staff_name";
    case RuleViolationCode::UnknownStaff:
        return "unknown_staff";
    case RuleViolationCode::CheckInNotWaiting:
        return "check_in_not_waiting";
    case RuleViolationCode::PromisedInPast:
        return "promised_in_past";
    case RuleViolationCode::OrderClosed:
        return "order_closed";
    case RuleViolationCode::UnknownLine:
        return "unknown_line";
    case RuleViolationCode::BadStageMove:
        return "bad_stage_move";
    case RuleViolationCode::DecisionsPending:
        return "decisions_pending";
    case RuleViolationCode::MissingFindingTitle:
        return "missing_finding_title";
    case RuleViolationCode::NegativePrice:
        return "negative_price";
    case RuleViolationCode::UnknownFinding:
        return "unknown_finding";
    case RuleViolationCode::AlreadyDecided:
        return "already_decided";
    case RuleViolationCode::PriceChanged:
        return "price_changed";
    case RuleViolationCode::InvalidFullName:
        return "invalid_full_name";
    case RuleViolationCode::UnknownCustomer:
        return "unknown_customer";
    case RuleViolationCode::OrderNotReady:
        return "order_not_ready";
    case RuleViolationCode::OrderNotDelivered:
        return "order_not_delivered";
    case RuleViolationCode::BadDiscount:
        return "bad_discount";
    case RuleViolationCode::AlreadySurveyed:
        return "already_surveyed";
    case RuleViolationCode::BadSurveyScore:
        return "bad_survey_score";
    case RuleViolationCode::CommentTooLong:
        return "comment_too_long";
    case RuleViolationCode::UnknownComplaint:
        return "unknown_complaint";
    case RuleViolationCode::ComplaintStepOutOfOrder:
        return "complaint_step_out_of_order";
    case RuleViolationCode::MissingComplaintText:
        return "missing_complaint_text";
    case RuleViolationCode::ManagerFollowUpRequired:
        return "manager_followup_required";
    case RuleViolationCode::NotAManager:
        return "not_a_manager";
    case RuleViolationCode::UnknownFollowUp:
        return "unknown_followup";
    case RuleViolationCode::FollowUpDone:
        return "followup_done";
    case RuleViolationCode::BadDateRange:
        return "bad_date_range";
    case RuleViolationCode::CustomerErased:
        return "customer_erased";
    }
    return "unknown";
}

RuleViolation::RuleViolation(RuleViolationCode code)
    : std::runtime_error("Rule violated: " + std::string(RuleViolationName(code))), m_code(code)
{
}

} // namespace checkin::usecases
