#pragma once
// A small shop of its own (not the demo, which may change) for the tests of repair orders and their
// queries: three catalog items and a retired one, two customers with a car each, Mr. Zhang's booking at
// 09:00 today, an advisor, a technician and a former technician. The clock is 2024-11-20 09:30 in Beijing.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/clock.h"
#include "shared/domain/estimate.h"
#include "shared/media/photo_import.h"
#include "shared/store/blob_store.h"
#include "shared/store/store.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/check_in.h"
#include "shared/usecases/quote.h"
#include "shared/usecases/repair_orders.h"
#include "unit/usecases/kiosk_test_support.h"

namespace checkin::testing {

struct OrdersFixture {
    TempFolder temp;
    domain::ManualClock clock{kStoreTestNowUtcMs};
    std::unique_ptr<store::Store> store = store::Store::Open(temp.DatabasePath(), clock, "advisor");

    std::string oil; // catalog 200.00 labor + 300.00 parts, booked at 180.00 + 300.00
    std::string brakes; // 300.00 + 500.00
    std::string wash; // 50.00 + 0
    std::string retired; // inactive
    std::string zhang; // mr, 13910452287
    std::string zhang_car; // 粤A5M823, VW Passat
    std::string wang; // ms, 15821937460
    std::string wang_car; // 粤A88Q61, Toyota Camry
    std::string booking; // Mr. Zhang, today 09:00, oil change
    std::string advisor; // 李娜
    std::string technician; // 王强
    std::string former; // 赵工, no longer active

    OrdersFixture()
    {
        store::WriteTransaction write(*store);
        write.Upsert("settings", "utc_offset_minutes", {{"value", std::string("480")}});
        write.Upsert("settings", "vat_rate_bp", {{"value", std::string("1300")}});
        oil = Item(write, "OIL", "Oil change", "更换机油", 20000, 30000, 5, true);
        brakes = Item(write, "BRAKES", "Front brake pads", "更换前刹车片", 30000, 50000, 10, true);
        wash = Item(write, "WASH", "Car wash", "洗车", 5000, 0, 0, true);
        retired = Item(write, "OLD", "Retired item", "停用项目", 100, 100, 0, false);
        zhang = Customer(write, "张", "mr", "13910452287");
        zhang_car = Car(write, zhang, "粤A5M823", "Volkswagen", "Passat", 68420);
        wang = Customer(write, "王", "ms", "15821937460");
        wang_car = Car(write, wang, "粤A88Q61", "Toyota", "Camry", 30100);
        booking = write.NewId();
        write.Upsert("bookings", booking,
            {{"customer_id", zhang}, {"vehicle_id", zhang_car}, {"booking_code", std::string("K7M2QX")},
                {"slot_start", kTodayStart + 9 * kHourMs}, {"status", std::string("booked")},
                {"source", std::string("phone")}});
        write.Upsert("booking_lines", write.NewId(),
            {{"booking_id", booking}, {"service_item_id", oil}, {"labor_fen", std::int64_t{18000}},
                {"parts_fen", std::int64_t{30000}}});
        advisor = Staff(write, "李娜", "advisor", true);
        technician = Staff(write, "王强", "technician", true);
        former = Staff(write, "赵工", "technician", false);
        write.Commit();
    }

    static std::string Item(store::WriteTransaction& write, const std::string& code,
        const std::string& name_en, const std::string& name_zh, std::int64_t labor, std::int64_t parts,
        std::int64_t hours_tenths, bool active)
    {
        const std::string id = write.NewId();
        write.Upsert("service_items", id,
            {{"code", code}, {"name_en", name_en}, {"name_zh", name_zh}, {"labor_fen", labor},
                {"parts_fen", parts}, {"labor_hours_tenths", hours_tenths},
                {"active", std::int64_t{active ? 1 : 0}}});
        return id;
    }

    static std::string Customer(store::WriteTransaction& write, const std::string& surname,
        const std::string& title, const std::string& mobile)
    {
        const std::string id = write.NewId();
        write.Upsert("customers", id, {{"surname", surname}, {"title", title}, {"mobile", mobile}});
        return id;
    }

    static std::string Car(store::WriteTransaction& write, const std::string& customer,
        const std::string& plate, const std::string& make, const std::string& model, std::int64_t mileage)
    {
        const std::string id = write.NewId();
        write.Upsert("vehicles", id,
            {{"customer_id", customer}, {"plate", plate}, {"make", make}, {"model", model},
                {"last_mileage_km", mileage}});
        return id;
    }

