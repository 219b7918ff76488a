// A touch file browser for photos: folders as buttons, pictures as tiles; a tap imports a picture into the
// open order (or the finding the browser was opened for) and leaves the browser open for the next one.
#include <imgui.h>

#include "screens/advisor/advisor_screens.h"
#include "screens/station_parts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {

void DrawPhotoBrowserScreen(const ScreenContext& context)
{
    const AdvisorState& advisor = context.state.advisor;
    const PhotoBrowser& browser = advisor.browser;
    ui::Heading(context.T(browser.finding_id ? "advisor.browser.title_finding" : "advisor.browser.title"));
    if (ui::Button(context.C("advisor.browser.done"), {.style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::CloseBrowser{});
    ImGui::SameLine();
    if (browser.folder.has_parent_path() && browser.folder.parent_path() != browser.folder
        && ui::Button(context.C("advisor.browser.up")))
        context.intents.Push(intent::BrowseFolder{browser.folder.parent_path()});
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ui::TextMuted(browser.folder.string());
    if (advisor.photo_jobs_pending > 0)
        ui::TextColored(ui::colors::kWarning,
            i18n::Format(context.T("advisor.order.importing"),
                {{"count", std::to_string(advisor.photo_jobs_pending)}}));
    if (browser.entries.empty())
        ui::TextMuted(context.T("advisor.browser.empty"));
    ui::BeginScrollList("##entries", ImVec2(0, 0));
    const float width = ui::Em(14);
    const int per_row
        = std::max(1, static_cast<int>(ImGui::GetContentRegionAvail().x / (width + ui::Em(0.5f))));
    int index = 0;
    for (const PhotoBrowserEntry& entry : browser.entries) {
        if (index++ % per_row != 0)
            ImGui::SameLine();
        ImGui::PushID(entry.name.c_str());
        const std::string label = (entry.is_folder ? "[" + entry.name + "]" : entry.name) + "##entry";
        if (ui::Button(label.c_str(), {.size = {width, ui::Em(3)}, .style = ui::ButtonStyle::Secondary})) {
            if (entry.is_folder)
                context.intents.Push(intent::BrowseFolder{entry.path});
            else
                context.intents.Push(intent::ImportPhotos{{entry.path}, browser.finding_id});
        }
        ImGui::PopID();
    }
    ui::EndScrollList();
}

} // namespace checkin::app::screens
