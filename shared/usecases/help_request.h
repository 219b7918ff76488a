#pragma once
#include <string>
#include <string_view>

#include "shared/store/store.h"

namespace checkin::usecases {

// A customer asked for an advisor from a kiosk or lounge screen. Returns the id of the help_requests row.
std::string RequestAdvisorHelp(store::Store& store, std::string_view screen, std::string_view language);

// A staff member went to the customer: the request is handled (by whom, when), with its audit entry.
// An unknown or already handled request changes nothing.
void HandleHelpRequest(store::Store& store, const std::string& help_request_id, const std::string& staff_id);

} // namespace checkin::usecases
