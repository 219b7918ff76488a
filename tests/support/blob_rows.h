#pragma once
// Rows that reference blob files, written straight through WriteTransaction (no use case): a repair order
// with a photo, a check-in with a signature, and blob bytes that look like the files they stand for.
#include <cstdint>
#include <random>
#include <span>
#include <string>

#include "shared/store/store.h"
#include "shared/store/write_transaction.h"

namespace checkin::testing {

// size bytes starting with the JPEG signature (so a downloaded copy is kept as .jpg), the rest random.
inline std::string JpegLikeBytes(std::size_t size, unsigned seed)
{
    std::mt19937 random(seed);
    std::string bytes(size, '\0');
    for (char& byte : bytes)
        byte = static_cast<char>(random() & 0xFF);
    bytes.replace(0, 3, "\xff\xd8\xff");
    return bytes;
}

inline std::span<const std::uint8_t> AsBytes(const std::string& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()};
}

struct PhotoBlobs {
    std::string original;
    std::string screen; // empty: no rendition (NULL)
    std::string thumb;
};

// A customer, a car and a repair order opened at opened_at_ms; returns the order's id.
inline std::string WriteRepairOrder(store::Store& store, std::int64_t opened_at_ms)
{
    store::WriteTransaction write(store);
    const std::string customer = write.NewId();
    const std::string vehicle = write.NewId();
    const std::string order = write.NewId();
    write.Upsert("customers", customer, {{"surname", std::string("Wang")}, {"title", std::string("ms")}});
    write.Upsert("vehicles", vehicle,
        {{"customer_id", customer}, {"plate", std::string("京A12345")}, {"make", std::string("Volvo")}});
    write.Upsert("repair_orders", order,
        {{"customer_id", customer}, {"vehicle_id", vehicle}, {"number", std::string("RO-1")},
            {"stage", std::string("inspection")}, {"opened_at", opened_at_ms},
            {"vat_rate_bp", std::int64_t{1300}}});
    write.Commit();
    return order;
}

// A 'before' photo of the order; returns the photo's id.
inline std::string WritePhoto(store::Store& store, const std::string& repair_order_id,
    const PhotoBlobs& blobs, std::int64_t taken_at_ms)
{
    const auto optional = [](const std::string& sha256) -> store::Value {
        if (sha256.empty())
            return nullptr;
        return sha256;
    };
    store::WriteTransaction write(store);
    const std::string photo = write.NewId();
    write.Upsert("photos", photo,
        {{"repair_order_id", repair_order_id}, {"blob_sha256", blobs.original},
            {"screen_sha256", optional(blobs.screen)}, {"thumb_sha256", optional(blobs.thumb)},
            {"kind", std::string("before")}, {"taken_at", taken_at_ms}});
    write.Commit();
    return photo;
}

// A walk-in check-in of a new customer with the signature PNG png_sha256; returns the signature's id.
inline std::string WriteSignature(
    store::Store& store, const std::string& png_sha256, std::int64_t signed_at_ms)
{
    store::WriteTransaction write(store);
    const std::string customer = write.NewId();
    const std::string vehicle = write.NewId();
    const std::string checkin = write.NewId();
    const std::string signature = write.NewId();
    write.Upsert("customers", customer, {{"surname", std::string("Li")}});
    write.Upsert("vehicles", vehicle, {{"customer_id", customer}});
    write.Upsert("checkins", checkin,
        {{"customer_id", customer}, {"vehicle_id", vehicle}, {"kind", std::string("walk_in")},
            {"arrived_at", signed_at_ms}});
    write.Upsert("signatures", signature,
        {{"checkin_id", checkin}, {"png_sha256", png_sha256}, {"authorization_text", std::string("OK")},
            {"estimate_json", std::string("{}")}, {"signed_at", signed_at_ms}});
    write.Commit();
    return signature;
}

} // namespace checkin::testing
