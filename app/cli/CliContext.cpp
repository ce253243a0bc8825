#include "app/cli/CliContext.h"

#include "app/cli/CliOutput.h"
#include "app/cli/NearMiss.h"
#include "app/cli/SecretInput.h"
#include "app/cli/Terminal.h"
#include "models/StartupVariables.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

using CliOutput::printable;

void CliListing::add(const QJsonObject& object, const QStringList& row)
{
    json.append(object);
    rows.append(row);
}

void CliListing::addDamaged(qint64 id)
{
    damaged.append(id);
    json.append(damagedJson(id));
    rows.append(damagedRow(id));
}

QJsonObject CliListing::damagedJson(qint64 id)
{
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("damaged"), true}};
}

QStringList CliListing::damagedRow(qint64 id)
{
    return {QCoreApplication::translate("CliApplication", "<damaged record #%1>").arg(id)};
}

CliContext::CliContext(FILE* out, FILE* err) : m_out(out), m_err(err) { }

CliContext::~CliContext()
{
    if (m_vault && m_vault->isUnlocked()) {
        m_vault->lock();
    }
}

QString CliContext::programName()
{
    return QStringLiteral("botvault-cli");
}

QString CliContext::vaultPath() const
{
    return m_commandLine.isSet(CommandLine::kVault) ? m_commandLine.value(CommandLine::kVault) : Vault::defaultPath();
}

ExitCode CliContext::openVault()
{
    // A command that runs another as its last step (`secret rotate --publish`) opens the vault once.
    if (m_vault && m_vault->isUnlocked()) {
        return ExitCode::Ok;
    }
    const QString path = vaultPath();
    // Checked before the password is asked for, so nobody types it for a file that is not there.
    if (!Vault::exists(path)) {
        return fail(ExitCode::NotFound,
            tr("There is no vault at '%1': create one with 'botvault-cli init' or name "
               "another with --vault FILE.")
                .arg(QDir::toNativeSeparators(path)));
    }
    QCA::SecureArray password;
    if (const ExitCode code = masterPassword(tr("Master password: "), false, &password); code != ExitCode::Ok) {
        return code;
    }
    m_vault = std::make_unique<Vault>();
    Actor actor = Actor::localOwner(Actor::systemUserName());
    if (const std::optional<QSet<Role>> roles = rolesFromCommandLine()) {
        actor.roles = *roles;
    }
    m_vault->setActor(actor);
    if (CliOutput::isTerminal(m_err)) {
        QObject::connect(m_vault.get(), &Vault::formatUpgradeProgress,
            [this](qint64 done, qint64 total) { printUpgradeProgress(done, total); });
    }
    const Result<void> unlocked = m_vault->unlock(path, SecretValue(password));
    password.clear();
    if (!unlocked) {
        return fail(unlocked.error());
    }
    if (const qsizetype damaged = m_vault->damagedByUpgrade().size(); damaged > 0) {
        printWarning(tr("%n damaged record(s) could not be upgraded to the new record format; they were left as "
                        "they are and are reported as damaged.",
            nullptr, int(damaged)));
    }
    return ExitCode::Ok;
}

// One line on the terminal, rewritten in place, so a long upgrade at unlock is not taken for a hang.
void CliContext::printUpgradeProgress(qint64 done, qint64 total)
{
    const QString line = tr("Upgrading the vault to the new record format: %1 of %2 records").arg(done).arg(total);
    CliOutput::write(m_err, u'\r' + line + (done >= total ? QStringLiteral("\n") : QString()));
    std::fflush(m_err);
}

std::optional<QSet<Role>> CliContext::rolesFromCommandLine() const
{
    if (!m_commandLine.isSet(CommandLine::kRoles)) {
        return std::nullopt;
    }
    QSet<Role> roles;
    for (const QString& name : m_commandLine.value(CommandLine::kRoles).split(u',')) {
        const std::optional<Role> role = roleFromName(name.trimmed());
        if (!role) {
            return std::nullopt;
        }
        roles.insert(*role);
    }
    return roles;
}

ExitCode CliContext::masterPassword(const QString& prompt, bool confirm, QCA::SecureArray* password)
{
    if (m_commandLine.isSet(CommandLine::kPasswordFile)) {
        Result<QCA::SecureArray> contents
            = SecretInput::readFile(m_commandLine.value(CommandLine::kPasswordFile), kMaxPasswordBytes);
        if (!contents) {
            return fail(contents.error());
        }
        *password = contents.value();
        SecretInput::stripOneLineEnding(*password);
        return ExitCode::Ok;
    }
    if (std::optional<QCA::SecureArray> fromEnvironment = SecretInput::fromEnvironment(kPasswordVariable)) {
        *password = *fromEnvironment;
        return ExitCode::Ok;
    }
    if (!Terminal::isAvailable()) {
        return fail(ExitCode::Usage,
            tr("No master password given and no terminal to ask for it: use "
               "--password-file FILE or set the environment variable BOTVAULT_PASSWORD."));
    }
    if (confirm) {
        return askTwice(prompt, password);
    }
    Result<QCA::SecureArray> typed = Terminal::readHidden(prompt, kMaxPasswordBytes);
    if (!typed) {
        return fail(typed.error());
    }
    *password = typed.value();
    return ExitCode::Ok;
}

