#include "shared/store/queries_dashboard.h"

#include <algorithm>
#include <map>

#include "shared/domain/civil_date.h"
#include "shared/domain/invoice.h"
#include "shared/domain/reminders.h"
#include "shared/domain/repair_stage.h"
#include "shared/domain/survey_questions.h"
#include "shared/store/queries_settings.h"

namespace checkin::store {
namespace {

constexpr std::int64_t kMinuteMs = 60'000;

// The range as shop-local day numbers and as UTC instants [start, end).
struct ShopRange {
    bool valid = false;
    std::int64_t from_day = 0;
    std::int64_t to_day = 0;
    std::int64_t start_utc_ms = 0;
    std::int64_t end_utc_ms = 0;
    std::int64_t offset_minutes = 0;
};

std::int64_t ShopUtcOffset(Store& store)
{
    return GetIntSetting(store, kSettingUtcOffsetMinutes, kDefaultUtcOffsetMinutes);
}

ShopRange RangeOf(Store& store, std::string_view from, std::string_view to)
{
    ShopRange range;
    const std::optional<std::int64_t> from_day = domain::ParseIsoDate(from);
    const std::optional<std::int64_t> to_day = domain::ParseIsoDate(to);
    if (!from_day || !to_day || *from_day > *to_day)
        return range;
    range.valid = true;
    range.from_day = *from_day;
    range.to_day = *to_day;
    range.offset_minutes = ShopUtcOffset(store);
    range.start_utc_ms = domain::LocalMidnightUtcMs(*from_day, range.offset_minutes);
    range.end_utc_ms = domain::LocalMidnightUtcMs(*to_day + 1, range.offset_minutes);
    return range;
}

// The median of the values (the mean of the two middle ones for an even count); nullopt when empty.
std::optional<std::int64_t> Median(std::vector<std::int64_t> values)
{
    if (values.empty())
        return std::nullopt;
    const std::size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle), values.end());
    const std::int64_t upper = values[middle];
    if (values.size() % 2 == 1)
        return upper;
    const std::int64_t lower
        = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle));
    return lower + (upper - lower) / 2;
}

std::vector<std::int64_t> Durations(Store& store, std::string_view sql, const ShopRange& range)
{
    std::vector<std::int64_t> durations;
    if (!range.valid)
        return durations;
    Statement select(store.Db(), sql);
    select.BindAll(range.start_utc_ms, range.end_utc_ms);
    while (select.Step())
        durations.push_back(select.Int64(0));
    return durations;
}

// The first day of the month after the one that holds the day.
std::int64_t NextMonthStart(std::int64_t day)
{
    const std::string date = domain::FormatIsoDate(day);
    const std::int64_t first = *domain::ParseIsoDate(date.substr(0, 8) + "01");
    return domain::AddMonths(first, 1);
}

// [SECTION] First maintenance windows
std::optional<std::int64_t> FirstMaintenanceWindowMonths(Store& store)
{
    Statement select(store.Db(), R"sql(
SELECT interval_months FROM service_items
WHERE code = ?1 AND deleted_at IS NULL AND interval_months > 0
ORDER BY active DESC, updated_at DESC LIMIT 1
)sql");
    select.BindAll(domain::kFirstMaintenanceCode);
    if (!select.Step())
        return std::nullopt;
    return select.Int64(0) * domain::kFirstMaintenanceWindowFactor;
}

// The purchase days whose window (purchase + months) ends in [from_day, to_day]. AddMonths clamps to the end
// of a month, so it is not invertible: start from the naive answer and step to the exact bounds.
std::pair<std::int64_t, std::int64_t> PurchaseDaysClosingIn(
    std::int64_t from_day, std::int64_t to_day, std::int64_t months)
{
    std::int64_t first = domain::AddMonths(from_day, -months);
    while (domain::AddMonths(first, months) < from_day)
        ++first;
    while (domain::AddMonths(first - 1, months) >= from_day)
        --first;
    std::int64_t last = domain::AddMonths(to_day, -months);
    while (domain::AddMonths(last + 1, months) <= to_day)
        ++last;
    while (domain::AddMonths(last, months) > to_day)
        --last;
    return {first, last};
}

} // namespace

bool IsValidDateRange(std::string_view from, std::string_view to)
{
    const std::optional<std::int64_t> from_day = domain::ParseIsoDate(from);
    const std::optional<std::int64_t> to_day = domain::ParseIsoDate(to);
    return from_day && to_day && *from_day <= *to_day;
}

