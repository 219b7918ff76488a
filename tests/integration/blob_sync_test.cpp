// Blob files travel with the rows through a real hub: what one device saves reaches the devices whose rows
// reference it, an upload cut off half-way resumes, and a file the hub does not have yet waits quietly.
#ifndef _WIN32
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "shared/domain/clock.h"
#include "shared/store/blob_store.h"
#include "shared/store/queries_blobs.h"
#include "shared/store/store.h"
#include "shared/store/sync_device.h"
#include "shared/sync/http_transport.h"
#include "shared/sync/hub_blobs.h"
#include "shared/sync/sync_client.h"
#include "shared/sync/sync_worker.h"
#include "support/blob_rows.h"
#include "support/hub_process.h"
#include "unit/store/store_test_support.h"

using namespace checkin;
using testing::AsBytes;
using testing::JpegLikeBytes;

namespace {

struct Device {
    std::unique_ptr<store::Store> store;
    sync::BlobSyncMemory memory;

    sync::RoundReport Round() { return sync::SyncRoundWithBlobs(*store, {}, memory); }
};

struct Shop {
    testing::TempFolder folder;
    testing::HubProcess hub{folder.Folder()};
    domain::SystemClock clock;
    Device advisor = Pair("advisor");
    Device lounge = Pair("lounge");

    Device Pair(const std::string& role)
    {
        std::filesystem::create_directories(folder.Folder() / role);
        Device device{store::Store::Open(folder.Folder() / role / "store.db", clock, role), {}};
        REQUIRE(sync::PairDevice(*device.store, hub.Url(), hub.Enroll(role, role)).Ok());
        return device;
    }

    sync::HttpHubTransport Transport(store::Store& device)
    {
        return sync::HttpHubTransport(hub.Url(), *store::ReadSyncState(device.Db(), "hub_token"));
    }
};

// Blobs of one photo saved on the device, and the photo row of a repair order opened now.
struct Photo {
    std::string original = JpegLikeBytes(900 * 1024, 1);
    std::string screen = JpegLikeBytes(120 * 1024, 2);
    std::string thumb = JpegLikeBytes(8 * 1024, 3);
    testing::PhotoBlobs hashes;

    void SaveOn(store::Store& device)
    {
        hashes = {store::SaveBlob(device, AsBytes(original), "jpg"),
            store::SaveBlob(device, AsBytes(screen), "jpg"), store::SaveBlob(device, AsBytes(thumb), "jpg")};
        const std::int64_t now = device.Clock().NowUtcMs();
        testing::WritePhoto(device, testing::WriteRepairOrder(device, now), hashes, now);
    }
};

// The file the device keeps for the hash, or "" when it has none.
std::string KeptBytes(store::Store& device, const std::string& sha256, const std::string& extension)
{
    if (!store::HasBlob(device, sha256))
        return {};
    return testing::ReadFileBytes(store::MediaDirFor(device) / store::BlobRelativePath(sha256, extension));
}

void RequireOk(const sync::RoundReport& round)
{
    REQUIRE_MESSAGE(round.rows.Ok(), round.rows.error.message);
    REQUIRE_MESSAGE(round.blobs.Ok(), round.blobs.error.message);
}

} // namespace

