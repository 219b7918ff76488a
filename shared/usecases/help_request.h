#pragma once
#include <string>
#include <string_view>

#include "shared/store/store.h"

namespace checkin::usecases {

// A customer asked for an advisor from a kiosk or lounge screen. Returns the id of the help_requests row.
std::string RequestAdvisorHelp(store::Store& store, std::string_view screen, std::string_view language);

} // namespace checkin::usecases
