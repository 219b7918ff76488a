#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "shared/store/store.h"

namespace checkin::store {

// Keys of the settings table and the values the app assumes while a key is not set.
inline constexpr std::string_view kSettingShopNameZh = "shop_name_zh";
inline constexpr std::string_view kSettingShopNameEn = "shop_name_en";
inline constexpr std::string_view kSettingUtcOffsetMinutes = "utc_offset_minutes";
inline constexpr std::string_view kSettingVatRateBp = "vat_rate_bp";
inline constexpr std::string_view kSettingBays = "bays"; // comma-separated names: "1,2,3,4"
inline constexpr std::int64_t kDefaultUtcOffsetMinutes = 480; // China Standard Time
inline constexpr std::int64_t kDefaultVatRateBp = 1300; // 13 %

std::optional<std::string> GetSetting(Store& store, std::string_view key);
// The setting as an integer; the fallback when it is missing or not a number.
std::int64_t GetIntSetting(Store& store, std::string_view key, std::int64_t fallback);

} // namespace checkin::store