std::string BucketLabel(std::int64_t day, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return domain::FormatIsoDate(day);
    case Bucket::Week:
        return domain::FormatIsoDate(day - (domain::IsoWeekday(day) - 1));
    case Bucket::Month:
        return domain::FormatIsoDate(day).substr(0, 7);
    }
    return {};
}

// [SECTION] Arrivals

std::vector<DayCount> CheckInsPerDay(Store& store, std::string_view from, std::string_view to)
{
    const ShopRange range = RangeOf(store, from, to);
    std::vector<DayCount> days;
    if (!range.valid)
        return days;
    for (std::int64_t day = range.from_day; day <= range.to_day; ++day)
        days.push_back({domain::FormatIsoDate(day), 0});
    Statement select(store.Db(), R"sql(
SELECT (arrived_at + ?3) / ?4, count(*) FROM checkins
WHERE arrived_at >= ?1 AND arrived_at < ?2 AND deleted_at IS NULL AND status != 'cancelled'
GROUP BY 1
)sql");
    select.BindAll(range.start_utc_ms, range.end_utc_ms, range.offset_minutes * kMinuteMs, domain::kDayMs);
    while (select.Step()) {
        const std::int64_t index = select.Int64(0) - range.from_day;
        if (index >= 0 && index < static_cast<std::int64_t>(days.size()))
            days[static_cast<std::size_t>(index)].count = select.Int64(1);
    }
    return days;
}

std::optional<std::int64_t> MedianKioskCheckInMs(Store& store, std::string_view from, std::string_view to)
{
    return Median(Durations(store, R"sql(
SELECT arrived_at - started_at FROM checkins
WHERE arrived_at >= ?1 AND arrived_at < ?2 AND started_at IS NOT NULL AND deleted_at IS NULL
)sql",
        RangeOf(store, from, to)));
}

std::optional<std::int64_t> MedianConfirmWaitMs(Store& store, std::string_view from, std::string_view to)
{
    return Median(Durations(store, R"sql(
SELECT confirmed_at - arrived_at FROM checkins
WHERE arrived_at >= ?1 AND arrived_at < ?2 AND confirmed_at IS NOT NULL AND deleted_at IS NULL
)sql",
        RangeOf(store, from, to)));
}

// [SECTION] Orders

std::vector<StageCount> OrdersByStage(Store& store)
{
    std::vector<StageCount> stages;
    for (const domain::RepairStage stage : domain::AllRepairStages())
        if (domain::IsOpenStage(stage))
            stages.push_back({std::string(domain::RepairStageName(stage)), 0});
    Statement select(store.Db(), R"sql(
SELECT stage, count(*) FROM repair_orders WHERE closed_at IS NULL AND deleted_at IS NULL GROUP BY stage
)sql");
    while (select.Step()) {
        const std::string stage = select.Text(0);
        for (StageCount& count : stages)
            if (count.stage == stage)
                count.count = select.Int64(1);
    }
    return stages;
}

ApprovalCounts ApprovalRate(Store& store, std::string_view from, std::string_view to)
{
    const ShopRange range = RangeOf(store, from, to);
    if (!range.valid)
        return {};
    Statement select(store.Db(), R"sql(
SELECT coalesce(sum(decision = 'approved'), 0), count(*) FROM findings
WHERE decided_at >= ?1 AND decided_at < ?2 AND deleted_at IS NULL AND rating IN ('red', 'yellow')
  AND decision IN ('approved', 'declined')
)sql");
    select.BindAll(range.start_utc_ms, range.end_utc_ms);
    select.Step();
    return {select.Int64(0), select.Int64(1)};
}

// [SECTION] Satisfaction

