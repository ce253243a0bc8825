#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>

namespace TestSupport {

// The botvault-server binary of this build.
inline QString serverPath()
{
    return QStringLiteral(BOTVAULT_BIN_DIR "/botvault-server");
}

// One run of a console command of botvault-server (`user add`, `project add`).
struct ServerCommandRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ServerCommandRun runServerCommand(const QStringList& arguments)
{
    QProcess process;
    process.start(serverPath(), arguments);
    ServerCommandRun run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace TestSupport

// A running `botvault-server serve` for end-to-end tests: reads the port from the first stdout line
// and keeps everything the server logs, across restarts, so a test can search the log for values
// that must never be there. restart() brings the server back on the same port with the same
// arguments (the same database), as an administrator would after a crash; startTls() serves HTTPS
// with a given certificate and key.
class RunningServer
{
public:
    RunningServer() = default;
    RunningServer(const RunningServer&) = delete;
    RunningServer& operator=(const RunningServer&) = delete;
    // A failed check returns early: the server must not outlive the test either way.
    ~RunningServer() { killHard(); }

    // `serve --port PORT` plus `arguments`; port 0 picks a free one.
    bool start(const QStringList& arguments, quint16 port = 0)
    {
        m_arguments = arguments;
        m_process = std::make_unique<QProcess>();
        m_process->start(TestSupport::serverPath(),
            QStringList {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port)} + arguments);
        QElapsedTimer timer;
        timer.start();
        while (!m_process->canReadLine() && timer.elapsed() < 15000) {
            if (!m_process->waitForReadyRead(500) && m_process->state() == QProcess::NotRunning) {
                break;
            }
        }
        const QByteArray line = m_process->readLine().trimmed();
        const QByteArray prefix = "listening on ";
        if (!line.startsWith(prefix)) {
            m_log += m_process->readAllStandardError();
            qWarning("server did not start: %s %s", line.constData(), m_log.right(2000).constData());
            return false;
        }
        m_rootUrl = QString::fromUtf8(line.mid(prefix.size()));
        m_port = static_cast<quint16>(m_rootUrl.mid(m_rootUrl.lastIndexOf(u':') + 1).toUInt());
        return m_port != 0;
    }

    bool startTls(const QStringList& arguments, const QString& certificatePath, const QString& keyPath)
    {
        return start(
            arguments + QStringList {QStringLiteral("--cert"), certificatePath, QStringLiteral("--key"), keyPath});
    }

    // SIGKILL, then the same arguments on the same port. The port may be briefly unavailable after
    // the kill, so binding is retried for a few seconds.
    bool restart()
    {
        killHard();
        const quint16 port = m_port;
        const QStringList arguments = m_arguments;
        for (int attempt = 0; attempt < 20; ++attempt) {
            if (start(arguments, port)) {
                return true;
            }
            QThread::msleep(250);
        }
        return false;
    }

    // SIGKILL: no chance to flush or close anything.
    void killHard()
    {
        if (m_process) {
            m_log += m_process->readAllStandardError();
            m_process->kill();
            m_process->waitForFinished(10000);
            m_log += m_process->readAllStandardError();
            m_process.reset();
        }
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    // For reading the server's /proc/PID/status (memory) in a test.
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    QByteArray log()
    {
        if (m_process) {
            m_process->waitForReadyRead(100);
            m_log += m_process->readAllStandardError();
        }
        return m_log;
    }

    // "http://127.0.0.1:PORT" (what a client is configured with) and the API's base under it.
    const QString& rootUrl() const { return m_rootUrl; }
    QString baseUrl() const { return m_rootUrl + QStringLiteral("/api/v1"); }
    QString url(const QString& path) const { return baseUrl() + path; }
    quint16 port() const { return m_port; }

private:
    std::unique_ptr<QProcess> m_process;
    QStringList m_arguments;
    QString m_rootUrl;
    quint16 m_port = 0;
    QByteArray m_log;
};
