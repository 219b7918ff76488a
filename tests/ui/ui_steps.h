#pragma once
// Driver steps that fail the current test with what the screen showed.
#include <chrono>
#include <string>
#include <thread>

#include <doctest/doctest.h>

#include "support/app_harness.h"

namespace checkin::testing {

inline void Tap(AppHarness& harness, const std::string& label)
{
    const std::string error = harness.Driver().Tap(label);
    REQUIRE_MESSAGE(error.empty(),
        "tap \"" << label << "\": " << error << "\nscreen:\n"
                 << harness.Driver().ScreenDump());
}

inline void Type(AppHarness& harness, const std::string& text)
{
    const std::string error = harness.Driver().Type(text);
    REQUIRE_MESSAGE(error.empty(),
        "type \"" << text << "\": " << error << "\nscreen:\n"
                  << harness.Driver().ScreenDump());
}

// Lets the app's worker finish the photo imports (real time: decoding is real work), drawing meanwhile.
inline void WaitForPhotoImports(AppHarness& harness)
{
    for (int attempt = 0; attempt < 3000 && harness.App().PendingPhotoImports() > 0; ++attempt) {
        harness.Driver().Settle();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    harness.Driver().Settle();
    REQUIRE_MESSAGE(harness.App().PendingPhotoImports() == 0, "photo imports did not finish within 30 s");
}

inline void Expect(AppHarness& harness, const std::string& text)
{
    REQUIRE_MESSAGE(harness.Sees(text),
        "expected \"" << text << "\" on screen:\n"
                      << harness.Driver().ScreenDump());
}

inline void ExpectNot(AppHarness& harness, const std::string& text)
{
    REQUIRE_MESSAGE(!harness.Sees(text),
        "did not expect \"" << text << "\" on screen:\n"
                            << harness.Driver().ScreenDump());
}

} // namespace checkin::testing
