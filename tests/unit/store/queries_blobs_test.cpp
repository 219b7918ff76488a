// Which blob files travel: local ones the hub has not confirmed, and the ones rows here reference but lack.
#include <doctest/doctest.h>

#include <algorithm>

#include "shared/domain/clock.h"
#include "shared/store/blob_store.h"
#include "shared/store/queries_blobs.h"
#include "shared/store/store.h"
#include "support/blob_rows.h"
#include "unit/store/store_test_support.h"

using namespace checkin::store;
using checkin::domain::ManualClock;
using checkin::testing::AsBytes;
using checkin::testing::JpegLikeBytes;
using checkin::testing::kStoreTestNowUtcMs;
using checkin::testing::PhotoBlobs;
using checkin::testing::TempFolder;

namespace {

constexpr std::int64_t kHourMs = 60 * 60 * 1000;

struct BlobFixture {
    TempFolder temp;
    ManualClock clock{kStoreTestNowUtcMs};
    std::unique_ptr<Store> store = Store::Open(temp.DatabasePath(), clock, "advisor");

    std::string Save(unsigned seed)
    {
        return SaveBlob(*store, AsBytes(JpegLikeBytes(1000 + seed, seed)), "jpg");
    }
};

std::vector<std::string> HashesOf(const std::vector<LocalBlob>& blobs)
{
    std::vector<std::string> hashes;
    for (const LocalBlob& blob : blobs)
        hashes.push_back(blob.sha256);
    return hashes;
}

// 64 hex digits that no saved blob has.
std::string UnknownHash(char digit)
{
    return std::string(64, digit);
}

} // namespace

TEST_SUITE("unit/store")
{
    TEST_CASE("Local blobs are offered to the hub until it confirms them, and again for another hub")
    {
        BlobFixture fixture;
        Store& store = *fixture.store;
        CHECK(LocalBlobsNotOnHub(store).empty());
        const std::string first = fixture.Save(1);
        const std::string second = fixture.Save(2);

        const std::vector<LocalBlob> pending = LocalBlobsNotOnHub(store);
        CHECK(HashesOf(pending) == std::vector{first, second});
        CHECK(pending[0].file == MediaDirFor(store) / first.substr(0, 2) / (first + ".jpg"));
        CHECK(pending[0].size == 1001);
        CHECK(checkin::testing::ReadFileBytes(pending[0].file) == JpegLikeBytes(1001, 1));

        MarkBlobOnHub(store, first);
        CHECK(HashesOf(LocalBlobsNotOnHub(store)) == std::vector{second});
        MarkBlobOnHub(store, second);
        CHECK(LocalBlobsNotOnHub(store).empty());
        // Saving the same bytes again does not make the hub forget them.
        fixture.Save(1);
        CHECK(LocalBlobsNotOnHub(store).empty());

        ForgetBlobsOnHub(store);
        CHECK(HashesOf(LocalBlobsNotOnHub(store)) == std::vector{first, second});
    }

    TEST_CASE("A blob whose file went bad is listed no more, until a good copy is saved")
    {
        BlobFixture fixture;
        Store& store = *fixture.store;
        const std::string hash = fixture.Save(3);
        MarkBlobIncomplete(store, hash);
        CHECK_FALSE(HasBlob(store, hash));
        CHECK(LocalBlobsNotOnHub(store).empty());
        fixture.Save(3);
        CHECK(HasBlob(store, hash));
        CHECK(HashesOf(LocalBlobsNotOnHub(store)) == std::vector{hash});
    }

    TEST_CASE("Missing photo blobs: screen renditions and thumbnails of live photos, newest first, once each")
    {
        BlobFixture fixture;
        Store& store = *fixture.store;
        const std::string order = checkin::testing::WriteRepairOrder(store, kStoreTestNowUtcMs);
        const PhotoBlobs older{UnknownHash('a'), UnknownHash('b'), UnknownHash('c')};
        const PhotoBlobs newer{UnknownHash('d'), UnknownHash('e'), UnknownHash('c')}; // the same thumbnail
        checkin::testing::WritePhoto(store, order, older, kStoreTestNowUtcMs - 2 * kHourMs);
        checkin::testing::WritePhoto(store, order, newer, kStoreTestNowUtcMs - kHourMs);
        checkin::testing::WritePhoto(store, order, {UnknownHash('f'), "", ""}, kStoreTestNowUtcMs);
        const std::string deleted = checkin::testing::WritePhoto(
            store, order, {UnknownHash('1'), UnknownHash('2'), UnknownHash('3')}, kStoreTestNowUtcMs);
        {
            WriteTransaction remove(store);
            remove.Tombstone("photos", deleted);
            remove.Commit();
        }

        // Originals ('a', 'd', 'f') never; the shared thumbnail 'c' once, at its newest photo's time.
        CHECK(MissingPhotoBlobs(store) == std::vector{UnknownHash('c'), UnknownHash('e'), UnknownHash('b')});

        // Present here: no longer missing. Present but incomplete: still missing.
        const std::string screen = fixture.Save(4);
        const std::string thumb = fixture.Save(5);
        checkin::testing::WritePhoto(store, order, {UnknownHash('9'), screen, thumb}, kStoreTestNowUtcMs);
        CHECK(MissingPhotoBlobs(store).size() == 3);
        MarkBlobIncomplete(store, thumb);
        const std::vector<std::string> missing = MissingPhotoBlobs(store);
        CHECK(missing.front() == thumb);
        CHECK(std::find(missing.begin(), missing.end(), screen) == missing.end());
    }

    TEST_CASE("Missing signature blobs: the PNGs of live signatures not complete here")
    {
        BlobFixture fixture;
        Store& store = *fixture.store;
        CHECK(MissingSignatureBlobs(store).empty());
        const std::string present = fixture.Save(6);
        checkin::testing::WriteSignature(store, present, kStoreTestNowUtcMs);
        checkin::testing::WriteSignature(store, UnknownHash('7'), kStoreTestNowUtcMs - kHourMs);
        checkin::testing::WriteSignature(store, UnknownHash('8'), kStoreTestNowUtcMs);
        CHECK(MissingSignatureBlobs(store) == std::vector{UnknownHash('8'), UnknownHash('7')});
        CHECK(MissingPhotoBlobs(store).empty());
    }
}
