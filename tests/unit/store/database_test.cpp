#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "shared/store/database.h"
#include "unit/store/store_test_support.h"

using namespace checkin::store;
using checkin::testing::StoreErrorCodeOf;
using checkin::testing::TempFolder;

namespace {

std::string PragmaText(Database& db, const char* sql)
{
    Statement statement(db, sql);
    REQUIRE(statement.Step());
    return statement.Text(0);
}

} // namespace

TEST_SUITE("unit/store")
{
    TEST_CASE("Database::Open creates missing folders and configures the connection")
    {
        TempFolder temp;
        const auto path = temp.Folder() / "nested" / "deeper" / "store.db";
        Database db = Database::Open(path);
        CHECK(std::filesystem::exists(path));
        CHECK(PragmaText(db, "PRAGMA journal_mode") == "wal");
        CHECK(PragmaText(db, "PRAGMA synchronous") == "2"); // FULL
        CHECK(PragmaText(db, "PRAGMA foreign_keys") == "1");
        CHECK(PragmaText(db, "PRAGMA busy_timeout") == "5000");
        CHECK(db.FileName() == path.string());
    }

    TEST_CASE("A text file renamed .db is refused as NotADatabase")
    {
        TempFolder temp;
        {
            std::ofstream file(temp.DatabasePath(), std::ios::binary);
            file << "surname,mobile\n张,13812345678\n王,13987654321\n";
        }
        std::string message;
        const auto code = StoreErrorCodeOf([&] {
            try {
                Database::Open(temp.DatabasePath());
            } catch (const StoreError& error) {
                message = error.what();
                throw;
            }
        });
        CHECK(code == StoreErrorCode::NotADatabase);
        CHECK(message.find(temp.DatabasePath().string()) != std::string::npos);
    }

    TEST_CASE("A path that cannot be created is refused as CannotOpen")
    {
        TempFolder temp;
        const auto blocker = temp.Folder() / "a-file";
        std::ofstream(blocker) << "not a folder";
        CHECK(StoreErrorCodeOf([&] { Database::Open(blocker / "store.db"); }) == StoreErrorCode::CannotOpen);
        CHECK(StoreErrorCodeOf([&] { Database::Open(temp.Folder()); }) == StoreErrorCode::CannotOpen);
    }

    TEST_CASE("Bound parameters round-trip quotes, Unicode and embedded NULs")
    {
        TempFolder temp;
        Database db = Database::Open(temp.DatabasePath());
        db.Execute("CREATE TABLE t (a TEXT, b INTEGER, c REAL, d TEXT, e INTEGER)");
        const std::string tricky = "O'Brien \"Bob\"); DROP TABLE t; -- 张伟先生 粤BD12345 🚗";
        const std::string with_nul("a\0b", 3);
        Statement insert(db, "INSERT INTO t (a, b, c, d, e) VALUES (?, ?, ?, ?, ?)");
        insert.BindAll(tricky, std::int64_t{-9007199254740993}, 12.5, nullptr, std::optional<std::int64_t>{});
        insert.Run();
        insert.Reset();
        insert.BindAll(with_nul, 7, 0.0, std::optional<std::string>("x"), std::optional<std::int64_t>(3));
        insert.Run();

        Statement select(db, "SELECT a, b, c, d, e FROM t ORDER BY rowid");
        REQUIRE(select.Step());
        CHECK(select.Text(0) == tricky);
        CHECK(select.Int64(1) == -9007199254740993);
        CHECK(select.Double(2) == 12.5);
        CHECK(select.IsNull(3));
        CHECK(select.OptionalText(3) == std::nullopt);
        CHECK(select.OptionalInt64(4) == std::nullopt);
        REQUIRE(select.Step());
        CHECK(select.Text(0) == with_nul);
        CHECK(select.OptionalText(3) == "x");
        CHECK(select.OptionalInt64(4) == 3);
        CHECK_FALSE(select.Step());
    }

    TEST_CASE("Transaction rolls back unless committed")
    {
        TempFolder temp;
        Database db = Database::Open(temp.DatabasePath());
        db.Execute("CREATE TABLE t (a INTEGER)");
        {
            Transaction transaction(db);
            db.Execute("INSERT INTO t VALUES (1)");
        }
        {
            Transaction transaction(db);
            db.Execute("INSERT INTO t VALUES (2)");
            transaction.Commit();
            CHECK(StoreErrorCodeOf([&] { transaction.Commit(); }) == StoreErrorCode::Other);
        }
        Statement select(db, "SELECT group_concat(a) FROM t");
        REQUIRE(select.Step());
        CHECK(select.Text(0) == "2");
    }

    TEST_CASE("SQLite failures map to error codes")
    {
        TempFolder temp;
        Database db = Database::Open(temp.DatabasePath());
        db.Execute("CREATE TABLE t (a INTEGER PRIMARY KEY)");
        Statement insert(db, "INSERT INTO t (a) VALUES (?)");
        insert.BindAll(1);
        insert.Run();
        insert.Reset();
        insert.BindAll(1);
        CHECK(StoreErrorCodeOf([&] { insert.Run(); }) == StoreErrorCode::Constraint);
        CHECK(StoreErrorCodeOf([&] { Statement(db, "SELECT nope FROM t"); }) == StoreErrorCode::Other);
        CHECK(StoreErrorCodeOf([&] { Statement(db, "SELECT 1; SELECT 2"); }) == StoreErrorCode::Other);

        Database other = Database::Open(temp.DatabasePath());
        other.Execute("PRAGMA busy_timeout = 0");
        Transaction holding(db);
        CHECK(StoreErrorCodeOf([&] { Transaction waiting(other); }) == StoreErrorCode::Busy);
    }
}
