#include "shared/usecases/followups.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <array>
#include <set>
#include <stdexcept>

#include "shared/domain/civil_date.h"
#include "shared/domain/followup_rules.h"
#include "shared/domain/plate.h"
#include "shared/store/queries_catalog.h"
#include "shared/store/queries_followups.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/store/queries_settings.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/audit.h"
#include "shared/usecases/rule_violation.h"

namespace checkin::usecases {
namespace {

std::vector<domain::ServiceInterval> Intervals(store::Store& store)
{
    std::vector<domain::ServiceInterval> items;
    for (const store::CatalogItem& item : store::ListCatalog(store))
        items.push_back({item.code, item.interval_months, item.interval_km, item.is_package});
    return items;
}

bool IsNewEnergy(const std::string& plate)
{
    const domain::PlateKind kind = domain::CheckChinaPlate(plate).kind;
    return kind == domain::PlateKind::NewEnergySmall || kind == domain::PlateKind::NewEnergyLarge;
}

store::Value TextOrNull(const std::string& text)
{
    if (text.empty())
        return nullptr;
    return text;
}

// Writes the missing calls of one page of cars; returns how many.
std::int64_t WriteMissing(store::WriteTransaction& write, store::Store& store,
    const std::vector<store::FollowUpSource>& sources, const std::vector<domain::ServiceInterval>& catalog,
    std::string_view today)
{
    struct Row {
        std::string id;
        const store::FollowUpSource* source;
        domain::FollowUpDue due;
    };
    std::vector<Row> rows;
    std::vector<std::string> ids;
    std::set<std::string, std::less<>> seen;
    for (const store::FollowUpSource& source : sources) {
        domain::VehicleFollowUpFacts facts = source.facts;
        facts.service.new_energy = IsNewEnergy(source.plate);
        for (domain::FollowUpDue& due : domain::FollowUpsDue(catalog, facts, today)) {
            std::string id = FollowUpId(source.vehicle_id, domain::FollowUpKindName(due.kind), due.anchor);
            if (!seen.insert(id).second)
                continue;
            ids.push_back(id);
            rows.push_back({std::move(id), &source, std::move(due)});
        }
    }
    const std::set<std::string, std::less<>> existing = store::ExistingFollowUpIds(store, ids);
    std::int64_t created = 0;
    for (const Row& row : rows) {
        if (existing.contains(row.id))
            continue;
        write.Upsert("followups", row.id,
            {{"customer_id", row.source->customer_id}, {"vehicle_id", row.source->vehicle_id},
                {"repair_order_id",
                    row.due.repair_order_id ? store::Value(*row.due.repair_order_id) : store::Value(nullptr)},
                {"kind", std::string(domain::FollowUpKindName(row.due.kind))}, {"due_date", row.due.due_date},
                {"reason", TextOrNull(row.due.reason)}});
        ++created;
    }
    return created;
}

} // namespace

std::string FollowUpId(std::string_view vehicle_id, std::string_view kind, std::string_view anchor)
{
    static const bool initialized = sodium_init() >= 0;
    if (!initialized)
        throw std::runtime_error("libsodium could not be initialized");
    const std::string input = std::string(vehicle_id) + '\n' + std::string(kind) + '\n' + std::string(anchor);
    std::array<unsigned char, 16> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(input.data()),
        input.size(), nullptr, 0);
    hash[6] = static_cast<unsigned char>((hash[6] & 0x0F) | 0x80); // version 8: custom
    hash[8] = static_cast<unsigned char>((hash[8] & 0x3F) | 0x80); // variant RFC 9562
    std::array<char, 33> hex{};
    sodium_bin2hex(hex.data(), hex.size(), hash.data(), hash.size());
    const std::string text(hex.data(), 32);
    return text.substr(0, 8) + '-' + text.substr(8, 4) + '-' + text.substr(12, 4) + '-' + text.substr(16, 4)
        + '-' + text.substr(20);
}

