#pragma once
// Which blob files still have to travel: the local ones the paired hub has not confirmed (to upload) and
// the ones rows here reference but this device lacks (to download). The blobs table is local-only, so
// these writes do not go through WriteTransaction.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "shared/store/store.h"

namespace checkin::store {

struct LocalBlob {
    std::string sha256;
    std::filesystem::path file; // absolute: under MediaDirFor(store)
    std::int64_t size = 0;
};

// Complete blobs the paired hub has not been seen to hold (blobs.on_hub_at IS NULL), oldest first.
std::vector<LocalBlob> LocalBlobsNotOnHub(Store& store);

// The hub holds the complete file: it is not offered again.
void MarkBlobOnHub(Store& store, std::string_view sha256);

// Paired with another hub: every blob is offered again.
void ForgetBlobsOnHub(Store& store);

// The file listed as complete is missing or does not have its hash: it is listed no more (so it is not
// offered to the hub again, and a download may bring a good copy back).
void MarkBlobIncomplete(Store& store, std::string_view sha256);

// Screen renditions and thumbnails of live photos that are not complete here, each hash once, newest
// photo first. Originals are left out: too big for lounge tablets and boards.
std::vector<std::string> MissingPhotoBlobs(Store& store);

// Signature PNGs of live signatures that are not complete here (advisor stations show them).
std::vector<std::string> MissingSignatureBlobs(Store& store);

} // namespace checkin::store
