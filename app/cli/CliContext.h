#pragma once

#include "app/cli/CommandLine.h"
#include "app/cli/ExitCode.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QtCrypto>

#include <cstdio>
#include <memory>
#include <optional>

// The rows of a listing (`project list`, `secret list`, `var list`) in both its forms, and the
// records that could not be read; CliContext::printListing() prints it.
struct CliListing
{
    QJsonArray json;
    QList<QStringList> rows;
    QList<qint64> damaged;

    void add(const QJsonObject& object, const QStringList& row);
    void addDamaged(qint64 id);
    // What a damaged record shows in each form.
    static QJsonObject damagedJson(qint64 id);
    static QStringList damagedRow(qint64 id);
};

// What every botvault-cli command works with: the parsed command line with its global options
// (--vault, --password-file, --json, --roles), the vault once it is open, and the two output
// streams. Results go to out(); on failure exactly one line "botvault-cli: <message>" goes to
// err() with an exit code that says what kind of failure it was (ExitCode.h). Master passwords are
// read into secure memory from a file, the environment or the terminal, and are never printed.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    // The environment variable a master password may come from; `run` withholds it from the command.
    static constexpr char kPasswordVariable[] = "BOTVAULT_PASSWORD";

    // Long enough for any passphrase a person types or a password manager generates.
    static constexpr qsizetype kMaxPasswordBytes = 4096;

    CliContext(FILE* out, FILE* err);
    ~CliContext();
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    static QString programName();

    const CommandLine& commandLine() const { return m_commandLine; }
    void setCommandLine(CommandLine commandLine) { m_commandLine = std::move(commandLine); }
    FILE* out() const { return m_out; }
    FILE* err() const { return m_err; }
    // The vault that openVault() unlocked; only valid after it returned Ok.
    Vault& vault() { return *m_vault; }

    QString vaultPath() const;
    // Unlocks the vault at vaultPath() as the local owner (a vault of an older record format is
    // upgraded first, with a progress line when stderr is a terminal); reports the failure itself.
    ExitCode openVault();
    // The roles of --roles, or nullopt when it is not given or names an unknown role.
    std::optional<QSet<Role>> rolesFromCommandLine() const;
    // The master password from --password-file, BOTVAULT_PASSWORD or the terminal; with `confirm`
    // the terminal asks twice. Reports the failure itself.
    ExitCode masterPassword(const QString& prompt, bool confirm, QCA::SecureArray* password);
    ExitCode askTwice(const QString& prompt, QCA::SecureArray* password);
    ExitCode findProject(const QString& name, Project* project);
    // Reports a vault error about the item `name` of `project`; for NotFound with the name it
    // probably meant ("Did you mean 'API_KEY'?").
    ExitCode failItem(const Error& error, ProjectId project, ItemKind kind, const QString& name);
    // " Did you mean 'X'?" when one of `candidates` is clearly what `typed` meant, else empty.
    static QString didYouMean(const QString& typed, const QStringList& candidates);
    // openVault() and findProject() in one step.
    ExitCode openProject(const QString& name, Project* project);
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
    // The same, escaping the cells in place instead of in a copy.
    void printTable(const QStringList& header, QList<QStringList>&& rows);
    // The listing as JSON with --json, else as a table under `header`; then reportDamaged().
    ExitCode printListing(const QStringList& header, const CliListing& listing);
    void printWarning(const QString& warning);
    // The warnings for a name just stored: one that changes how programs start, one that no shell
    // can read from the environment (it starts with a digit).
    void printNameWarnings(const QString& name);
    void printUpgradeProgress(qint64 done, qint64 total);
    // Information on err() that is not a problem ("note: …"), so out() stays what was asked for.
    void printNote(const QString& note);
    ExitCode fail(const Error& error);
    ExitCode fail(ExitCode code, const QString& message);
    ExitCode usageError(const QString& message);
    // After a listing: Damaged naming the records that could not be read, or Ok.
    ExitCode reportDamaged(const QList<qint64>& damagedIds);

private:
    FILE* m_out;
    FILE* m_err;
    CommandLine m_commandLine;
    std::unique_ptr<Vault> m_vault;
};
