#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "shared/domain/clock.h"
#include "shared/store/blob_store.h"
#include "shared/store/store.h"
#include "unit/store/store_test_support.h"

using namespace checkin::store;
using checkin::domain::ManualClock;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::ReadFileBytes;
using checkin::testing::StoreErrorCodeOf;
using checkin::testing::TempFolder;

namespace {

std::vector<std::uint8_t> Bytes(const std::string& text)
{
    return std::vector<std::uint8_t>(text.begin(), text.end());
}

std::size_t FilesUnder(const std::filesystem::path& folder)
{
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        count += entry.is_regular_file() ? 1 : 0;
    return count;
}

} // namespace

TEST_SUITE("unit/store")
{
    TEST_CASE("SHA-256 hex of known inputs")
    {
        CHECK(Sha256Hex({}) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        CHECK(Sha256Hex(Bytes("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        CHECK(BlobRelativePath("ba7816bf", "png") == "ba/ba7816bf.png");
    }

    TEST_CASE("PutBlob stores content under its hash, once")
    {
        TempFolder temp;
        const std::filesystem::path media = temp.Folder() / "media";
        const std::vector<std::uint8_t> png = Bytes(std::string("\x89PNG\r\n\x1a\n signature", 19));
        const std::string hash = PutBlob(media, png, "png");
        CHECK(hash == Sha256Hex(png));
        const std::filesystem::path file = media / hash.substr(0, 2) / (hash + ".png");
        REQUIRE(std::filesystem::exists(file));
        CHECK(ReadFileBytes(file) == std::string(png.begin(), png.end()));

        // The same bytes again: the same name, the file left as it was, no temp file behind.
        const auto written = std::filesystem::last_write_time(file);
        CHECK(PutBlob(media, png, "png") == hash);
        CHECK(std::filesystem::last_write_time(file) == written);
        CHECK(FilesUnder(media) == 1);

        // Other bytes: another file.
        const std::string other = PutBlob(media, Bytes("another signature"), "png");
        CHECK(other != hash);
        CHECK(FilesUnder(media) == 2);

        CHECK(StoreErrorCodeOf([&] { PutBlob(media, png, "../x"); }) == StoreErrorCode::Other);
        CHECK(StoreErrorCodeOf([&] { PutBlob(media, png, ""); }) == StoreErrorCode::Other);
        CHECK(StoreErrorCodeOf([&] { PutBlob(media, png, "PNG"); }) == StoreErrorCode::Other);
    }

    TEST_CASE("SaveBlob writes beside the store file and lists the blob")
    {
        TempFolder temp;
        ManualClock clock{kStoreTestNowUtcMs};
        const auto store = Store::Open(temp.Folder() / "data" / "kiosk.db", clock, "kiosk");
        CHECK(MediaDirFor(*store) == temp.Folder() / "data" / "media");

        const std::vector<std::uint8_t> png = Bytes("a signature");
        const std::string hash = SaveBlob(*store, png, "png");
        CHECK(
            std::filesystem::exists(temp.Folder() / "data" / "media" / hash.substr(0, 2) / (hash + ".png")));
        CHECK(HasBlob(*store, hash));
        CHECK_FALSE(HasBlob(*store, Sha256Hex(Bytes("not saved"))));
        CHECK(SaveBlob(*store, png, "png") == hash);

        Statement row(store->Db(), "SELECT size, mime, path, complete FROM blobs");
        REQUIRE(row.Step());
        CHECK(row.Int64(0) == 11);
        CHECK(row.Text(1) == "image/png");
        CHECK(row.Text(2) == hash.substr(0, 2) + "/" + hash + ".png");
        CHECK(row.Int64(3) == 1);
        CHECK_FALSE(row.Step());
        CHECK(store->OutboxSize() == 0);
    }
}
