#pragma once
// The consents a customer gave (个人信息 and marketing), as recorded: what the advisor and an export show.
#include <cstdint>
#include <string>
#include <vector>

#include "shared/store/store.h"

namespace checkin::store {

struct ConsentView {
    std::string kind; // "privacy" | "marketing"
    bool granted = false;
    std::string notice_version;
    std::int64_t recorded_at_utc_ms = 0;
    std::string device_id;
};

// The live consents of the customer, oldest first.
std::vector<ConsentView> ConsentsOf(Store& store, const std::string& customer_id);

} // namespace checkin::store
