#pragma once

#include "app/cli/ExitCode.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class CliContext;
class CommandTable;
class ChannelService;
struct ChannelInfo;
struct ChannelReport;

// The commands for a bound project's channels on the platform: channels, channel add, deploy,
// eval, remote audit. Every rule about requests, polling and masking lives in sync/ChannelService; these
// functions parse the arguments, run one operation at a time, print the outcome and map failures
// to exit codes. A bot's reply is masked by the server and again with the vault's secret values.
class ChannelCommands
{
    Q_DECLARE_TR_FUNCTIONS(ChannelCommands)

public:
    static void registerCommands(CommandTable& table);
    // The names of the bound project's channels on the platform, for a command that reports where
    // a value goes; the error is the caller's to show.
    static Result<QStringList> channelNames(CliContext& cli, const Project& project);

private:
    static ExitCode listChannels(CliContext& cli, const QStringList& arguments);
    static ExitCode addChannel(CliContext& cli, const QStringList& arguments);
    static ExitCode deploy(CliContext& cli, const QStringList& arguments);
    static ExitCode evaluate(CliContext& cli, const QStringList& arguments);
    // remote audit: the platform project's own audit log.
    static ExitCode platformAudit(CliContext& cli, const QStringList& arguments);
    // openProject() for a project that must be bound to a platform project.
    static ExitCode openBoundProject(CliContext& cli, const QString& name, Project* project);
    // The project's channels from the platform; reports a failure itself.
    static ExitCode readChannels(
        CliContext& cli, ChannelService& service, const Project& project, QList<ChannelInfo>* channels);
    // CHANNEL of the command line, an id or a name, among `channels`; reports a failure itself.
    static ExitCode findChannel(CliContext& cli, const QList<ChannelInfo>& channels, const QString& given,
        const Project& project, ChannelInfo* channel);
    // CHANNEL of the line, or without one (--all) every channel, the test widget first.
    static ExitCode deployTargets(CliContext& cli, const QList<ChannelInfo>& channels, const QStringList& arguments,
        const Project& project, QList<qint64>* ids);
    static void printDeploys(CliContext& cli, const Project& project, const QList<ChannelInfo>& channels,
        const ChannelReport& report, bool succeeded);
};
