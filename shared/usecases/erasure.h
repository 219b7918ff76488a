#pragma once
// Erasure of a customer on request (DOMAIN.md: customers may ask for their data to be deleted). The rows
// stay, anonymous, so the manager's figures (orders, amounts, survey scores) still add up; what could name
// or reach the person goes:
// - customers: surname and title blanked, full_name, mobile and notes cleared, erased_at set;
// - vehicles: plate and VIN cleared (make, model, mileage stay);
// - bookings notes, check-in concerns_text, survey comments, complaint description, options, resolution and
//   manager note, follow-up notes cleared; open follow-up calls closed (done now, by the manager, no
//   outcome);
// - signatures and photos (which may show the plate) tombstoned, their local blob files deleted once no live
//   row needs them.
// One WriteTransaction with its outbox ops (the hub and every device receive the blanked rows) and an audit
// entry "erase_customer" that holds no personal data.
#include <string>

#include "shared/store/store.h"

namespace checkin::usecases {

// Rules: NotAManager (not an active manager), UnknownCustomer (no live customer), CustomerErased (already).
void EraseCustomer(store::Store& store, const std::string& customer_id, const std::string& manager_id);

} // namespace checkin::usecases
