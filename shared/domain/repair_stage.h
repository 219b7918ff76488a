#pragma once
// The stages of a repair order and which moves between them make sense. Stored as the names below in
// repair_orders.stage and stage_events.stage.
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace checkin::domain {

enum class RepairStage {
    CheckedIn,
    Inspection,
    AwaitingApproval,
    InRepair,
    QualityCheck,
    Washing,
    Ready,
    Delivered,
};

// In process order.
std::span<const RepairStage> AllRepairStages();

// "checked_in", "inspection", "awaiting_approval", "in_repair", "quality_check", "washing", "ready",
// "delivered".
std::string_view RepairStageName(RepairStage stage);
std::optional<RepairStage> ParseRepairStage(std::string_view name);
// The string-table key: "stage.checked_in"...
std::string_view RepairStageKey(RepairStage stage);

// The moves staff may make: forward to the next stage, skipping the optional ones (awaiting approval when
// nothing needs a decision, washing); back from awaiting approval to inspection (more to look at) and from
// quality check to in repair (rework). Delivered is final; nothing moves to the same stage.
bool CanMoveStage(RepairStage from, RepairStage to);
// Every change of stage the service process makes: the staff's moves (CanMoveStage), delivery from ready,
// and a finding that needs the customer's decision taking a checked-in order to awaiting approval. The hub
// refuses any other change, made on a station that had not seen another station's move.
bool IsProcessStageChange(RepairStage from, RepairStage to);
// Every stage CanMoveStage allows from here, in process order.
std::vector<RepairStage> NextStages(RepairStage from);

// Whether an order at this stage is still open (not delivered).
bool IsOpenStage(RepairStage stage);

} // namespace checkin::domain
