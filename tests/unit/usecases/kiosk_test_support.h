#pragma once
// A store seeded with the demo shop at 2024-11-20 09:30 Beijing time (a Wednesday), and the helpers the
// tests of the kiosk use cases share.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/clock.h"
#include "shared/store/blob_store.h"
#include "shared/store/queries_catalog.h"
#include "shared/store/store.h"
#include "shared/usecases/demo_data.h"
#include "shared/usecases/rule_violation.h"
#include "unit/store/store_test_support.h"

namespace checkin::testing {

inline constexpr std::int64_t kHourMs = 3'600'000;
inline constexpr std::int64_t kDayMs = 24 * kHourMs;
// 2024-11-20 00:00 in Beijing.
inline constexpr std::int64_t kTodayStart = 1732032000000;

struct OutboxOp {
    std::int64_t device_seq = 0;
    std::string table_name;
    std::string row_id;
    nlohmann::json columns;
    std::int64_t created_at = 0;
};

// The outbox ops after device_seq `after`, in order.
inline std::vector<OutboxOp> OutboxOpsAfter(store::Store& store, std::int64_t after)
{
    store::Statement select(store.Db(),
        "SELECT device_seq, table_name, row_id, columns_json, created_at FROM outbox WHERE device_seq > ? "
        "ORDER BY device_seq");
    select.BindAll(after);
    std::vector<OutboxOp> ops;
    while (select.Step())
        ops.push_back({select.Int64(0), select.Text(1), select.Text(2), nlohmann::json::parse(select.Text(3)),
            select.Int64(4)});
    return ops;
}

inline std::int64_t LastOutboxSeq(store::Store& store)
{
    store::Statement select(store.Db(), "SELECT coalesce(max(device_seq), 0) FROM outbox");
    select.Step();
    return select.Int64(0);
}

// A column of one row as text, or nullopt when the row or the value is missing.
inline std::optional<std::string> ColumnText(
    store::Store& store, const std::string& table, const std::string& column, const std::string& id)
{
    store::Statement select(store.Db(), "SELECT CAST(" + column + " AS TEXT) FROM " + table + " WHERE id = ?");
    select.BindAll(id);
    if (!select.Step())
        return std::nullopt;
    return select.OptionalText(0);
}

struct KioskFixture {
    TempFolder temp;
    domain::ManualClock clock{kStoreTestNowUtcMs};
    std::unique_ptr<store::Store> store = store::Store::Open(temp.DatabasePath(), clock, "kiosk");

    KioskFixture()
    {
        REQUIRE(
            usecases::SeedDemoDataIfEmpty(*store, std::filesystem::path(CHECKIN_SOURCE_ASSETS_DIR) / "demo"));
    }

    std::string ItemId(const std::string& code)
    {
        for (const store::CatalogItem& item : store::ListCatalog(*store))
            if (item.code == code)
                return item.id;
        FAIL("no catalog item " << code);
        return {};
    }

    std::vector<OutboxOp> OpsAfter(std::int64_t after) { return OutboxOpsAfter(*store, after); }
    std::int64_t LastSeq() { return LastOutboxSeq(*store); }
    std::optional<std::string> Column(const std::string& table, const std::string& column, const std::string& id)
    {
        return ColumnText(*store, table, column, id);
    }

    std::string SaveSignature(const std::string& strokes = "signature strokes")
    {
        const std::vector<std::uint8_t> png(strokes.begin(), strokes.end());
        return store::SaveBlob(*store, png, "png");
    }
};

// The code of the RuleViolation the call throws, or nullopt when it throws none.
inline std::optional<usecases::RuleViolationCode> RuleViolationOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const usecases::RuleViolation& violation) {
        return violation.Code();
    }
    return std::nullopt;
}

} // namespace checkin::testing
