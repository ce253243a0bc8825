#pragma once

#include <QHash>

#include <memory>

// Counts the bot runs in flight per user and on the whole server, so that neither one user nor a
// crowd of users starts more runtime children than the caps allow (docs/SERVER.md "The bot
// runtime"). A place is held by the lease acquire() returns and given back when the last copy of
// that lease is destroyed, however the run ends: answered, failed, or dropped with its connection.
class BotRunSlots
{
public:
    enum class Refusal
    {
        None,
        User, // the user has kMaxRunsPerUser runs in flight
        Server, // the server has kMaxRuns runs in flight
    };

    BotRunSlots(int maxPerUser, int maxTotal);

    // A lease on one place, or nullptr with `refusal` saying which cap was reached.
    std::shared_ptr<void> acquire(qint64 userId, Refusal* refusal);
    int inFlight() const { return m_state->total; }

private:
    struct State
    {
        QHash<qint64, int> perUser;
        int total = 0;
    };

    // Shared with the leases, so a lease that outlives these slots still has something to count down.
    std::shared_ptr<State> m_state;
    int m_maxPerUser;
    int m_maxTotal;
};
