// The EXIF Orientation tag through libexif: it finds the APP1 "Exif" segment among the JPEG markers and
// reads the TIFF structure in either byte order, which is where hand-written parsers tend to go wrong.
#include "shared/media/photo_import.h"

#include <limits>
#include <memory>

#include <libexif/exif-data.h>

namespace checkin::media {

int ExifOrientation(std::span<const std::uint8_t> jpeg_bytes)
{
    const bool is_jpeg = jpeg_bytes.size() >= 2 && jpeg_bytes[0] == 0xFF && jpeg_bytes[1] == 0xD8;
    if (!is_jpeg || jpeg_bytes.size() > std::numeric_limits<unsigned int>::max())
        return 1;
    const std::unique_ptr<ExifData, decltype(&exif_data_unref)> data(exif_data_new(), &exif_data_unref);
    if (!data)
        return 1;
    // Read only: without this option libexif "fixes" the data by adding the entries the standard requires.
    exif_data_unset_option(data.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_load_data(data.get(), jpeg_bytes.data(), static_cast<unsigned int>(jpeg_bytes.size()));

    // The tag belongs to IFD0, the main image (IFD1 describes the embedded thumbnail).
    ExifEntry* entry = exif_content_get_entry(data->ifd[EXIF_IFD_0], EXIF_TAG_ORIENTATION);
    if (entry == nullptr || entry->format != EXIF_FORMAT_SHORT || entry->components < 1 || entry->size < 2)
        return 1;
    const int orientation = exif_get_short(entry->data, exif_data_get_byte_order(data.get()));
    return orientation >= 1 && orientation <= 8 ? orientation : 1;
}

} // namespace checkin::media
