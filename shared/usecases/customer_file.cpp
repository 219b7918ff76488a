#include "shared/usecases/customer_file.h"

#include <nlohmann/json.hpp>

#include "shared/domain/utf8.h"
#include "shared/store/queries_customers.h"
#include "shared/store/write_transaction.h"
#include "shared/usecases/audit.h"
#include "shared/usecases/rule_violation.h"

namespace checkin::usecases {
namespace {

std::string_view Trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

} // namespace

void SetCustomerFullName(store::Store& store, const std::string& customer_id, std::string_view full_name,
    const std::string& staff_id)
{
    const std::string name(Trimmed(full_name));
    if (name.empty() || domain::CountCodePoints(name) > kMaxFullNameCodePoints)
        throw RuleViolation(RuleViolationCode::InvalidFullName);
    store::WriteTransaction write(store);
    if (!store::IsLiveCustomer(store, customer_id))
        throw RuleViolation(RuleViolationCode::UnknownCustomer);
    write.Upsert("customers", customer_id, {{"full_name", name}});
    RecordAudit(write, store, staff_id, "update_customer", "customers", customer_id,
        nlohmann::json{{"full_name", name}}.dump());
    write.Commit();
}

} // namespace checkin::usecases
