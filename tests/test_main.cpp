#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>
#include <spdlog/spdlog.h>

int main(int argc, char** argv)
{
    // The store logs every migration and new device at info level: keep test output to what failed.
    spdlog::set_level(spdlog::level::warn);
    doctest::Context context(argc, argv);
    return context.run();
}