std::vector<SatisfactionPoint> CsiNpsOverTime(
    Store& store, std::string_view from, std::string_view to, Bucket bucket)
{
    const ShopRange range = RangeOf(store, from, to);
    if (!range.valid)
        return {};
    struct Scores {
        std::int64_t surveys = 0;
        std::vector<int> items;
        std::vector<int> nps;
    };
    std::map<std::string, Scores> buckets; // labels sort in time order
    // Rows come by submission time, so the bucket of the last day is nearly always the one asked for.
    std::int64_t last_day = -1;
    Scores* last_scores = nullptr;
    const auto scores_of = [&](std::int64_t submitted_at) -> Scores& {
        const std::int64_t day = domain::LocalDayNumber(submitted_at, range.offset_minutes);
        if (day != last_day) {
            last_day = day;
            last_scores = &buckets[BucketLabel(day, bucket)];
        }
        return *last_scores;
    };

    Statement surveys(store.Db(), R"sql(
SELECT submitted_at, nps FROM surveys WHERE submitted_at >= ?1 AND submitted_at < ?2 AND deleted_at IS NULL
)sql");
    surveys.BindAll(range.start_utc_ms, range.end_utc_ms);
    while (surveys.Step()) {
        Scores& scores = scores_of(surveys.Int64(0));
        ++scores.surveys;
        if (!surveys.IsNull(1))
            scores.nps.push_back(static_cast<int>(surveys.Int64(1)));
    }
    Statement answers(store.Db(), R"sql(
SELECT s.submitted_at, a.score FROM surveys s
JOIN survey_answers a ON a.survey_id = s.id AND a.deleted_at IS NULL
WHERE s.submitted_at >= ?1 AND s.submitted_at < ?2 AND s.deleted_at IS NULL
)sql");
    answers.BindAll(range.start_utc_ms, range.end_utc_ms);
    while (answers.Step())
        scores_of(answers.Int64(0)).items.push_back(static_cast<int>(answers.Int64(1)));

    std::vector<SatisfactionPoint> points;
    for (const auto& [label, scores] : buckets)
        points.push_back({label, scores.surveys, domain::SatisfactionIndex(scores.items),
            domain::NetPromoterScore(scores.nps)});
    return points;
}

// [SECTION] Customer file

FirstMaintenanceCounts FirstMaintenanceReturnRate(Store& store, std::string_view from, std::string_view to)
{
    const ShopRange range = RangeOf(store, from, to);
    const std::optional<std::int64_t> months = FirstMaintenanceWindowMonths(store);
    if (!range.valid || !months)
        return {};
    const auto [first_purchase, last_purchase] = PurchaseDaysClosingIn(range.from_day, range.to_day, *months);
    if (first_purchase > last_purchase)
        return {};

    Statement cars(store.Db(), R"sql(
SELECT id, purchase_date FROM vehicles
WHERE purchase_date >= ?1 AND purchase_date <= ?2 AND deleted_at IS NULL
)sql");
    cars.BindAll(domain::FormatIsoDate(first_purchase), domain::FormatIsoDate(last_purchase));
    Statement returned(store.Db(), R"sql(
SELECT 1 FROM repair_orders o
JOIN repair_order_lines l ON l.repair_order_id = o.id AND l.deleted_at IS NULL AND l.status IN ('approved', 'done')
JOIN service_items s ON s.id = l.service_item_id
WHERE o.vehicle_id = ?1 AND o.opened_at >= ?2 AND o.opened_at < ?3 AND o.closed_at IS NOT NULL
  AND o.deleted_at IS NULL AND (s.code = ?4 OR s.is_package = 1)
LIMIT 1
)sql");
    FirstMaintenanceCounts counts;
    while (cars.Step()) {
        const std::optional<std::int64_t> purchase = domain::ParseIsoDate(cars.Text(1));
        if (!purchase)
            continue;
        ++counts.due;
        const std::int64_t window_end = domain::AddMonths(*purchase, *months);
        returned.Reset();
        returned.BindAll(cars.Text(0), domain::LocalMidnightUtcMs(*purchase, range.offset_minutes),
            domain::LocalMidnightUtcMs(window_end + 1, range.offset_minutes), domain::kFirstMaintenanceCode);
        if (returned.Step())
            ++counts.returned;
    }
    return counts;
}

LapsedTally LapsedCounts(Store& store, std::string_view today)
{
    const std::optional<std::int64_t> day = domain::ParseIsoDate(today);
    if (!day)
        return {};
    const std::string three = domain::FormatIsoDate(domain::AddMonths(*day, -3));
    const std::string six = domain::FormatIsoDate(domain::AddMonths(*day, -6));
    const std::string nine = domain::FormatIsoDate(domain::AddMonths(*day, -9));
    // The partial index vehicles_last_visit (live cars) answers each count on its own.
    Statement select(store.Db(), R"sql(
SELECT
  (SELECT count(*) FROM vehicles WHERE deleted_at IS NULL AND last_visit_date > ?2 AND last_visit_date <= ?1),
  (SELECT count(*) FROM vehicles WHERE deleted_at IS NULL AND last_visit_date > ?3 AND last_visit_date <= ?2),
  (SELECT count(*) FROM vehicles WHERE deleted_at IS NULL AND last_visit_date <= ?3)
)sql");
    select.BindAll(three, six, nine);
    select.Step();
    return {select.Int64(0), select.Int64(1), select.Int64(2)};
}

// [SECTION] Output value

