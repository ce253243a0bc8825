#include "ui/BackgroundTask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <memory>

namespace {

// What the worker reports and the GUI reads: plain atomics, so neither side waits for the other.
struct SharedProgress
{
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
    std::atomic<bool> cancelled {false};
};

// QProgressDialog counts in int; archives are counted in bytes, which may not fit.
constexpr int kSteps = 1000;

} // namespace

bool BackgroundTask::execute(
    QWidget* parent, const QString& title, const QString& label, const std::function<void(const Progress&)>& body)
{
    auto shared = std::make_shared<SharedProgress>();
    const Progress progress = [shared](qint64 done, qint64 total) {
        shared->done.store(done, std::memory_order_relaxed);
        shared->total.store(total, std::memory_order_relaxed);
        return !shared->cancelled.load(std::memory_order_relaxed);
    };

    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&body, progress] { body(progress); }));

    // Quick work finishes before the dialog would show; meanwhile no click can reach the window
    // that started it (the events wait until the loop below, or until after the work).
    QTimer showTimer;
    showTimer.setSingleShot(true);
    QObject::connect(&showTimer, &QTimer::timeout, &loop, &QEventLoop::quit);
    showTimer.start(kShowDelayMs);
    if (!watcher.isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    showTimer.stop();

    if (!watcher.isFinished()) {
        QPointer<QProgressDialog> dialog = new QProgressDialog(parent);
        dialog->setObjectName(QStringLiteral("backgroundTaskProgress"));
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->setWindowTitle(title);
        dialog->setAccessibleName(title);
        dialog->setLabelText(label);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        dialog->setMinimumDuration(0);
        dialog->setRange(0, 0);
        // The dialog's Cancel button, Escape and the vault locking (which rejects every dialog)
        // all end here.
        auto cancel = [shared, &dialog] {
            shared->cancelled.store(true, std::memory_order_relaxed);
            if (dialog) {
                dialog->setLabelText(QCoreApplication::translate("BackgroundTask", "Cancelling…"));
            }
        };
        QObject::connect(dialog.data(), &QProgressDialog::canceled, dialog.data(), cancel);
        QObject::connect(dialog.data(), &QDialog::rejected, dialog.data(), cancel);

        QTimer poll;
        poll.setInterval(50);
        QObject::connect(&poll, &QTimer::timeout, dialog.data(), [shared, &dialog] {
            const qint64 total = shared->total.load(std::memory_order_relaxed);
            const qint64 done = shared->done.load(std::memory_order_relaxed);
            if (!dialog || total <= 0) {
                return;
            }
            if (dialog->maximum() != kSteps) {
                dialog->setRange(0, kSteps);
            }
            dialog->setValue(static_cast<int>(std::clamp<qint64>(done * kSteps / total, 0, kSteps)));
        });
        poll.start();
        dialog->show();
        if (!watcher.isFinished()) {
            loop.exec();
        }
        poll.stop();
        delete dialog;
    }
    watcher.waitForFinished();
    return shared->cancelled.load();
}
