// One repair order on the advisor station: stages, lines, findings of the inspection and their photos.
#include <algorithm>
#include <charconv>
#include <system_error>

#include "app/app.h"
#include "shared/domain/repair_stage.h"
#include "shared/media/photo_import.h"
#include "shared/usecases/repair_orders.h"
#include "shared/usecases/rule_violation.h"

namespace checkin::app {
namespace {

std::int64_t YuanToFen(const std::string& yuan)
{
    std::int64_t value = 0;
    std::from_chars(yuan.data(), yuan.data() + yuan.size(), value);
    return value * 100;
}

std::optional<usecases::FindingRating> ParseRating(std::string_view name)
{
    if (name == "red")
        return usecases::FindingRating::Red;
    if (name == "yellow")
        return usecases::FindingRating::Yellow;
    if (name == "green")
        return usecases::FindingRating::Green;
    return std::nullopt;
}

std::vector<PhotoBrowserEntry> ListFolder(const std::filesystem::path& folder)
{
    std::vector<PhotoBrowserEntry> entries;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(
             folder, std::filesystem::directory_options::skip_permission_denied, error)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.front() == '.')
            continue;
        if (entry.is_directory(error))
            entries.push_back({name, entry.path(), true});
        else if (entry.is_regular_file(error) && media::HasPhotoExtension(entry.path()))
            entries.push_back({name, entry.path(), false});
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        return a.is_folder != b.is_folder ? a.is_folder : a.name < b.name;
    });
    return entries;
}

} // namespace

// Runs one staff use case; a refusal becomes the message in the advisor's language. False when refused.
bool App::TryStaffAction(const std::function<void()>& action)
{
    try {
        action();
        return true;
    } catch (const usecases::RuleViolation& violation) {
        SetAdvisorMessage("advisor.rule." + std::string(usecases::RuleViolationName(violation.Code())));
        return false;
    }
}

void App::Handle(const intent::OpenOrder& intent)
{
    AdvisorState& advisor = m_state.advisor;
    advisor.order = store::LoadOrder(m_store, intent.order_id);
    advisor.screen = advisor.order ? AdvisorScreen::Order : AdvisorScreen::Orders;
    SetAdvisorMessage({});
}

void App::Handle(const intent::MoveStage& intent)
{
    AdvisorState& advisor = m_state.advisor;
    const auto stage = domain::ParseRepairStage(intent.stage);
    if (!advisor.session || !advisor.order || !stage)
        return;
    SetAdvisorMessage({});
    // Delivery is not a move: it goes through the bill (station_close_out.cpp), and ChangeStage refuses it.
    TryStaffAction([&] {
        usecases::ChangeStage(m_store, advisor.order->summary.order_id, *stage, advisor.session->staff_id);
    });
    LoadStation();
}

void App::Handle(const intent::AddOrderLine& intent)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session || !advisor.order)
        return;
    SetAdvisorMessage({});
    TryStaffAction([&] {
        usecases::AddOrderLine(
            m_store, advisor.order->summary.order_id, intent.service_item_id, advisor.session->staff_id);
    });
    LoadStation();
}

void App::Handle(const intent::RemoveOrderLine& intent)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session || !advisor.order)
        return;
    SetAdvisorMessage({});
    TryStaffAction([&] { usecases::RemoveOrderLine(m_store, intent.line_id, advisor.session->staff_id); });
    LoadStation();
}

void App::Handle(const intent::StartFinding&)
{
    m_state.advisor.finding = FindingDraft{};
    m_state.advisor.screen = AdvisorScreen::Finding;
    SetAdvisorMessage({});
}

void App::Handle(const intent::PickFindingItem& intent)
{
    m_state.advisor.finding.item_key = intent.item_key;
}

void App::Handle(const intent::SetFindingRating& intent)
{
    if (ParseRating(intent.rating))
        m_state.advisor.finding.rating = intent.rating;
}

void App::Handle(const intent::SelectFindingPrice& intent)
{
    m_state.advisor.finding.editing_parts = intent.parts;
}

void App::Handle(const intent::SaveFinding&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session || !advisor.order)
        return;
    const FindingDraft& draft = advisor.finding;
    if (draft.item_key.empty()) {
        SetAdvisorMessage("advisor.finding.pick_item");
        return;
    }
    usecases::NewFinding finding;
    finding.order_id = advisor.order->summary.order_id;
    finding.title = draft.item_key;
    finding.rating = ParseRating(draft.rating).value_or(usecases::FindingRating::Yellow);
    if (finding.rating != usecases::FindingRating::Green) { // a green item asks the customer nothing
        finding.labor_fen = YuanToFen(draft.labor_yuan);
        finding.parts_fen = YuanToFen(draft.parts_yuan);
    }
    try {
        usecases::AddFinding(m_store, finding, advisor.session->staff_id);
        advisor.screen = AdvisorScreen::Order;
        SetAdvisorMessage("advisor.finding.saved", false);
    } catch (const usecases::RuleViolation& violation) {
        SetAdvisorMessage("advisor.rule." + std::string(usecases::RuleViolationName(violation.Code())));
    }
    LoadStation();
}

void App::Handle(const intent::CancelFinding&)
{
    m_state.advisor.screen = AdvisorScreen::Order;
    SetAdvisorMessage({});
}

void App::Handle(const intent::BrowsePhotos& intent)
{
    PhotoBrowser& browser = m_state.advisor.browser;
    browser.finding_id = intent.finding_id;
    if (browser.folder.empty())
        browser.folder = m_config.photo_folder;
    browser.entries = ListFolder(browser.folder);
    m_state.advisor.screen = AdvisorScreen::PhotoBrowser;
    SetAdvisorMessage({});
}

void App::Handle(const intent::BrowseFolder& intent)
{
    PhotoBrowser& browser = m_state.advisor.browser;
    browser.folder = intent.folder;
    browser.entries = ListFolder(browser.folder);
}

void App::Handle(const intent::ImportPhotos& intent)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session || !advisor.order)
        return;
    for (const std::filesystem::path& file : intent.files)
        m_photo_jobs.Submit({file, advisor.order->summary.order_id, intent.finding_id, false});
    advisor.photo_jobs_pending = m_photo_jobs.Pending();
    SetAdvisorMessage("advisor.photo.importing", false, std::to_string(intent.files.size()));
}

void App::Handle(const intent::CloseBrowser&)
{
    m_state.advisor.screen = m_state.advisor.order ? AdvisorScreen::Order : AdvisorScreen::Orders;
}

} // namespace checkin::app
