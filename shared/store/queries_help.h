#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "shared/store/store.h"

namespace checkin::store {

// A customer pressed "call an advisor" on a kiosk or lounge screen.
struct HelpRequest {
    std::string id;
    std::string device_id;
    std::string screen;
    std::string language;
    std::int64_t requested_at_utc_ms = 0;
};

// Requests nobody has handled yet, oldest first.
std::vector<HelpRequest> OpenHelpRequests(Store& store);
// Whether the request exists, is live and nobody handled it yet.
bool IsHelpRequestOpen(Store& store, const std::string& help_request_id);

} // namespace checkin::store
