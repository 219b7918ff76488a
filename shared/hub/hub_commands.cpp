#include "shared/hub/hub_commands.h"

#include <spdlog/spdlog.h>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <thread>

#ifndef _WIN32
#include <pthread.h>
#endif

#include "shared/hub/hub_server.h"
#include "shared/store/hub_store.h"
#include "shared/store/migrations.h"
#include "shared/store/network_location.h"
#include "shared/store/queries_staff.h"
#include "shared/store/store.h"
#include "shared/sync/hub_service.h"
#include "shared/usecases/staff.h"

namespace checkin::hub {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kDefaultPort = 8470;

const domain::SystemClock& Clock()
{
    static const domain::SystemClock clock;
    return clock;
}

// SQLite over SMB or NFS corrupts under concurrent writers: the hub's database lives on a local disk.
void RefuseNetworkDrive(const std::filesystem::path& db)
{
    if (store::IsOnNetworkDrive(db))
        throw store::StoreError(store::StoreErrorCode::CannotOpen,
            "'" + db.string()
                + "' is on a network drive: keep the hub database on a local disk of the hub PC");
}

// The hub store of every command but init: it must exist already (a typo must not create a new hub).
std::unique_ptr<store::Store> OpenExisting(const std::filesystem::path& db)
{
    if (!std::filesystem::exists(db))
        throw store::StoreError(store::StoreErrorCode::CannotOpen,
            "No hub database at '" + db.string() + "': run `checkin-hub init --db PATH --media DIR` first");
    RefuseNetworkDrive(db);
    return store::Store::Open(db, Clock(), "hub");
}

bool SplitListen(const std::string& listen, std::string& host, int& port)
{
    const size_t colon = listen.rfind(':');
    host = colon == std::string::npos ? listen : listen.substr(0, colon);
    port = kDefaultPort;
    if (colon == std::string::npos)
        return !host.empty();
    try {
        size_t used = 0;
        port = std::stoi(listen.substr(colon + 1), &used);
        return !host.empty() && used == listen.size() - colon - 1 && port >= 0 && port <= 65535;
    } catch (const std::exception&) {
        return false;
    }
}

template <typename Command> int Guarded(Command command)
{
    try {
        return command();
    } catch (const std::exception& error) {
        std::cerr << "checkin-hub: " << error.what() << "\n";
        return kExitFailed;
    }
}

#ifdef _WIN32
HubServer* g_server = nullptr;
void StopOnSignal(int)
{
    if (g_server != nullptr)
        g_server->Stop();
}
#endif

} // namespace

int InitCommand(const std::filesystem::path& db, const std::filesystem::path& media)
{
    return Guarded([&] {
        RefuseNetworkDrive(db);
        const bool existed = std::filesystem::exists(db);
        const auto hub = store::Store::Open(db, Clock(), "hub");
        std::filesystem::create_directories(media);
        std::cout << (existed ? "Hub database is ready (schema " : "Created the hub database (schema ")
                  << store::kSchemaVersion << "): " << db.string() << "\nMedia folder: " << media.string()
                  << "\n";
        return kExitOk;
    });
}

int ServeCommand(
    const std::filesystem::path& db, const std::filesystem::path& media, const std::string& listen)
{
    return Guarded([&] {
        std::string host;
        int port = 0;
        if (!SplitListen(listen, host, port)) {
            std::cerr << "checkin-hub: --listen wants HOST:PORT, e.g. 127.0.0.1:8470\n";
            return kExitFailed;
        }
        OpenExisting(db);
        std::filesystem::create_directories(media);
#ifndef _WIN32
        // Signals go to one waiting thread, which stops the server cleanly.
        sigset_t signals;
        sigemptyset(&signals);
        sigaddset(&signals, SIGINT);
        sigaddset(&signals, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &signals, nullptr);
#endif
        HubServer server(db, media, Clock());
        const int bound = server.Bind(host, port);
        if (bound < 0) {
            std::cerr << "checkin-hub: cannot listen on " << listen << "\n";
            return kExitFailed;
        }
        std::cout << "Listening on http://" << host << ":" << bound << std::endl;
#ifndef _WIN32
        std::thread stopper([&] {
            int signal = 0;
            sigwait(&signals, &signal);
            spdlog::info("Signal {}: stopping", signal);
            server.Stop();
        });
        server.Serve();
        pthread_kill(stopper.native_handle(), SIGTERM); // wakes the waiter if Serve ended on its own
        stopper.join();
#else
        g_server = &server;
        std::signal(SIGINT, StopOnSignal);
        std::signal(SIGTERM, StopOnSignal);
        server.Serve();
        g_server = nullptr;
#endif
        return kExitOk;
    });
}

