#include "shared/domain/followup_rules.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "shared/domain/civil_date.h"

namespace checkin::domain {
namespace {

constexpr std::array<std::pair<FollowUpKind, std::string_view>, 12> kKindNames = {{
    {FollowUpKind::Day1, "day1"},
    {FollowUpKind::Day7, "day7"},
    {FollowUpKind::Day30, "day30"},
    {FollowUpKind::Service, "service"},
    {FollowUpKind::FirstMaintenance, "first_maintenance"},
    {FollowUpKind::Insurance, "insurance"},
    {FollowUpKind::Inspection, "inspection"},
    {FollowUpKind::Licence, "licence"},
    {FollowUpKind::Lapsed3, "lapsed_3"},
    {FollowUpKind::Lapsed6, "lapsed_6"},
    {FollowUpKind::Lapsed9, "lapsed_9"},
    {FollowUpKind::Rebook, "rebook"},
}};

constexpr std::array<FollowUpKind, kKindNames.size()> kAllKinds = [] {
    std::array<FollowUpKind, kKindNames.size()> kinds{};
    for (std::size_t index = 0; index < kKindNames.size(); ++index)
        kinds[index] = kKindNames[index].first;
    return kinds;
}();

double Median(std::vector<double> values)
{
    const std::size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle), values.end());
    const double upper = values[middle];
    if (values.size() % 2 == 1)
        return upper;
    const double lower
        = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle));
    return (lower + upper) / 2;
}

void AddThankYouCalls(
    const VehicleFollowUpFacts& vehicle, std::int64_t today, std::vector<FollowUpDue>& result)
{
    for (const DeliveredOrder& order : vehicle.delivered)
        for (const ThankYouCall& call : ThankYouCalls(order.delivered_date)) {
            const std::int64_t due = *ParseIsoDate(call.due_date);
            if (due > today + kFollowUpLookaheadDays || due < today - kThankYouStaleDays)
                continue;
            result.push_back({call.kind, call.due_date, order.id, {}, order.id});
        }
}

// The day the service became due soon: by date, or when the projection reached the mileage.
std::int64_t ServiceCallDay(
    const ServiceDue& due, const std::optional<MileageTrend>& trend, std::int64_t today)
{
    if (due.reason == DueReason::Date)
        return *ParseIsoDate(*due.due_date) - kDueSoonDays;
    const std::optional<std::string> reached
        = trend ? DateAtMileage(*trend, *due.due_km - kDueSoonKm) : std::nullopt;
    return reached ? std::min(today, *ParseIsoDate(*reached)) : today;
}

void AddServices(const std::vector<ServiceInterval>& catalog, const VehicleFollowUpFacts& vehicle,
    std::int64_t today, std::vector<FollowUpDue>& result)
{
    const std::optional<MileageTrend> trend = EstimateMileageTrend(vehicle.readings);
    VehicleServiceState state = vehicle.service;
    const std::string today_text = FormatIsoDate(today);
    if (trend) {
        const std::int64_t projected = *ProjectMileage(*trend, today_text);
        state.mileage_km = std::max(projected, state.mileage_km.value_or(0));
    }
    for (const ServiceDue& due : ServicesDue(catalog, state, today_text)) {
        if (due.status == DueStatus::NotDue)
            continue;
        const bool by_date = due.reason == DueReason::Date;
        const std::string anchor = due.code + ":" + due.due_date.value_or("") + ":"
            + (due.due_km ? std::to_string(*due.due_km) : "");
        const std::string reason
            = due.code + (by_date ? ":date:" + *due.due_date : ":mileage:" + std::to_string(*due.due_km));
        const FollowUpKind kind
            = due.code == kFirstMaintenanceCode ? FollowUpKind::FirstMaintenance : FollowUpKind::Service;
        result.push_back(
            {kind, FormatIsoDate(ServiceCallDay(due, trend, today)), anchor, reason, std::nullopt});
    }
}

void AddExpiry(FollowUpKind kind, const std::optional<std::string>& expiry, std::int64_t today,
    std::vector<FollowUpDue>& result)
{
    const std::optional<std::int64_t> day = expiry ? ParseIsoDate(*expiry) : std::nullopt;
    if (!day || *day - kExpiryNoticeDays > today + kFollowUpLookaheadDays || *day + kExpiryStaleDays < today)
        return;
    result.push_back({kind, FormatIsoDate(*day - kExpiryNoticeDays), *expiry, *expiry, std::nullopt});
}

} // namespace

std::string_view FollowUpKindName(FollowUpKind kind)
{
    for (const auto& [candidate, name] : kKindNames)
        if (candidate == kind)
            return name;
    return {};
}

