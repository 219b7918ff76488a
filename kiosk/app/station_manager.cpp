// The service manager's part of the advisor station: the dashboard's figures for a range of days ending
// today, reloaded when the store changes while it is on screen, and the exports of the same range.
#include "app/app.h"
#include "shared/domain/civil_date.h"
#include "shared/domain/plate.h"
#include "shared/store/queries_customer_file.h"
#include "shared/store/queries_dashboard.h"
#include "shared/usecases/erasure.h"
#include "shared/usecases/exports.h"

namespace checkin::app {

std::pair<std::string, std::string> App::ReportDates() const
{
    const std::int64_t today = domain::LocalDayNumber(m_clock.NowUtcMs(), m_state.utc_offset_minutes);
    std::int64_t from = today;
    switch (m_state.advisor.dashboard.range) {
    case ReportRange::Last7Days:
        from = today - 6;
        break;
    case ReportRange::Last30Days:
        from = today - 29;
        break;
    case ReportRange::ThisMonth: {
        const std::string date = domain::FormatIsoDate(today);
        from = domain::ParseIsoDate(date.substr(0, 8) + "01").value_or(today);
        break;
    }
    case ReportRange::Last90Days:
        from = today - 89;
        break;
    }
    return {domain::FormatIsoDate(from), domain::FormatIsoDate(today)};
}

void App::LoadDashboard()
{
    const auto [from, to] = ReportDates();
    m_state.advisor.dashboard.figures = store::LoadDashboard(m_store, from, to, to);
    m_state.advisor.dashboard.loaded_at_ms = m_clock.NowUtcMs();
}

void App::Handle(const intent::ShowDashboard&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session || advisor.session->role != "manager")
        return;
    advisor.screen = AdvisorScreen::Dashboard;
    advisor.order.reset();
    SetAdvisorMessage({});
    LoadDashboard();
}

void App::Handle(const intent::SetReportRange& intent)
{
    m_state.advisor.dashboard.range = intent.range;
    if (m_state.advisor.screen == AdvisorScreen::Dashboard)
        LoadDashboard();
}

std::filesystem::path App::ExportFolder() const
{
    return m_config.export_folder.empty() ? m_store.Path().parent_path() / "exports" : m_config.export_folder;
}

void App::Handle(const intent::ShowExports&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session || advisor.session->role != "manager")
        return;
    advisor.screen = AdvisorScreen::Exports;
    advisor.order.reset();
    advisor.exports = ExportsState{};
    SetAdvisorMessage({});
}

void App::Handle(const intent::ExportHealthRecord& intent)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session)
        return;
    const auto [from, to] = ReportDates();
    usecases::ExportResult result;
    if (TryStaffAction([&] {
            result = usecases::ExportHealthRecord(m_store, advisor.session->staff_id, from, to,
                intent.csv ? usecases::ExportFormat::Csv : usecases::ExportFormat::Json, ExportFolder());
        })) {
        advisor.exports.last_file = result.path.string();
        SetAdvisorMessage("advisor.exports.written", false, std::to_string(result.records));
    }
}

void App::Handle(const intent::EditExportPlate& intent)
{
    m_state.advisor.exports.plate_query = intent.text.substr(0, 32);
}

void App::Handle(const intent::FindExportCustomer&)
{
    ExportsState& exports = m_state.advisor.exports;
    exports.customer = store::FindCustomerByPlate(m_store, domain::NormalizePlate(exports.plate_query));
    exports.confirm_erase = false;
    SetAdvisorMessage(exports.customer ? std::string() : "advisor.exports.not_found");
}

void App::Handle(const intent::ExportCustomerData&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session || !advisor.exports.customer)
        return;
    usecases::ExportResult result;
    if (TryStaffAction([&] {
            result = usecases::ExportCustomerData(
                m_store, advisor.session->staff_id, advisor.exports.customer->id, ExportFolder());
        })) {
        advisor.exports.last_file = result.path.string();
        SetAdvisorMessage("advisor.exports.customer_written", false);
    }
}

void App::Handle(const intent::EraseCustomer&)
{
    AdvisorState& advisor = m_state.advisor;
    if (!advisor.session || !advisor.exports.customer)
        return;
    if (!advisor.exports.confirm_erase) { // nothing is erased on one tap
        advisor.exports.confirm_erase = true;
        SetAdvisorMessage("advisor.exports.confirm_erase");
        return;
    }
    if (TryStaffAction([&] {
            usecases::EraseCustomer(m_store, advisor.exports.customer->id, advisor.session->staff_id);
        })) {
        advisor.exports.customer.reset();
        advisor.exports.plate_query.clear();
        SetAdvisorMessage("advisor.exports.erased", false);
    }
    advisor.exports.confirm_erase = false;
    LoadStation();
}

} // namespace checkin::app
