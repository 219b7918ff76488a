#pragma once
// The app without its window: state, intents and the use cases they trigger. The GLFW main loop and the
// headless UI driver both run it the same way: NoteInput() on input, DrawFrame() between
// ImGui::NewFrame() and ImGui::Render(), then ApplyIntents().
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/app_state.h"
#include "app/customer_lookup.h"
#include "app/followup_refresher.h"
#include "app/intents.h"
#include "app/photo_jobs.h"
#include "shared/domain/clock.h"
#include "shared/i18n/strings.h"
#include "shared/store/store.h"
#include "ui/photo_textures.h"

namespace checkin::app {

inline constexpr std::int64_t kIdleWarningMs = 45'000; // "Still there?" with a 15 s countdown
inline constexpr std::int64_t kIdleResetMs = 60'000; // back to the attract screen, typing forgotten
inline constexpr std::int64_t kHelpBannerMs = 20'000;
inline constexpr std::int64_t kLoungeIdleMs = 120'000; // the lounge tablet returns to code entry
inline constexpr std::int64_t kStationPollMs = 1'000; // staff and waiting-area screens follow the store
inline constexpr std::int64_t kWatchScanMs = 2'000; // the bays' camera folders
inline constexpr std::int64_t kDashboardRefreshMs = 60'000; // the manager's figures follow the store

struct AppConfig {
    Role role = Role::Kiosk;
    i18n::Language language = i18n::Language::ChineseSimplified;
    std::filesystem::path assets_dir; // demo/vehicle_models.json: the make and model pick list
    std::filesystem::path photo_folder; // where the advisor's file browser starts
    std::filesystem::path watch_folder; // per-bay subfolders where cameras drop pictures; empty: none
    std::filesystem::path export_folder; // the manager's exports; empty: "exports" beside the store file
};

// What the font atlas must hold; the platform rebuilds the atlas when the generation changes.
struct FontRequest {
    float scale = 1.0f; // 1.0, or larger in large-text mode
    std::string glyph_text; // every string-table value and customer name that may appear
    std::string display_text; // what the largest font shows besides ASCII (the attract screen's welcome)
    std::uint64_t generation = 0;
};

class App {
public:
    App(const AppConfig& config, store::Store& store, const i18n::Strings& strings,
        const domain::Clock& clock);

    void DrawFrame();
    void ApplyIntents();
    void NoteInput();
    // For steps that are not taps: the driver's `lang` step.
    void Submit(Intent intent) { m_intents.Push(std::move(intent)); }
    // Without a CJK font the app shows English only and hides the language toggle.
    void SetChineseAvailable(bool available);
    // The background sync's status, before each frame; rows pulled from the hub reload what the screens use.
    void SetSyncStatus(const sync::SyncStatus& status);

    // Files dropped on the window: photos for the order open on the advisor station.
    void DropFiles(std::vector<std::filesystem::path> files);
    // The window's photo textures; none in headless runs (screens then draw captioned frames).
    void SetPhotoTextures(ui::PhotoTextures* textures) { m_textures = textures; }
    // Called on a worker thread when background work finished (the window posts an empty event).
    void SetWake(const std::function<void()>& wake)
    {
        m_photo_jobs.SetWake(wake);
        m_followup_refresher.SetWake(wake);
        m_customer_lookup.SetWake(wake);
    }
    // Photo imports submitted and not yet written to the store.
    int PendingPhotoImports() const { return m_photo_jobs.Pending(); }
    // Whether the kiosk waits for the hub to look a plate up (the screen says so).
    bool LookingUpCustomer() const { return m_customer_lookup.Running(); }
    // Whether the day's follow-up calls are still being worked out on the worker.
    bool RefreshingWorklist() const { return m_followup_refresher.Running(); }

    // When the app must draw again without input (idle countdown, idle reset, banners), if ever.
    std::optional<std::int64_t> NextWakeUtcMs() const;
    const FontRequest& Fonts() const { return m_fonts; }
    const AppState& State() const { return m_state; }
    store::Store& Store() { return m_store; }

private:
    // [SECTION] app.cpp: the shell
    void Handle(const intent::StartOver&);
    void Handle(const intent::SetLanguage&);
    void Handle(const intent::ToggleLargeText&);
    void Handle(const intent::CallAdvisor&);
    void Handle(const intent::StillHere&);
    void Handle(const intent::AcknowledgeRejection&);
    void ResetJourney();
    void CheckIdle();
    void LoadShopData();
    void RefreshGlyphs();

