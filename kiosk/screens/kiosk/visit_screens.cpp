// The visit itself: current mileage, services from the menu with transparent prices, concerns and how the
// customer waits.
#include <algorithm>

#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "shared/domain/money.h"
#include "ui/keyboard.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

// The concerns customers name most often, as chips; the advisor asks about the details.
constexpr const char* kConcerns[]
    = {"noise", "warning_light", "vibration", "brakes", "air_con", "leak", "tyres", "battery"};

std::string Thousands(std::int64_t value)
{
    std::string digits = std::to_string(value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<size_t>(i), ",");
    return digits;
}

} // namespace

void DrawMileageScreen(const ScreenContext& context)
{
    const KioskJourney& journey = context.state.journey;
    StepHeading(context, "kiosk.mileage.title", "kiosk.mileage.body");
    if (const auto last = LastRecordedMileage(journey))
        ui::TextCentered(i18n::Format(context.T("kiosk.mileage.last"), {{"km", Thousands(*last)}}));
    CenteredInput("##mileage", journey.mileage.empty() ? std::string() : journey.mileage + " km",
        context.T("kiosk.mileage.placeholder"), journey.message_is_error);
    if (journey.message_key == "kiosk.mileage.lower") {
        const float width = ui::Em(20);
        ImGui::SetCursorPosX((ImGui::GetWindowWidth() - width) * 0.5f);
        if (ui::Button(context.C("kiosk.mileage.confirm_lower"),
                {.size = {width, 0}, .style = ui::ButtonStyle::Danger}))
            context.intents.Push(intent::ConfirmLowerMileage{});
    }
    if (auto edit = ui::PhonePad(journey.mileage, 7, KeyboardLabelsOf(context)))
        context.intents.Push(intent::EditText{TextField::Mileage, *edit});
}

void DrawServicesScreen(const ScreenContext& context)
{
    const AppState& state = context.state;
    const KioskJourney& journey = state.journey;
    const bool english = state.language == i18n::Language::English;
    StepHeading(context, "kiosk.services.title", "kiosk.services.body");
    const float panel_width = ui::Em(22);
    const float list_width = ui::AvailableWidth() - panel_width - ImGui::GetStyle().ItemSpacing.x;
    const float height = ImGui::GetWindowHeight() - ImGui::GetCursorPosY() - ui::Em(5.5f);
    const auto due_now = [&journey](const store::CatalogItem& item) {
        return std::any_of(journey.due.begin(), journey.due.end(), [&item](const domain::ServiceDue& due) {
            return due.code == item.code && due.status == domain::DueStatus::DueNow;
        });
    };
    // What is due now for the car comes first, marked; the customer decides what to add.
    std::vector<const store::CatalogItem*> items;
    for (const store::CatalogItem& item : state.catalog.services)
        items.push_back(&item);
    std::stable_partition(
        items.begin(), items.end(), [&due_now](const store::CatalogItem* item) { return due_now(*item); });
    if (ui::BeginScrollList("##services", ImVec2(list_width, height))) {
        for (const store::CatalogItem* each : items) {
            const store::CatalogItem& item = *each;
            const bool chosen = std::find(journey.service_ids.begin(), journey.service_ids.end(), item.id)
                != journey.service_ids.end();
            const bool suggested = due_now(item);
            ImGui::PushID(item.id.c_str());
            const domain::Money total{item.labor_fen + item.parts_fen};
            const std::string price
                = total.minor == 0 ? context.T("kiosk.services.free") : domain::FormatYuan(total);
            const std::string detail = price + "  ·  "
                + i18n::Format(context.T("kiosk.estimate.split"),
                    {{"labor", domain::FormatYuan(domain::Money{item.labor_fen})},
                        {"parts", domain::FormatYuan(domain::Money{item.parts_fen})}})
                + (suggested ? "  ·  " + context.T("kiosk.services.suggested") : std::string());
            if (ui::Button(NameOf(context, item).c_str(),
                    {.size = {ui::AvailableWidth(), ui::Em(3.2f)},
                        .style = chosen ? ui::ButtonStyle::Primary : ui::ButtonStyle::Secondary,
                        .subtitle = detail.c_str()}))
                context.intents.Push(intent::ToggleService{item.id});
            if (chosen && !item.contents.empty()) {
                ImGui::Indent(ui::Em(1));
                for (const store::CatalogContent& content : item.contents)
                    ui::TextMuted("✓ " + (english ? content.text_en : content.text_zh));
                ImGui::Unindent(ui::Em(1));
            }
            ImGui::PopID();
        }
    }
    ui::EndScrollList();
    ImGui::SameLine();
    EstimatePanel(context, state.journey.estimate, panel_width);
}

void DrawVisitScreen(const ScreenContext& context)
{
    const KioskJourney& journey = context.state.journey;
    StepHeading(context, "kiosk.visit.concerns_title", "kiosk.visit.concerns_body");
    int column = 0;
    for (const char* concern : kConcerns) {
        const std::string key = std::string("kiosk.concern.") + concern;
        if (column++ % 4 != 0)
            ImGui::SameLine();
        if (ui::Chip(context.C(key), journey.concerns.contains(concern), true, ui::Em(11)))
            context.intents.Push(intent::ToggleConcern{concern});
    }
    const float note_width = ui::Em(11) * 4 + ImGui::GetStyle().ItemSpacing.x * 3;
    const std::string note_label = journey.concern_note_open ? context.T("kiosk.visit.note_done")
        : journey.concern_note.empty()                       ? context.T("kiosk.visit.note_add")
                                                             : context.T("kiosk.visit.note_edit");
    if (ui::Button(note_label.c_str(), {.size = {note_width, 0}, .style = ui::ButtonStyle::Quiet}))
        context.intents.Push(intent::ToggleConcernNote{});
    if (journey.concern_note_open) {
        CenteredInput("##note", journey.concern_note, context.T("kiosk.visit.note_placeholder"), false);
        if (auto edit = ui::LatinKeyboard(journey.concern_note, KeyboardLabelsOf(context)))
            context.intents.Push(intent::EditText{TextField::ConcernNote, *edit});
        return; // the keyboard takes the place of the wait choices until Done
    }
    if (!journey.concern_note.empty())
        ui::TextMuted("\u201C" + journey.concern_note + "\u201D");
    ImGui::Dummy(ui::Em(0, 0.5f));
    StepHeading(context, "kiosk.visit.wait_title");
    const struct {
        WaitMode mode;
        const char* key;
        const char* hint;
    } modes[] = {{WaitMode::Lounge, "kiosk.visit.wait_lounge", "kiosk.visit.wait_lounge_hint"},
        {WaitMode::Leave, "kiosk.visit.wait_leave", "kiosk.visit.wait_leave_hint"},
        {WaitMode::Ride, "kiosk.visit.wait_ride", "kiosk.visit.wait_ride_hint"}};
    bool first = true;
    for (const auto& mode : modes) {
        if (!first)
            ImGui::SameLine();
        first = false;
        const bool chosen = journey.wait_mode == mode.mode;
        if (ui::Button(context.C(mode.key),
                {.size = {ui::Em(16), ui::Em(4)},
                    .style = chosen ? ui::ButtonStyle::Primary : ui::ButtonStyle::Secondary,
                    .subtitle = context.C(mode.hint)}))
            context.intents.Push(intent::SetWaitMode{mode.mode});
    }
}

} // namespace checkin::app::screens
