#include "shared/store/queries_erasure.h"

#include <algorithm>
#include <string_view>

#include "shared/store/blob_store.h"
#include "shared/store/database.h"

namespace checkin::store {
namespace {

std::vector<std::string> Ids(Store& store, std::string_view sql, const std::string& customer_id)
{
    Statement select(store.Db(), sql);
    select.BindAll(customer_id);
    std::vector<std::string> ids;
    while (select.Step())
        ids.push_back(select.Text(0));
    return ids;
}

} // namespace

std::optional<CustomerRows> FindCustomerRows(Store& store, const std::string& customer_id)
{
    Statement customer(store.Db(), "SELECT erased_at FROM customers WHERE id = ?1 AND deleted_at IS NULL");
    customer.BindAll(customer_id);
    if (!customer.Step())
        return std::nullopt;
    CustomerRows rows;
    rows.erased_at = customer.OptionalInt64(0);
    rows.vehicles
        = Ids(store, "SELECT id FROM vehicles WHERE customer_id = ?1 AND deleted_at IS NULL", customer_id);
    rows.bookings
        = Ids(store, "SELECT id FROM bookings WHERE customer_id = ?1 AND deleted_at IS NULL", customer_id);
    rows.checkins
        = Ids(store, "SELECT id FROM checkins WHERE customer_id = ?1 AND deleted_at IS NULL", customer_id);
    rows.signatures = Ids(store, R"sql(
SELECT s.id FROM signatures s JOIN checkins k ON k.id = s.checkin_id
WHERE k.customer_id = ?1 AND s.deleted_at IS NULL
)sql",
        customer_id);
    rows.photos = Ids(store, R"sql(
SELECT p.id FROM photos p JOIN repair_orders o ON o.id = p.repair_order_id
WHERE o.customer_id = ?1 AND p.deleted_at IS NULL
)sql",
        customer_id);
    rows.surveys = Ids(store, R"sql(
SELECT s.id FROM surveys s JOIN repair_orders o ON o.id = s.repair_order_id
WHERE o.customer_id = ?1 AND s.deleted_at IS NULL
)sql",
        customer_id);
    rows.complaints
        = Ids(store, "SELECT id FROM complaints WHERE customer_id = ?1 AND deleted_at IS NULL", customer_id);
    rows.followups
        = Ids(store, "SELECT id FROM followups WHERE customer_id = ?1 AND deleted_at IS NULL", customer_id);
    rows.open_followups = Ids(store,
        "SELECT id FROM followups WHERE customer_id = ?1 AND deleted_at IS NULL AND done_at IS NULL",
        customer_id);
    rows.blob_hashes = Ids(store, R"sql(
SELECT s.png_sha256 FROM signatures s JOIN checkins k ON k.id = s.checkin_id WHERE k.customer_id = ?1
UNION SELECT p.blob_sha256 FROM photos p JOIN repair_orders o ON o.id = p.repair_order_id WHERE o.customer_id = ?1
UNION SELECT p.screen_sha256 FROM photos p JOIN repair_orders o ON o.id = p.repair_order_id
      WHERE o.customer_id = ?1 AND p.screen_sha256 IS NOT NULL
UNION SELECT p.thumb_sha256 FROM photos p JOIN repair_orders o ON o.id = p.repair_order_id
      WHERE o.customer_id = ?1 AND p.thumb_sha256 IS NOT NULL
)sql",
        customer_id);
    return rows;
}

std::vector<std::filesystem::path> ForgetUnreferencedBlobs(
    Store& store, const std::vector<std::string>& hashes)
{
    Statement referenced(store.Db(), R"sql(
SELECT 1 FROM signatures WHERE png_sha256 = ?1 AND deleted_at IS NULL
UNION ALL SELECT 1 FROM photos WHERE ?1 IN (blob_sha256, screen_sha256, thumb_sha256) AND deleted_at IS NULL
LIMIT 1
)sql");
    Statement path(store.Db(), "SELECT path FROM blobs WHERE sha256 = ?1");
    Statement forget(store.Db(), "DELETE FROM blobs WHERE sha256 = ?1");
    std::vector<std::filesystem::path> files;
    for (const std::string& hash : hashes) {
        referenced.Reset();
        referenced.BindAll(hash);
        if (referenced.Step())
            continue;
        path.Reset();
        path.BindAll(hash);
        if (!path.Step())
            continue;
        files.push_back(MediaDirFor(store) / std::filesystem::path(path.Text(0)));
        forget.Reset();
        forget.BindAll(hash);
        forget.Run();
    }
    return files;
}

} // namespace checkin::store
