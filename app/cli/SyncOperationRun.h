#pragma once

#include "sync/SyncEngine.h"

#include <QString>

#include <csignal>
#include <cstdio>

// Running one sync engine operation to its end from the command line: an event loop, an optional
// progress line on the terminal, and Ctrl+C turned into a cancel at the operation's next safe point.
namespace SyncOperationRun {

struct Outcome
{
    Result<SyncReport> result = Error {ErrorCode::Internal, QString()};
    SyncFailure failure = SyncFailure::None;
    // What the operation did also when it failed: the conflicts of a 412, the changes sent.
    SyncReport report;
    int done = 0;
    int total = 0;
    bool interrupted = false;
};

// Runs `operation` to its end. With a `progress` stream, one line on it is rewritten as it advances.
Outcome await(SyncOperation* operation, FILE* progress);

// While alive, Ctrl+C asks the running operation to stop at its next safe point instead of killing
// the process between a batch's commit on the server and its record in the vault.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    struct sigaction m_previous
    {
    };
    bool m_installed = false;
};

// Counts in the CLI's English output: "10,000".
QString number(qint64 n);

} // namespace SyncOperationRun
