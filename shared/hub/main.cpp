// checkin-hub: the server that owns the dealership's shared store. See hub_commands.h.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <string>

#ifdef _WIN32
#include <windows.h>
#endif

#include "shared/hub/hub_commands.h"

int main(int argc, char** argv)
{
    using namespace checkin::hub;
#ifdef _WIN32
    SetConsoleOutputCP(CP_UTF8); // its messages and paths are UTF-8 (the manifest makes argv UTF-8 too)
#endif
    CLI::App cli{"checkin-hub: the shared store and sync server of the service-lane check-in devices"};
    // The same options on every platform: CLI11 would read "/path" as a /option on Windows.
    cli.allow_windows_style_options(false);
    cli.set_version_flag("--version", "checkin-hub 0.1.0");
    cli.require_subcommand(1);
    std::string db;
    std::string media;
    std::string listen = "127.0.0.1:8470";
    std::string name;
    std::string role;
    std::string device;
    std::string target;
    std::string pin;
    const auto add_db
        = [&](CLI::App* command) { command->add_option("--db", db, "The hub database file")->required(); };

    CLI::App* init = cli.add_subcommand("init", "Create (or migrate) the hub database and the media folder");
    add_db(init);
    init->add_option("--media", media, "Folder for photos and signatures")->required();
    CLI::App* serve = cli.add_subcommand("serve", "Serve the sync API until SIGINT/SIGTERM");
    add_db(serve);
    serve->add_option("--media", media, "Folder for photos and signatures")->required();
    serve->add_option("--listen", listen, "HOST:PORT (port 0 = any free port)")->capture_default_str();
    CLI::App* enroll = cli.add_subcommand("enroll", "Print a one-time pairing code for a new device");
    add_db(enroll);
    enroll->add_option("--name", name, "The device's name, e.g. 'Lounge tablet 2'")->required();
    enroll->add_option("--role", role, "What the device is")
        ->required()
        ->check(CLI::IsMember({"kiosk", "lounge", "advisor", "board"}));
    CLI::App* revoke = cli.add_subcommand("revoke", "Revoke a device's token (by id or name)");
    add_db(revoke);
    revoke->add_option("device", device, "Device id or name")->required();
    CLI::App* devices = cli.add_subcommand("devices", "List enrolled devices and their sync state");
    add_db(devices);
    CLI::App* backup = cli.add_subcommand("backup", "Online copy of the hub database (VACUUM INTO)");
    add_db(backup);
    backup->add_option("file", target, "The new backup file")->required();
    CLI::App* check = cli.add_subcommand("check", "PRAGMA integrity_check");
    add_db(check);
    CLI::App* staff = cli.add_subcommand("staff", "Staff who sign in on the advisor stations");
    staff->require_subcommand(1);
    CLI::App* staff_add = staff->add_subcommand("add", "Add a staff member with a sign-in PIN");
    add_db(staff_add);
    staff_add->add_option("--name", name, "The name shown on the sign-in screen")->required();
    staff_add->add_option("--role", role, "What they do")
        ->required()
        ->check(CLI::IsMember({"advisor", "technician", "manager"}));
    staff_add->add_option("--pin", pin, "4 to 8 digits")->required();
    CLI::App* staff_list = staff->add_subcommand("list", "List active staff");
    add_db(staff_list);

    CLI11_PARSE(cli, argc, argv);
    // Logs go to stderr: stdout carries what scripts read (the pairing code, the listening address).
    spdlog::set_default_logger(spdlog::stderr_color_mt("checkin-hub"));
    spdlog::set_level(spdlog::level::warn);
    if (serve->parsed()) {
        spdlog::set_level(spdlog::level::info);
        return ServeCommand(db, media, listen);
    }
    if (init->parsed())
        return InitCommand(db, media);
    if (enroll->parsed())
        return EnrollCommand(db, name, role);
    if (revoke->parsed())
        return RevokeCommand(db, device);
    if (devices->parsed())
        return DevicesCommand(db);
    if (backup->parsed())
        return BackupCommand(db, target);
    if (staff_add->parsed())
        return StaffAddCommand(db, name, role, pin);
    if (staff_list->parsed())
        return StaffListCommand(db);
    return CheckCommand(db);
}
