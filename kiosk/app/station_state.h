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
#include "shared/store/queries_aftercare.h"
#include "shared/store/queries_capacity.h"
#include "shared/store/queries_customer_file.h"
#include "shared/store/queries_dashboard.h"
#include "shared/store/queries_followups.h"
#include "shared/store/queries_help.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/store/queries_staff.h"

namespace checkin::app {

enum class AdvisorScreen {
    SignIn,
    Arrivals,
    Confirm,
    Orders,
    Order,
    Finding,
    PhotoBrowser,
    CloseOut,
    Complaints,
    Worklist,
    Dashboard,
    Exports,
};

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

// What staff type for a complaint on the station's keyboard (the system's input method for Chinese).
enum class ComplaintText { OptionA, OptionB, Resolution, ManagerNote };
struct ComplaintDraft {
    std::string option_a;
    std::string option_b;
    std::string resolution;
    std::string manager_note;
};

// The follow-up worklist: the calls due (one tab per kind), the call open beside the list with the note
// being typed, and a visit being booked when the customer says yes.
struct WorklistState {
    std::vector<store::WorklistItem> items;
    std::vector<store::WorklistCount> counts;
    std::string kind; // the tab: "" for every kind
    std::string item_id;
    std::string note;
    bool booking = false;
    std::vector<store::DayView> days;
    std::int64_t day_start_ms = 0;
    std::vector<store::SlotView> slots;
    std::int64_t slot_start_ms = 0;
    std::vector<std::string> service_item_ids;
    bool refreshing = false; // the day's calls are being worked out
};

// The manager's dashboard and exports cover one of these ranges of days, ending today.
enum class ReportRange { Last7Days, Last30Days, ThisMonth, Last90Days };

// The manager's figures for the range picked.
struct DashboardState {
    ReportRange range = ReportRange::Last30Days;
    std::optional<store::DashboardFigures> figures;
    std::int64_t loaded_at_ms = 0;
};

// The manager's exports: the repair record of the report range, and one customer's data (a copy, or its
// erasure, which asks for a second tap).
struct ExportsState {
    std::string plate_query; // typed on the station's keyboard
    std::optional<store::CustomerOnFile> customer;
    bool confirm_erase = false;
    std::string last_file; // where the last export was written
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
    // Settlement of the order: the bill and the discount typed in yuan
    std::optional<store::InvoiceView> invoice;
    std::string discount_yuan;

    // Complaints: the list, the one open beside it and what is being typed for it
    std::vector<store::ComplaintRow> complaints;
    std::string complaint_id;
    ComplaintDraft complaint_draft;
    int complaints_overdue = 0;

    WorklistState worklist;
    DashboardState dashboard;
    ExportsState exports;

    std::string message_key;
    std::string message_detail; // filled into {detail} of the message
    bool message_is_error = false;
};

enum class LoungeScreen { Enter, Order, Photo, Survey, SurveyThanks };

// The satisfaction survey as the customer fills it: a score per question, NPS, quick remarks, a comment.
struct SurveyDraft {
    int step = 0; // one question per page: the items, then NPS, then remarks and comment
    std::vector<std::pair<std::string, int>> scores; // question key -> 1..5, in the order answered
    int nps = -1;
    std::vector<std::string> remarks; // keys of the quick remarks picked ("survey.remark.<key>")
    std::string comment; // typed with the tablet's own input method
};
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
    std::optional<store::InvoiceView> invoice; // the itemized bill, once the car is ready
    bool surveyed = false; // this order's survey is done
    SurveyDraft survey;
    bool survey_was_low = false; // the thanks screen promises a call within the hour
    std::size_t photo_index = 0; // in order->photos, on the Photo screen
    float zoom = 1.0f;
    std::string message_key;
    bool message_is_error = false;
};

struct BoardState {
    std::vector<store::BoardRow> rows;
};

} // namespace checkin::app
