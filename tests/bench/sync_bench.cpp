// Sync figures against a real `checkin-hub serve` on 127.0.0.1: raw SQLite inserts next to the same rows
// written through a device store and pushed to the hub, kiosk-to-advisor latency through the long-poll, the
// kiosk's plate lookup through the hub, and 30 devices syncing every second. POSIX only, like the hub process
// it starts.
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "bench/bench.h"

#ifndef _WIN32
#include "shared/domain/clock.h"
#include "shared/store/database.h"
#include "shared/store/queries_help.h"
#include "shared/store/store.h"
#include "shared/store/write_transaction.h"
#include "shared/sync/sync_client.h"
#include "shared/sync/uuid.h"
#include "shared/usecases/help_request.h"
#include "support/app_harness.h"
#include "support/hub_process.h"
#endif

namespace checkin::bench {

#ifndef _WIN32
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kBatchRows = 500;
constexpr int kBatches = 10; // 5,000 rows: a device that was offline for a busy day
constexpr int kRows = kBatchRows * kBatches;
constexpr int kThroughputRuns = 3;

constexpr int kLatencySamples = 40;
constexpr std::int64_t kLongPollMs = 10'000;
constexpr auto kParkLongPoll = std::chrono::milliseconds(50); // the advisor's pull is waiting at the hub

constexpr int kLookups = 200;
constexpr const char* kLookupPlate = "京A12345";

constexpr int kDevices = 30;
constexpr int kRounds = 20; // counted, after one catch-up round
constexpr auto kRoundInterval = std::chrono::milliseconds(1000);
constexpr std::array<const char*, 3> kDeviceRoles = {"kiosk", "lounge", "advisor"};

double Seconds(Clock::duration duration)
{
    return std::chrono::duration<double>(duration).count();
}

double Milliseconds(Clock::duration duration)
{
    return std::chrono::duration<double, std::milli>(duration).count();
}

// A rate per run: the median of the runs, no tail.
Row RateRow(std::string name, std::string unit, std::vector<double>& rates, std::string note)
{
    Row row = Summarize(std::move(name), std::move(unit), rates, std::move(note));
    row.p99 = 0.0;
    return row;
}

std::unique_ptr<store::Store> PairedDevice(const testing::HubProcess& hub, const std::filesystem::path& folder,
    const domain::Clock& clock, const std::string& role, const std::string& name)
{
    auto device = store::Store::Open(folder / (name + ".db"), clock, role);
    const sync::PairResult paired = sync::PairDevice(*device, hub.Url(), hub.Enroll(name, role));
    if (!paired.Ok())
        throw std::runtime_error("cannot pair " + name + ": " + paired.error.message);
    return device;
}

// kRows plain INSERTs of help-request-shaped rows, kBatchRows per transaction: the disk's ceiling.
double RawInsertRate(store::Database& db, const domain::Clock& clock)
{
    std::vector<std::string> ids;
    for (int row = 0; row < kRows; ++row)
        ids.push_back(sync::NewUuidV7(clock.NowUtcMs()));
    store::Statement insert(db, "INSERT INTO raw_help_requests VALUES (?, ?, ?, ?, ?)");
    const auto start = Clock::now();
    for (int batch = 0; batch < kBatches; ++batch) {
        store::Transaction transaction(db);
        for (int row = 0; row < kBatchRows; ++row) {
            insert.Reset();
            insert.BindAll(ids[batch * kBatchRows + row], "bench", "menu", "zh-CN", clock.NowUtcMs()).Run();
        }
        transaction.Commit();
    }
    return kRows / Seconds(Clock::now() - start);
}

// The same rows as RawInsertRate through WriteTransaction, which also appends one outbox op per row.
double QueueHelpRequestsRate(store::Store& device)
{
    const auto start = Clock::now();
    for (int batch = 0; batch < kBatches; ++batch) {
        store::WriteTransaction write(device);
        for (int row = 0; row < kBatchRows; ++row)
            write.Upsert("help_requests", write.NewId(),
                {{"device_id", device.DeviceId()}, {"screen", std::string("menu")},
                    {"language", std::string("zh-CN")}, {"requested_at", device.Clock().NowUtcMs()}});
        write.Commit();
    }
    return kRows / Seconds(Clock::now() - start);
}

struct TimedRound {
    sync::SyncReport result;
    double seconds = 0.0;
};

// One SyncOnce; throws unless the round completed.
TimedRound TimedSync(store::Store& device)
{
    const auto start = Clock::now();
    TimedRound round{sync::SyncOnce(device), 0.0};
    round.seconds = Seconds(Clock::now() - start);
    if (!round.result.Ok())
        throw std::runtime_error(
            "sync round failed: " + round.result.error.code + " " + round.result.error.message);
    return round;
}

void MeasureThroughput(Report& report, store::Store& kiosk, store::Store& advisor,
    const std::filesystem::path& folder, const domain::Clock& clock)
{
    store::Database raw = store::Database::Open(folder / "raw.db");
    raw.Execute("CREATE TABLE raw_help_requests (id TEXT PRIMARY KEY, device_id TEXT, screen TEXT, "
                "language TEXT, requested_at INTEGER)");
    std::vector<double> raw_rates;
    std::vector<double> write_rates;
    std::vector<double> push_rates;
    std::vector<double> pull_rates;
    for (int run = 0; run < kThroughputRuns; ++run) {
        raw_rates.push_back(RawInsertRate(raw, clock));
        write_rates.push_back(QueueHelpRequestsRate(kiosk));
        const TimedRound push = TimedSync(kiosk);
        if (push.result.pushed != kRows)
            throw std::runtime_error("the hub took " + std::to_string(push.result.pushed) + " of the ops");
        push_rates.push_back(static_cast<double>(push.result.pushed) / push.seconds);
        const TimedRound pull = TimedSync(advisor);
        pull_rates.push_back(static_cast<double>(pull.result.pulled) / pull.seconds);
    }
    const std::string runs
        = "5,000 rows, 500 per transaction, median of " + std::to_string(kThroughputRuns) + " runs";
    report.rows.push_back(RateRow("SQLite insert, raw (WAL, synchronous=FULL)", "rows/s", raw_rates,
        runs + ", interleaved with the rows below"));
    report.rows.push_back(RateRow("device store write, WriteTransaction (row + outbox op)", "rows/s",
        write_rates, runs + "; the ops pushed below"));
    report.rows.push_back(RateRow("push to hub, SyncOnce on loopback", "ops/s", push_rates,
        "5,000 queued ops in batches of 500; the round also pulls them back (kiosk scope)"));
    report.rows.push_back(RateRow("pull from hub, SyncOnce on loopback", "rows/s", pull_rates,
        "an advisor catching up on those 5,000 rows, pages of 500"));
}

// A help request on the kiosk, pushed, until the advisor's waiting long-poll has stored it.
void MeasureAdvisorLatency(Report& report, store::Store& kiosk, store::Store& advisor)
{
    std::vector<double> samples;
    int missed = 0;
    for (int sample = 0; sample < kLatencySamples; ++sample) {
        Clock::time_point received;
        bool advisor_ok = false;
        std::thread long_poll([&] {
            sync::SyncOptions options;
            options.wait_ms = kLongPollMs;
            advisor_ok = sync::SyncOnce(advisor, options).Ok();
            received = Clock::now();
        });
        std::this_thread::sleep_for(kParkLongPoll);
        const auto start = Clock::now();
        const std::string id = usecases::RequestAdvisorHelp(kiosk, "menu", "zh-CN");
        const bool kiosk_ok = sync::SyncOnce(kiosk).Ok();
        long_poll.join();
        bool delivered = false;
        for (const store::HelpRequest& request : store::OpenHelpRequests(advisor))
            delivered = delivered || request.id == id;
        if (kiosk_ok && advisor_ok && delivered)
            samples.push_back(Milliseconds(received - start));
        else
            ++missed;
    }
    Row row = Summarize("kiosk to advisor: help request pushed until the advisor has it", "ms", samples);
    const double p95 = samples.empty() ? 0.0 : samples[samples.size() * 95 / 100];
    char note[160];
    std::snprintf(note, sizeof(note), "p95 %.1f ms; %zu samples, advisor long-polling on loopback; %d missed",
        p95, samples.size(), missed);
    row.note = note;
    report.rows.push_back(std::move(row));
}

// A returning walk-in's plate asked of the hub by the kiosk (HTTP on loopback): the wait the customer sees
// after "Continue", the customer file with its done services.
void MeasureHubLookup(Report& report, store::Store& kiosk, store::Store& advisor)
{
    {
        store::WriteTransaction write(advisor);
        const std::string customer = write.NewId();
        write.Upsert(
            "customers", customer, {{"surname", std::string("王")}, {"mobile", std::string("13812345678")}});
        write.Upsert("vehicles", write.NewId(),
            {{"customer_id", customer}, {"plate", std::string(kLookupPlate)}, {"make", std::string("Toyota")},
                {"model", std::string("Camry")}});
        write.Commit();
    }
    TimedSync(advisor);
    const std::optional<sync::HubAddress> hub = sync::PairedHub(kiosk);
    if (!hub)
        throw std::runtime_error("the kiosk is not paired");
    std::vector<double> samples;
    int failed = 0;
    for (int lookup = 0; lookup < kLookups; ++lookup) {
        const auto start = Clock::now();
        const auto reply = sync::LookUpCustomerOnHub(*hub, kLookupPlate);
        if (reply.Ok() && reply.response->Found())
            samples.push_back(Milliseconds(Clock::now() - start));
        else
            ++failed;
    }
    report.rows.push_back(Summarize("kiosk plate lookup through the hub", "ms", samples,
        std::to_string(samples.size()) + " lookups on loopback, a new connection each as on the kiosk; "
            + std::to_string(failed) + " failed"));
}

struct SimulatedDevice {
    std::unique_ptr<store::Store> store;
    std::vector<double> round_ms;
    int errors = 0;
};

// Once a second: a help request, then one SyncOnce. Round 0 catches up on the hub's feed and is not counted.
void RunDevice(SimulatedDevice& device, Clock::time_point first_round)
{
    const std::string name = device.store->Path().stem().string();
    for (int round = 0; round <= kRounds; ++round) {
        std::this_thread::sleep_until(first_round + kRoundInterval * round);
        const bool counted = round > 0;
        try {
            usecases::RequestAdvisorHelp(*device.store, "menu", "zh-CN");
            const auto start = Clock::now();
            const sync::SyncReport result = sync::SyncOnce(*device.store);
            const double elapsed_ms = Milliseconds(Clock::now() - start);
            const bool failed = !result.Ok() || result.refused || !result.rejections.empty();
            if (failed)
                std::fprintf(stderr, "bench: %s round %d: %s %s\n", name.c_str(), round,
                    result.error.code.c_str(), result.error.message.c_str());
            if (counted) {
                device.round_ms.push_back(elapsed_ms);
                device.errors += failed ? 1 : 0;
            }
        } catch (const std::exception& error) {
            std::fprintf(stderr, "bench: %s round %d: %s\n", name.c_str(), round, error.what());
            device.errors += counted ? 1 : 0;
        }
    }
}

void MeasureDevices(Report& report, const testing::HubProcess& hub, const std::filesystem::path& folder,
    const domain::Clock& clock)
{
    std::vector<SimulatedDevice> devices(kDevices);
    for (int index = 0; index < kDevices; ++index) {
        const std::string role = kDeviceRoles[index % kDeviceRoles.size()];
        devices[index].store = PairedDevice(hub, folder, clock, role, role + "-" + std::to_string(index));
    }
    // Device timers are not aligned: the first rounds are spread over the first second.
    const auto begin = Clock::now();
    std::vector<std::thread> threads;
    for (int index = 0; index < kDevices; ++index)
        threads.emplace_back(RunDevice, std::ref(devices[index]), begin + kRoundInterval * index / kDevices);
    for (std::thread& thread : threads)
        thread.join();
    std::vector<double> round_ms;
    int errors = 0;
    for (const SimulatedDevice& device : devices) {
        round_ms.insert(round_ms.end(), device.round_ms.begin(), device.round_ms.end());
        errors += device.errors;
    }
    const std::string rounds = std::to_string(round_ms.size());
    report.rows.push_back(Summarize("30 devices syncing every second: SyncOnce", "ms", round_ms,
        rounds
            + " rounds: 10 kiosks, 10 lounges, 10 advisors, a help request each before its round; first "
              "catch-up round not counted"));
    report.rows.push_back({"30 devices syncing every second: failed rounds", "rounds",
        static_cast<double>(errors), 0.0, "of " + rounds + ": error, refusal or rejection"});
}

} // namespace

void MeasureSync(Report& report)
{
    const domain::SystemClock clock;
    try {
        {
            testing::TempDir dir;
            testing::HubProcess hub(dir.Path());
            const auto kiosk = PairedDevice(hub, dir.Path(), clock, "kiosk", "kiosk");
            const auto advisor = PairedDevice(hub, dir.Path(), clock, "advisor", "advisor");
            MeasureThroughput(report, *kiosk, *advisor, dir.Path(), clock);
            MeasureAdvisorLatency(report, *kiosk, *advisor);
            MeasureHubLookup(report, *kiosk, *advisor);
        }
        // A hub of its own, so the catch-up round does not carry the 15,000 rows above to every device.
        testing::TempDir dir;
        testing::HubProcess hub(dir.Path());
        MeasureDevices(report, hub, dir.Path(), clock);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench: sync not measured: %s\n", error.what());
    }
}
#else
void MeasureSync(Report&)
{
    std::fprintf(stderr, "bench: sync is measured on POSIX only (the hub is started with fork/exec)\n");
}
#endif

} // namespace checkin::bench
