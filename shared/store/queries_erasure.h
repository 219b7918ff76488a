#pragma once
// Reads and local-only writes for erasing a customer on request (shared/usecases/erasure.h): every row that
// holds their personal data, and the blob files (signatures, photos) no live row needs any more.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "shared/store/store.h"

namespace checkin::store {

// The ids of the customer's rows, live ones only (tombstoned rows are not written again).
struct CustomerRows {
    std::optional<std::int64_t> erased_at;
    std::vector<std::string> vehicles;
    std::vector<std::string> bookings;
    std::vector<std::string> checkins;
    std::vector<std::string> signatures;
    std::vector<std::string> photos;
    std::vector<std::string> surveys;
    std::vector<std::string> complaints;
    std::vector<std::string> followups;
    std::vector<std::string> open_followups; // of those, the calls not done yet
    // Hashes of the signature PNGs and of every rendition of the photos above.
    std::vector<std::string> blob_hashes;
};
// nullopt when no live customer has the id.
std::optional<CustomerRows> FindCustomerRows(Store& store, const std::string& customer_id);

// Of these hashes, the blobs no live signature or photo references any more: their rows leave the local
// blobs table (call inside the erasing transaction) and their files are returned, for the caller to delete
// once it committed.
std::vector<std::filesystem::path> ForgetUnreferencedBlobs(
    Store& store, const std::vector<std::string>& hashes);

} // namespace checkin::store
