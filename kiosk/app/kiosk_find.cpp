// Finding today's booking (plate or mobile, then verification) and finding the customer file by plate for
// a walk-in or a new booking (through the hub when it can be reached). Nothing personal is shown before
// the customer proves the booking is theirs.
#include <algorithm>
#include <cctype>

#include <spdlog/spdlog.h>

#include "app/app.h"
#include "shared/domain/phone.h"
#include "shared/domain/plate.h"
#include "shared/store/queries_bookings.h"
#include "shared/sync/device_sync.h"
#include "shared/sync/sync_client.h"
#include "shared/usecases/services_due.h"
#include "shared/usecases/shop_day.h"

namespace checkin::app {
namespace {

constexpr int kMaxVerifyAttempts = 3;

std::string Upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
        [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

} // namespace

void App::Handle(const intent::SetLookupMode& intent)
{
    m_state.journey.lookup_mode = intent.mode;
    SetMessage({}, false);
}

bool App::SearchBooking()
{
    KioskJourney& journey = m_state.journey;
    const usecases::UtcRange today = usecases::ShopDayAt(m_clock.NowUtcMs(), m_state.utc_offset_minutes);
    if (journey.lookup_mode == LookupMode::Plate) {
        const domain::PlateCheck check = domain::CheckChinaPlate(journey.plate);
        if (!check.valid) {
            SetMessage("kiosk.find.plate_invalid");
            return false;
        }
        journey.matches = store::FindBookingsByPlateOnDay(
            m_store, check.normalized, today.start_utc_ms, today.end_utc_ms);
    } else {
        const domain::PhoneCheck check = domain::CheckChinaMobile(journey.mobile);
        if (!check.valid) {
            SetMessage("kiosk.find.mobile_invalid");
            return false;
        }
        journey.matches = store::FindBookingsByMobileOnDay(
            m_store, check.normalized, today.start_utc_ms, today.end_utc_ms);
    }
    std::erase_if(
        journey.matches, [](const store::BookingSummary& match) { return match.status != "booked"; });
    if (journey.matches.empty()) {
        SetMessage("kiosk.find.not_found");
        return false;
    }
    journey.verify_code.clear();
    if (journey.lookup_mode == LookupMode::Mobile && journey.matches.size() == 1)
        Handle(intent::SelectBooking{journey.matches.front().id});
    return true;
}

bool App::VerifyIdentity()
{
    KioskJourney& journey = m_state.journey;
    if (journey.failed_verifications >= kMaxVerifyAttempts)
        return false;
    const std::string code = Upper(journey.verify_code);
    for (const store::BookingSummary& match : journey.matches) {
        const std::string mobile = match.customer_mobile.value_or("");
        const bool last_four = code.size() == 4 && mobile.size() >= 4 && mobile.ends_with(code);
        if (last_four || code == match.code) {
            journey.matches = {match};
            Handle(intent::SelectBooking{match.id});
            return true;
        }
    }
    ++journey.failed_verifications;
    journey.verify_code.clear();
    SetMessage(
        journey.failed_verifications >= kMaxVerifyAttempts ? "kiosk.verify.locked" : "kiosk.verify.wrong");
    return false;
}

void App::Handle(const intent::SelectBooking& intent)
{
    KioskJourney& journey = m_state.journey;
    for (const store::BookingSummary& match : journey.matches) {
        if (match.id != intent.booking_id)
            continue;
        journey.booking = match;
        journey.customer = store::FindCustomerByPlate(m_store, match.vehicle_plate);
        journey.service_ids.clear();
        for (const store::BookingLineView& line : store::BookingLines(m_store, match.id))
            journey.service_ids.push_back(line.service_item_id);
        ChooseVehicle(match.vehicle_id);
        RefreshEstimate();
    }
}

bool App::IdentifyPlate()
{
    KioskJourney& journey = m_state.journey;
    if (journey.asking_hub)
        return false;
    const domain::PlateCheck check = domain::CheckChinaPlate(journey.plate);
    if (!check.valid) {
        SetMessage("kiosk.find.plate_invalid");
        return false;
    }
    journey.plate = check.normalized;
    // Online, the hub knows every customer; offline (as the sync worker last saw it), this kiosk's own
    // records decide: the day's bookings and check-ins and the customers it registered.
    const bool offline = m_state.sync && m_state.sync->paired && !m_state.sync->online;
    if (const std::optional<sync::HubAddress> hub = sync::PairedHub(m_store); hub && !offline) {
        journey.asking_hub = true;
        m_customer_lookup.Start(*hub, journey.plate);
        SetMessage("kiosk.identify.looking_up", false);
        return false; // FinishCustomerLookup moves on
    }
    RecogniseCustomer({});
    return true;
}

void App::FinishCustomerLookup()
{
    std::optional<LookupAnswer> answer = m_customer_lookup.Take();
    KioskJourney& journey = m_state.journey;
    if (!answer || !journey.asking_hub)
        return; // none, or the customer left the journey meanwhile
    journey.asking_hub = false;
    SetMessage({}, false);
    if (m_state.screen != KioskScreen::IdentifyPlate || answer->plate != journey.plate)
        return;
    std::vector<sync::VehicleServiceHistory> history;
    if (answer->reply.Ok()) {
        try {
            sync::ApplyHubRows(m_store, answer->reply.response->rows);
            history = std::move(answer->reply.response->history);
        } catch (const store::StoreError& error) {
            spdlog::error("kiosk: the customer file from the hub could not be kept: {}", error.what());
        }
    } else {
        spdlog::warn("kiosk: the hub could not look the plate up ({}); this kiosk's records decide",
            answer->reply.error.message);
    }
    RecogniseCustomer(history);
    GoTo(NextScreen());
}

// The customer file of the journey's plate from this kiosk's store, with the done services the hub sent
// (the kiosk holds no repair orders) for the reminders.
void App::RecogniseCustomer(const std::vector<sync::VehicleServiceHistory>& history)
{
    KioskJourney& journey = m_state.journey;
    journey.customer = store::FindCustomerByPlate(m_store, journey.plate);
    if (!journey.customer || journey.customer->vehicles.empty())
        return;
    for (store::VehicleOnFile& vehicle : journey.customer->vehicles)
        for (const sync::VehicleServiceHistory& done : history)
            if (done.vehicle_id == vehicle.id && vehicle.history.empty())
                vehicle.history = done.records;
    ChooseVehicle(journey.customer->vehicles.front().id); // the car with this plate comes first
}

void App::Handle(const intent::SelectVehicle& intent)
{
    ChooseVehicle(intent.vehicle_id);
}

void App::ChooseVehicle(const std::string& vehicle_id)
{
    KioskJourney& journey = m_state.journey;
    journey.vehicle_id = vehicle_id;
    journey.due.clear();
    if (!journey.customer)
        return;
    for (const store::VehicleOnFile& vehicle : journey.customer->vehicles) {
        if (vehicle.id != vehicle_id)
            continue;
        const std::string today = usecases::ShopDate(m_clock.NowUtcMs(), m_state.utc_offset_minutes);
        journey.due = usecases::ServicesDueFor(m_state.catalog.services, vehicle, std::nullopt, today);
    }
}

} // namespace checkin::app
