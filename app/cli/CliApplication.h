#pragma once

#include "app/cli/CommandLine.h"
#include "app/cli/ExitCode.h"
#include "storage/Vault.h"
#include "sync/BackoffPolicy.h"
#include "sync/PlatformSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QtCrypto>

#include <chrono>
#include <memory>
#include <optional>

class ChannelService;
class SyncEngine;
class SyncOperation;
struct ChannelInfo;
enum class SyncFailure;

// botvault-cli: one command per run against the vault, done synchronously. It writes results to
// stdout, and on failure exactly one line "botvault-cli: <message>" to stderr with an exit code
// that says what kind of failure it was (ExitCode.h). Master passwords and secret values are read
// into secure memory from a file, the environment, standard input or the terminal, and are never
// printed.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    // `arguments` as QCoreApplication::arguments() gives them, the program name first.
    explicit CliApplication(QStringList arguments);
    ~CliApplication();
    CliApplication(const CliApplication&) = delete;
    CliApplication& operator=(const CliApplication&) = delete;

    ExitCode run();

    static QString usage();

private:
    // The environment variable a master password may come from; `run` withholds it from the command.
    static constexpr char kPasswordVariable[] = "BOTVAULT_PASSWORD";

    using Handler = ExitCode (CliApplication::*)(const QStringList& arguments);
    struct Command
    {
        QStringList words;
        // As the synopsis shows them: "[FILE]" is optional, "[ARGS...]" takes every remaining
        // argument, and "--" marks that the arguments after it must follow a "--" on the line.
        QStringList argumentNames;
        QStringList options;
        Handler handler = nullptr;
        // Untranslated; shown through tr() in usage().
        const char* description = nullptr;
    };
    static const QList<Command>& commands();
    static QString synopsis(const Command& command);

    ExitCode init(const QStringList& arguments);
    ExitCode changePassword(const QStringList& arguments);
    ExitCode addProject(const QStringList& arguments);
    ExitCode listProjects(const QStringList& arguments);
    ExitCode renameProject(const QStringList& arguments);
    ExitCode removeProject(const QStringList& arguments);
    ExitCode bindProject(const QStringList& arguments);
    ExitCode unbindProject(const QStringList& arguments);
    ExitCode setSecret(const QStringList& arguments);
    ExitCode listSecrets(const QStringList& arguments);
    ExitCode renameSecret(const QStringList& arguments);
    ExitCode removeSecret(const QStringList& arguments);
    ExitCode setVariable(const QStringList& arguments);
    ExitCode getVariable(const QStringList& arguments);
    ExitCode listVariables(const QStringList& arguments);
    ExitCode renameVariable(const QStringList& arguments);
    ExitCode removeVariable(const QStringList& arguments);
    // Transfer commands (CliTransferCommands.cpp).
    ExitCode exportProject(const QStringList& arguments);
    ExitCode importProject(const QStringList& arguments);
    ExitCode importEnv(const QStringList& arguments);
    ExitCode exportEnv(const QStringList& arguments);
    ExitCode runCommand(const QStringList& arguments);
    ExitCode checkNames(const QStringList& arguments);
    // Sync commands (CliSyncCommands.cpp).
    ExitCode setRemote(const QStringList& arguments);
    ExitCode showRemote(const QStringList& arguments);
    ExitCode unsetRemote(const QStringList& arguments);
    ExitCode publish(const QStringList& arguments);
    ExitCode pull(const QStringList& arguments);
    // Publish and pull share everything but the last step.
    ExitCode synchronize(const QString& projectName, bool publishing);
    // --ca-file, --timeout and BOTVAULT_SYNC_BACKOFF_SCALE, read once for the sync engine and the
    // channel service, which take the same three settings; reports a bad value itself.
    ExitCode readPlatformOptions(PlatformSettings* options);
    template<typename Client>
    ExitCode configurePlatformClient(Client& client)
    {
        PlatformSettings options;
        if (const ExitCode code = readPlatformOptions(&options); code != ExitCode::Ok) {
            return code;
        }
        if (options.transferTimeout) {
            client.setTransferTimeout(*options.transferTimeout);
        }
        if (!options.caCertificates.isEmpty()) {
            client.addCaCertificates(options.caCertificates);
        }
        if (options.backoff) {
            client.setBackoffPolicy(*options.backoff);
        }
        return ExitCode::Ok;
    }
    ExitCode readApiToken(const QString& url, QCA::SecureArray* token);
    // A failed sync operation: the exit code for its SyncFailure and the message, with a note that
    // the outbox keeps the changes when `outboxKept`.
    ExitCode failSync(SyncFailure failure, const Error& error, bool outboxKept, const QString& projectName);
    // Channel commands (CliChannelCommands.cpp).
    ExitCode listChannels(const QStringList& arguments);
    ExitCode addChannel(const QStringList& arguments);
    ExitCode deploy(const QStringList& arguments);
    ExitCode evaluate(const QStringList& arguments);
    // openProject() for a project that must be bound to a platform project.
    ExitCode openBoundProject(const QString& name, Project* project);
    // The project's channels from the platform; reports a failure itself.
    ExitCode readChannels(ChannelService& service, const Project& project, QList<ChannelInfo>* channels);
    // CHANNEL of the command line, an id or a name, among `channels`; reports a failure itself.
    ExitCode findChannel(
        const QList<ChannelInfo>& channels, const QString& given, const Project& project, ChannelInfo* channel);
    ExitCode help(const QStringList& arguments);

    QString vaultPath() const;
    // Unlocks the vault at vaultPath() as the local owner; reports the failure itself.
    ExitCode openVault();
    // The roles of --roles, or nullopt when it is not given or names an unknown role.
    std::optional<QSet<Role>> rolesFromCommandLine() const;
    // The master password from --password-file, BOTVAULT_PASSWORD or the terminal; with `confirm`
    // the terminal asks twice. Reports the failure itself.
    ExitCode masterPassword(const QString& prompt, bool confirm, QCA::SecureArray* password);
    ExitCode newMasterPassword(QCA::SecureArray* password);
    ExitCode askTwice(const QString& prompt, QCA::SecureArray* password);
    ExitCode kdfParams(const KdfParams& base, KdfParams* params);
    ExitCode readSecretValue(const QString& name, QCA::SecureArray* value);
    ExitCode findProject(const QString& name, Project* project);
    // openVault() and findProject() in one step.
    ExitCode openProject(const QString& name, Project* project);
    ExitCode createParentFolder(const QString& path);
    // Refuses an existing `path` unless --force is given, a folder always, and a missing parent folder.
    ExitCode checkOutputFile(const QString& path);
    // --replace (true) or --keep (false), not both; `replace` stays empty when neither is given.
    ExitCode conflictChoice(std::optional<bool>* replace);
    // A botvault-cli command line for the user to copy (`botvault-cli secret set 'Support bot' API_KEY`):
    // each word quoted for the shell, and this run's --vault when one was given.
    QString suggestedCommand(const QStringList& words) const;

    bool json() const;
    void printLine(const QString& text);
    void printJson(const QJsonArray& array);
    void printJson(const QJsonObject& object);
    void printTable(const QStringList& header, const QList<QStringList>& rows);
    void printWarning(const QString& warning);
    // Information on stderr that is not a problem ("note: …"), so stdout stays what was asked for.
    void printNote(const QString& note);
    ExitCode fail(const Error& error);
    ExitCode fail(ExitCode code, const QString& message);
    ExitCode usageError(const QString& message);
    // After a listing: Damaged naming the records that could not be read, or Ok.
    ExitCode reportDamaged(const QList<qint64>& damagedIds);

    QStringList m_arguments;
    CommandLine m_commandLine;
    std::unique_ptr<Vault> m_vault;
};
