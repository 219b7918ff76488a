#pragma once
// What the staff and waiting-area roles show: the advisor station (sign-in, arrivals, confirming a check-in,
// the open orders, one order with its findings and photos), the lounge tablet (one customer's car) and the
// lounge board. Screens only read it; the app fills it from the store.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/reminders.h"
#include "shared/store/queries_customer_file.h"
#include "shared/store/queries_help.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/store/queries_staff.h"

namespace checkin::app {

enum class AdvisorScreen { SignIn, Arrivals, Confirm, Orders, Order, Finding, PhotoBrowser };

struct StaffSession {
    std::string staff_id;
    std::string name;
    std::string role; // "advisor" | "technician" | "manager"
};

// A finding being written: an item of the inspection list, its rating and prices typed in yuan.
struct FindingDraft {
    std::string item_key; // "brake_pads_front"...: the title in both languages comes from the string table
    std::string rating = "yellow";
    std::string labor_yuan;
    std::string parts_yuan;
    bool editing_parts = false; // which price the keypad types into
};

struct PhotoBrowserEntry {
    std::string name;
    std::filesystem::path path;
    bool is_folder = false;
};

// The touch file browser that picks photos for the open order (or one of its findings).
struct PhotoBrowser {
    std::filesystem::path folder;
    std::vector<PhotoBrowserEntry> entries; // folders first, then pictures, by name
    std::optional<std::string> finding_id;
};

// How the customer file reads at a glance when a check-in is confirmed.
enum class LapseLevel { Active, Lapsed3, Lapsed6, Lapsed9 };

struct AdvisorState {
    AdvisorScreen screen = AdvisorScreen::SignIn;
    std::vector<store::StaffRow> staff;
    std::string pin_staff_id; // who is typing a PIN
    std::string pin;
    std::optional<StaffSession> session;

    // Arrivals
    std::vector<store::WaitingCheckIn> waiting;
    std::vector<store::HelpRequest> help;
    std::vector<store::TodayBooking> bookings;
    // The open orders
    std::vector<store::OrderSummary> orders;

    // Confirming a check-in: the customer file and the order to open
    std::optional<store::WaitingCheckIn> checkin;
    std::optional<store::CustomerOnFile> customer;
    std::vector<store::VisitRecord> history;
    std::vector<domain::ServiceDue> due; // of the car checked in
    LapseLevel lapse = LapseLevel::Active;
    std::string full_name_edit; // the advisor's correction of the customer's full name
    std::string technician_id;
    std::string bay;
    std::int64_t promised_at_ms = 0;

    // One order
    std::optional<store::OrderDetail> order;
    FindingDraft finding;
    PhotoBrowser browser;
    int photo_jobs_pending = 0;

    std::string message_key;
    std::string message_detail; // filled into {detail} of the message
    bool message_is_error = false;
};

enum class LoungeScreen { Enter, Order, Photo };
enum class LoungeLookup { Code, Plate };

struct LoungeState {
    LoungeScreen screen = LoungeScreen::Enter;
    LoungeLookup lookup = LoungeLookup::Code;
    std::string code;
    std::string plate;
    std::string last4;
    bool typing_last4 = false; // the plate is done (it may be 7 or 8 characters): the keypad types the digits
    int failed_attempts = 0;
    std::optional<store::OrderDetail> order;
    std::size_t photo_index = 0; // in order->photos, on the Photo screen
    float zoom = 1.0f;
    std::string message_key;
    bool message_is_error = false;
};

struct BoardState {
    std::vector<store::BoardRow> rows;
};

} // namespace checkin::app
