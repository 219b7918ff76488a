#include "shared/store/queries_customers.h"

namespace checkin::store {

std::vector<std::string> AllCustomerNameTexts(Store& store)
{
    Statement select(store.Db(), R"sql(
SELECT surname FROM customers WHERE deleted_at IS NULL AND surname <> ''
UNION
SELECT full_name FROM customers WHERE deleted_at IS NULL AND full_name <> ''
)sql");
    std::vector<std::string> texts;
    while (select.Step())
        texts.push_back(select.Text(0));
    return texts;
}

bool IsLiveCustomer(Store& store, const std::string& customer_id)
{
    Statement select(store.Db(), "SELECT 1 FROM customers WHERE id = ? AND deleted_at IS NULL");
    select.BindAll(customer_id);
    return select.Step();
}

} // namespace checkin::store
