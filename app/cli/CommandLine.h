#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// botvault-cli's arguments split into options and positional words. Options may stand anywhere,
// before or after the command, as "--name value" or "--name=value"; "--" ends the options so a
// value that starts with '-' can be given. Which options a command accepts is the command's
// business; this class only knows which options exist and which take a value.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Option names, without the leading dashes.
    static inline const QString kVault = QStringLiteral("vault");
    static inline const QString kPasswordFile = QStringLiteral("password-file");
    static inline const QString kNewPasswordFile = QStringLiteral("new-password-file");
    static inline const QString kKdfMemoryMib = QStringLiteral("kdf-memory-mib");
    static inline const QString kKdfPasses = QStringLiteral("kdf-passes");
    static inline const QString kJson = QStringLiteral("json");
    static inline const QString kHelp = QStringLiteral("help");
    static inline const QString kVersion = QStringLiteral("version");
    static inline const QString kExport = QStringLiteral("export");
    static inline const QString kNoExport = QStringLiteral("no-export");
    static inline const QString kForce = QStringLiteral("force");
    static inline const QString kInto = QStringLiteral("into");
    static inline const QString kName = QStringLiteral("name");
    static inline const QString kSourceDir = QStringLiteral("source-dir");
    static inline const QString kReplace = QStringLiteral("replace");
    static inline const QString kKeep = QStringLiteral("keep");
    static inline const QString kDryRun = QStringLiteral("dry-run");
    static inline const QString kAsSecrets = QStringLiteral("as-secrets");
    static inline const QString kRemoteProject = QStringLiteral("remote-project");
    static inline const QString kCaFile = QStringLiteral("ca-file");
    static inline const QString kTimeout = QStringLiteral("timeout");
    static inline const QString kKeepLocal = QStringLiteral("keep-local");
    static inline const QString kTakeRemote = QStringLiteral("take-remote");
    static inline const QString kDeleteRemoteOnly = QStringLiteral("delete-remote-only");
    static inline const QString kAll = QStringLiteral("all");
    static inline const QString kMessage = QStringLiteral("message");
    static inline const QString kAllow = QStringLiteral("allow");
    static inline const QString kRotateKey = QStringLiteral("rotate-key");
    static inline const QString kRoles = QStringLiteral("roles");
    static inline const QString kSince = QStringLiteral("since");
    static inline const QString kAllowFindings = QStringLiteral("allow-findings");
    static inline const QString kRotateEvery = QStringLiteral("rotate-every");
    static inline const QString kExpires = QStringLiteral("expires");
    static inline const QString kNoRotation = QStringLiteral("no-rotation");
    static inline const QString kDue = QStringLiteral("due");
    static inline const QString kPublish = QStringLiteral("publish");
    static inline const QString kNoSource = QStringLiteral("no-source");
    static inline const QString kKeepBinding = QStringLiteral("keep-binding");
    static inline const QString kIgnore = QStringLiteral("ignore");
    static inline const QString kUnignore = QStringLiteral("unignore");
    static inline const QString kReason = QStringLiteral("reason");
    static inline const QString kMove = QStringLiteral("move");
    static inline const QString kUntil = QStringLiteral("until");
    static inline const QString kProject = QStringLiteral("project");
    static inline const QString kActor = QStringLiteral("actor");
    static inline const QString kKind = QStringLiteral("kind");
    static inline const QString kSecret = QStringLiteral("secret");
    static inline const QString kAs = QStringLiteral("as");
    static inline const QString kAt = QStringLiteral("at");
    static inline const QString kYes = QStringLiteral("yes");

    // The options every command accepts.
    static QStringList globalOptions();
    // Whether the option takes a value ("--vault FILE") rather than being a flag ("--json").
    // --version is both: alone it asks for the program's version, followed by a whole number it
    // names the version `restore` brings back.
    static bool takesValue(const QString& option);

    // `arguments` without the program name. InvalidInput for an unknown option, a missing option
    // value, a value given to a flag, or an option given twice (except a repeatable one: --allow).
    static Result<CommandLine> parse(const QStringList& arguments);

    const QStringList& positionals() const { return m_positionals; }
    bool isSet(const QString& option) const { return m_values.contains(option); }
    QString value(const QString& option) const { return m_values.value(option); }
    // Every value of a repeatable option, in the order given.
    QStringList values(const QString& option) const { return m_repeated.value(option); }
    // The options given, in the order given.
    const QStringList& givenOptions() const { return m_given; }
    // How many positionals stood before "--", or -1 when there was no "--". `run` uses it to make
    // sure the command it starts, and that command's own options, come after "--".
    qsizetype positionalsBeforeOptionsEnd() const { return m_positionalsBeforeEnd; }

private:
    QStringList m_positionals;
    qsizetype m_positionalsBeforeEnd = -1;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_repeated;
    QStringList m_given;
};
