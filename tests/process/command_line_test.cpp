// The command line of the real executable: bad options and unusable stores exit non-zero with a clear
// message; a headless script passes, and a failing one names its step.
#include <fstream>

#include <doctest/doctest.h>

#include "process/process_support.h"
#include "support/app_harness.h"

using checkin::testing::Quote;
using checkin::testing::RunCheckin;

TEST_SUITE("process/command_line")
{
    TEST_CASE("a bad option is refused with a message and exit code 2")
    {
        const auto run = RunCheckin("--role garage --headless --script x");
        CHECK(run.exit_code == 2);
        CHECK(run.output.find("--role") != std::string::npos);
    }

    TEST_CASE("a store path that is not a database is refused")
    {
        checkin::testing::TempDir dir;
        const auto text_file = dir.Path() / "notes.db";
        std::ofstream(text_file) << "this is a shopping list, not a database\n";
        const auto run = RunCheckin(
            "--db " + Quote(text_file) + " --headless --script " + Quote(dir.Path() / "none.txt"));
        CHECK(run.exit_code == 2);
        CHECK(run.output.find("cannot use the database") != std::string::npos);
        std::ifstream check(text_file);
        std::string first_line;
        std::getline(check, first_line);
        CHECK(first_line == "this is a shopping list, not a database"); // untouched
    }

    TEST_CASE("a store in a folder that cannot be created is refused")
    {
        checkin::testing::TempDir dir;
        const auto blocker = dir.Path() / "file";
        std::ofstream(blocker) << "x";
        const auto run
            = RunCheckin("--db " + Quote(blocker / "sub" / "checkin.db") + " --headless --script x");
        CHECK(run.exit_code == 2);
        CHECK(run.output.find("cannot use the database") != std::string::npos);
    }

    TEST_CASE("a headless script drives the real screens")
    {
        checkin::testing::TempDir dir;
        const auto script = std::filesystem::path(CHECKIN_TEST_SCRIPTS_DIR) / "find_booking_by_plate.txt";
        const auto run = RunCheckin(
            "--demo --db " + Quote(dir.Path() / "c.db") + " --headless --script " + Quote(script));
        CHECK_MESSAGE(run.exit_code == 0, run.output);
    }

    TEST_CASE("a failing expect exits non-zero and names the step")
    {
        checkin::testing::TempDir dir;
        const auto script = dir.Path() / "failing.txt";
        std::ofstream(script)
            << "lang en\ntap \"Start\"\nexpect \"Free coffee for everyone\"\ntap \"Back\"\n";
        const auto run = RunCheckin(
            "--demo --db " + Quote(dir.Path() / "c.db") + " --headless --script " + Quote(script));
        CHECK(run.exit_code == 1);
        CHECK(run.output.find("line 3") != std::string::npos);
        CHECK(run.output.find("expect \"Free coffee for everyone\"") != std::string::npos);
        CHECK(run.output.find("I have a booking") != std::string::npos); // what the screen showed
    }

#ifndef _WIN32 // a Windows session always has a desktop
    TEST_CASE("without a display the app says how to run it under Xvfb")
    {
        checkin::testing::TempDir dir;
        const auto no_display
            = RunCheckin("--windowed --db " + Quote(dir.Path() / "c.db"), checkin::testing::Display::None);
        CHECK(no_display.exit_code == 3);
        CHECK(no_display.output.find("xvfb-run") != std::string::npos);
    }
#endif
}
