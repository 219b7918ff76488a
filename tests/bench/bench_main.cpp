// checkin-bench: the performance figures of the README, measured on this machine in one run.
// Prints a table (or JSON with --json); the figures are medians and p99 of repeated runs, no pass/fail.
#include <cstdio>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "bench/bench.h"

int main(int argc, char** argv)
{
    CLI::App cli{"checkin-bench: frames, first frame, font atlas, photo import, idle CPU, sync, after-sales"};
    bool json = false;
    bool skip_idle = false;
    bool skip_sync = false;
    cli.add_flag("--json", json, "Print JSON instead of a table");
    cli.add_flag("--no-idle", skip_idle, "Skip the 10 s idle-CPU measurement of the real window");
    cli.add_flag("--no-sync", skip_sync, "Skip the ~40 s of sync figures against a real checkin-hub");
    bool skip_aftercare = false;
    bool only_aftercare = false;
    checkin::bench::AftercareSize aftercare;
    cli.add_flag("--no-aftercare", skip_aftercare,
        "Skip the after-sales figures (generating the store takes minutes)");
    cli.add_flag("--only-aftercare", only_aftercare, "Measure the after-sales figures only");
    cli.add_option("--aftercare-customers", aftercare.customers, "Customers in the after-sales store")
        ->capture_default_str();
    cli.add_option("--aftercare-orders", aftercare.orders, "Repair orders in the after-sales store")
        ->capture_default_str();
    CLI11_PARSE(cli, argc, argv);
    spdlog::set_level(spdlog::level::warn);

    checkin::bench::Report report;
    if (!only_aftercare) {
        checkin::bench::MeasureUi(report);
        checkin::bench::MeasureTaps(report);
        checkin::bench::MeasurePhotoImport(report);
        checkin::bench::MeasureStations(report);
        if (!skip_idle)
            checkin::bench::MeasureIdleCpu(report);
        if (!skip_sync)
            checkin::bench::MeasureSync(report);
    }
    if (!skip_aftercare)
        checkin::bench::MeasureAftercare(report, aftercare);
    if (json)
        std::printf("%s\n", report.ToJson().dump(2).c_str());
    else
        std::printf("%s", report.ToTable().c_str());
    return 0;
}
