#include "storage/SourceRewrite.h"

#include "storage/BotSourceNames.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace SourceRewrite {

namespace {

bool isScriptFile(const QString& file)
{
    static const QStringList kSuffixes {
        QStringLiteral("js"), QStringLiteral("mjs"), QStringLiteral("cjs"), QStringLiteral("ts")};
    return kSuffixes.contains(QFileInfo(file).suffix().toLower());
}

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'`';
}

// A line that is a comment as a whole: `// …`, a block comment's `/* …` or ` * …`, and `# …` where
// '#' starts a comment (YAML, scenarios, shell-like data files; in JavaScript it names a private field).
bool isCommentLine(QStringView line, bool script)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(u"//") || trimmed.startsWith(u"/*") || trimmed.startsWith(u'*')
        || (!script && trimmed.startsWith(u'#'));
}

// Where a comment that ends the line starts, when it starts before `column`: `//` outside any quote
// and not part of "://" in scripts, `#` after a space elsewhere.
std::optional<qsizetype> trailingCommentBefore(QStringView line, qsizetype column, bool script)
{
    QChar openQuote;
    for (qsizetype i = 0; i < column; ++i) {
        const QChar c = line.at(i);
        if (!openQuote.isNull()) {
            if (c == openQuote && (i == 0 || line.at(i - 1) != u'\\')) {
                openQuote = QChar();
            }
            continue;
        }
        if (isQuote(c)) {
            openQuote = c;
        } else if (script && c == u'/' && line.mid(i).startsWith(u"//") && (i == 0 || line.at(i - 1) != u':')) {
            return i;
        } else if (!script && c == u'#' && (i == 0 || line.at(i - 1).isSpace())) {
            return i;
        }
    }
    return std::nullopt;
}

struct Span
{
    qsizetype start;
    qsizetype length;
    QString preview;
};

// The line as a diff may show it: every credential in it replaced by its preview.
QString redacted(QStringView line, QList<Span> spans)
{
    for (const CredentialRules::Finding& other : CredentialRules::find(line)) {
        spans.append({other.column, other.length, other.preview});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start > b.start; });
    QString shown = line.toString();
    qsizetype limit = shown.size();
    for (const Span& span : std::as_const(spans)) {
        if (span.start + span.length <= limit) {
            shown.replace(span.start, span.length, span.preview);
            limit = span.start;
        }
    }
    return shown;
}

// The literal around the value with the value read through $secrets.get instead: the whole string
// when it holds only the value, else the string split around the call (or a `${…}` in a template).
std::optional<QString> replacedLine(QStringView line, qsizetype column, qsizetype length, const QString& call)
{
    const qsizetype valueEnd = column + length;
    for (qsizetype open = column - 1; open >= 0; --open) {
        const QChar quote = line.at(open);
        if (!isQuote(quote)) {
            continue;
        }
        const qsizetype close = line.indexOf(quote, valueEnd);
        if (close < 0) {
            continue;
        }
        const QString prefix = line.sliced(open + 1, column - open - 1).toString();
        const QString suffix = line.sliced(valueEnd, close - valueEnd).toString();
        QString replacement;
        if (prefix.isEmpty() && suffix.isEmpty()) {
            replacement = call;
        } else if (quote == u'`') {
            replacement = quote + prefix + QStringLiteral("${") + call + u'}' + suffix + quote;
        } else {
            QStringList parts;
            if (!prefix.isEmpty()) {
                parts.append(quote + prefix + quote);
            }
            parts.append(call);
            if (!suffix.isEmpty()) {
                parts.append(quote + suffix + quote);
            }
            replacement = parts.join(QStringLiteral(" + "));
        }
        return line.first(open).toString() + replacement + line.sliced(close + 1).toString();
    }
    return std::nullopt;
}

// One line of a file's bytes: where it starts, where its text ends (before "\r\n" or "\n") and
// where the next line starts.
struct LineBytes
{
    qsizetype start = 0;
    qsizetype textEnd = 0;
    qsizetype next = 0;
};

