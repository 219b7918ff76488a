#pragma once
// Thin RAII layer over the SQLite C API: a connection, prepared statements and a transaction that rolls
// back unless committed. Every SQLite failure becomes a StoreError.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "shared/store/store_error.h"
#include "shared/store/value.h"

struct sqlite3;
struct sqlite3_stmt;

namespace checkin::store {

class Database {
public:
    // Creates missing parent folders, opens or creates the file and configures the connection: WAL,
    // synchronous=FULL (nothing confirmed on screen is lost in a power cut), foreign keys, busy timeout.
    static Database Open(const std::filesystem::path& path);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Runs one or more statements without parameters: pragmas and DDL only, never data.
    void Execute(std::string_view sql);

    sqlite3* Handle() const { return m_db; }
    // UTF-8 file name for messages.
    const std::string& FileName() const { return m_file_name; }

private:
    Database(sqlite3* db, std::string file_name) : m_db(db), m_file_name(std::move(file_name)) { }

    sqlite3* m_db = nullptr;
    std::string m_file_name;
};

class Statement {
public:
    Statement(Database& db, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite. Text is copied, so temporaries are fine.
    void Bind(int index, std::int64_t value);
    void Bind(int index, int value) { Bind(index, static_cast<std::int64_t>(value)); }
    void Bind(int index, double value);
    void Bind(int index, std::string_view value);
    void Bind(int index, const std::string& value) { Bind(index, std::string_view(value)); }
    void Bind(int index, const char* value) { Bind(index, std::string_view(value)); }
    void Bind(int index, std::nullptr_t);
    void Bind(int index, const Value& value);
    template <typename T> void Bind(int index, const std::optional<T>& value)
    {
        if (value)
            Bind(index, *value);
        else
            Bind(index, nullptr);
    }
    // Binds the arguments to parameters 1..N in order.
    template <typename... Args> Statement& BindAll(const Args&... args)
    {
        int index = 0;
        (Bind(++index, args), ...);
        return *this;
    }

    // True while there is a row to read; false when done.
    bool Step();
    // Steps a statement that returns no rows.
    void Run();
    // Makes the statement ready to run again and clears its bindings.
    void Reset();

    // Columns are 0-based. Text of a NULL is empty.
    std::int64_t Int64(int column) const;
    double Double(int column) const;
    std::string Text(int column) const;
    bool IsNull(int column) const;
    std::optional<std::string> OptionalText(int column) const;
    std::optional<std::int64_t> OptionalInt64(int column) const;

private:
    [[noreturn]] void Fail(int result, std::string_view what) const;

    sqlite3_stmt* m_stmt = nullptr;
};

// BEGIN IMMEDIATE: takes the write lock up front, so a writer never fails half-way on a lock upgrade.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    // Rolls back unless committed.
    ~Transaction();

    void Commit();
    bool Committed() const { return m_committed; }

private:
    Database& m_db;
    bool m_committed = false;
};

} // namespace checkin::store
