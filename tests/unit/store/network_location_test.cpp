#include <doctest/doctest.h>

#include <filesystem>

#include "shared/store/network_location.h"

using checkin::store::IsOnNetworkDrive;

TEST_SUITE("unit.store")
{
    TEST_CASE("a database in the temp folder is on a local disk, also before it exists")
    {
        const auto folder = std::filesystem::temp_directory_path();
        CHECK_FALSE(IsOnNetworkDrive(folder / "hub.db"));
        CHECK_FALSE(IsOnNetworkDrive(folder / "not-yet" / "made" / "hub.db"));
    }

#ifdef _WIN32
    TEST_CASE("a database on a UNC share is on a network drive")
    {
        CHECK(IsOnNetworkDrive(std::filesystem::path(L"\\\\backoffice\\share\\hub.db")));
        CHECK(IsOnNetworkDrive(std::filesystem::path(L"//backoffice/share/hub.db")));
        CHECK(IsOnNetworkDrive(std::filesystem::path(L"\\\\?\\UNC\\backoffice\\share\\hub.db")));
        CHECK_FALSE(IsOnNetworkDrive(std::filesystem::path(L"\\\\?\\C:\\ProgramData\\hub.db")));
    }
#endif
}
