#include "app/cli/SyncOperationRun.h"

#include "app/cli/CliOutput.h"

#include <QEventLoop>
#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <cstdio>

namespace SyncOperationRun {

namespace {

constexpr int kInterruptPollMs = 50;

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int /*signal*/)
{
    g_interrupted = 1;
}

} // namespace

InterruptGuard::InterruptGuard()
{
    g_interrupted = 0;
    struct sigaction action
    {
    };
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    m_installed = ::sigaction(SIGINT, &action, &m_previous) == 0;
}

InterruptGuard::~InterruptGuard()
{
    if (m_installed) {
        ::sigaction(SIGINT, &m_previous, nullptr);
    }
}

QString number(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

Outcome await(SyncOperation* operation, FILE* progress)
{
    Outcome outcome;
    QPointer<SyncOperation> guarded(operation);
    bool progressShown = false;
    const auto collect = [&outcome, operation] {
        outcome.result = operation->result();
        outcome.failure = operation->failure();
        outcome.report = operation->report();
    };
    if (operation->isFinished()) {
        collect();
        return outcome;
    }
    QEventLoop loop;
    QObject::connect(operation, &SyncOperation::progress, &loop,
        [&outcome, &progressShown, progress](int done, int total, const QString& stage) {
            outcome.done = done;
            outcome.total = total;
            if (progress != nullptr) {
                CliOutput::write(progress, QStringLiteral("\r\x1b[K") + stage);
                progressShown = true;
            }
        });
    QObject::connect(operation, &SyncOperation::finished, &loop, [&collect, &loop] {
        collect();
        loop.quit();
    });
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&outcome, guarded] {
        if (g_interrupted != 0 && !outcome.interrupted && guarded) {
            outcome.interrupted = true;
            guarded->cancel();
        }
    });
    interruptPoll.start(kInterruptPollMs);
    loop.exec();
    if (progressShown) {
        CliOutput::write(progress, QStringLiteral("\r\x1b[K"));
    }
    return outcome;
}

} // namespace SyncOperationRun
