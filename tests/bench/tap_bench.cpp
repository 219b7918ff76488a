// Taps per journey: the same scripts the UI tests hold to the product's promise (tests/scripts/journeys/),
// counted by the driver. Taps are buttons, chips and a signature; keys are on-screen keyboard presses.
#include <cstdio>
#include <string>

#include "bench/bench.h"
#include "driver/script.h"
#include "support/app_harness.h"

namespace checkin::bench {

void MeasureTaps(Report& report)
{
    const struct {
        const char* script;
        const char* name;
        const char* goal;
    } journeys[] = {
        {"booking_checkin.txt", "taps: returning customer with a booking", "goal: at most 10 plus the plate"},
        {"new_walk_in.txt", "taps: new walk-in, registering", "goal: at most 25 plus typing"},
        {"book_visit.txt", "taps: returning customer booking a visit", ""},
    };
    for (const auto& journey : journeys) {
        testing::AppHarness app;
        const auto result = driver::RunScript(app.Driver(),
            driver::ReadScriptFile(std::string(CHECKIN_TEST_SCRIPTS_DIR) + "/journeys/" + journey.script));
        if (!result.ok) {
            std::fprintf(stderr, "bench: %s failed at line %d: %s\n", journey.script, result.failed_line,
                result.message.c_str());
            continue;
        }
        report.rows.push_back({journey.name, "taps", static_cast<double>(app.Driver().TapCount()), 0.0,
            std::to_string(app.Driver().KeyCount()) + " keys typed; " + journey.goal});
    }
}

} // namespace checkin::bench