TEST_SUITE("integration/blob_sync")
{
    TEST_CASE(
        "A photo taken on the advisor station reaches the lounge: screen and thumbnail, not the original")
    {
        Shop shop;
        Photo photo;
        photo.SaveOn(*shop.advisor.store);

        auto round = shop.advisor.Round();
        RequireOk(round);
        CHECK(round.rows.pushed > 0);
        CHECK(round.blobs.uploaded == 3);
        CHECK(store::LocalBlobsNotOnHub(*shop.advisor.store).empty());
        round = shop.advisor.Round(); // confirmed: not offered again
        RequireOk(round);
        CHECK(round.blobs.uploaded == 0);

        round = shop.lounge.Round();
        RequireOk(round);
        CHECK(round.rows.applied > 0);
        CHECK(round.blobs.downloaded == 2);
        CHECK(round.blobs.waiting == 0);
        store::Store& lounge = *shop.lounge.store;
        CHECK(KeptBytes(lounge, photo.hashes.screen, "jpg") == photo.screen);
        CHECK(KeptBytes(lounge, photo.hashes.thumb, "jpg") == photo.thumb);
        CHECK_FALSE(store::HasBlob(lounge, photo.hashes.original));
        // Only the two verified files: no temporary file is left beside them.
        int files = 0;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(store::MediaDirFor(lounge)))
            if (entry.is_regular_file()) {
                ++files;
                CHECK(entry.path().extension() == ".jpg");
            }
        CHECK(files == 2);
        // What the lounge downloaded is on the hub: nothing to upload, nothing more to fetch.
        CHECK(store::LocalBlobsNotOnHub(lounge).empty());
        round = shop.lounge.Round();
        RequireOk(round);
        CHECK(round.blobs.downloaded == 0);
    }

    TEST_CASE("A photo upload cut off half-way resumes from the hub's offset in the next round")
    {
        Shop shop;
        Photo photo;
        photo.screen = JpegLikeBytes(700 * 1024, 4);
        photo.SaveOn(*shop.advisor.store);

        // The first chunk arrives, then the station loses the hub.
        auto transport = shop.Transport(*shop.advisor.store);
        const std::string& sha = photo.hashes.screen;
        const auto total = static_cast<std::int64_t>(photo.screen.size());
        const auto first = transport.PutBlobChunk(sha, 0, total, photo.screen.substr(0, 256 * 1024));
        REQUIRE(first.Ok());
        CHECK(first.response->received == 256 * 1024);
        CHECK_FALSE(first.response->complete);

        // Resuming from offset 0 would be refused (409): the round continues where the hub stopped.
        const auto round = shop.advisor.Round();
        RequireOk(round);
        CHECK(round.blobs.uploaded == 3);
        const auto status = transport.BlobStatus(sha);
        REQUIRE(status.Ok());
        CHECK(status.response->complete);
        CHECK(status.response->received == total);

        RequireOk(shop.lounge.Round());
        CHECK(KeptBytes(*shop.lounge.store, sha, "jpg") == photo.screen);
    }

    TEST_CASE("A file the hub does not have yet does not fail the round; it arrives in a later one")
    {
        Shop shop;
        Photo photo;
        photo.SaveOn(*shop.advisor.store);
        REQUIRE(sync::SyncOnce(*shop.advisor.store).Ok()); // the rows only: the files are not sent yet

        for (int attempt = 0; attempt < 2; ++attempt) {
            CAPTURE(attempt);
            const auto round = shop.lounge.Round();
            RequireOk(round);
            CHECK(round.blobs.downloaded == 0);
            CHECK(round.blobs.waiting == 2);
        }
        CHECK_FALSE(store::HasBlob(*shop.lounge.store, photo.hashes.screen));

        const auto sent = sync::SyncBlobsOnce(*shop.advisor.store, shop.advisor.memory);
        REQUIRE(sent.Ok());
        CHECK(sent.uploaded == 3);
        // Asked for again after a few rounds, not on every one.
        std::int64_t downloaded = 0;
        for (int attempt = 0; attempt < 4 && downloaded < 2; ++attempt) {
            const auto round = shop.lounge.Round();
            RequireOk(round);
            downloaded += round.blobs.downloaded;
        }
        CHECK(downloaded == 2);
        CHECK(KeptBytes(*shop.lounge.store, photo.hashes.thumb, "jpg") == photo.thumb);
    }

    TEST_CASE("A local file that went bad is not sent; the round goes on")
    {
        Shop shop;
        store::Store& advisor = *shop.advisor.store;
        const std::string good = store::SaveBlob(advisor, AsBytes(JpegLikeBytes(2048, 6)), "jpg");
        const std::string bad = store::SaveBlob(advisor, AsBytes(JpegLikeBytes(2048, 7)), "jpg");
        std::filesystem::resize_file(store::MediaDirFor(advisor) / store::BlobRelativePath(bad, "jpg"), 1000);

        const auto round = shop.advisor.Round();
        RequireOk(round);
        CHECK(round.blobs.uploaded == 1);
        CHECK_FALSE(store::HasBlob(advisor, bad));
        CHECK(store::HasBlob(advisor, good));
        CHECK(store::LocalBlobsNotOnHub(advisor).empty());
        auto transport = shop.Transport(advisor);
        const auto status = transport.BlobStatus(bad);
        REQUIRE(status.Ok());
        CHECK(status.response->received == 0);
    }

    TEST_CASE("Signature PNGs go from the kiosk to advisor stations only")
    {
        Shop shop;
        Device kiosk = shop.Pair("kiosk");
        std::string png = JpegLikeBytes(4 * 1024, 5);
        png.replace(0, 8, "\x89PNG\r\n\x1a\n");
        const std::string sha = store::SaveBlob(*kiosk.store, AsBytes(png), "png");
        testing::WriteSignature(*kiosk.store, sha, kiosk.store->Clock().NowUtcMs());

        auto round = kiosk.Round();
        RequireOk(round);
        CHECK(round.rows.rejections.empty());
        CHECK(round.blobs.uploaded == 1);

        round = shop.lounge.Round();
        RequireOk(round);
        CHECK(round.blobs.downloaded == 0);
        round = shop.advisor.Round();
        RequireOk(round);
        CHECK(round.blobs.downloaded == 1);
        CHECK(KeptBytes(*shop.advisor.store, sha, "png") == png);
    }

    TEST_CASE("The lounge's sync worker keeps arriving photos and wakes its screens")
    {
        Shop shop;
        Photo photo;
        photo.SaveOn(*shop.advisor.store);
        RequireOk(shop.advisor.Round());

        std::atomic<int> wakes = 0;
        sync::SyncWorker worker(shop.lounge.store->Path(), shop.clock, [&] { ++wakes; });
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (worker.Status().blobs_generation == 0 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        CHECK(worker.Status().blobs_generation == 1);
        CHECK(worker.Status().pulled_generation >= 1);
        CHECK(wakes > 0);
        CHECK(KeptBytes(*shop.lounge.store, photo.hashes.screen, "jpg") == photo.screen);
        CHECK(KeptBytes(*shop.lounge.store, photo.hashes.thumb, "jpg") == photo.thumb);
    }
}
#endif