    // [SECTION] kiosk_flow.cpp: moving through a journey
    void Handle(const intent::StartJourney&);
    void Handle(const intent::Continue&);
    void Handle(const intent::Back&);
    void GoTo(KioskScreen screen);
    KioskScreen NextScreen() const;
    bool LeaveScreen(); // validates and runs the current screen's action; false keeps the customer there

    // [SECTION] kiosk_find.cpp: finding a booking or a customer
    bool SearchBooking();
    bool VerifyIdentity();
    bool IdentifyPlate();
    void FinishCustomerLookup();
    void RecogniseCustomer(const std::vector<sync::VehicleServiceHistory>& history);
    void ChooseVehicle(const std::string& vehicle_id);
    void Handle(const intent::SetLookupMode&);
    void Handle(const intent::SelectBooking&);
    void Handle(const intent::SelectVehicle&);

    // [SECTION] kiosk_fields.cpp: what the customer types and picks
    void Handle(const intent::EditText&);
    void Handle(const intent::PickSurname&);
    void Handle(const intent::SetSurnameLatin&);
    void Handle(const intent::SetTitle&);
    void Handle(const intent::PickMake&);
    void Handle(const intent::PickModel&);
    void Handle(const intent::PickYear&);
    void Handle(const intent::SkipVin&);
    void Handle(const intent::ConfirmLowerMileage&);
    void Handle(const intent::AcceptPrivacy&);
    void Handle(const intent::SetMarketing&);
    void Handle(const intent::ToggleService&);
    void Handle(const intent::ToggleConcern&);
    void Handle(const intent::ToggleConcernNote&);
    void Handle(const intent::SetWaitMode&);
    void Handle(const intent::SignatureStroke&);
    void Handle(const intent::UndoSignature&);
    void Handle(const intent::ClearSignature&);
    void Handle(const intent::PickDay&);
    void Handle(const intent::PickSlot&);
    bool CheckField(KioskScreen screen);

    // [SECTION] kiosk_submit.cpp: the use cases at the end of a journey
    void RefreshEstimate();
    void LoadCalendar();
    bool SubmitCheckIn();
    bool SubmitBooking();
    void ShowRuleViolation(std::string_view name);

    // [SECTION] station.cpp: the staff and waiting-area roles, reloaded when the store changes
    void PollStation();
    void LoadStation();
    void CheckStationIdle();
    void ScanWatchFolder();
    void FinishPhotoJobs();
    void EditStationText(TextField field, const ui::KeyEdit& edit);
    void SetAdvisorMessage(std::string key, bool is_error = true, std::string detail = {});

    // [SECTION] station_advisor.cpp: sign-in, arrivals, confirming a check-in
    void Handle(const intent::SelectStaff&);
    void Handle(const intent::SubmitPin&);
    void Handle(const intent::SignOut&);
    void Handle(const intent::ShowArrivals&);
    void Handle(const intent::ShowOrders&);
    void Handle(const intent::OpenCheckIn&);
    void Handle(const intent::HandleHelp&);
    void Handle(const intent::SetTechnician&);
    void Handle(const intent::SetBay&);
    void Handle(const intent::ShiftPromised&);
    void Handle(const intent::ConfirmCheckIn&);
    void Handle(const intent::EditFullName&);
    void Handle(const intent::SaveFullName&);
    void SignOutStaff(std::string_view reason);

    // [SECTION] station_order.cpp: one repair order, its findings and photos
    void Handle(const intent::OpenOrder&);
    void Handle(const intent::MoveStage&);
    void Handle(const intent::AddOrderLine&);
    void Handle(const intent::RemoveOrderLine&);
    void Handle(const intent::StartFinding&);
    void Handle(const intent::PickFindingItem&);
    void Handle(const intent::SetFindingRating&);
    void Handle(const intent::SelectFindingPrice&);
    void Handle(const intent::SaveFinding&);
    void Handle(const intent::CancelFinding&);
    void Handle(const intent::BrowsePhotos&);
    void Handle(const intent::BrowseFolder&);
    void Handle(const intent::ImportPhotos&);
    void Handle(const intent::CloseBrowser&);
    void ReloadOrder();
    bool TryStaffAction(const std::function<void()>& action);

