// A new customer registers one field per screen: mobile, surname and title, car, VIN (optional); the
// mileage screen is shared with returning customers (mileage_screen.cpp).
#include <string>

#include <imgui.h>

#include "screens/kiosk/kiosk_screens.h"
#include "shared/domain/person_name.h"
#include "shared/usecases/shop_day.h"
#include "ui/keyboard.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace checkin::app::screens {
namespace {

bool English(const ScreenContext& context)
{
    return context.state.language == i18n::Language::English;
}

int CurrentYear(const ScreenContext& context)
{
    return std::stoi(usecases::ShopDate(context.now_ms, context.state.utc_offset_minutes).substr(0, 4));
}

// Chips in rows that wrap at the window's width.
class ChipFlow {
public:
    explicit ChipFlow(float width) : m_right(ImGui::GetCursorPosX() + width) { }
    bool Chip(const char* label, bool selected, float width = 0.0f)
    {
        const float chip_width = width > 0.0f ? width : ImGui::CalcTextSize(label).x + ui::Em(1.6f);
        if (m_count > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + chip_width > m_right)
                ImGui::NewLine();
        }
        ++m_count;
        return ui::Chip(label, selected, true, chip_width);
    }

private:
    float m_right;
    int m_count = 0;
};

} // namespace

void DrawRegisterMobileScreen(const ScreenContext& context)
{
    const Registration& registration = context.state.journey.registration;
    StepHeading(context, "kiosk.register.mobile_title", "kiosk.register.mobile_body");
    CenteredInput("##mobile", registration.mobile, context.T("kiosk.find.mobile_placeholder"),
        context.state.journey.message_is_error);
    if (auto edit = ui::PhonePad(registration.mobile, 11, KeyboardLabelsOf(context)))
        context.intents.Push(intent::EditText{TextField::RegisterMobile, *edit});
}

void DrawRegisterNameScreen(const ScreenContext& context)
{
    const Registration& registration = context.state.journey.registration;
    StepHeading(context, "kiosk.register.name_title", "kiosk.register.name_body");
    if (ui::Chip(context.C("kiosk.register.title_mr"), registration.title == "mr"))
        context.intents.Push(intent::SetTitle{"mr"});
    ImGui::SameLine();
    if (ui::Chip(context.C("kiosk.register.title_ms"), registration.title == "ms"))
        context.intents.Push(intent::SetTitle{"ms"});
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ui::Em(14));
    if (ui::Chip(context.C(registration.surname_latin ? "kiosk.register.surname_pick"
                                                      : "kiosk.register.surname_latin"),
            false, true, ui::Em(14)))
        context.intents.Push(intent::SetSurnameLatin{!registration.surname_latin});

    if (registration.surname_latin) {
        CenteredInput(
            "##surname", registration.surname, context.T("kiosk.register.surname_placeholder"), false);
        if (auto edit = ui::LatinKeyboard(registration.surname, KeyboardLabelsOf(context)))
            context.intents.Push(intent::EditText{TextField::SurnameLatin, *edit});
        return;
    }
    ImGui::Dummy(ui::Em(0, 0.2f));
    const float list_height = ImGui::GetWindowHeight() - ImGui::GetCursorPosY() - ui::Em(5.5f);
    if (ui::BeginScrollList("##surnames", ImVec2(0, list_height))) {
        ChipFlow flow(ui::AvailableWidth());
        for (const std::string& surname : domain::CommonChineseSurnames()) {
            ImGui::PushID(surname.c_str());
            if (flow.Chip(surname.c_str(), registration.surname == surname, ui::Em(3.2f)))
                context.intents.Push(intent::PickSurname{surname});
            ImGui::PopID();
        }
    }
    ui::EndScrollList();
}

