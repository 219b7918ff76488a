#pragma once
// Pieces the advisor, lounge and board screens share: names, stages, findings and money as each language
// shows them, and the message line.
#include <string>
#include <string_view>

#include "app/screen_context.h"
#include "shared/store/queries_capacity.h"
#include "shared/store/queries_repair_orders.h"

namespace checkin::app::screens {

// A customer as staff address them: "张先生" / "Mr. Zhang" (the full name when the file has it).
std::string CustomerName(const ScreenContext& context, const std::string& surname, const std::string& title);
// "粤A·5M823  BYD Han".
std::string CarLine(const std::string& plate, const std::string& make, const std::string& model);
const std::string& StageLabel(const ScreenContext& context, std::string_view stage);
// A checklist item's name in the current language; any other title as written.
std::string FindingTitle(const ScreenContext& context, const std::string& title);
ImU32 RatingColor(std::string_view rating);
// "¥1,280.00".
std::string Yuan(std::int64_t fen);
// "HH:MM" shop-local.
std::string ClockTime(const ScreenContext& context, std::int64_t utc_ms);
// A bookable day: "11-25 Tue".
std::string DayLabel(const ScreenContext& context, const store::DayView& day);
// A coloured line under the title: the message key filled with {detail}.
void MessageLine(
    const ScreenContext& context, const std::string& key, bool is_error, const std::string& detail);
// The manager's report range (dashboard and exports share it): a chip per range, the cursor left on their
// line.
void ReportRangeChips(const ScreenContext& context);
// The changes of this station the hub refused, each with a button to acknowledge it.
void SyncRejections(const ScreenContext& context);

} // namespace checkin::app::screens
