#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class QWidget;

// Runs file work that can take a while (reading or writing a project archive) on a worker thread
// while the GUI stays responsive and a window-modal progress dialog shows how far it got and offers
// Cancel. run() returns when the work has ended, so a caller reads like synchronous code. The work
// gets a progress callback (done, total; total 0 when unknown) that returns false once the user
// cancelled; a cancel (or the vault locking, which closes the dialog) that made the work fail comes
// back as ErrorCode::Cancelled. The work must never touch the vault: ProjectStore is not
// thread-safe, so whatever it needs from the store is read before.
class BackgroundTask
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    template<typename T>
    static Result<T> run(
        QWidget* parent, const QString& title, const QString& label, std::function<Result<T>(const Progress&)> work)
    {
        std::optional<Result<T>> result;
        const bool cancelled = execute(
            parent, title, label, [&result, &work](const Progress& progress) { result.emplace(work(progress)); });
        if (cancelled && !result->ok()) {
            return makeError(ErrorCode::Cancelled, QCoreApplication::translate("BackgroundTask", "Cancelled."));
        }
        return std::move(*result);
    }

    // The progress dialog shows only when the work takes longer than this, so quick work does not
    // flash a window; until then user input waits (it is delivered afterwards).
    static constexpr int kShowDelayMs = 400;

private:
    // Runs `body` on a worker thread and waits for it in a local event loop; returns whether the
    // user asked to cancel.
    static bool execute(
        QWidget* parent, const QString& title, const QString& label, const std::function<void(const Progress&)>& body);
};
