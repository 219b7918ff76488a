#include "shared/usecases/erasure.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <system_error>
#include <vector>

#include "shared/store/queries_erasure.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/audit.h"
#include "shared/usecases/exports.h"
#include "shared/usecases/rule_violation.h"

namespace checkin::usecases {
namespace {

void Clear(store::WriteTransaction& write, const char* table, const std::vector<std::string>& ids,
    const store::Columns& columns)
{
    for (const std::string& id : ids)
        write.Upsert(table, id, columns);
}

} // namespace

void EraseCustomer(store::Store& store, const std::string& customer_id, const std::string& manager_id)
{
    store::WriteTransaction write(store);
    if (!IsActiveManager(store, manager_id))
        throw RuleViolation(RuleViolationCode::NotAManager);
    const std::optional<store::CustomerRows> rows = store::FindCustomerRows(store, customer_id);
    if (!rows)
        throw RuleViolation(RuleViolationCode::UnknownCustomer);
    if (rows->erased_at)
        throw RuleViolation(RuleViolationCode::CustomerErased);

    write.Upsert("customers", customer_id,
        {{"surname", std::string()}, {"title", std::string()}, {"full_name", nullptr}, {"mobile", nullptr},
            {"notes", nullptr}, {"erased_at", store.Clock().NowUtcMs()}});
    Clear(write, "vehicles", rows->vehicles, {{"plate", nullptr}, {"vin", nullptr}});
    Clear(write, "bookings", rows->bookings, {{"notes", nullptr}});
    Clear(write, "checkins", rows->checkins, {{"concerns_text", nullptr}});
    Clear(write, "surveys", rows->surveys, {{"comment", nullptr}});
    Clear(write, "complaints", rows->complaints,
        {{"description", nullptr}, {"options_json", nullptr}, {"resolution", nullptr},
            {"manager_note", nullptr}});
    Clear(write, "followups", rows->followups, {{"note", nullptr}});
    // Nobody may call them any more: their open calls close, without an outcome.
    Clear(write, "followups", rows->open_followups,
        {{"done_at", store.Clock().NowUtcMs()}, {"done_by", manager_id}});
    Clear(write, "photos", rows->photos, {{"caption", nullptr}});
    for (const std::string& id : rows->signatures)
        write.Tombstone("signatures", id);
    for (const std::string& id : rows->photos)
        write.Tombstone("photos", id);
    const std::vector<std::filesystem::path> files = store::ForgetUnreferencedBlobs(store, rows->blob_hashes);

    const nlohmann::json detail = {{"vehicles", rows->vehicles.size()}, {"checkins", rows->checkins.size()},
        {"signatures", rows->signatures.size()}, {"photos", rows->photos.size()}, {"files", files.size()}};
    RecordAudit(write, store, manager_id, "erase_customer", "customers", customer_id, detail.dump());
    write.Commit();

    // The rows are committed: a file that cannot be removed now is only an orphan, never a dangling row.
    for (const std::filesystem::path& file : files) {
        std::error_code ignored;
        std::filesystem::remove(file, ignored);
    }
}

} // namespace checkin::usecases
