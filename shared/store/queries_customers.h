#pragma once
#include <string>
#include <vector>

#include "shared/store/store.h"

namespace checkin::store {

// Every distinct surname and full name of the customers on file: the UI adds their characters to its
// font atlas, which holds only the glyphs it is given.
std::vector<std::string> AllCustomerNameTexts(Store& store);

// Whether a live customer has this id.
bool IsLiveCustomer(Store& store, const std::string& customer_id);

} // namespace checkin::store