    static std::string Staff(
        store::WriteTransaction& write, const std::string& name, const std::string& role, bool active)
    {
        const std::string id = write.NewId();
        write.Upsert("staff", id, {{"name", name}, {"role", role}, {"active", std::int64_t{active ? 1 : 0}}});
        return id;
    }

    // A kiosk walk-in of a customer on file, with the services shown and signed.
    usecases::CheckInResult WalkIn(const std::string& customer, const std::string& car,
        const std::vector<std::string>& services, std::int64_t mileage_km = 70000)
    {
        usecases::CheckInRequest request;
        request.kind = usecases::CheckInKind::WalkIn;
        request.customer_id = customer;
        request.vehicle_id = car;
        request.mileage_km = mileage_km;
        request.service_item_ids = services;
        request.signature = {Signature(), "本人同意按上述估价进行维修保养。",
            domain::EstimateJson(usecases::QuoteServices(*store, services))};
        return usecases::CheckIn(*store, request);
    }

    // Mr. Zhang checks in for his booking: the booked oil change and any extra services.
    usecases::CheckInResult BookingCheckIn(const std::vector<std::string>& extra_services = {})
    {
        usecases::CheckInRequest request;
        request.kind = usecases::CheckInKind::Booking;
        request.booking_id = booking;
        request.mileage_km = 70150;
        request.service_item_ids = {oil};
        request.service_item_ids.insert(
            request.service_item_ids.end(), extra_services.begin(), extra_services.end());
        request.signature = {Signature(), "本人同意按上述估价进行维修保养。",
            domain::EstimateJson(usecases::QuoteServices(*store, request.service_item_ids, booking))};
        return usecases::CheckIn(*store, request);
    }

    // The advisor confirms a check-in, promising the car for three hours from now.
    std::string Confirm(
        const std::string& checkin_id, std::optional<std::string> technician_id = std::nullopt)
    {
        usecases::ConfirmCheckInRequest request;
        request.checkin_id = checkin_id;
        request.advisor_id = advisor;
        request.technician_id = std::move(technician_id);
        request.bay = "3";
        request.promised_at_utc_ms = clock.NowUtcMs() + 3 * kHourMs;
        return usecases::ConfirmCheckIn(*store, request);
    }

    // An open order of Mrs. Wang, walked in for a car wash.
    std::string OpenOrder() { return Confirm(WalkIn(wang, wang_car, {wash}).checkin_id); }

    std::string AddFinding(const std::string& order_id, usecases::FindingRating rating,
        std::int64_t labor_fen = 30000, std::int64_t parts_fen = 50000,
        const std::string& title = "前刹车片磨损到警戒线")
    {
        usecases::NewFinding finding;
        finding.order_id = order_id;
        finding.title = title;
        finding.description = "剩余 2 mm";
        finding.rating = rating;
        finding.labor_fen = labor_fen;
        finding.parts_fen = parts_fen;
        return usecases::AddFinding(*store, finding, technician);
    }

    std::string Signature()
    {
        const std::string strokes = "signature " + std::to_string(++m_signatures);
        const std::vector<std::uint8_t> png(strokes.begin(), strokes.end());
        return store::SaveBlob(*store, png, "png");
    }

    // A photo as media::PreparePhoto would give it: only its bytes and sizes matter here.
    static media::PreparedPhoto Photo(std::uint8_t seed)
    {
        media::PreparedPhoto photo;
        photo.original = {{seed, 1, 2, 3, 4, 5}, "jpg", "image/jpeg", 4000, 3000};
        photo.screen = {{seed, 6, 7, 8}, "jpg", "image/jpeg", 1600, 1200};
        photo.thumb = {{seed, 9}, "jpg", "image/jpeg", 256, 192};
        return photo;
    }

    std::vector<OutboxOp> OpsAfter(std::int64_t after) { return OutboxOpsAfter(*store, after); }
    std::int64_t LastSeq() { return LastOutboxSeq(*store); }
    std::optional<std::string> Column(const std::string& table, const std::string& column, const std::string& id)
    {
        return ColumnText(*store, table, column, id);
    }

    // How many rows of the table match the condition (test SQL only).
    std::int64_t Count(const std::string& table, const std::string& where = "1")
    {
        store::Statement select(store->Db(), "SELECT count(*) FROM " + table + " WHERE " + where);
        select.Step();
        return select.Int64(0);
    }

    void SetColumn(
        const std::string& table, const std::string& id, const std::string& column, store::Value value)
    {
        store::WriteTransaction write(*store);
        write.Upsert(table, id, {{column, std::move(value)}});
        write.Commit();
    }

private:
    int m_signatures = 0;
};

} // namespace checkin::testing