int EnrollCommand(const std::filesystem::path& db, const std::string& name, const std::string& role)
{
    return Guarded([&] {
        const auto parsed = sync::ParseRole(role);
        if (!parsed || name.empty()) {
            std::cerr << "checkin-hub: enroll needs --name and --role kiosk|lounge|advisor|board\n";
            return kExitFailed;
        }
        const auto hub = OpenExisting(db);
        const std::string code = sync::HubService(*hub).CreatePairingCode(name, *parsed);
        std::cout << code << std::endl;
        std::cerr << "One-time pairing code for '" << name << "' (" << role << "), valid "
                  << sync::kPairingCodeLifetimeMs / 3'600'000 << " h: on the device run\n"
                  << "  checkin pair --hub http://HUB:PORT --code " << code << "\n";
        return kExitOk;
    });
}

int RevokeCommand(const std::filesystem::path& db, const std::string& device)
{
    return Guarded([&] {
        const auto hub = OpenExisting(db);
        const int revoked = sync::HubService(*hub).Revoke(device);
        std::cout << "Revoked " << revoked << " device(s) matching '" << device << "'\n";
        return revoked > 0 ? kExitOk : kExitFailed;
    });
}

int DevicesCommand(const std::filesystem::path& db)
{
    return Guarded([&] {
        const auto hub = OpenExisting(db);
        const sync::MetricsResponse metrics = sync::ReadMetrics(hub->Db());
        std::cout << "Feed at server_seq " << metrics.server_seq << "\n";
        for (const sync::DeviceMetrics& device : metrics.devices)
            std::cout << device.device_id << "  " << device.role << "  " << device.name
                      << (device.revoked ? "  REVOKED" : "") << "  pushed up to op " << device.pushed_seq
                      << ", outbox " << device.outbox_size << ", " << device.lag << " changes to pull"
                      << (device.clock_refusals > 0 ? ", clock refused: " + device.last_refusal : "") << "\n";
        return kExitOk;
    });
}

int BackupCommand(const std::filesystem::path& db, const std::filesystem::path& target)
{
    return Guarded([&] {
        if (std::filesystem::exists(target)) {
            std::cerr << "checkin-hub: '" << target.string() << "' exists already; choose a new file\n";
            return kExitFailed;
        }
        const auto hub = OpenExisting(db);
        store::hub::BackupInto(hub->Db(), target);
        std::cout << "Backup written to " << target.string() << "\n";
        return kExitOk;
    });
}

int CheckCommand(const std::filesystem::path& db)
{
    return Guarded([&] {
        const auto hub = OpenExisting(db);
        const std::string result = store::hub::IntegrityCheck(hub->Db());
        std::cout << result << "\n";
        return result == "ok" ? kExitOk : kExitFailed;
    });
}

int StaffAddCommand(
    const std::filesystem::path& db, const std::string& name, const std::string& role, const std::string& pin)
{
    return Guarded([&] {
        const auto parsed = usecases::ParseStaffRole(role);
        if (!parsed) {
            std::cerr << "checkin-hub: --role must be advisor, technician or manager\n";
            return kExitFailed;
        }
        if (name.find_first_not_of(" \t") == std::string::npos) {
            std::cerr << "checkin-hub: --name must not be empty\n";
            return kExitFailed;
        }
        if (!usecases::IsValidPin(pin)) {
            std::cerr << "checkin-hub: --pin must be " << usecases::kMinPinDigits << " to "
                      << usecases::kMaxPinDigits << " digits; nothing was saved\n";
            return kExitFailed;
        }
        const auto hub = OpenExisting(db);
        const std::string id = usecases::AddStaff(*hub, name, *parsed, pin);
        sync::HubService(*hub).PublishLocalWrites();
        std::cout << id << std::endl;
        std::cerr << "Added " << role << " '" << name << "'; stations receive it with their next sync\n";
        return kExitOk;
    });
}

int StaffListCommand(const std::filesystem::path& db)
{
    return Guarded([&] {
        const auto hub = OpenExisting(db);
        const std::int64_t now = hub->Clock().NowUtcMs();
        for (const store::StaffRow& staff : store::ListActiveStaff(*hub)) {
            std::cout << staff.id << "  " << staff.role << "  " << staff.name;
            if (staff.locked)
                std::cout << "  LOCKED for " << (staff.locked_until_utc_ms - now + 59'999) / 60'000 << " min";
            std::cout << "\n";
        }
        return kExitOk;
    });
}

} // namespace checkin::hub
