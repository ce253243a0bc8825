#include "tests/support/CliDriver.h"

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <unistd.h>

namespace {

const QByteArray kPassword = "correct horse battery staple";
// docs/CLI.md: BOTVAULT_SYNC_BACKOFF_SCALE scales the retry waits, for tests only.
const QString kFastBackoff = QStringLiteral("0.01");

} // namespace

QJsonObject CliDriver::Run::json() const
{
    const QJsonDocument document = QJsonDocument::fromJson(out);
    return document.isObject() ? document.object() : QJsonObject();
}

CliDriver::CliDriver(const QString& folder, QObject* parent)
    : QObject(parent), m_folder(folder), m_passwordFile(QDir(folder).filePath(QStringLiteral("password")))
{
    QFile file(m_passwordFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(kPassword + '\n') != kPassword.size() + 1) {
        qWarning("cannot write %s", qPrintable(m_passwordFile));
    }
}

QString CliDriver::path(const QString& name) const
{
    return QDir(m_folder).filePath(name);
}

QProcess* CliDriver::start(
    const QString& vault, const QStringList& arguments, const QByteArray& input, const Environment& environment)
{
    return startRaw(
        QStringList {QStringLiteral("--vault"), vault, QStringLiteral("--password-file"), m_passwordFile} + arguments,
        input, environment);
}

QProcess* CliDriver::startRaw(const QStringList& arguments, const QByteArray& input, const Environment& environment,
    const QString& workingDirectory)
{
    auto* process = new QProcess(this);
    QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
    processEnvironment.remove(QStringLiteral("BOTVAULT_PASSWORD"));
    if (m_fastRetries) {
        processEnvironment.insert(QStringLiteral("BOTVAULT_SYNC_BACKOFF_SCALE"), kFastBackoff);
    }
    for (const auto& [name, value] : environment) {
        processEnvironment.insert(name, value);
    }
    process->setProcessEnvironment(processEnvironment);
    process->setWorkingDirectory(workingDirectory.isEmpty() ? m_folder : workingDirectory);
    // No controlling terminal: a missing password source fails instead of waiting at a prompt.
    process->setChildProcessModifier([] { ::setsid(); });
    process->start(TestSupport::cliPath(), arguments);
    process->waitForStarted(30000);
    if (!input.isEmpty()) {
        process->write(input);
    }
    process->closeWriteChannel();
    return process;
}

CliDriver::Run CliDriver::finish(QProcess* process, int timeoutMs)
{
    Run run;
    if (process->error() == QProcess::FailedToStart) {
        run.err = "could not start " + TestSupport::cliPath().toUtf8();
        process->deleteLater();
        return run;
    }
    if (process->state() != QProcess::NotRunning) {
        QEventLoop loop;
        connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished();
        run.err = "botvault-cli did not finish";
        process->deleteLater();
        return run;
    }
    run.out = process->readAllStandardOutput();
    run.err = process->readAllStandardError();
    if (process->exitStatus() == QProcess::NormalExit) {
        run.exitCode = process->exitCode();
    } else {
        run.signal = process->exitCode();
    }
    m_outputs += run.out + run.err;
    process->deleteLater();
    return run;
}

CliDriver::Run CliDriver::run(
    const QString& vault, const QStringList& arguments, const QByteArray& input, const Environment& environment)
{
    return finish(start(vault, arguments, input, environment), m_runTimeoutMs);
}

CliDriver::Run CliDriver::runRaw(const QStringList& arguments, const QByteArray& input, const Environment& environment,
    const QString& workingDirectory)
{
    return finish(startRaw(arguments, input, environment, workingDirectory), m_runTimeoutMs);
}

QString CliDriver::createVault(const QString& name, const QString& project)
{
    const QString vault = path(name + QStringLiteral(".db"));
    const Run created = run(vault,
        {QStringLiteral("init"), QStringLiteral("--kdf-memory-mib"), QStringLiteral("19"),
            QStringLiteral("--kdf-passes"), QStringLiteral("2")});
    if (created.exitCode != 0) {
        qWarning("init failed: %s", created.err.constData());
        return {};
    }
    const Run added = run(vault, {QStringLiteral("project"), QStringLiteral("add"), project});
    if (added.exitCode != 0) {
        qWarning("project add failed: %s", added.err.constData());
        return {};
    }
    return vault;
}

QStringList CliWords::args(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* word : words) {
        list.append(QString::fromUtf8(word));
    }
    return list;
}

QJsonObject CliWords::listed(const CliDriver::Run& run, const QString& name)
{
    for (const QJsonValue& value : QJsonDocument::fromJson(run.out).array()) {
        if (value[QStringLiteral("name")].toString() == name) {
            return value.toObject();
        }
    }
    return {};
}