void DrawRegisterVehicleScreen(const ScreenContext& context)
{
    const Registration& registration = context.state.journey.registration;
    const bool english = English(context);
    StepHeading(context, "kiosk.register.vehicle_title");
    ui::TextMuted(context.T("kiosk.register.make"));
    ChipFlow makes(ui::AvailableWidth());
    const usecases::VehicleMake* chosen = nullptr;
    for (const usecases::VehicleMake& make : context.state.catalog.makes) {
        ImGui::PushID(make.name_en.c_str());
        if (makes.Chip((english ? make.name_en : make.name_zh).c_str(), registration.make == make.name_en))
            context.intents.Push(intent::PickMake{make.name_en});
        ImGui::PopID();
        if (registration.make == make.name_en)
            chosen = &make;
    }
    if (chosen) {
        ui::TextMuted(context.T("kiosk.register.model"));
        ChipFlow models(ui::AvailableWidth());
        for (const usecases::VehicleModelName& model : chosen->models) {
            ImGui::PushID(model.name_en.c_str());
            if (models.Chip(
                    (english ? model.name_en : model.name_zh).c_str(), registration.model == model.name_en))
                context.intents.Push(intent::PickModel{model.name_en});
            ImGui::PopID();
        }
    }
    ui::TextMuted(context.T("kiosk.register.year"));
    ChipFlow years(ui::AvailableWidth());
    const int this_year = CurrentYear(context);
    for (int year = this_year; year > this_year - 16; --year) {
        const std::string label = std::to_string(year);
        if (years.Chip(label.c_str(), registration.year == year, ui::Em(4)))
            context.intents.Push(intent::PickYear{year});
    }
}

void DrawRegisterVinScreen(const ScreenContext& context)
{
    const Registration& registration = context.state.journey.registration;
    StepHeading(context, "kiosk.register.vin_title", "kiosk.register.vin_body");
    CenteredInput("##vin", registration.vin, context.T("kiosk.register.vin_placeholder"),
        context.state.journey.message_is_error);
    if (auto edit = ui::CharacterKeyboard(registration.vin, ui::kVinAlphabet, 17, KeyboardLabelsOf(context)))
        context.intents.Push(intent::EditText{TextField::Vin, *edit});
    ImGui::Dummy(ui::Em(0, 0.3f));
    const float width = ui::Em(12);
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - width) * 0.5f);
    if (ui::Button(context.C("kiosk.register.vin_skip"), {.size = {width, 0}}))
        context.intents.Push(intent::SkipVin{});
}

void DrawPrivacyScreen(const ScreenContext& context)
{
    StepHeading(context, "kiosk.privacy.title");
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(ui::colors::kPanel));
    const float height = ImGui::GetWindowHeight() - ImGui::GetCursorPosY() - ui::Em(9.5f);
    if (ui::BeginScrollList("##notice", ImVec2(0, height))) {
        ImGui::SetCursorPos(ui::Em(0.8f, 0.6f));
        ImGui::PushTextWrapPos(ui::AvailableWidth());
        ui::Text(context.T("kiosk.privacy.notice"));
        ImGui::PopTextWrapPos();
    }
    ui::EndScrollList();
    ImGui::PopStyleColor();
    ImGui::Dummy(ui::Em(0, 0.3f));
    const float width = ui::Em(14);
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - width) * 0.5f);
    if (ui::Button(context.C("kiosk.privacy.agree"), {.size = {width, 0}, .style = ui::ButtonStyle::Primary}))
        context.intents.Push(intent::AcceptPrivacy{});
    ui::TextCentered(context.T("kiosk.privacy.decline_hint"));
}

void DrawMarketingScreen(const ScreenContext& context)
{
    const bool granted = context.state.journey.registration.marketing;
    StepHeading(context, "kiosk.marketing.title", "kiosk.marketing.body");
    ImGui::Dummy(ui::Em(0, 0.5f));
    if (ui::Chip(context.C("kiosk.marketing.yes"), granted, true, ui::Em(14)))
        context.intents.Push(intent::SetMarketing{true});
    ImGui::SameLine();
    if (ui::Chip(context.C("kiosk.marketing.no"), !granted, true, ui::Em(14)))
        context.intents.Push(intent::SetMarketing{false});
}

} // namespace checkin::app::screens