std::span<const FollowUpKind> AllFollowUpKinds()
{
    return kAllKinds;
}

std::optional<FollowUpKind> ParseFollowUpKind(std::string_view name)
{
    for (const auto& [kind, candidate] : kKindNames)
        if (candidate == name)
            return kind;
    return std::nullopt;
}

std::optional<MileageTrend> EstimateMileageTrend(const std::vector<OdometerReading>& readings)
{
    std::vector<std::pair<std::int64_t, double>> points;
    for (const OdometerReading& reading : readings)
        if (const std::optional<std::int64_t> day = ParseIsoDate(reading.date))
            points.emplace_back(*day, static_cast<double>(reading.km));
    if (points.empty())
        return std::nullopt;
    const auto [first, last] = std::minmax_element(points.begin(), points.end());
    if (last->first - first->first < kMinTrendSpanDays)
        return std::nullopt;

    std::vector<double> slopes;
    for (std::size_t i = 0; i < points.size(); ++i)
        for (std::size_t j = i + 1; j < points.size(); ++j)
            if (points[i].first != points[j].first)
                slopes.push_back((points[j].second - points[i].second)
                    / static_cast<double>(points[j].first - points[i].first));
    const double slope = Median(slopes);
    if (slope < 0 || slope > kMaxKmPerDay)
        return std::nullopt;
    std::vector<double> intercepts;
    for (const auto& [day, km] : points)
        intercepts.push_back(km - slope * static_cast<double>(day));
    return MileageTrend{slope, Median(intercepts)};
}

std::optional<std::int64_t> ProjectMileage(const MileageTrend& trend, std::string_view date)
{
    const std::optional<std::int64_t> day = ParseIsoDate(date);
    if (!day)
        return std::nullopt;
    const double km = trend.km_at_epoch + trend.km_per_day * static_cast<double>(*day);
    return std::max<std::int64_t>(0, std::llround(km));
}

std::optional<std::string> DateAtMileage(const MileageTrend& trend, std::int64_t km)
{
    if (trend.km_per_day <= 0)
        return std::nullopt;
    const double day = (static_cast<double>(km) - trend.km_at_epoch) / trend.km_per_day;
    return FormatIsoDate(static_cast<std::int64_t>(std::ceil(day - 1e-9)));
}

std::vector<ThankYouCall> ThankYouCalls(std::string_view delivered_date)
{
    const std::optional<std::int64_t> day = ParseIsoDate(delivered_date);
    if (!day)
        return {};
    return {{FollowUpKind::Day1, FormatIsoDate(*day + 1)}, {FollowUpKind::Day7, FormatIsoDate(*day + 7)},
        {FollowUpKind::Day30, FormatIsoDate(*day + 30)}};
}

std::optional<Lapse> LapseOn(std::string_view last_visit_date, std::string_view on)
{
    const std::optional<std::int64_t> last = ParseIsoDate(last_visit_date);
    const std::optional<std::int64_t> day = ParseIsoDate(on);
    if (!last || !day)
        return std::nullopt;
    constexpr std::array<std::pair<std::int64_t, FollowUpKind>, 3> kLevels
        = {{{9, FollowUpKind::Lapsed9}, {6, FollowUpKind::Lapsed6}, {3, FollowUpKind::Lapsed3}}};
    for (const auto& [months, kind] : kLevels) {
        const std::int64_t since = AddMonths(*last, months);
        if (*day >= since)
            return Lapse{kind, FormatIsoDate(since)};
    }
    return std::nullopt;
}

std::vector<FollowUpDue> FollowUpsDue(
    const std::vector<ServiceInterval>& catalog, const VehicleFollowUpFacts& vehicle, std::string_view today)
{
    const std::optional<std::int64_t> day = ParseIsoDate(today);
    if (!day)
        return {};
    std::vector<FollowUpDue> result;
    AddThankYouCalls(vehicle, *day, result);
    AddServices(catalog, vehicle, *day, result);
    AddExpiry(FollowUpKind::Insurance, vehicle.insurance_expiry, *day, result);
    AddExpiry(FollowUpKind::Inspection, vehicle.inspection_expiry, *day, result);
    AddExpiry(FollowUpKind::Licence, vehicle.licence_expiry, *day, result);
    if (vehicle.last_visit_date)
        if (const std::optional<Lapse> lapse
            = LapseOn(*vehicle.last_visit_date, FormatIsoDate(*day + kFollowUpLookaheadDays)))
            result.push_back({lapse->kind, lapse->since, *vehicle.last_visit_date, *vehicle.last_visit_date,
                std::nullopt});
    return result;
}

} // namespace checkin::domain
