#include <algorithm>
#include <cstdio>

#include "bench/bench.h"

namespace checkin::bench {

Row Summarize(std::string name, std::string unit, std::vector<double>& samples, std::string note)
{
    Row row{std::move(name), std::move(unit), 0.0, 0.0, std::move(note)};
    if (samples.empty())
        return row;
    std::sort(samples.begin(), samples.end());
    row.median = samples[samples.size() / 2];
    row.p99 = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
    return row;
}

std::string Report::ToTable() const
{
    std::string table = "| measurement | median | p99 | unit | note |\n|---|---:|---:|---|---|\n";
    char line[512];
    for (const Row& row : rows) {
        char p99[32] = "";
        if (row.p99 > 0.0)
            std::snprintf(p99, sizeof(p99), "%.1f", row.p99);
        std::snprintf(line, sizeof(line), "| %s | %.1f | %s | %s | %s |\n", row.name.c_str(), row.median, p99,
            row.unit.c_str(), row.note.c_str());
        table += line;
    }
    return table;
}

nlohmann::json Report::ToJson() const
{
    nlohmann::json rows_json = nlohmann::json::array();
    for (const Row& row : rows)
        rows_json.push_back({{"name", row.name}, {"unit", row.unit}, {"median", row.median}, {"p99", row.p99},
            {"note", row.note}});
    return {{"rows", rows_json}};
}

} // namespace checkin::bench
