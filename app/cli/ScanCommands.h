#pragma once

#include "app/cli/ExitCode.h"
#include "storage/CredentialScan.h"

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class CommandTable;
struct Project;

// `scan`: the hard-coded credentials in a project's bound source folder (storage/CredentialScan),
// each named by a stable id; ignoring one with a reason in the vault (--ignore, --unignore); moving
// one to a secret (--move, storage/SourceRewrite); and the same scan as the gate before `export`
// packs that folder into an archive.
class ScanCommands
{
    Q_DECLARE_TR_FUNCTIONS(ScanCommands)

public:
    static void registerCommands(CommandTable& table);

    // Ok when the project has no source folder, its folder has no findings but ignored ones, or
    // --allow-findings is given (then with a warning); otherwise CredentialsFound, naming the count
    // and the first findings' places, and the export writes nothing.
    static ExitCode checkBeforeExport(CliContext& cli, const Project& project);

private:
    static ExitCode scan(CliContext& cli, const QStringList& arguments);
    static ExitCode list(CliContext& cli, const Project& project, const CredentialScan::Report& report);
    static ExitCode ignore(CliContext& cli, const Project& project, const CredentialScan::Report& report);
    static ExitCode unignore(CliContext& cli, const Project& project);
    static ExitCode move(CliContext& cli, const Project& project, const CredentialScan::Report& report);
    // The scan with every finding's id, the vault's ignores applied; reports the failure itself.
    static ExitCode scanProject(CliContext& cli, const Project& project, CredentialScan::Report* report);
    // Which of --ignore, --unignore and --move is given (at most one), with the options each needs.
    static ExitCode checkActionOptions(CliContext& cli);
    static const CredentialScan::FileFinding* findingOrFail(
        CliContext& cli, const CredentialScan::Report& report, const QString& id, ExitCode* code);
    static ExitCode confirmMove(CliContext& cli);
    static void printCheckAfterMove(CliContext& cli, const Project& project, const QString& name);
    static void printJson(CliContext& cli, const Project& project, const CredentialScan::Report& report);
    static void printText(CliContext& cli, const Project& project, const CredentialScan::Report& report);
    // "src/main.js:12, chatbot.yaml:3 and 4 more", over the findings not ignored
    static QString firstPlaces(const CredentialScan::Report& report);
};
