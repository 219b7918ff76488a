#include "app/intents.h"

#include <utility>

namespace checkin::app {

void IntentQueue::Push(Intent intent)
{
    m_intents.push_back(std::move(intent));
}

std::vector<Intent> IntentQueue::Take()
{
    return std::exchange(m_intents, {});
}

} // namespace checkin::app
