#include "shared/domain/repair_stage.h"

#include <array>

namespace checkin::domain {
namespace {

struct StageInfo {
    RepairStage stage;
    std::string_view name;
    std::string_view key;
};

constexpr std::array<StageInfo, 8> kStages = {{
    {RepairStage::CheckedIn, "checked_in", "stage.checked_in"},
    {RepairStage::Inspection, "inspection", "stage.inspection"},
    {RepairStage::AwaitingApproval, "awaiting_approval", "stage.awaiting_approval"},
    {RepairStage::InRepair, "in_repair", "stage.in_repair"},
    {RepairStage::QualityCheck, "quality_check", "stage.quality_check"},
    {RepairStage::Washing, "washing", "stage.washing"},
    {RepairStage::Ready, "ready", "stage.ready"},
    {RepairStage::Delivered, "delivered", "stage.delivered"},
}};

constexpr std::array<RepairStage, 8> kOrder
    = {RepairStage::CheckedIn, RepairStage::Inspection, RepairStage::AwaitingApproval, RepairStage::InRepair,
        RepairStage::QualityCheck, RepairStage::Washing, RepairStage::Ready, RepairStage::Delivered};

const StageInfo& InfoOf(RepairStage stage)
{
    for (const StageInfo& info : kStages)
        if (info.stage == stage)
            return info;
    return kStages.front();
}

bool IsOptional(RepairStage stage)
{
    return stage == RepairStage::AwaitingApproval || stage == RepairStage::Washing;
}

} // namespace

std::span<const RepairStage> AllRepairStages()
{
    return kOrder;
}

std::string_view RepairStageName(RepairStage stage)
{
    return InfoOf(stage).name;
}

std::optional<RepairStage> ParseRepairStage(std::string_view name)
{
    for (const StageInfo& info : kStages)
        if (info.name == name)
            return info.stage;
    return std::nullopt;
}

std::string_view RepairStageKey(RepairStage stage)
{
    return InfoOf(stage).key;
}

bool CanMoveStage(RepairStage from, RepairStage to)
{
    if (from == RepairStage::AwaitingApproval && to == RepairStage::Inspection)
        return true; // more to look at
    if (from == RepairStage::QualityCheck && to == RepairStage::InRepair)
        return true; // rework
    // Forward: the next stage, or past optional ones up to the first required one.
    const auto from_index = static_cast<std::size_t>(from);
    for (std::size_t next = from_index + 1; next < kOrder.size(); ++next) {
        if (kOrder[next] == to)
            return true;
        if (!IsOptional(kOrder[next]))
            return false;
    }
    return false;
}

bool IsProcessStageChange(RepairStage from, RepairStage to)
{
    return CanMoveStage(from, to) || (from == RepairStage::CheckedIn && to == RepairStage::AwaitingApproval);
}

std::vector<RepairStage> NextStages(RepairStage from)
{
    std::vector<RepairStage> stages;
    for (RepairStage to : kOrder)
        if (CanMoveStage(from, to))
            stages.push_back(to);
    return stages;
}

bool IsOpenStage(RepairStage stage)
{
    return stage != RepairStage::Delivered;
}

} // namespace checkin::domain
