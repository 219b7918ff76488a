#include "shared/store/queries_blobs.h"

#include "shared/store/blob_store.h"

namespace checkin::store {
namespace {

std::vector<std::string> Hashes(Statement& select)
{
    std::vector<std::string> hashes;
    while (select.Step())
        hashes.push_back(select.Text(0));
    return hashes;
}

} // namespace

std::vector<LocalBlob> LocalBlobsNotOnHub(Store& store)
{
    Statement select(store.Db(), R"sql(
SELECT sha256, path, size FROM blobs WHERE complete = 1 AND on_hub_at IS NULL ORDER BY rowid
)sql");
    const std::filesystem::path media = MediaDirFor(store);
    std::vector<LocalBlob> blobs;
    while (select.Step()) {
        const std::string path = select.Text(1);
        blobs.push_back({select.Text(0), media / std::u8string(path.begin(), path.end()), select.Int64(2)});
    }
    return blobs;
}

void MarkBlobOnHub(Store& store, std::string_view sha256)
{
    Statement update(store.Db(), "UPDATE blobs SET on_hub_at = ?2 WHERE sha256 = ?1 AND on_hub_at IS NULL");
    update.BindAll(sha256, store.Clock().NowUtcMs());
    update.Run();
}

void ForgetBlobsOnHub(Store& store)
{
    store.Db().Execute("UPDATE blobs SET on_hub_at = NULL WHERE on_hub_at IS NOT NULL");
}

void MarkBlobIncomplete(Store& store, std::string_view sha256)
{
    Statement update(store.Db(), "UPDATE blobs SET complete = 0, on_hub_at = NULL WHERE sha256 = ?1");
    update.BindAll(sha256);
    update.Run();
}

std::vector<std::string> MissingPhotoBlobs(Store& store)
{
    Statement select(store.Db(), R"sql(
SELECT wanted.sha256 FROM (
    SELECT screen_sha256 AS sha256, taken_at FROM photos WHERE deleted_at IS NULL AND screen_sha256 IS NOT NULL
    UNION ALL
    SELECT thumb_sha256, taken_at FROM photos WHERE deleted_at IS NULL AND thumb_sha256 IS NOT NULL
) AS wanted
WHERE NOT EXISTS (SELECT 1 FROM blobs WHERE blobs.sha256 = wanted.sha256 AND blobs.complete = 1)
GROUP BY wanted.sha256
ORDER BY MAX(wanted.taken_at) DESC, wanted.sha256
)sql");
    return Hashes(select);
}

std::vector<std::string> MissingSignatureBlobs(Store& store)
{
    Statement select(store.Db(), R"sql(
SELECT png_sha256 FROM signatures
WHERE deleted_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM blobs WHERE blobs.sha256 = signatures.png_sha256 AND blobs.complete = 1)
GROUP BY png_sha256
ORDER BY MAX(signed_at) DESC, png_sha256
)sql");
    return Hashes(select);
}

} // namespace checkin::store
