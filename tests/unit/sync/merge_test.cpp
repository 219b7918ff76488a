#include <doctest/doctest.h>

#include "shared/sync/merge.h"

using checkin::store::ColumnClock;
using checkin::store::ColumnState;
using checkin::store::RowState;
using checkin::sync::IncomingWins;
using checkin::sync::WinningColumns;

namespace {

const ColumnClock kOld{"0001732066200000-00000", "device-b"};
const ColumnClock kNew{"0001732066200001-00000", "device-a"};
const ColumnClock kNewTieBreak{"0001732066200001-00000", "device-b"};

} // namespace

TEST_SUITE("unit/sync")
{
    TEST_CASE("Per column, the newer clock wins and an older one changes nothing")
    {
        const RowState stored{"customers", "c1",
            {{"surname", {std::string("Zhang"), kNew}}, {"mobile", {std::string("13800000000"), kOld}}}};
        const RowState incoming{"customers", "c1",
            {{"surname", {std::string("Li"), kOld}}, {"mobile", {std::string("13911112222"), kNew}}}};
        const RowState winners = WinningColumns(stored, incoming);
        REQUIRE(winners.columns.size() == 1);
        CHECK(std::get<std::string>(winners.columns.at("mobile").value) == "13911112222");
    }

    TEST_CASE("Equal wall time and counter: the device id decides, and the same clock changes nothing")
    {
        const ColumnState stored{std::string("a"), kNew};
        CHECK(IncomingWins("notes", &stored, {std::string("b"), kNewTieBreak}));
        CHECK_FALSE(IncomingWins("notes", &stored, {std::string("b"), kNew}));
        const ColumnState later{std::string("b"), kNewTieBreak};
        CHECK_FALSE(IncomingWins("notes", &later, {std::string("a"), kNew}));
    }

    TEST_CASE("A tombstone wins over any later write, and a later delete keeps the row deleted")
    {
        const ColumnState deleted{std::int64_t{100}, kOld};
        CHECK_FALSE(IncomingWins("deleted_at", &deleted, {nullptr, kNew}));
        const ColumnState alive{nullptr, kNew};
        CHECK(IncomingWins("deleted_at", &alive, {std::int64_t{100}, kOld}));
        CHECK(IncomingWins("deleted_at", &deleted, {std::int64_t{200}, kNew}));
    }

    TEST_CASE("created_at keeps the clock of the write that created the row")
    {
        const ColumnState created{std::int64_t{100}, kNew};
        CHECK(IncomingWins("created_at", &created, {std::int64_t{50}, kOld}));
        CHECK_FALSE(IncomingWins("created_at", &created, {std::int64_t{150}, kNewTieBreak}));
    }

    TEST_CASE("A new row takes every column; a column without a clock never overrides a stored one")
    {
        const RowState incoming{"settings", "k", {{"value", {std::string("x"), std::nullopt}}}};
        CHECK(WinningColumns(std::nullopt, incoming).columns.size() == 1);
        const RowState stored{"settings", "k", {{"value", {std::string("y"), std::nullopt}}}};
        CHECK(WinningColumns(stored, incoming).columns.empty());
    }
}
