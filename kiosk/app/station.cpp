// The staff and waiting-area roles follow the store: their views reload whenever any connection committed
// a change (the sync worker pulling a lounge decision, another station), checked once per frame, and the
// stations draw about once a second so timers and the board stay current without input.
#include <algorithm>
#include <system_error>

#include <spdlog/spdlog.h>

#include "app/app.h"
#include "shared/domain/codes.h"
#include "shared/domain/phone.h"
#include "shared/domain/plate.h"
#include "shared/media/photo_import.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/store/queries_staff.h"
#include "shared/usecases/repair_orders.h"
#include "shared/usecases/rule_violation.h"
#include "shared/usecases/staff.h"

namespace checkin::app {
namespace {

constexpr std::size_t kPinMaxDigits = usecases::kMaxPinDigits;
constexpr std::size_t kPriceMaxDigits = 6; // yuan
constexpr std::size_t kPlateMaxChars = 8;

} // namespace

void App::PollStation()
{
    if (m_state.role == Role::Kiosk)
        return;
    CheckStationIdle();
    FinishPhotoJobs();
    ScanWatchFolder();
    if (m_store.ChangeStamp() != m_station_stamp)
        LoadStation();
}

void App::LoadStation()
{
    switch (m_state.role) {
    case Role::Kiosk:
        return;
    case Role::Advisor: {
        AdvisorState& advisor = m_state.advisor;
        advisor.staff = store::ListActiveStaff(m_store);
        if (advisor.session) {
            advisor.waiting = store::WaitingCheckIns(m_store);
            advisor.help = store::OpenHelpRequests(m_store);
            advisor.bookings = store::TodaysBookings(m_store, m_clock.NowUtcMs());
            advisor.orders = store::OpenOrders(m_store);
            ReloadOrder();
            if (advisor.screen == AdvisorScreen::CloseOut)
                ReloadInvoice();
            LoadComplaints();
            RefreshWorklistDaily();
            LoadWorklist();
            // The figures read a lot on a big shop: new data shows within a minute, not on every change.
            if (advisor.screen == AdvisorScreen::Dashboard
                && m_clock.NowUtcMs() - advisor.dashboard.loaded_at_ms >= kDashboardRefreshMs)
                LoadDashboard();
        }
        break;
    }
    case Role::Lounge:
        ReloadLoungeOrder();
        break;
    case Role::Board:
        m_state.board.rows = store::BoardRows(m_store, m_clock.NowUtcMs());
        break;
    }
    m_station_stamp = m_store.ChangeStamp();
}

void App::ReloadOrder()
{
    AdvisorState& advisor = m_state.advisor;
    if (advisor.order)
        advisor.order = store::LoadOrder(m_store, advisor.order->summary.order_id);
}

void App::CheckStationIdle()
{
    const std::int64_t idle = m_clock.NowUtcMs() - m_state.last_input_ms;
    if (m_state.role == Role::Advisor && m_state.advisor.session && idle >= usecases::kStaffIdleSignOutMs)
        SignOutStaff("idle");
    const LoungeState& lounge = m_state.lounge;
    const bool lounge_in_use = lounge.screen != LoungeScreen::Enter || !lounge.code.empty()
        || !lounge.plate.empty() || !lounge.last4.empty() || lounge.failed_attempts > 0
        || !lounge.message_key.empty();
    if (m_state.role == Role::Lounge && lounge_in_use && idle >= kLoungeIdleMs)
        Handle(intent::LeaveLounge{}); // the next customer finds nothing of this one, and no lockout
}

void App::SetAdvisorMessage(std::string key, bool is_error, std::string detail)
{
    m_state.advisor.message_key = std::move(key);
    m_state.advisor.message_is_error = is_error && !m_state.advisor.message_key.empty();
    m_state.advisor.message_detail = std::move(detail);
}

void App::EditStationText(TextField field, const ui::KeyEdit& edit)
{
    switch (field) {
    case TextField::Pin:
        ui::ApplyKeyEdit(m_state.advisor.pin, edit, kPinMaxDigits);
        SetAdvisorMessage({});
        break;
    case TextField::FindingPrice: {
        FindingDraft& draft = m_state.advisor.finding;
        ui::ApplyKeyEdit(draft.editing_parts ? draft.parts_yuan : draft.labor_yuan, edit, kPriceMaxDigits);
        break;
    }
    case TextField::LoungeCode:
        ui::ApplyKeyEdit(m_state.lounge.code, edit, domain::kCodeLength);
        m_state.lounge.message_key.clear();
        break;
    case TextField::LoungePlate:
        ui::ApplyKeyEdit(m_state.lounge.plate, edit, kPlateMaxChars);
        m_state.lounge.message_key.clear();
        break;
    case TextField::LoungeLast4:
        ui::ApplyKeyEdit(m_state.lounge.last4, edit, 4);
        m_state.lounge.message_key.clear();
        break;
    case TextField::Discount:
        ui::ApplyKeyEdit(m_state.advisor.discount_yuan, edit, kPriceMaxDigits);
        break;
    case TextField::Plate:
    case TextField::Mobile:
    case TextField::VerifyCode:
    case TextField::RegisterMobile:
    case TextField::SurnameLatin:
    case TextField::Vin:
    case TextField::Mileage:
    case TextField::ConcernNote:
        break; // the kiosk's fields (kiosk_fields.cpp)
    }
}

void App::DropFiles(std::vector<std::filesystem::path> files)
{
    if (m_state.role != Role::Advisor || !m_state.advisor.session || !m_state.advisor.order) {
        SetAdvisorMessage("advisor.photo.open_order_first");
        return;
    }
    std::optional<std::string> finding_id;
    if (m_state.advisor.screen == AdvisorScreen::PhotoBrowser)
        finding_id = m_state.advisor.browser.finding_id;
    Handle(intent::ImportPhotos{std::move(files), finding_id});
}

namespace {

// A picture from a bay's camera folder leaves "importing" for "imported" or "refused" beside it, so the
// folder shows what happened to each file and nothing is tried twice.
void MoveCameraFile(const PhotoJob& job, const char* outcome)
{
    if (!job.from_camera_folder)
        return;
    std::error_code error;
    const auto target = job.file.parent_path().parent_path() / outcome;
    std::filesystem::create_directories(target, error);
    std::filesystem::rename(job.file, target / job.file.filename(), error);
}

} // namespace

void App::FinishPhotoJobs()
{
    for (FinishedPhotoJob& finished : m_photo_jobs.TakeFinished()) {
        const std::string file_name = finished.job.file.filename().string();
        if (!finished.result.photo) {
            spdlog::warn("photo {} refused: {}", finished.job.file.string(), finished.result.detail);
            SetAdvisorMessage(std::string(media::PhotoErrorKey(*finished.result.error)), true, file_name);
            MoveCameraFile(finished.job, "refused");
            continue;
        }
        const std::string staff_id
            = m_state.advisor.session ? m_state.advisor.session->staff_id : std::string();
        try {
            usecases::NewPhoto photo;
            photo.order_id = finished.job.order_id;
            photo.finding_id = finished.job.finding_id;
            photo.caption = file_name;
            photo.kind
                = finished.job.finding_id ? usecases::PhotoKind::Before : usecases::PhotoKind::Progress;
            usecases::AttachPhoto(m_store, photo, *finished.result.photo, staff_id);
            if (!m_state.advisor.message_is_error) // a refused file of the same drop stays reported
                SetAdvisorMessage("advisor.photo.added", false, file_name);
            MoveCameraFile(finished.job, "imported"); // safely in the store
        } catch (const usecases::RuleViolation& violation) {
            SetAdvisorMessage("advisor.rule." + std::string(usecases::RuleViolationName(violation.Code())),
                true, file_name);
            MoveCameraFile(finished.job, "refused");
        }
    }
    m_state.advisor.photo_jobs_pending = m_photo_jobs.Pending();
}

// Each bay may have a folder (watch_folder/<bay>) where a camera or phone drops pictures: they go to the
// open order in that bay. Listing a few files every two seconds is cheap; decoding runs on the worker.
void App::ScanWatchFolder()
{
    if (m_state.role != Role::Advisor || m_config.watch_folder.empty() || !m_state.advisor.session)
        return;
    const std::int64_t now = m_clock.NowUtcMs();
    if (now < m_next_watch_scan_ms)
        return;
    m_next_watch_scan_ms = now + kWatchScanMs;
    std::error_code error;
    for (const store::OrderSummary& order : m_state.advisor.orders) {
        if (order.bay.empty())
            continue;
        const std::filesystem::path folder = m_config.watch_folder / order.bay;
        std::vector<std::filesystem::path> pictures;
        for (auto entry = std::filesystem::directory_iterator(folder, error);
             !error && entry != std::filesystem::directory_iterator(); entry.increment(error))
            if (entry->is_regular_file(error) && media::HasPhotoExtension(entry->path()))
                pictures.push_back(entry->path());
        for (const std::filesystem::path& picture : pictures) {
            // Claimed at once (renamed into "importing"), so the next scan does not submit it again.
            const auto claimed_dir = folder / "importing";
            std::filesystem::create_directories(claimed_dir, error);
            const auto claimed = claimed_dir / picture.filename();
            std::filesystem::rename(picture, claimed, error);
            if (!error)
                m_photo_jobs.Submit({claimed, order.order_id, std::nullopt, true});
        }
    }
}

} // namespace checkin::app