RefreshSummary RefreshFollowUps(store::Store& store, std::string_view today)
{
    const std::optional<std::int64_t> today_day = domain::ParseIsoDate(today);
    if (!today_day)
        throw std::invalid_argument("RefreshFollowUps: today is not a date: " + std::string(today));
    const std::int64_t offset
        = store::GetIntSetting(store, store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes);
    // The oldest delivery whose day-30 call is not stale yet.
    const std::string delivered_since = domain::FormatIsoDate(*today_day - 30 - domain::kThankYouStaleDays);
    const std::vector<domain::ServiceInterval> catalog = Intervals(store);

    RefreshSummary summary;
    std::string after; // below every id
    while (true) {
        store::WriteTransaction write(store);
        const std::vector<store::FollowUpSource> sources
            = store::FollowUpSourcesAfter(store, after, kFollowUpRefreshBatch, delivered_since, offset);
        if (sources.empty())
            break;
        summary.vehicles += static_cast<std::int64_t>(sources.size());
        summary.created += WriteMissing(write, store, sources, catalog, today);
        write.Commit();
        after = sources.back().vehicle_id;
    }
    return summary;
}

std::string_view FollowUpOutcomeName(FollowUpOutcomeKind outcome)
{
    switch (outcome) {
    case FollowUpOutcomeKind::Reached:
        return "reached";
    case FollowUpOutcomeKind::NoAnswer:
        return "no_answer";
    case FollowUpOutcomeKind::Booked:
        return "booked";
    case FollowUpOutcomeKind::Declined:
        return "declined";
    case FollowUpOutcomeKind::WrongNumber:
        return "wrong_number";
    }
    return {};
}

FollowUpOutcomeResult LogFollowUpOutcome(store::Store& store, const FollowUpOutcome& outcome)
{
    const std::int64_t now = store.Clock().NowUtcMs();
    // Taken first: a booking's slot and code are checked under the write lock (see WriteBooking).
    store::WriteTransaction write(store);

    // [SECTION] Every rule, before anything is written
    const std::optional<store::FollowUpRow> row = store::FindFollowUp(store, outcome.followup_id);
    if (!row)
        throw RuleViolation(RuleViolationCode::UnknownFollowUp);
    if (row->done_at)
        throw RuleViolation(RuleViolationCode::FollowUpDone);
    if (row->customer_erased)
        throw RuleViolation(RuleViolationCode::CustomerErased);
    if (!store::IsActiveStaff(store, outcome.staff_id))
        throw RuleViolation(RuleViolationCode::UnknownStaff);

    // [SECTION] The writes (a booking checks its own rules first)
    FollowUpOutcomeResult result;
    result.closed = outcome.outcome != FollowUpOutcomeKind::NoAnswer;
    store::Columns columns = {{"outcome", std::string(FollowUpOutcomeName(outcome.outcome))},
        {"note", TextOrNull(outcome.note)}, {"attempts", row->attempts + 1}, {"attempted_at", now}};
    if (result.closed) {
        columns.emplace_back("done_at", now);
        columns.emplace_back("done_by", outcome.staff_id);
    }
    if (outcome.outcome == FollowUpOutcomeKind::Booked) {
        BookingRequest request;
        request.customer_id = row->customer_id;
        request.vehicle_id = row->vehicle_id.value_or("");
        request.slot_start_utc_ms = outcome.slot_start_utc_ms;
        request.service_item_ids = outcome.service_item_ids;
        request.source = BookingSource::Phone;
        result.booking = WriteBooking(write, store, request);
        columns.emplace_back("booking_id", result.booking->booking_id);
    }
    write.Upsert("followups", row->id, columns);
    nlohmann::json detail{{"outcome", FollowUpOutcomeName(outcome.outcome)}, {"kind", row->kind}};
    if (result.booking)
        detail["booking_id"] = result.booking->booking_id;
    RecordAudit(write, store, outcome.staff_id, "log_followup_outcome", "followups", row->id, detail.dump());
    write.Commit();
    return result;
}

} // namespace checkin::usecases
