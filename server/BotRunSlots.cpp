#include "server/BotRunSlots.h"

BotRunSlots::BotRunSlots(int maxPerUser, int maxTotal)
    : m_state(std::make_shared<State>()), m_maxPerUser(maxPerUser), m_maxTotal(maxTotal)
{
}

std::shared_ptr<void> BotRunSlots::acquire(qint64 userId, Refusal* refusal)
{
    if (m_state->perUser.value(userId) >= m_maxPerUser) {
        *refusal = Refusal::User;
        return nullptr;
    }
    if (m_state->total >= m_maxTotal) {
        *refusal = Refusal::Server;
        return nullptr;
    }
    *refusal = Refusal::None;
    ++m_state->perUser[userId];
    ++m_state->total;
    // The lease points at the counts (never read through it); its deleter gives the place back.
    return std::shared_ptr<void>(m_state.get(), [state = m_state, userId](void*) {
        --state->total;
        if (--state->perUser[userId] <= 0) {
            state->perUser.remove(userId);
        }
    });
}