namespace {

struct DeliveredValue {
    std::int64_t day = 0;
    std::int64_t output_value_fen = 0;
};

// Orders valued at delivery (output_value_fen) come from one covering index; orders delivered before the
// delivery use case kept the value are computed from their lines, as the bill does.
std::vector<DeliveredValue> DeliveredValues(Store& store, const ShopRange& range)
{
    std::vector<DeliveredValue> values;
    if (!range.valid)
        return values;
    Statement valued(store.Db(), R"sql(
SELECT closed_at, output_value_fen FROM repair_orders
WHERE closed_at >= ?1 AND closed_at < ?2 AND output_value_fen IS NOT NULL AND deleted_at IS NULL
)sql");
    valued.BindAll(range.start_utc_ms, range.end_utc_ms);
    while (valued.Step())
        values.push_back({domain::LocalDayNumber(valued.Int64(0), range.offset_minutes), valued.Int64(1)});

    Statement computed(store.Db(), R"sql(
SELECT o.closed_at, o.discount_fen, o.vat_rate_bp,
  coalesce((SELECT sum(l.labor_fen + l.parts_fen) FROM repair_order_lines l
            WHERE l.repair_order_id = o.id AND l.deleted_at IS NULL AND l.status IN ('approved', 'done')), 0)
  + coalesce((SELECT sum(coalesce(f.decided_price_fen, f.labor_fen + f.parts_fen)) FROM findings f
              WHERE f.repair_order_id = o.id AND f.deleted_at IS NULL AND f.decision = 'approved'), 0)
FROM repair_orders o
WHERE o.closed_at >= ?1 AND o.closed_at < ?2 AND o.output_value_fen IS NULL AND o.deleted_at IS NULL
  AND o.stage = 'delivered'
)sql");
    computed.BindAll(range.start_utc_ms, range.end_utc_ms);
    while (computed.Step()) {
        const domain::Money payable{computed.Int64(3) - computed.Int64(1)};
        values.push_back({domain::LocalDayNumber(computed.Int64(0), range.offset_minutes),
            domain::NetOfRate(payable, static_cast<int>(computed.Int64(2))).minor});
    }
    return values;
}

} // namespace

std::vector<ValuePoint> OutputValueByDay(Store& store, std::string_view from, std::string_view to)
{
    const ShopRange range = RangeOf(store, from, to);
    std::vector<ValuePoint> days;
    if (!range.valid)
        return days;
    for (std::int64_t day = range.from_day; day <= range.to_day; ++day)
        days.push_back({domain::FormatIsoDate(day), 0, 0});
    for (const DeliveredValue& value : DeliveredValues(store, range)) {
        ValuePoint& point = days[static_cast<std::size_t>(value.day - range.from_day)];
        ++point.orders;
        point.output_value_fen += value.output_value_fen;
    }
    return days;
}

std::vector<ValuePoint> OutputValueByMonth(Store& store, std::string_view from, std::string_view to)
{
    const ShopRange range = RangeOf(store, from, to);
    std::vector<ValuePoint> months;
    if (!range.valid)
        return months;
    for (std::int64_t day = range.from_day; day <= range.to_day; day = NextMonthStart(day))
        months.push_back({BucketLabel(day, Bucket::Month), 0, 0});
    for (const DeliveredValue& value : DeliveredValues(store, range)) {
        const std::string label = BucketLabel(value.day, Bucket::Month);
        for (ValuePoint& point : months)
            if (point.bucket == label) {
                ++point.orders;
                point.output_value_fen += value.output_value_fen;
            }
    }
    return months;
}

// [SECTION] All of it

DashboardFigures LoadDashboard(
    Store& store, std::string_view from, std::string_view to, std::string_view today)
{
    DashboardFigures figures;
    figures.from = from;
    figures.to = to;
    figures.today = today;
    figures.checkins_per_day = CheckInsPerDay(store, from, to);
    figures.median_kiosk_checkin_ms = MedianKioskCheckInMs(store, from, to);
    figures.median_confirm_wait_ms = MedianConfirmWaitMs(store, from, to);
    figures.orders_by_stage = OrdersByStage(store);
    figures.approval = ApprovalRate(store, from, to);
    figures.satisfaction_by_week = CsiNpsOverTime(store, from, to, Bucket::Week);
    figures.first_maintenance = FirstMaintenanceReturnRate(store, from, to);
    figures.lapsed = LapsedCounts(store, today);
    figures.output_value_by_day = OutputValueByDay(store, from, to);
    figures.output_value_by_month = OutputValueByMonth(store, from, to);
    return figures;
}

} // namespace checkin::store
