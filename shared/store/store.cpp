#include "shared/store/store.h"

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <utility>

#include "shared/store/migrations.h"
#include "shared/sync/uuid.h"

namespace checkin::store {
namespace {

struct DeviceIdentity {
    std::string device_id;
    sync::HlcTimestamp hlc_last;
};

DeviceIdentity LoadOrCreateDevice(Database& db, const domain::Clock& clock, std::string_view role)
{
    Transaction transaction(db);
    Statement select(db, "SELECT device_id, hlc_last FROM local_device WHERE singleton = 1");
    if (select.Step())
        return {select.Text(0), sync::HlcTimestamp::Parse(select.Text(1)).value_or(sync::HlcTimestamp{})};

    DeviceIdentity identity{sync::NewUuidV7(clock.NowUtcMs()), {}};
    Statement insert(
        db, "INSERT INTO local_device (singleton, device_id, role, next_seq) VALUES (1, ?, ?, 1)");
    insert.BindAll(identity.device_id, role);
    insert.Run();
    transaction.Commit();
    spdlog::info("Database '{}': new device {} ({})", db.FileName(), identity.device_id, role);
    return identity;
}

} // namespace

std::unique_ptr<Store> Store::Open(
    const std::filesystem::path& path, const domain::Clock& clock, std::string_view device_role)
{
    Database db = Database::Open(path);
    Migrate(db);
    DeviceIdentity identity = LoadOrCreateDevice(db, clock, device_role);
    SchemaCatalog schema = SchemaCatalog::Load(db);
    return std::unique_ptr<Store>(new Store(
        path, std::move(db), clock, std::move(identity.device_id), identity.hlc_last, std::move(schema)));
}

Store::Store(std::filesystem::path path, Database db, const domain::Clock& clock, std::string device_id,
    sync::HlcTimestamp hlc_last, SchemaCatalog schema)
    : m_path(std::move(path)),
      m_db(std::move(db)),
      m_clock(clock),
      m_device_id(std::move(device_id)),
      m_hlc(clock, hlc_last),
      m_schema(std::move(schema))
{
}

std::int64_t Store::OutboxSize()
{
    Statement count(m_db, "SELECT count(*) FROM outbox WHERE pushed_at IS NULL");
    count.Step();
    return count.Int64(0);
}

std::uint64_t Store::ChangeStamp()
{
    // data_version moves with other connections' commits, total_changes with this connection's.
    Statement version(m_db, "PRAGMA data_version");
    version.Step();
    return (static_cast<std::uint64_t>(version.Int64(0)) << 32)
        + static_cast<std::uint64_t>(sqlite3_total_changes64(m_db.Handle()));
}

} // namespace checkin::store