std::optional<LineBytes> lineBytes(const QByteArray& content, int line)
{
    qsizetype start = 0;
    for (int n = 1; n < line; ++n) {
        start = content.indexOf('\n', start);
        if (start < 0) {
            return std::nullopt;
        }
        ++start;
    }
    if (start > content.size()) {
        return std::nullopt;
    }
    const qsizetype newline = content.indexOf('\n', start);
    const qsizetype next = newline < 0 ? content.size() : newline + 1;
    qsizetype textEnd = newline < 0 ? content.size() : newline;
    if (textEnd > start && content.at(textEnd - 1) == '\r') {
        --textEnd;
    }
    return LineBytes {start, textEnd, next};
}

QString hunk(int line, int oldCount, int newCount)
{
    const auto range = [](int start, int count) {
        return count == 1 ? QString::number(start) : QStringLiteral("%1,%2").arg(start).arg(count);
    };
    return QStringLiteral("@@ -%1 +%2 @@\n")
        .arg(range(line, oldCount), range(newCount == 0 ? line - 1 : line, newCount));
}

QString unifiedDiff(const QString& file, int line, const QString& oldLine, const std::optional<QString>& newLine)
{
    QString diff = QStringLiteral("--- a/%1\n+++ b/%1\n").arg(file) + hunk(line, 1, newLine ? 1 : 0);
    diff += u'-' + oldLine + u'\n';
    if (newLine) {
        diff += u'+' + *newLine + u'\n';
    }
    return diff;
}

Result<QByteArray> readFile(const QString& path, const QString& shown)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("SourceRewrite", "%1 cannot be read (%2); nothing was changed.")
                .arg(shown, file.errorString()));
    }
    const QByteArray content = file.read(BotSource::kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("SourceRewrite", "%1 cannot be read (%2); nothing was changed.")
                .arg(shown, file.errorString()));
    }
    if (content.size() > BotSource::kMaxFileBytes || content.contains('\0')) {
        return makeError(ErrorCode::Unsupported,
            QCoreApplication::translate(
                "SourceRewrite", "%1 is a binary or very large file; BotVault does not rewrite it.")
                .arg(shown));
    }
    return content;
}

// The finding's file as a path inside `folder`: a link leading outside it is not followed.
Result<QString> fileInFolder(const QString& folder, const QString& relative, const QString& shown)
{
    const QString root = QFileInfo(folder).canonicalFilePath();
    const QString path = QFileInfo(QDir(folder).filePath(relative)).canonicalFilePath();
    if (root.isEmpty() || path.isEmpty()) {
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("SourceRewrite", "%1 is gone; scan the folder again.").arg(shown));
    }
    if (!path.startsWith(root + u'/') || !QFileInfo(path).isFile()) {
        return makeError(ErrorCode::Unsupported,
            QCoreApplication::translate(
                "SourceRewrite", "%1 is not a regular file inside the source folder; BotVault does not rewrite it.")
                .arg(shown));
    }
    return path;
}

struct LineChange
{
    Change change;
    std::optional<QString> newLine; // none: the line goes
};

Result<LineChange> changeFor(QStringView line, const CredentialScan::FileFinding& found, const QString& name)
{
    const QString shown = BotSource::sourceAt(found.file, found.finding.line);
    const bool script = isScriptFile(found.file);
    if (isCommentLine(line, script)) {
        return LineChange {Change::DeleteLine, std::nullopt};
    }
    if (found.finding.kind == CredentialRules::Kind::PrivateKey) {
        return makeError(ErrorCode::Unsupported,
            QCoreApplication::translate("SourceRewrite",
                "%1: a private key spans several lines; store it as a secret and remove it from the file by "
                "hand.")
                .arg(shown));
    }
    if (const std::optional<qsizetype> comment = trailingCommentBefore(line, found.finding.column, script)) {
        QString kept = line.first(*comment).toString();
        while (!kept.isEmpty() && kept.back().isSpace()) {
            kept.chop(1);
        }
        return LineChange {Change::RemoveComment, kept};
    }
    if (!script) {
        return makeError(ErrorCode::Unsupported,
            QCoreApplication::translate("SourceRewrite",
                "%1: only JavaScript files can read a secret with $secrets.get, and this line is not a "
                "comment. Read the value in a .js file instead, or store it as a secret and edit the file by "
                "hand.")
                .arg(shown));
    }
    const QString call = QStringLiteral("$secrets.get(\"%1\")").arg(name);
    const std::optional<QString> replaced = replacedLine(line, found.finding.column, found.finding.length, call);
    if (!replaced) {
        return makeError(ErrorCode::Unsupported,
            QCoreApplication::translate("SourceRewrite",
                "%1: the value is not in a quoted string, so BotVault cannot tell what to replace; edit the "
                "line by hand.")
                .arg(shown));
    }
    return LineChange {Change::ReplaceLiteral, *replaced};
}

} // namespace