ExitCode CliContext::askTwice(const QString& prompt, QCA::SecureArray* password)
{
    Result<QCA::SecureArray> first = Terminal::readHidden(prompt, kMaxPasswordBytes);
    if (!first) {
        return fail(first.error());
    }
    Result<QCA::SecureArray> second = Terminal::readHidden(tr("Repeat the master password: "), kMaxPasswordBytes);
    if (!second) {
        return fail(second.error());
    }
    if (first.value() != second.value()) {
        return fail(ExitCode::InvalidInput, tr("The two passwords differ; nothing was changed."));
    }
    *password = first.value();
    return ExitCode::Ok;
}

ExitCode CliContext::findProject(const QString& name, Project* project)
{
    Result<Project> found = m_vault->projectByName(name);
    if (!found && found.code() == ErrorCode::NotFound) {
        QStringList names;
        if (const Result<QList<Project>> projects = m_vault->projects()) {
            for (const Project& candidate : projects.value()) {
                names.append(candidate.name);
            }
        }
        return fail(exitCodeFor(found.code()), found.message() + didYouMean(name, names));
    }
    if (!found) {
        return fail(found.error());
    }
    if (found->damaged) {
        return fail(ExitCode::Damaged, tr("The project '%1' is damaged and cannot be read.").arg(name));
    }
    *project = std::move(found).value();
    return ExitCode::Ok;
}

ExitCode CliContext::failItem(const Error& error, ProjectId project, ItemKind kind, const QString& name)
{
    if (error.code != ErrorCode::NotFound) {
        return fail(error);
    }
    QStringList names;
    if (kind == ItemKind::Secret) {
        if (const Result<QList<SecretSummary>> secrets = m_vault->secrets(project)) {
            for (const SecretSummary& secret : secrets.value()) {
                names.append(secret.name);
            }
        }
    } else if (const Result<QList<Variable>> variables = m_vault->variables(project)) {
        for (const Variable& variable : variables.value()) {
            names.append(variable.name);
        }
    }
    return fail(exitCodeFor(error.code), error.message + didYouMean(name, names));
}

QString CliContext::didYouMean(const QString& typed, const QStringList& candidates)
{
    const std::optional<QString> closest = NearMiss::closest(typed, candidates);
    return closest ? u' ' + tr("Did you mean '%1'?").arg(printable(*closest)) : QString();
}

ExitCode CliContext::openProject(const QString& name, Project* project)
{
    if (const ExitCode code = openVault(); code != ExitCode::Ok) {
        return code;
    }
    return findProject(name, project);
}

ExitCode CliContext::checkOutputFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return fail(ExitCode::InvalidInput,
            tr("'%1' is a folder; give the name of the file to write.").arg(QDir::toNativeSeparators(path)));
    }
    if ((info.exists() || info.isSymLink()) && !m_commandLine.isSet(CommandLine::kForce)) {
        return fail(ExitCode::InvalidInput,
            tr("'%1' already exists; give --force to replace it.").arg(QDir::toNativeSeparators(path)));
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return fail(ExitCode::NotFound,
            tr("The folder '%1' does not exist; create it first.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    return ExitCode::Ok;
}

ExitCode CliContext::conflictChoice(std::optional<bool>* replace)
{
    const bool replaceGiven = m_commandLine.isSet(CommandLine::kReplace);
    const bool keepGiven = m_commandLine.isSet(CommandLine::kKeep);
    if (replaceGiven && keepGiven) {
        return usageError(tr("Give --replace or --keep, not both."));
    }
    if (replaceGiven || keepGiven) {
        *replace = replaceGiven;
    }
    return ExitCode::Ok;
}

QString CliContext::suggestedCommand(const QStringList& words) const
{
    QStringList line {programName()};
    for (const QString& word : words) {
        line.append(CliOutput::shellWord(word));
    }
    // Options may follow the command, so the line stays readable and still names the right vault.
    if (m_commandLine.isSet(CommandLine::kVault)) {
        line.append(QStringLiteral("--vault"));
        line.append(CliOutput::shellWord(m_commandLine.value(CommandLine::kVault)));
    }
    if (m_commandLine.isSet(CommandLine::kPasswordFile)) {
        line.append(QStringLiteral("--password-file"));
        line.append(CliOutput::shellWord(m_commandLine.value(CommandLine::kPasswordFile)));
    }
    return line.join(u' ');
}

// --- output ---------------------------------------------------------------------------------

bool CliContext::json() const
{
    return m_commandLine.isSet(CommandLine::kJson);
}

// Every line the CLI prints passes through printableLines(): a field a command forgot to escape
// still cannot drive the terminal, though it could still break a line.
void CliContext::printLine(const QString& text)
{
    CliOutput::write(m_out, CliOutput::printableLines(text) + u'\n');
}

void CliContext::printJson(const QJsonArray& array)
{
    const QByteArray json = CliOutput::printableJson(QJsonDocument(array).toJson(QJsonDocument::Indented));
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), m_out);
}

