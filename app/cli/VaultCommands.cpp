#include "app/cli/VaultCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CommandTable.h"
#include "app/cli/SecretInput.h"
#include "app/cli/Terminal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <limits>
#include <sys/stat.h>

void VaultCommands::registerCommands(CommandTable& table)
{
    using CL = CommandLine;
    table.add({{QStringLiteral("init")}, {}, {CL::kKdfMemoryMib, CL::kKdfPasses}, &VaultCommands::init,
        QT_TRANSLATE_NOOP("CliApplication", "Create a new vault (never overwrites one).")});
    table.add({{QStringLiteral("passwd")}, {},
        {CL::kNewPasswordFile, CL::kKdfMemoryMib, CL::kKdfPasses, CL::kRotateKey}, &VaultCommands::changePassword,
        QT_TRANSLATE_NOOP("CliApplication",
            "Change the master password. With --rotate-key also replace the data key and re-encrypt every "
            "record under the new one, so that a copy of the old vault file with the old password opens "
            "nothing written afterwards.")});
}

ExitCode VaultCommands::init(CliContext& cli, const QStringList& /*arguments*/)
{
    const QString path = cli.vaultPath();
    if (Vault::exists(path)) {
        return cli.fail(
            ExitCode::InvalidInput, tr("A vault already exists at '%1'; init never overwrites one.").arg(path));
    }
    KdfParams params;
    if (const ExitCode code = kdfParams(cli, KdfParams::defaults(), &params); code != ExitCode::Ok) {
        return code;
    }
    QCA::SecureArray password;
    if (const ExitCode code = cli.masterPassword(tr("New master password: "), true, &password); code != ExitCode::Ok) {
        return code;
    }
    if (password.isEmpty()) {
        return cli.fail(ExitCode::InvalidInput, tr("The master password must not be empty."));
    }
    if (const ExitCode code = createParentFolder(cli, path); code != ExitCode::Ok) {
        return code;
    }
    if (const Result<void> created = Vault::create(path, SecretValue(password), params); !created) {
        return cli.fail(created.error());
    }
    cli.printLine(tr("Created a vault at '%1'.").arg(QDir::toNativeSeparators(path)));
    return ExitCode::Ok;
}

ExitCode VaultCommands::changePassword(CliContext& cli, const QStringList& /*arguments*/)
{
    if (const ExitCode code = cli.openVault(); code != ExitCode::Ok) {
        return code;
    }
    std::optional<KdfParams> params;
    if (cli.commandLine().isSet(CommandLine::kKdfMemoryMib) || cli.commandLine().isSet(CommandLine::kKdfPasses)) {
        KdfParams changed;
        if (const ExitCode code = kdfParams(cli, cli.vault().kdfParams(), &changed); code != ExitCode::Ok) {
            return code;
        }
        params = changed;
    }
    QCA::SecureArray newPassword;
    if (const ExitCode code = newMasterPassword(cli, &newPassword); code != ExitCode::Ok) {
        return code;
    }
    if (newPassword.isEmpty()) {
        return cli.fail(ExitCode::InvalidInput, tr("The master password must not be empty."));
    }
    const bool rotate = cli.commandLine().isSet(CommandLine::kRotateKey);
    if (const Result<void> changed = cli.vault().changePassword(
            SecretValue(newPassword), params, rotate ? Vault::DataKey::Rotate : Vault::DataKey::Keep);
        !changed) {
        return cli.fail(changed.error());
    }
    cli.printLine(rotate
            ? tr("Changed the master password and replaced the data key: every record is re-encrypted under "
                 "the new one.")
            : tr("Changed the master password."));
    return ExitCode::Ok;
}

ExitCode VaultCommands::newMasterPassword(CliContext& cli, QCA::SecureArray* password)
{
    if (cli.commandLine().isSet(CommandLine::kNewPasswordFile)) {
        Result<QCA::SecureArray> contents = SecretInput::readFile(
            cli.commandLine().value(CommandLine::kNewPasswordFile), CliContext::kMaxPasswordBytes);
        if (!contents) {
            return cli.fail(contents.error());
        }
        *password = contents.value();
        SecretInput::stripOneLineEnding(*password);
        return ExitCode::Ok;
    }
    if (!Terminal::isAvailable()) {
        return cli.fail(ExitCode::Usage,
            tr("No new master password given and no terminal to ask for it: use "
               "--new-password-file FILE."));
    }
    return cli.askTwice(tr("New master password: "), password);
}

ExitCode VaultCommands::kdfParams(CliContext& cli, const KdfParams& base, KdfParams* params)
{
    // run() has checked that the numbers parse.
    *params = base;
    if (cli.commandLine().isSet(CommandLine::kKdfMemoryMib)) {
        const quint64 mebibytes = cli.commandLine().value(CommandLine::kKdfMemoryMib).toUInt();
        // Saturates instead of wrapping, so validate() reports an out-of-range value as such.
        params->memoryKiB = static_cast<quint32>(qMin<quint64>(mebibytes * 1024, std::numeric_limits<quint32>::max()));
    }
    if (cli.commandLine().isSet(CommandLine::kKdfPasses)) {
        params->passes = cli.commandLine().value(CommandLine::kKdfPasses).toUInt();
    }
    if (const Result<void> valid = params->validate(); !valid) {
        return cli.fail(valid.error());
    }
    return ExitCode::Ok;
}

ExitCode VaultCommands::createParentFolder(CliContext& cli, const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo::exists(folder)) {
        return ExitCode::Ok;
    }
    const QString above = QFileInfo(folder).absolutePath();
    if (!QDir().mkpath(above)) {
        return cli.fail(
            ExitCode::Failure, tr("Could not create the folder '%1'.").arg(QDir::toNativeSeparators(above)));
    }
    // Only the owner may list the vault's folder: its WAL and journal files appear beside the vault.
    if (::mkdir(QFile::encodeName(folder).constData(), S_IRWXU) != 0 && errno != EEXIST) {
        return cli.fail(ExitCode::Failure,
            tr("Could not create the folder '%1': %2.")
                .arg(QDir::toNativeSeparators(folder), QString::fromLocal8Bit(std::strerror(errno))));
    }
    return ExitCode::Ok;
}