QString defaultBackupFolder()
{
    QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (data.isEmpty()) {
        data = QDir::home().filePath(QStringLiteral(".local/share"));
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return QDir(data).filePath(QStringLiteral("botvault/source-backups/") + stamp);
}

Result<Plan> plan(const QString& folder, const CredentialScan::FileFinding& found, const QString& name)
{
    const QString shown = BotSource::sourceAt(found.file, found.finding.line);
    const Result<QString> path = fileInFolder(folder, found.file, BotSource::displayPath(found.file));
    if (!path) {
        return path.error();
    }
    const Result<QByteArray> content = readFile(path.value(), BotSource::displayPath(found.file));
    if (!content) {
        return content.error();
    }
    const std::optional<LineBytes> bytes = lineBytes(content.value(), found.finding.line);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString line
        = bytes ? decoder.decode(content->sliced(bytes->start, bytes->textEnd - bytes->start)) : QString();
    if (!bytes || decoder.hasError() || CredentialScan::lineHash(line) != found.lineHash) {
        return makeError(ErrorCode::Conflict,
            QCoreApplication::translate(
                "SourceRewrite", "%1 changed since the scan; nothing was changed. Scan the folder again.")
                .arg(shown));
    }
    const Result<LineChange> change = changeFor(line, found, name);
    if (!change) {
        return change.error();
    }
    Plan result;
    result.path = path.value();
    result.file = found.file;
    result.line = found.finding.line;
    result.change = change->change;
    result.name = name;
    const Span value {found.finding.column, found.finding.length, found.finding.preview};
    result.value = SecretValue::fromText(line.mid(value.start, value.length));
    result.diff = unifiedDiff(found.file, found.finding.line, redacted(line, {value}),
        change->newLine ? std::optional<QString>(redacted(*change->newLine, {})) : std::nullopt);
    result.contentHash = QCryptographicHash::hash(content.value(), QCryptographicHash::Sha256);
    result.newContent = content->first(bytes->start)
        + (change->newLine ? change->newLine->toUtf8() + content->sliced(bytes->textEnd)
                           : content->sliced(bytes->next));
    return result;
}

Result<QString> apply(const Plan& plan, const QString& backupFolder)
{
    const QString shown = BotSource::displayPath(plan.file);
    const Result<QByteArray> content = readFile(plan.path, shown);
    if (!content) {
        return content.error();
    }
    if (QCryptographicHash::hash(content.value(), QCryptographicHash::Sha256) != plan.contentHash) {
        return makeError(ErrorCode::Conflict,
            QCoreApplication::translate(
                "SourceRewrite", "%1 changed since the scan; nothing was changed. Scan the folder again.")
                .arg(shown));
    }
    const QString backupPath = QDir(backupFolder).filePath(plan.file);
    if (!QDir().mkpath(QFileInfo(backupPath).absolutePath())) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("SourceRewrite", "The backup folder %1 cannot be created; nothing was changed.")
                .arg(BotSource::displayPath(backupFolder)));
    }
    QSaveFile backup(backupPath);
    if (!backup.open(QIODevice::WriteOnly) || backup.write(content.value()) != content->size()
        || !backup.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !backup.commit()) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("SourceRewrite", "The backup %1 cannot be written (%2); nothing was changed.")
                .arg(BotSource::displayPath(backupPath), backup.errorString()));
    }
    QSaveFile target(plan.path);
    if (!target.open(QIODevice::WriteOnly) || target.write(plan.newContent) != plan.newContent.size()
        || !target.commit()) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("SourceRewrite", "%1 cannot be written (%2); it was not changed.")
                .arg(shown, target.errorString()));
    }
    return backupPath;
}

} // namespace SourceRewrite