    // [SECTION] station_close_out.cpp: the bill, the discount and handing the car over
    void Handle(const intent::OpenCloseOut&);
    void Handle(const intent::SaveDiscount&);
    void Handle(const intent::DeliverOrder&);
    void ReloadInvoice();

    // [SECTION] station_complaints.cpp: from the first response to the manager's call
    void Handle(const intent::ShowComplaints&);
    void Handle(const intent::SelectComplaint&);
    void Handle(const intent::RespondToComplaint&);
    void Handle(const intent::EditComplaintText&);
    void Handle(const intent::OfferComplaintOptions&);
    void Handle(const intent::ChooseComplaintOption&);
    void Handle(const intent::ResolveComplaint&);
    void Handle(const intent::RecordManagerFollowUp&);
    void Handle(const intent::CloseComplaint&);
    void LoadComplaints();

    // [SECTION] station_worklist.cpp: the follow-up calls and booking the next visit
    void Handle(const intent::ShowWorklist&);
    void Handle(const intent::SetWorklistKind&);
    void Handle(const intent::SelectFollowUp&);
    void Handle(const intent::EditFollowUpNote&);
    void Handle(const intent::LogFollowUp&);
    void Handle(const intent::StartFollowUpBooking&);
    void Handle(const intent::WorklistPickDay&);
    void Handle(const intent::WorklistPickSlot&);
    void Handle(const intent::WorklistToggleService&);
    void Handle(const intent::BookFromFollowUp&);
    void LoadWorklist();
    void RefreshWorklistDaily();

    // [SECTION] station_manager.cpp: the manager's dashboard and exports
    void Handle(const intent::ShowDashboard&);
    void Handle(const intent::SetReportRange&);
    void LoadDashboard();
    std::pair<std::string, std::string> ReportDates() const; // from, to ('YYYY-MM-DD', shop-local)
    void Handle(const intent::ShowExports&);
    void Handle(const intent::ExportHealthRecord&);
    void Handle(const intent::EditExportPlate&);
    void Handle(const intent::FindExportCustomer&);
    void Handle(const intent::ExportCustomerData&);
    void Handle(const intent::EraseCustomer&);
    std::filesystem::path ExportFolder() const;

    // [SECTION] station_lounge.cpp: the lounge tablet
    void Handle(const intent::SetLoungeLookup&);
    void Handle(const intent::TypeLoungeLast4&);
    void Handle(const intent::OpenLoungeOrder&);
    void Handle(const intent::DecideFinding&);
    void Handle(const intent::ViewPhoto&);
    void Handle(const intent::StepPhoto&);
    void Handle(const intent::ZoomPhoto&);
    void Handle(const intent::ClosePhoto&);
    void Handle(const intent::LeaveLounge&);
    void ReloadLoungeOrder();

    // [SECTION] station_survey.cpp: the bill at pickup and the satisfaction survey
    void Handle(const intent::StartSurvey&);
    void Handle(const intent::SetSurveyScore&);
    void Handle(const intent::SetNps&);
    void Handle(const intent::ToggleSurveyRemark&);
    void Handle(const intent::EditSurveyComment&);
    void Handle(const intent::SurveyBack&);
    void Handle(const intent::SubmitSurvey&);

    void SetMessage(std::string key, bool is_error = true);

    store::Store& m_store;
    const i18n::Strings& m_strings;
    const domain::Clock& m_clock;
    AppConfig m_config;
    AppState m_state;
    IntentQueue m_intents;
    FontRequest m_fonts;
    ui::PhotoTextures* m_textures = nullptr;
    PhotoJobs m_photo_jobs;
    FollowUpRefresher m_followup_refresher;
    CustomerLookup m_customer_lookup;
    std::uint64_t m_station_stamp = 0; // the store's ChangeStamp when the station's views were loaded
    std::int64_t m_next_watch_scan_ms = 0;
};

} // namespace checkin::app
