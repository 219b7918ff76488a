#include "shared/usecases/registration.h"

#include <chrono>

#include "shared/domain/civil_date.h"
#include "shared/domain/mileage.h"
#include "shared/domain/vin.h"
#include "shared/store/queries_customer_file.h"
#include "shared/store/queries_settings.h"
#include "shared/usecases/rule_violation.h"

namespace checkin::usecases {
namespace {

constexpr std::int64_t kOldestModelYear = 1900;

std::string TitleText(domain::Title title)
{
    switch (title) {
    case domain::Title::Mr:
        return "mr";
    case domain::Title::Ms:
        return "ms";
    case domain::Title::None:
        break;
    }
    return "";
}

std::string Trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return "";
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::int64_t ShopYear(store::Store& store)
{
    const std::int64_t offset
        = store::GetIntSetting(store, store::kSettingUtcOffsetMinutes, store::kDefaultUtcOffsetMinutes);
    const std::int64_t day = domain::LocalDayNumber(store.Clock().NowUtcMs(), offset);
    const std::chrono::year_month_day date{std::chrono::sys_days(std::chrono::days(day))};
    return static_cast<int>(date.year());
}

NewCustomerRegistration Normalized(
    store::Store& store, const NewCustomerRegistration& registration, const domain::RegionRules& rules)
{
    NewCustomerRegistration result = registration;
    const domain::PlateCheck plate = rules.check_plate(registration.plate);
    if (!plate.valid)
        throw RuleViolation(RuleViolationCode::BadPlate);
    result.plate = plate.normalized;
    if (store::IsPlateOnFile(store, result.plate))
        throw RuleViolation(RuleViolationCode::PlateOnFile);

    const domain::PhoneCheck mobile = rules.check_mobile(registration.mobile);
    if (!mobile.valid)
        throw RuleViolation(RuleViolationCode::BadMobile);
    result.mobile = mobile.normalized;

    result.surname = Trimmed(registration.surname);
    if (result.surname.empty())
        throw RuleViolation(RuleViolationCode::MissingSurname);
    result.full_name = Trimmed(registration.full_name);
    if (result.preferred_language.empty())
        result.preferred_language = "zh";

    result.make = Trimmed(registration.make);
    result.model = Trimmed(registration.model);
    if (result.make.empty() || result.model.empty())
        throw RuleViolation(RuleViolationCode::MissingMakeModel);
    if (registration.year
        && (*registration.year < kOldestModelYear || *registration.year > ShopYear(store) + 1))
        throw RuleViolation(RuleViolationCode::BadYear);

    if (!Trimmed(registration.vin).empty()) {
        const domain::VinCheck vin = domain::CheckVin(registration.vin);
        if (domain::ClassifyVin(vin, rules) == domain::VinSeverity::Error)
            throw RuleViolation(RuleViolationCode::BadVin);
        result.vin = vin.normalized;
    } else {
        result.vin.clear();
    }

    if (registration.mileage_km
        && domain::CheckMileage(*registration.mileage_km, std::nullopt).severity
            == domain::MileageSeverity::Error)
        throw RuleViolation(RuleViolationCode::BadMileage);
    if (Trimmed(registration.privacy_notice_version).empty() || !registration.privacy_consented_at_utc_ms)
        throw RuleViolation(RuleViolationCode::MissingPrivacyConsent);
    return result;
}

store::Value OptionalText(const std::string& text)
{
    return text.empty() ? store::Value(nullptr) : store::Value(text);
}

store::Value OptionalNumber(const std::optional<std::int64_t>& number)
{
    return number ? store::Value(*number) : store::Value(nullptr);
}

} // namespace

VisitIdentity ResolveVisitIdentity(store::Store& store, const std::string& customer_id,
    const std::string& vehicle_id, const std::optional<NewCustomerRegistration>& registration,
    const domain::RegionRules& rules)
{
    const bool existing = !customer_id.empty() && !vehicle_id.empty();
    const bool any_id = !customer_id.empty() || !vehicle_id.empty();
    if (registration && !any_id) {
        VisitIdentity identity;
        identity.registration = Normalized(store, *registration, rules);
        identity.last_mileage_km = registration->mileage_km;
        return identity;
    }
    if (registration || !existing)
        throw RuleViolation(RuleViolationCode::CustomerNotGiven);
    const std::optional<store::VehicleOnFile> vehicle
        = store::FindCustomerVehicle(store, customer_id, vehicle_id);
    if (!vehicle)
        throw RuleViolation(RuleViolationCode::UnknownVehicle);
    return VisitIdentity{customer_id, vehicle_id, vehicle->last_mileage_km, std::nullopt};
}

void WriteRegistration(store::WriteTransaction& write, store::Store& store, VisitIdentity& identity,
    std::optional<std::int64_t> last_mileage_km)
{
    const NewCustomerRegistration& registration = identity.registration.value();
    identity.customer_id = write.NewId();
    identity.vehicle_id = write.NewId();
    write.Upsert("customers", identity.customer_id,
        {{"surname", registration.surname}, {"title", TitleText(registration.title)},
            {"full_name", OptionalText(registration.full_name)}, {"mobile", registration.mobile},
            {"preferred_language", registration.preferred_language}});
    write.Upsert("vehicles", identity.vehicle_id,
        {{"customer_id", identity.customer_id}, {"plate", registration.plate},
            {"vin", OptionalText(registration.vin)}, {"make", registration.make},
            {"model", registration.model}, {"year", OptionalNumber(registration.year)},
            {"last_mileage_km", OptionalNumber(last_mileage_km)}});

    const std::int64_t now = store.Clock().NowUtcMs();
    const std::pair<const char*, bool> consents[]
        = {{"privacy", true}, {"marketing", registration.marketing_consent}};
    for (const auto& [kind, granted] : consents) {
        // The privacy notice was accepted on its own screen; the marketing choice is final on confirmation.
        const std::int64_t recorded_at
            = std::string_view(kind) == "privacy" ? *registration.privacy_consented_at_utc_ms : now;
        write.Upsert("consents", write.NewId(),
            {{"customer_id", identity.customer_id}, {"kind", std::string(kind)},
                {"granted", std::int64_t{granted ? 1 : 0}},
                {"notice_version", registration.privacy_notice_version}, {"recorded_at", recorded_at},
                {"device_id", store.DeviceId()}});
    }
}

} // namespace checkin::usecases
