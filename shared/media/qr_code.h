#pragma once
// QR codes for tickets and the "track your car" link: the module matrix only, so shared/ stays free of
// drawing; the kiosk draws it (ui::QrView) and a printer driver could print the same matrix.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace checkin::media {

// Light modules a reader needs around the code on every side (not part of QrMatrix::size).
inline constexpr int kQrQuietZoneModules = 4;

struct QrMatrix {
    int size = 0; // modules per side: 21 for version 1, +4 per version
    std::vector<std::uint8_t> modules; // row-major, size * size, 1 = dark

    // Dark module at column x, row y; false outside the matrix (the quiet zone is light).
    bool At(int x, int y) const;
};

// Error correction level M (about 15% of the code may be damaged), the smallest version that fits, mixed
// numeric/alphanumeric/8-bit segments, case kept. Empty when the text is empty, holds a NUL or is too long.
std::optional<QrMatrix> EncodeQr(std::string_view text);

} // namespace checkin::media
