#pragma once

#include "server/BotRuntime.h"
#include "server/SecretMasker.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>

class QTimer;

// One bot run in its child process, followed through QProcess's signals so the server's event loop
// never waits for it: the inputs go to the child's stdin once it has started, its stdout is
// collected as it arrives, and a deadline (the run limit plus a margin) kills a child that has not
// answered. The outcome goes to the Done callback once; then the run deletes itself. Deleting it
// earlier (the client went away) kills the child and drops the callback.
class BotRun : public QObject
{
    Q_OBJECT

public:
    // Starts a run and returns at once. `done` is called exactly once, from the event loop, with the
    // outcome (a bot that fails is a Reply with `failed`; an error is the server's own failure),
    // unless the run is deleted first: deleting a BotRun kills its child and drops `done`. The run
    // deletes itself after `done` has returned. Without a configured runtime: nullptr, and `done` is
    // never called.
    static BotRun* start(const BotRuntime& runtime, const BotRuntime::Request& request, BotRuntime::Done done,
        QObject* parent = nullptr);

    BotRun(const QString& program, const QStringList& arguments, const BotRuntime::Request& request,
        BotRuntime::Done done, QObject* parent = nullptr);
    ~BotRun() override;

private:
    void writeInput();
    void readOutput();
    void childFinished(int exitCode, QProcess::ExitStatus status);
    void childFailed(QProcess::ProcessError error);
    void deadlinePassed();
    void complete(Result<BotRuntime::Reply> outcome);
    BotRuntime::Reply replyFrom(const QJsonObject& answer) const;

    QProcess* m_child;
    QTimer* m_deadline;
    QElapsedTimer m_timer;
    QByteArray m_input;
    QByteArray m_output;
    SecretMasker m_masker;
    BotRuntime::Done m_done;
    bool m_timedOut = false;
    bool m_completed = false;
};
