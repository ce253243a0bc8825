#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

class QProcess;

// Runs the real botvault-cli for end-to-end tests: every run names the vault and a password file,
// has no controlling terminal (a missing input fails instead of waiting at a prompt) and the sync
// engine's retry waits scaled down. It waits with an event loop, never waitForFinished(), so that
// a FaultProxy or server living in the test's thread keeps serving meanwhile.
class CliDriver : public QObject
{
public:
    using Environment = QList<std::pair<QString, QString>>;

    struct Run
    {
        int exitCode = -1;
        // The signal that ended the process, or 0 when it exited.
        int signal = 0;
        QByteArray out;
        QByteArray err;

        QByteArray all() const { return out + err; }
        QJsonObject json() const;
    };

    // `folder` holds the password file and is every run's working folder; it must exist.
    explicit CliDriver(const QString& folder, QObject* parent = nullptr);

    QString path(const QString& name) const;
    QString passwordFile() const { return m_passwordFile; }

    // Scaled-down retry waits (the default) suit the sync tests; the other suites run the CLI with
    // the environment of the test alone.
    void setFastRetries(bool fast) { m_fastRetries = fast; }
    // How long run() and runRaw() wait for the CLI to finish.
    void setRunTimeout(int timeoutMs) { m_runTimeoutMs = timeoutMs; }

    // With --vault `vault` and --password-file before `arguments`.
    QProcess* start(const QString& vault, const QStringList& arguments, const QByteArray& input = {},
        const Environment& environment = {});
    Run finish(QProcess* process, int timeoutMs = 120000);
    Run run(const QString& vault, const QStringList& arguments, const QByteArray& input = {},
        const Environment& environment = {});

    // With exactly `arguments`, in `workingDirectory` (the folder when empty).
    QProcess* startRaw(const QStringList& arguments, const QByteArray& input = {}, const Environment& environment = {},
        const QString& workingDirectory = {});
    Run runRaw(const QStringList& arguments, const QByteArray& input = {}, const Environment& environment = {},
        const QString& workingDirectory = {});

    // A new vault (fast KDF settings) with one project; empty on failure (with a warning).
    QString createVault(const QString& name, const QString& project);

    // Everything every run printed so far, to search for values that must never appear.
    const QByteArray& outputs() const { return m_outputs; }

private:
    QString m_folder;
    QString m_passwordFile;
    QByteArray m_outputs;
    bool m_fastRetries = true;
    int m_runTimeoutMs = 120000;
};

namespace CliWords {

// {"secret", "list"} as a command line.
QStringList args(std::initializer_list<const char*> words);
// The element named `name` of the JSON array a listing (`secret list --json`) printed; empty when none.
QJsonObject listed(const CliDriver::Run& run, const QString& name);

} // namespace CliWords
