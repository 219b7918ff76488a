#include "shared/store/queries_settings.h"

#include <charconv>

namespace checkin::store {

std::optional<std::string> GetSetting(Store& store, std::string_view key)
{
    Statement select(store.Db(), "SELECT value FROM settings WHERE key = ? AND deleted_at IS NULL");
    select.BindAll(key);
    if (!select.Step())
        return std::nullopt;
    return select.OptionalText(0);
}

std::int64_t GetIntSetting(Store& store, std::string_view key, std::int64_t fallback)
{
    const std::optional<std::string> text = GetSetting(store, key);
    if (!text)
        return fallback;
    std::int64_t value = 0;
    const char* end = text->data() + text->size();
    const auto [ptr, error] = std::from_chars(text->data(), end, value);
    return error == std::errc{} && ptr == end ? value : fallback;
}

} // namespace checkin::store
