#include "shared/store/database.h"

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <cstdint>
#include <system_error>
#include <utility>

namespace checkin::store {
namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr std::size_t kMaxSqlInMessage = 120;

StoreErrorCode CodeFromSqlite(int result)
{
    switch (result & 0xFF) {
    case SQLITE_CONSTRAINT:
        return StoreErrorCode::Constraint;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreErrorCode::Busy;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return StoreErrorCode::NotADatabase;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return StoreErrorCode::CannotOpen;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
        return StoreErrorCode::Io;
    default:
        return StoreErrorCode::Other;
    }
}

std::string FileNameOf(sqlite3* db)
{
    const char* name = db != nullptr ? sqlite3_db_filename(db, "main") : nullptr;
    return name != nullptr ? name : "";
}

// The SQL text never holds data (values are bound), so it is safe and useful in a log.
std::string ShortSql(std::string_view sql)
{
    return sql.size() > kMaxSqlInMessage ? std::string(sql.substr(0, kMaxSqlInMessage)) + "..."
                                         : std::string(sql);
}

[[noreturn]] void ThrowSqlite(sqlite3* db, int result, std::string_view what, std::string_view sql)
{
    std::string message = std::string(what) + " failed in database '" + FileNameOf(db)
        + "': " + (db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(result));
    if (!sql.empty())
        message += " [SQL: " + ShortSql(sql) + "]";
    throw StoreError(CodeFromSqlite(result), message);
}

std::string PathToUtf8(const std::filesystem::path& path)
{
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

sqlite3_destructor_type TransientText()
{
    return reinterpret_cast<sqlite3_destructor_type>(static_cast<std::intptr_t>(-1));
}

} // namespace

// [SECTION] Database

Database Database::Open(const std::filesystem::path& path)
{
    const std::string file_name = PathToUtf8(path);
    if (path.has_parent_path()) {
        std::error_code error;
        std::filesystem::create_directories(path.parent_path(), error);
        if (error)
            throw StoreError(StoreErrorCode::CannotOpen,
                "Cannot create the folder of database '" + file_name + "': " + error.message());
    }

    sqlite3* raw = nullptr;
    const int result
        = sqlite3_open_v2(file_name.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (result != SQLITE_OK) {
        const std::string reason = raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(result);
        sqlite3_close_v2(raw);
        throw StoreError(StoreErrorCode::CannotOpen, "Cannot open database '" + file_name + "': " + reason);
    }
    Database db(raw, file_name);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    if (sqlite3_db_readonly(raw, "main") == 1)
        throw StoreError(
            StoreErrorCode::CannotOpen, "Database '" + file_name + "' can only be read, not written");

    // Opening reads nothing; the first query finds out whether the file really is a SQLite database.
    try {
        db.Execute("SELECT count(*) FROM sqlite_schema");
    } catch (const StoreError& error) {
        if (error.Code() != StoreErrorCode::NotADatabase)
            throw;
        throw StoreError(StoreErrorCode::NotADatabase,
            "File '" + file_name + "' is not a SQLite database, or it is damaged");
    }

    Statement journal(db, "PRAGMA journal_mode=WAL");
    if (!journal.Step() || journal.Text(0) != "wal")
        spdlog::warn("Database '{}' could not switch to WAL; it stays in journal mode '{}'", file_name,
            journal.Text(0));
    // A page cache of up to 64 MiB (SQLite's default is 2 MiB): it only grows as pages are read, so a kiosk's
    // small store never uses it, while the manager's figures over a hub-sized store (a million orders) read
    // their index pages from memory instead of one system call per page (aftercare_bench.cpp).
    db.Execute("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536");
    return db;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_file_name(std::move(other.m_file_name))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_file_name = std::move(other.m_file_name);
    }
    return *this;
}

Database::~Database()
{
    // close_v2 waits for statements still alive instead of failing with SQLITE_BUSY.
    sqlite3_close_v2(m_db);
}

void Database::Execute(std::string_view sql)
{
    const std::string text(sql);
    const int result = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (result != SQLITE_OK)
        ThrowSqlite(m_db, result, "Executing SQL", sql);
}

// [SECTION] Statement

Statement::Statement(Database& db, std::string_view sql)
{
    const char* tail = nullptr;
    const int result
        = sqlite3_prepare_v3(db.Handle(), sql.data(), static_cast<int>(sql.size()), 0, &m_stmt, &tail);
    if (result != SQLITE_OK)
        ThrowSqlite(db.Handle(), result, "Preparing a statement", sql);
    const std::string_view rest(tail, static_cast<std::size_t>(sql.data() + sql.size() - tail));
    if (m_stmt == nullptr || rest.find_first_not_of(" \t\r\n;") != std::string_view::npos) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw StoreError(StoreErrorCode::Other,
            "A statement must hold exactly one SQL command in database '" + db.FileName()
                + "' [SQL: " + ShortSql(sql) + "]");
    }
}

Statement::Statement(Statement&& other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::Fail(int result, std::string_view what) const
{
    ThrowSqlite(sqlite3_db_handle(m_stmt), result, what, sqlite3_sql(m_stmt));
}

void Statement::Bind(int index, std::int64_t value)
{
    if (const int result = sqlite3_bind_int64(m_stmt, index, value); result != SQLITE_OK)
        Fail(result, "Binding a parameter");
}

void Statement::Bind(int index, double value)
{
    if (const int result = sqlite3_bind_double(m_stmt, index, value); result != SQLITE_OK)
        Fail(result, "Binding a parameter");
}

void Statement::Bind(int index, std::string_view value)
{
    const int result
        = sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), TransientText(), SQLITE_UTF8);
    if (result != SQLITE_OK)
        Fail(result, "Binding a parameter");
}

void Statement::Bind(int index, std::nullptr_t)
{
    if (const int result = sqlite3_bind_null(m_stmt, index); result != SQLITE_OK)
        Fail(result, "Binding a parameter");
}

void Statement::Bind(int index, const Value& value)
{
    std::visit([&](const auto& alternative) { Bind(index, alternative); }, value);
}

bool Statement::Step()
{
    const int result = sqlite3_step(m_stmt);
    if (result == SQLITE_ROW)
        return true;
    if (result == SQLITE_DONE)
        return false;
    Fail(result, "Running a statement");
}

void Statement::Run()
{
    while (Step()) { }
}

void Statement::Reset()
{
    // The result of reset repeats the last Step() error, which has already been thrown.
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::Int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::Double(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::Text(int column) const
{
    const unsigned char* text = sqlite3_column_text(m_stmt, column);
    if (text == nullptr)
        return {};
    return std::string(
        reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

bool Statement::IsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::optional<std::string> Statement::OptionalText(int column) const
{
    if (IsNull(column))
        return std::nullopt;
    return Text(column);
}

std::optional<std::int64_t> Statement::OptionalInt64(int column) const
{
    if (IsNull(column))
        return std::nullopt;
    return Int64(column);
}

// [SECTION] Transaction

Transaction::Transaction(Database& db) : m_db(db)
{
    m_db.Execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    // An error may already have rolled SQLite back on its own; a failing ROLLBACK then changes nothing.
    if (!m_committed)
        sqlite3_exec(m_db.Handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::Commit()
{
    if (m_committed)
        throw StoreError(
            StoreErrorCode::Other, "Transaction committed twice in database '" + m_db.FileName() + "'");
    m_db.Execute("COMMIT");
    m_committed = true;
}

} // namespace checkin::store
