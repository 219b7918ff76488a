#pragma once
// Corrections the advisor makes to the customer file while confirming a visit. The kiosk only asks for a
// surname and title (quick, and private in a public place); the advisor adds the full name, typed on a
// physical keyboard with the system's input method.
#include <string>
#include <string_view>

#include "shared/store/store.h"

namespace checkin::usecases {

inline constexpr std::size_t kMaxFullNameCodePoints = 40;

// Sets the customer's full name (trimmed; 1 to kMaxFullNameCodePoints characters, else RuleViolation
// InvalidFullName; an unknown customer is UnknownCustomer), with the audit entry, in one transaction.
void SetCustomerFullName(store::Store& store, const std::string& customer_id, std::string_view full_name,
    const std::string& staff_id);

} // namespace checkin::usecases
