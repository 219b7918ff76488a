#include "shared/media/qr_code.h"

#include <memory>
#include <string>

#include <qrencode.h>

namespace checkin::media {

bool QrMatrix::At(int x, int y) const
{
    if (x < 0 || y < 0 || x >= size || y >= size)
        return false;
    return modules[static_cast<size_t>(y) * static_cast<size_t>(size) + static_cast<size_t>(x)] != 0;
}

std::optional<QrMatrix> EncodeQr(std::string_view text)
{
    if (text.empty() || text.find('\0') != std::string_view::npos)
        return std::nullopt;
    const std::string terminated(text);
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(terminated.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return std::nullopt;
    QrMatrix matrix;
    matrix.size = code->width;
    const size_t count = static_cast<size_t>(code->width) * static_cast<size_t>(code->width);
    matrix.modules.reserve(count);
    // Bit 0 of each byte is the module's colour; the other bits say what the module is part of.
    for (size_t i = 0; i < count; ++i)
        matrix.modules.push_back(static_cast<std::uint8_t>(code->data[i] & 1u));
    return matrix;
}

} // namespace checkin::media
