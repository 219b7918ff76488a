#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace checkin::bench {

struct Row {
    std::string name;
    std::string unit;
    double median = 0.0;
    double p99 = 0.0; // 0 when the figure is a single measurement
    std::string note;
};

struct Report {
    std::vector<Row> rows;

    std::string ToTable() const;
    nlohmann::json ToJson() const;
};

// Median and p99 of the samples (sorted in place).
Row Summarize(std::string name, std::string unit, std::vector<double>& samples, std::string note = {});

// Headless frame cost of each kiosk screen, time to first frame, font atlas build and size.
void MeasureUi(Report& report);
// Taps and keys of the kiosk journeys.
void MeasureTaps(Report& report);
// CPU of the real `checkin` window on the attract screen under Xvfb over 10 s (Linux).
void MeasureIdleCpu(Report& report);
// Against a real checkin-hub on 127.0.0.1: raw SQLite inserts next to push throughput, kiosk-to-advisor
// latency through the long-poll, 30 devices syncing every second (POSIX).
void MeasureSync(Report& report);
// PreparePhoto on a generated 12 MP JPEG, upright and EXIF-rotated; the sizes of what it produces.
void MeasurePhotoImport(Report& report);
// Frame cost of the station screens, the advisor's board with 200 more open orders, and the lounge viewer's
// decode of a photo rendition.
void MeasureStations(Report& report);

// The size of the after-sales store: the README figures are at the default size.
struct AftercareSize {
    std::int64_t customers = 200'000;
    std::int64_t orders = 1'000'000;
};
// Generates a store of that size once (time and file size), then median and p99 of each dashboard figure
// for the last 30 days, the whole dashboard, and the kiosk's plate and mobile lookups.
void MeasureAftercare(Report& report, const AftercareSize& size);

} // namespace checkin::bench
