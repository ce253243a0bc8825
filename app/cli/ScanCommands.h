#pragma once

#include "app/cli/ExitCode.h"
#include "storage/CredentialScan.h"

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class CommandTable;
struct Project;

// `scan`: the hard-coded credentials in a project's bound source folder (storage/CredentialScan),
// and the same scan as the gate before `export` packs that folder into an archive.
class ScanCommands
{
    Q_DECLARE_TR_FUNCTIONS(ScanCommands)

public:
    static void registerCommands(CommandTable& table);

    // Ok when the project has no source folder, its folder has no findings, or --allow-findings is
    // given (then with a warning); otherwise CredentialsFound, naming the count and the first
    // findings' places, and the export writes nothing.
    static ExitCode checkBeforeExport(CliContext& cli, const Project& project);

private:
    static ExitCode scan(CliContext& cli, const QStringList& arguments);
    static void printJson(CliContext& cli, const Project& project, const CredentialScan::Report& report);
    static void printText(CliContext& cli, const Project& project, const CredentialScan::Report& report);
    // "src/main.js:12, chatbot.yaml:3 and 4 more"
    static QString firstPlaces(const CredentialScan::Report& report);
};
