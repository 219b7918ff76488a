#pragma once
// Helpers for tests that need a real database file (shared by tests/unit/store and tests/unit/usecases).
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <system_error>

#include "shared/store/store_error.h"
#include "shared/sync/uuid.h"

namespace checkin::testing {

// 2024-11-20 01:30 UTC = 09:30 in Beijing, a Wednesday.
inline constexpr std::int64_t kStoreTestNowUtcMs = 1732066200000;

// A unique folder under the system temp folder, removed with everything in it when the test ends.
class TempFolder {
public:
    TempFolder()
        : m_folder(std::filesystem::temp_directory_path()
            / ("checkin-test-"
                + sync::NewUuidV7(std::chrono::duration_cast<std::chrono::milliseconds>(
                    std::chrono::system_clock::now().time_since_epoch())
                                      .count())))
    {
        std::filesystem::create_directories(m_folder);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    ~TempFolder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_folder, ignored);
    }

    const std::filesystem::path& Folder() const { return m_folder; }
    std::filesystem::path DatabasePath() const { return m_folder / "store.db"; }

private:
    std::filesystem::path m_folder;
};

inline std::string ReadFileBytes(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

// The code of the StoreError the call throws, or nullopt when it throws none.
template <typename Call> std::optional<store::StoreErrorCode> StoreErrorCodeOf(Call&& call)
{
    try {
        call();
    } catch (const store::StoreError& error) {
        return error.Code();
    }
    return std::nullopt;
}

} // namespace checkin::testing
