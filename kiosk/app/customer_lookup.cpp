#include "app/customer_lookup.h"

#include <utility>

namespace checkin::app {

CustomerLookup::~CustomerLookup()
{
    if (m_thread.joinable())
        m_thread.join();
}

void CustomerLookup::Start(const sync::HubAddress& hub, const std::string& plate)
{
    if (m_thread.joinable())
        m_thread.join();
    {
        std::lock_guard lock(m_mutex);
        m_answer.reset();
    }
    m_running = true;
    m_thread = std::thread([this, hub, plate] {
        LookupAnswer answer{plate, sync::LookUpCustomerOnHub(hub, plate)};
        {
            std::lock_guard lock(m_mutex);
            m_answer = std::move(answer);
        }
        m_running = false;
        if (m_wake)
            m_wake();
    });
}

std::optional<LookupAnswer> CustomerLookup::Take()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_answer, std::nullopt);
}

} // namespace checkin::app
