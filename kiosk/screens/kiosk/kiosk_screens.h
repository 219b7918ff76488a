#pragma once
// The reception kiosk: one function per screen, all drawn inside the kiosk chrome (top bar with language,
// large text and "Call an advisor"; bottom bar with Back and Start over; the idle countdown).
#include <string>
#include <string_view>

#include "app/screen_context.h"
#include "shared/domain/estimate.h"
#include "ui/keyboard.h"

namespace checkin::app::screens {

void DrawKiosk(const ScreenContext& context);

void DrawAttractScreen(const ScreenContext& context);
void DrawMenuScreen(const ScreenContext& context);
void DrawFindBookingScreen(const ScreenContext& context);
void DrawVerifyScreen(const ScreenContext& context);
void DrawBookingScreen(const ScreenContext& context);
void DrawIdentifyPlateScreen(const ScreenContext& context);
void DrawReturningCustomerScreen(const ScreenContext& context);
void DrawRegisterMobileScreen(const ScreenContext& context);
void DrawRegisterNameScreen(const ScreenContext& context);
void DrawRegisterVehicleScreen(const ScreenContext& context);
void DrawRegisterVinScreen(const ScreenContext& context);
void DrawMileageScreen(const ScreenContext& context);
void DrawPrivacyScreen(const ScreenContext& context);
void DrawMarketingScreen(const ScreenContext& context);
void DrawServicesScreen(const ScreenContext& context);
void DrawVisitScreen(const ScreenContext& context);
void DrawSignatureScreen(const ScreenContext& context);
void DrawTicketScreen(const ScreenContext& context);
void DrawCalendarScreen(const ScreenContext& context);
void DrawBookingConfirmedScreen(const ScreenContext& context);

// The plate keyboard with its box and (optionally) an action button beside it (find_booking_screen.cpp).
void PlateEntry(const ScreenContext& context, const char* action_key, bool show_action);

// Shared pieces of the kiosk screens (kiosk_parts.cpp).
ui::KeyboardLabels KeyboardLabelsOf(const ScreenContext& context);
// The screen's title and an optional line under it.
void StepHeading(const ScreenContext& context, std::string_view title_key, std::string_view body_key = {});
// A centred text box for what the keyboard below types.
void CenteredInput(const char* id, std::string_view text, std::string_view placeholder, bool error);
// "Mr. Z***" / "张**": a returning customer's name as a public screen may show it (booking_screen.cpp).
std::string GreetingName(const ScreenContext& context, const std::string& surname, const std::string& title);
// Catalog names and descriptions in the current language.
const std::string& NameOf(const ScreenContext& context, const store::CatalogItem& item);
// The estimate as a panel: each line with labor and parts, the VAT it includes, the total.
void EstimatePanel(const ScreenContext& context, const domain::Estimate& estimate, float width);

} // namespace checkin::app::screens
