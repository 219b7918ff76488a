#pragma once
// What a screen asks for. Screens draw from a read-only view and push intents; the app applies them after
// the frame (as Dear ImGui's Documents demo queues actions), so no screen touches the store.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/station_state.h"
#include "shared/i18n/strings.h"
#include "ui/keyboard.h"
#include "ui/signature_pad.h"

namespace checkin::app {

enum class KioskScreen {
    Attract,
    Menu,
    // I have a booking
    FindBooking,
    VerifyIdentity,
    BookingDetails,
    // Walk-in and Book a visit: identify by plate, then the file or a registration one field per screen
    IdentifyPlate,
    ReturningCustomer,
    RegisterMobile,
    RegisterName,
    RegisterVehicle,
    RegisterVin,
    Mileage,
    PrivacyConsent,
    MarketingConsent,
    Services,
    // Check-in: the visit, signature and ticket
    Visit,
    Signature,
    Ticket,
    // Book a visit: the calendar and the booking code
    Calendar,
    BookingConfirmed,
};

enum class JourneyKind { Booking, WalkIn, BookVisit };
enum class TextField {
    Plate,
    Mobile,
    VerifyCode,
    RegisterMobile,
    SurnameLatin,
    Vin,
    Mileage,
    ConcernNote,
    // Staff and lounge
    Pin,
    FindingPrice,
    LoungeCode,
    LoungePlate,
    LoungeLast4,
    Discount,
};
enum class LookupMode { Plate, Mobile };
enum class WaitMode { Lounge, Leave, Ride };

namespace intent {
struct StartJourney {
    JourneyKind kind;
};
struct Continue { }; // the next screen of the journey, when this one is complete
struct Back { };
struct StartOver { };
struct SetLanguage {
    i18n::Language language;
};
struct ToggleLargeText { };
struct CallAdvisor { };
struct EditText {
    TextField field;
    ui::KeyEdit edit;
};
struct SetLookupMode {
    LookupMode mode;
};
struct SelectBooking {
    std::string booking_id;
};
struct SelectVehicle {
    std::string vehicle_id;
};
struct PickSurname {
    std::string surname;
};
struct SetSurnameLatin {
    bool latin;
};
struct SetTitle {
    std::string title; // "mr" | "ms"
};
struct PickMake {
    std::string make;
};
struct PickModel {
    std::string model;
};
struct PickYear {
    int year;
};
struct SkipVin { };
struct ConfirmLowerMileage { };
struct AcceptPrivacy { };
struct SetMarketing {
    bool granted;
};
struct ToggleService {
    std::string service_item_id;
};
struct ToggleConcern {
    std::string concern;
};
struct ToggleConcernNote { }; // opens or closes the keyboard for a note about the concerns
struct SetWaitMode {
    WaitMode mode;
};
struct SignatureStroke {
    ui::SignaturePadEvent event;
};
struct UndoSignature { };
struct ClearSignature { };
struct PickDay {
    std::int64_t day_start_utc_ms;
};
struct PickSlot {
    std::int64_t start_utc_ms;
};
struct StillHere { };
struct AcknowledgeRejection { // staff have seen a change the hub refused
    std::int64_t device_seq;
};

// [SECTION] Advisor station
struct SelectStaff { // on the sign-in screen: whose PIN is typed next
    std::string staff_id;
};
struct SubmitPin { };
struct SignOut { };
struct ShowArrivals { };
struct ShowOrders { };
struct OpenCheckIn {
    std::string checkin_id;
};
struct HandleHelp {
    std::string help_request_id;
};
struct SetTechnician {
    std::string staff_id;
};
struct SetBay {
    std::string bay;
};
struct ShiftPromised { // the promised time, in steps of 30 minutes
    int minutes;
};
struct ConfirmCheckIn { };
struct EditFullName { // typed on a physical keyboard (with the system's input method for Chinese)
    std::string text;
};
struct SaveFullName { };
struct OpenOrder {
    std::string order_id;
};
struct MoveStage {
    std::string stage; // domain::RepairStageName
};
struct AddOrderLine {
    std::string service_item_id;
};
struct RemoveOrderLine {
    std::string line_id;
};
struct StartFinding { };
struct PickFindingItem {
    std::string item_key;
};
struct SetFindingRating {
    std::string rating; // "red" | "yellow" | "green"
};
struct SelectFindingPrice {
    bool parts; // false: labor
};
struct SaveFinding { };
struct CancelFinding { };
struct BrowsePhotos { // opens the file browser for the order, or for one finding
    std::optional<std::string> finding_id;
};
struct BrowseFolder {
    std::filesystem::path folder;
};
struct ImportPhotos { // files picked in the browser (or dropped on the window) for the open order
    std::vector<std::filesystem::path> files;
    std::optional<std::string> finding_id;
};
struct CloseBrowser { };
struct OpenCloseOut { }; // the bill of the open order
struct SaveDiscount { };
struct DeliverOrder { };
struct ShowComplaints { };
struct SelectComplaint {
    std::string complaint_id;
};
struct RespondToComplaint {
    std::string category; // "product" | "service" | "communication"
};
struct EditComplaintText { // typed on a physical keyboard (with the system's input method)
    ComplaintText field;
    std::string text;
};
struct OfferComplaintOptions { };
struct ChooseComplaintOption {
    int index; // 0 or 1
};
struct ResolveComplaint { };
struct RecordManagerFollowUp { };
struct CloseComplaint { };
struct ShowWorklist { };
struct SetWorklistKind {
    std::string kind; // a followups.kind, "" for all
};
struct SelectFollowUp {
    std::string followup_id;
};
struct EditFollowUpNote { // typed on a physical keyboard (with the system's input method)
    std::string text;
};
struct LogFollowUp {
    std::string outcome; // "reached" | "no_answer" | "declined" | "wrong_number"
};
struct StartFollowUpBooking { };
struct WorklistPickDay {
    std::int64_t day_start_utc_ms;
};
struct WorklistPickSlot {
    std::int64_t start_utc_ms;
};
struct WorklistToggleService {
    std::string service_item_id;
};
struct BookFromFollowUp { };
struct ShowDashboard { };
struct SetReportRange {
    ReportRange range;
};
struct ShowExports { };
struct ExportHealthRecord {
    bool csv; // false: JSON
};
struct EditExportPlate { // typed on a physical keyboard (with the system's input method)
    std::string text;
};
struct FindExportCustomer { };
struct ExportCustomerData { };
struct EraseCustomer { }; // the first tap asks to confirm, the second erases

// [SECTION] Lounge tablet
struct SetLoungeLookup {
    bool by_plate;
};
struct TypeLoungeLast4 { // false: back to the plate keyboard
    bool on;
};
struct OpenLoungeOrder { };
struct DecideFinding {
    std::string finding_id;
    bool approve;
    std::int64_t shown_price_fen; // labor + parts as the customer saw them
};
struct ViewPhoto {
    std::size_t index; // in the order's photos
};
struct StepPhoto {
    int delta; // -1 previous, +1 next (a swipe or the arrow buttons)
};
struct ZoomPhoto {
    float factor; // 2.0 in, 0.5 out
};
struct ClosePhoto { };
struct LeaveLounge { };
struct StartSurvey { };
struct SetSurveyScore {
    std::string question_key;
    int score; // 1..5
};
struct SetNps {
    int score; // 0..10
};
struct ToggleSurveyRemark {
    std::string remark; // "wait", "price"...
};
struct EditSurveyComment { // the tablet's own keyboard and input method
    std::string text;
};
struct SurveyBack { }; // the previous question
struct SubmitSurvey { };
} // namespace intent

using Intent = std::variant<intent::StartJourney, intent::Continue, intent::Back, intent::StartOver,
    intent::SetLanguage, intent::ToggleLargeText, intent::CallAdvisor, intent::EditText,
    intent::SetLookupMode, intent::SelectBooking, intent::SelectVehicle, intent::PickSurname,
    intent::SetSurnameLatin, intent::SetTitle, intent::PickMake, intent::PickModel, intent::PickYear,
    intent::SkipVin, intent::ConfirmLowerMileage, intent::AcceptPrivacy, intent::SetMarketing,
    intent::ToggleService, intent::ToggleConcern, intent::ToggleConcernNote, intent::SetWaitMode,
    intent::SignatureStroke, intent::UndoSignature, intent::ClearSignature, intent::PickDay, intent::PickSlot,
    intent::StillHere, intent::AcknowledgeRejection, intent::SelectStaff, intent::SubmitPin, intent::SignOut,
    intent::ShowArrivals, intent::ShowOrders, intent::OpenCheckIn, intent::HandleHelp, intent::SetTechnician,
    intent::SetBay, intent::ShiftPromised, intent::ConfirmCheckIn, intent::EditFullName, intent::SaveFullName,
    intent::OpenOrder, intent::MoveStage, intent::AddOrderLine, intent::RemoveOrderLine, intent::StartFinding,
    intent::PickFindingItem, intent::SetFindingRating, intent::SelectFindingPrice, intent::SaveFinding,
    intent::CancelFinding, intent::BrowsePhotos, intent::BrowseFolder, intent::ImportPhotos,
    intent::CloseBrowser, intent::OpenCloseOut, intent::SaveDiscount, intent::DeliverOrder,
    intent::ShowComplaints, intent::SelectComplaint, intent::RespondToComplaint, intent::EditComplaintText,
    intent::OfferComplaintOptions, intent::ChooseComplaintOption, intent::ResolveComplaint,
    intent::RecordManagerFollowUp, intent::CloseComplaint, intent::ShowWorklist, intent::SetWorklistKind,
    intent::SelectFollowUp, intent::EditFollowUpNote, intent::LogFollowUp, intent::StartFollowUpBooking,
    intent::WorklistPickDay, intent::WorklistPickSlot, intent::WorklistToggleService,
    intent::BookFromFollowUp, intent::ShowDashboard, intent::SetReportRange, intent::ShowExports,
    intent::ExportHealthRecord, intent::EditExportPlate, intent::FindExportCustomer,
    intent::ExportCustomerData, intent::EraseCustomer, intent::SetLoungeLookup, intent::TypeLoungeLast4,
    intent::OpenLoungeOrder, intent::DecideFinding, intent::ViewPhoto, intent::StepPhoto, intent::ZoomPhoto,
    intent::ClosePhoto, intent::LeaveLounge, intent::StartSurvey, intent::SetSurveyScore, intent::SetNps,
    intent::ToggleSurveyRemark, intent::EditSurveyComment, intent::SurveyBack, intent::SubmitSurvey>;

// Push and Take are out of line on purpose: instantiating the variant's moves and destructor over its
// hundred alternatives costs every file that includes this header about 3 s of compile time.
class IntentQueue {
public:
    void Push(Intent intent);
    std::vector<Intent> Take();

private:
    std::vector<Intent> m_intents;
};

} // namespace checkin::app
