#pragma once
#include <string>
#include <vector>

#include "shared/store/store.h"

namespace checkin::store {

// Every distinct surname and full name of the customers on file: the UI adds their characters to its
// font atlas, which holds only the glyphs it is given.
std::vector<std::string> AllCustomerNameTexts(Store& store);

} // namespace checkin::store
