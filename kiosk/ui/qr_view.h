#pragma once
// Draws a QR code (tickets, "track your car") as crisp squares: modules snap to whole pixels when the
// size allows, since a phone camera reads sharp edges far more reliably than blurred ones.
#include "shared/media/qr_code.h"

namespace checkin::ui {

// A white square of side size_px (from Em) at the cursor, holding the code and its quiet zone.
void QrView(const media::QrMatrix& matrix, float size_px);

} // namespace checkin::ui