void CliContext::printJson(const QJsonObject& object)
{
    const QByteArray json = CliOutput::printableJson(QJsonDocument(object).toJson(QJsonDocument::Indented));
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), m_out);
}

void CliContext::printTable(const QStringList& header, const QList<QStringList>& rows)
{
    printTable(header, QList<QStringList>(rows));
}

void CliContext::printTable(const QStringList& header, QList<QStringList>&& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    // A cell is one line of the table whatever it holds.
    QList<QStringList> cells = std::move(rows);
    for (QStringList& row : cells) {
        for (QString& cell : row) {
            cell = printable(cell);
        }
    }
    QList<qsizetype> widths;
    for (const QString& title : header) {
        widths.append(title.size());
    }
    for (const QStringList& row : std::as_const(cells)) {
        // A one-cell row (a damaged record) spans the table and does not set column widths.
        if (row.size() != header.size()) {
            continue;
        }
        for (qsizetype column = 0; column < row.size(); ++column) {
            widths[column] = qMax(widths[column], row.at(column).size());
        }
    }
    const auto format = [&widths](const QStringList& line) {
        QString text;
        for (qsizetype column = 0; column < line.size(); ++column) {
            const bool last = column + 1 == line.size();
            text += last ? line.at(column) : line.at(column).leftJustified(widths.value(column)) + QStringLiteral("  ");
        }
        return text;
    };
    printLine(format(header));
    for (const QStringList& row : std::as_const(cells)) {
        printLine(format(row));
    }
}

ExitCode CliContext::printListing(const QStringList& header, const CliListing& listing)
{
    if (json()) {
        printJson(listing.json);
    } else {
        printTable(header, listing.rows);
    }
    return reportDamaged(listing.damaged);
}

void CliContext::printWarning(const QString& warning)
{
    if (warning.isEmpty()) {
        return;
    }
    CliOutput::write(m_err, tr("warning: %1").arg(printable(QString(warning).replace(u'\n', u' '))) + u'\n');
}

void CliContext::printNameWarnings(const QString& name)
{
    printWarning(StartupVariables::warning(name));
    if (!name.isEmpty() && name.front().isDigit()) {
        printWarning(tr("%1 starts with a digit: no shell can read it from the environment (sh takes $%1 for $%2 "
                        "followed by %3), and 'env export' refuses it. Rename it to start with a letter or an "
                        "underscore if a script is to read it.")
                         .arg(name, name.left(1), name.mid(1)));
    }
}

void CliContext::printNote(const QString& note)
{
    std::fflush(m_out);
    CliOutput::write(m_err, tr("note: %1").arg(printable(QString(note).replace(u'\n', u' '))) + u'\n');
}

ExitCode CliContext::fail(const Error& error)
{
    return fail(exitCodeFor(error.code), error.message);
}

ExitCode CliContext::fail(ExitCode code, const QString& message)
{
    // One line, so scripts can take the message with `2>&1 | tail -1` and logs stay line-oriented;
    // only line breaks are joined, so a quoted name keeps its spaces exactly as given.
    QStringList pieces;
    for (const QString& piece : message.split(QRegularExpression(QStringLiteral("[\\r\\n]+")))) {
        if (const QString trimmed = piece.trimmed(); !trimmed.isEmpty()) {
            pieces.append(trimmed);
        }
    }
    QString line = pieces.join(u' ');
    if (line.isEmpty()) {
        line = tr("The command failed.");
    }
    std::fflush(m_out);
    CliOutput::write(m_err, programName() + QStringLiteral(": ") + printable(line) + u'\n');
    return code;
}

ExitCode CliContext::usageError(const QString& message)
{
    return fail(ExitCode::Usage, tr("%1 Run 'botvault-cli --help' for usage.").arg(message));
}

ExitCode CliContext::reportDamaged(const QList<qint64>& damagedIds)
{
    if (damagedIds.isEmpty()) {
        return ExitCode::Ok;
    }
    QStringList ids;
    for (const qint64 id : damagedIds) {
        ids.append(QStringLiteral("#%1").arg(id));
    }
    return fail(ExitCode::Damaged,
        tr("Damaged records could not be read (%1); the others are shown. Restore the "
           "vault from a backup to recover them.")
            .arg(ids.join(QStringLiteral(", "))));
}
