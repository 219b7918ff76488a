#pragma once
// One open store file of this device: the connection, the device identity and its hybrid logical clock.
// Not thread-safe: a worker thread opens its own Store on the same file.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "shared/domain/clock.h"
#include "shared/store/database.h"
#include "shared/store/schema_catalog.h"
#include "shared/sync/hlc.h"

namespace checkin::store {

class Store {
public:
    // Opens or creates the file, migrates, creates the local device identity on first open.
    static std::unique_ptr<Store> Open(
        const std::filesystem::path& path, const domain::Clock& clock, std::string_view device_role);

    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    Database& Db() { return m_db; }
    // The file as given to Open.
    const std::filesystem::path& Path() const { return m_path; }
    const std::string& DeviceId() const { return m_device_id; }
    sync::HybridClock& Hlc() { return m_hlc; }
    const domain::Clock& Clock() const { return m_clock; }
    const SchemaCatalog& Schema() const { return m_schema; }
    // Ops not yet pushed to the hub.
    std::int64_t OutboxSize();
    // Changes whenever this connection or any other one (another process, the sync worker) committed a
    // change to the file: screens that show live data reload when it moved.
    std::uint64_t ChangeStamp();

private:
    Store(std::filesystem::path path, Database db, const domain::Clock& clock, std::string device_id,
        sync::HlcTimestamp hlc_last, SchemaCatalog schema);

    std::filesystem::path m_path;
    Database m_db;
    const domain::Clock& m_clock;
    std::string m_device_id;
    sync::HybridClock m_hlc;
    SchemaCatalog m_schema;
};

} // namespace checkin::store
