#include "storage/EnvFile.h"

#include "models/NameRules.h"
#include "storage/vault/VaultLimits.h"

#include <QCoreApplication>
#include <QHash>
#include <QLatin1String>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>

namespace EnvFile {

namespace {

QString invalidNameMessage(int line, const QString& name)
{
    if (name.isEmpty()) {
        return QCoreApplication::translate("EnvFile", "Line %1: the name before '=' is empty.").arg(line);
    }
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool allowed
            = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (allowed) {
            continue;
        }
        const QString shown = c == u' ' ? QCoreApplication::translate("EnvFile", "a space")
            : c.unicode() > 0x20 && c.unicode() < 0x7f
            ? QStringLiteral("'%1'").arg(c)
            : QStringLiteral("U+%1").arg(static_cast<uint>(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
        return QCoreApplication::translate("EnvFile",
            "Line %1: a name may contain only Latin letters, digits and underscores; character %2 of the name is "
            "%3.")
            .arg(line)
            .arg(i + 1)
            .arg(shown);
    }
    return QCoreApplication::translate("EnvFile", "Line %1: the name is %2 characters long; the limit is %3.")
        .arg(line)
        .arg(name.size())
        .arg(NameRules::kMaxLength);
}

constexpr qsizetype kMiB = 1024 * 1024;

// The secret-name suggestions, in one table so the rule can be read and extended in one place.
enum class NameMatch
{
    EndsWith,
    Contains,
    Whole,
};

struct SecretNameRule
{
    NameMatch match;
    QLatin1String text;
};

constexpr SecretNameRule kSecretNameRules[] = {
    {NameMatch::EndsWith, QLatin1String("_KEY")},
    {NameMatch::EndsWith, QLatin1String("_API_KEY")},
    {NameMatch::EndsWith, QLatin1String("PRIVATE_KEY")},
    {NameMatch::EndsWith, QLatin1String("_TOKEN")},
    {NameMatch::EndsWith, QLatin1String("_SECRET")},
    {NameMatch::EndsWith, QLatin1String("CREDENTIALS")},
    {NameMatch::Contains, QLatin1String("PASSWORD")},
    {NameMatch::Contains, QLatin1String("PASSWD")},
    {NameMatch::Contains, QLatin1String("PWD")},
    // The suffixes above without a prefix: a variable called just TOKEN or SECRET.
    {NameMatch::Whole, QLatin1String("TOKEN")},
    {NameMatch::Whole, QLatin1String("SECRET")},
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// What is cut from the end of an unquoted value; a lone CR is a leftover of a damaged line end.
bool isTrailingSpace(char c)
{
    return isBlank(c) || c == '\r' || c == '\f' || c == '\v';
}

// The offset of the first byte in [begin, end) that does not start a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points past U+10FFFF included), or -1.
qsizetype firstInvalidUtf8(const char* data, qsizetype begin, qsizetype end)
{
    qsizetype i = begin;
    while (i < end) {
        const auto lead = static_cast<unsigned char>(data[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (end - i < length) {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(data[i + k]);
            if ((next & 0xC0) != 0x80) {
                return i;
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return i;
        }
        i += length;
    }
    return -1;
}

// QString::fromUtf8 drops a byte-order mark at the start of its input, which would silently cut
// U+FEFF from the front of a value or a name; the file's own mark is removed before parsing.
QString decodeUtf8(const char* data, qsizetype size)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(data, size));
}

// Reads one file. Works on bytes: every character with a meaning in the syntax is ASCII, and ASCII
// bytes never occur inside a multi-byte UTF-8 sequence, so names and values are decoded only once
// their bytes are known (and checked).
class Parser
{
public:
    explicit Parser(QByteArray text) : m_text(std::move(text)), m_data(m_text.constData()), m_size(m_text.size()) { }

    EnvParseResult run()
    {
        qsizetype pos = 0;
        int line = 1;
        while (pos < m_size) {
            const qsizetype lineEnd = endOfLine(pos);
            const int statementLine = line;
            qsizetype p = skipBlanks(pos, lineEnd);
            if (p == lineEnd || m_data[p] == '#') {
                pos = lineEnd + 1;
                ++line;
                continue;
            }
            p = skipExportPrefix(p, lineEnd);
            const qsizetype equals = indexOf('=', p, lineEnd);
            if (equals < 0) {
                report(line, [line] {
                    return QCoreApplication::translate(
                        "EnvFile", "Line %1: there is no '=' on this line; write each variable as NAME=value.")
                        .arg(line);
                });
                pos = lineEnd + 1;
                ++line;
                continue;
            }
            qsizetype nameEnd = equals;
            while (nameEnd > p && isBlank(m_data[nameEnd - 1])) {
                --nameEnd;
            }
            const qsizetype valueStart = skipBlanks(equals + 1, lineEnd);

            QByteArray value;
            qsizetype rawBegin = valueStart;
            qsizetype rawEnd = valueStart;
            if (valueStart < lineEnd && (m_data[valueStart] == '"' || m_data[valueStart] == '\'')) {
                const char quote = m_data[valueStart];
                const qsizetype close = quote == '"' ? readDoubleQuoted(valueStart + 1, &value)
                                                     : readSingleQuoted(valueStart + 1, &value);
                if (close < 0) {
                    reportUnterminatedQuote(statementLine, quote);
                    break;
                }
                line += static_cast<int>(std::count(m_data + valueStart, m_data + close, '\n'));
                rawBegin = valueStart + 1;
                rawEnd = close;
                const qsizetype closeLineEnd = endOfLine(close);
                const qsizetype after = skipBlanks(close + 1, closeLineEnd);
                pos = closeLineEnd + 1;
                if (after < closeLineEnd && m_data[after] != '#') {
                    report(line, [line] {
                        return QCoreApplication::translate("EnvFile",
                            "Line %1: there is text after the closing quote of the value; put the whole "
                            "value inside the quotes, or start a comment with #.")
                            .arg(line);
                    });
                    ++line;
                    continue;
                }
            } else {
                rawEnd = unquotedValueEnd(valueStart, lineEnd);
                value = m_text.mid(rawBegin, rawEnd - rawBegin);
                pos = lineEnd + 1;
            }
            addEntry(statementLine, p, nameEnd, valueStart, rawBegin, rawEnd, value);
            ++line;
        }
        return finish();
    }

private:
    // Reports a problem unless kMaxListedErrors are listed already; the message is built only when
    // it is kept, so a file of garbage costs neither time nor memory per line.
    template<typename MakeMessage>
    void report(int line, MakeMessage makeMessage)
    {
        if (m_errors.size() < kMaxListedErrors) {
            m_errors.append(EnvLineError {line, makeMessage()});
        } else {
            ++m_omittedErrors;
        }
    }

    qsizetype endOfLine(qsizetype from) const
    {
        const qsizetype newline = m_text.indexOf('\n', from);
        return newline < 0 ? m_size : newline;
    }

    qsizetype skipBlanks(qsizetype from, qsizetype end) const
    {
        while (from < end && isBlank(m_data[from])) {
            ++from;
        }
        return from;
    }

    qsizetype indexOf(char c, qsizetype from, qsizetype end) const
    {
        const char* found = std::find(m_data + from, m_data + end, c);
        return found == m_data + end ? -1 : found - m_data;
    }

    // `export NAME=value` as a shell would read it; `export=1` and `export =1` define "export".
    qsizetype skipExportPrefix(qsizetype from, qsizetype lineEnd) const
    {
        constexpr char kExport[] = "export";
        constexpr qsizetype kLength = sizeof(kExport) - 1;
        if (lineEnd - from <= kLength || std::memcmp(m_data + from, kExport, kLength) != 0
            || !isBlank(m_data[from + kLength])) {
            return from;
        }
        const qsizetype name = skipBlanks(from + kLength, lineEnd);
        return name < lineEnd && m_data[name] != '=' ? name : from;
    }

    // An unquoted value runs to the end of the line or to a '#' after a blank, without trailing
    // blanks; a '#' inside a word ("a#b") is part of the value.
    qsizetype unquotedValueEnd(qsizetype begin, qsizetype lineEnd) const
    {
        qsizetype end = lineEnd;
        for (qsizetype i = begin; i < lineEnd; ++i) {
            if (m_data[i] == '#' && isBlank(m_data[i - 1])) {
                end = i;
                break;
            }
        }
        while (end > begin && isTrailingSpace(m_data[end - 1])) {
            --end;
        }
        return end;
    }

    // Returns the offset of the closing quote, or -1 when the file ends first. An unknown escape
    // keeps its backslash, so Windows paths such as "C:\Users" survive.
    qsizetype readDoubleQuoted(qsizetype i, QByteArray* value) const
    {
        for (; i < m_size; ++i) {
            const char c = m_data[i];
            if (c == '"') {
                return i;
            }
            if (c != '\\' || i + 1 == m_size) {
                value->append(c);
                continue;
            }
            switch (m_data[i + 1]) {
            case 'n':
                value->append('\n');
                break;
            case 'r':
                value->append('\r');
                break;
            case 't':
                value->append('\t');
                break;
            case '"':
            case '\\':
            case '$':
                value->append(m_data[i + 1]);
                break;
            default:
                value->append('\\');
                continue;
            }
            ++i;
        }
        return -1;
    }

    // Single quotes keep every byte as it is. As in sh, quoted pieces may follow one another
    // without a blank: 'it'\''s' (a quote written as close, \', reopen) and 'a''b' read as one
    // value. Returns the offset of the last closing quote, or -1 when the file ends first.
    qsizetype readSingleQuoted(qsizetype begin, QByteArray* value) const
    {
        qsizetype from = begin;
        while (true) {
            const qsizetype close = indexOf('\'', from, m_size);
            if (close < 0) {
                return -1;
            }
            value->append(m_data + from, close - from);
            qsizetype next = close + 1;
            while (next + 1 < m_size && m_data[next] == '\\' && m_data[next + 1] == '\'') {
                value->append('\'');
                next += 2;
            }
            if (next < m_size && m_data[next] == '\'') {
                from = next + 1;
                continue;
            }
            // A value that ends in an escaped quote ('a'\') ends on the escape's quote.
            return next == close + 1 ? close : next - 1;
        }
    }

    // The line of `offset` inside a statement that starts at `from` on `line`.
    int lineAt(int line, qsizetype from, qsizetype offset) const
    {
        return line + static_cast<int>(std::count(m_data + from, m_data + offset, '\n'));
    }

    void reportUnterminatedQuote(int line, char quote)
    {
        report(line, [line, quote] {
            return quote == '"' ? QCoreApplication::translate("EnvFile",
                       "Line %1: the double quote that opens the value is never closed, so every "
                       "line after it was read as part of the value; add the closing \".")
                                      .arg(line)
                                : QCoreApplication::translate("EnvFile",
                                    "Line %1: the single quote that opens the value is never closed, so every "
                                    "line after it was read as part of the value; add the closing '.")
                                      .arg(line);
        });
    }

    void reportInvalidUtf8(int line)
    {
        report(line, [line] {
            return QCoreApplication::translate(
                "EnvFile", "Line %1: the text is not valid UTF-8; save the file as UTF-8 and read it again.")
                .arg(line);
        });
    }

    // Checks the name and value of one NAME=value statement and keeps it if both are fine.
    void addEntry(int line, qsizetype nameBegin, qsizetype nameEnd, qsizetype valueStart, qsizetype rawBegin,
        qsizetype rawEnd, const QByteArray& value)
    {
        if (firstInvalidUtf8(m_data, nameBegin, nameEnd) >= 0) {
            reportInvalidUtf8(line);
            return;
        }
        const QString name = decodeUtf8(m_data + nameBegin, nameEnd - nameBegin);
        if (!NameRules::validate(name)) {
            // The text before '=' is not quoted: in a pasted file it may be part of a secret
            // (base64 ends in '='), so only the rule and the position are named.
            report(line, [line, &name] { return invalidNameMessage(line, name); });
            return;
        }
        const qsizetype invalid = firstInvalidUtf8(m_data, rawBegin, rawEnd);
        if (invalid >= 0) {
            reportInvalidUtf8(lineAt(line, valueStart, invalid));
            return;
        }
        if (value.size() > VaultLimits::kMaxValueBytes) {
            report(line, [line, &name, &value] {
                return QCoreApplication::translate("EnvFile",
                    "Line %1: the value of %2 is %3 bytes long; a value may have at most %4 bytes (64 KiB). "
                    "Shorten the value.")
                    .arg(line)
                    .arg(name)
                    .arg(value.size())
                    .arg(VaultLimits::kMaxValueBytes);
            });
            return;
        }
        m_entries.append(EnvEntry {line, name, decodeUtf8(value.constData(), value.size())});
    }

    // A name defined twice keeps its last value, as a shell or dotenv library would, and every
    // earlier definition is reported. The message does not say which value is used: the CLI
    // imports nothing from a file with problems, the import dialog imports the later one.
    QList<EnvEntry> lastDefinitions()
    {
        QHash<QString, qsizetype> lastIndex;
        lastIndex.reserve(m_entries.size());
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            lastIndex.insert(m_entries.at(i).name, i);
        }
        QList<EnvEntry> kept;
        kept.reserve(lastIndex.size());
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const EnvEntry& entry = m_entries.at(i);
            const EnvEntry& last = m_entries.at(lastIndex.value(entry.name));
            if (&last == &entry) {
                kept.append(entry);
                continue;
            }
            report(entry.line, [&entry, &last] {
                return QCoreApplication::translate(
                    "EnvFile", "Line %1: %2 is defined again on line %3; define each name once.")
                    .arg(entry.line)
                    .arg(entry.name)
                    .arg(last.line);
            });
        }
        return kept;
    }

    EnvParseResult finish()
    {
        EnvParseResult result;
        result.entries = lastDefinitions();
        std::stable_sort(m_errors.begin(), m_errors.end(),
            [](const EnvLineError& a, const EnvLineError& b) { return a.line < b.line; });
        if (m_omittedErrors > 0) {
            // Counted outside the call: lupdate skips translate() calls whose arguments hold '<'.
            const int omitted = static_cast<int>(std::min<qsizetype>(m_omittedErrors, std::numeric_limits<int>::max()));
            m_errors.append(EnvLineError {0,
                QCoreApplication::translate("EnvFile",
                    "%n more problem(s) are not listed; fix the lines above and read the file again.", nullptr,
                    omitted)});
        }
        result.errors = std::move(m_errors);
        return result;
    }

    const QByteArray m_text;
    const char* const m_data;
    const qsizetype m_size;
    QList<EnvEntry> m_entries;
    QList<EnvLineError> m_errors;
    qsizetype m_omittedErrors = 0;
};

// Values written without quotes: ASCII letters, digits and punctuation that neither a shell nor a
// dotenv library gives a meaning to ('~' is left out: sh expands it after '=' and ':').
bool isPlainToken(const QString& value)
{
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'
            || u == u'-' || u == u'.' || u == u',' || u == u':' || u == u'/' || u == u'@' || u == u'%' || u == u'+'
            || u == u'=';
    });
}

// The value in single quotes, where sh, dash and bash give no character a meaning: nothing is
// expanded or run, and line breaks stay as they are. A single quote is written as '\'' (close,
// an escaped quote, reopen). A CR right before a LF is followed by '' (close and reopen), so the
// file never holds the CR LF pair that parse(), like many editors, reads as one line break.
QByteArray singleQuoted(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray quoted;
    quoted.reserve(utf8.size() + 2);
    quoted.append('\'');
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c == '\'') {
            quoted.append("'\\''");
            continue;
        }
        quoted.append(c);
        if (c == '\r' && i + 1 < utf8.size() && utf8.at(i + 1) == '\n') {
            quoted.append("''");
        }
    }
    quoted.append('\'');
    return quoted;
}

// Why `name = value` cannot be written so that a shell reads it back, or an empty string.
QString unwritable(const QString& name, const QString& value)
{
    if (!name.isEmpty() && name.front() >= u'0' && name.front() <= u'9') {
        return QCoreApplication::translate("EnvFile",
            "%1 cannot be written to a .env file: a shell reads a line that starts with a digit as a command, "
            "not as a variable. Rename the variable.")
            .arg(name);
    }
    if (value.contains(QChar(u'\0'))) {
        return QCoreApplication::translate("EnvFile",
            "The value of %1 contains a NUL character, which no shell can hold in a variable, so it cannot "
            "be written to a .env file.")
            .arg(name);
    }
    if (!QStringView(value).isValidUtf16()) {
        return QCoreApplication::translate(
            "EnvFile", "The value of %1 contains a broken UTF-16 character that cannot be written as UTF-8.")
            .arg(name);
    }
    return {};
}

} // namespace

EnvParseResult parse(const QByteArray& bytes)
{
    if (bytes.size() > kMaxFileBytes) {
        EnvParseResult refused;
        refused.errors.append(EnvLineError {0,
            QCoreApplication::translate("EnvFile",
                "The file is %1 MiB; BotVault reads .env files of at most %2 MiB. Remove what you do not "
                "need or split the file.")
                .arg((bytes.size() + kMiB - 1) / kMiB)
                .arg(kMaxFileBytes / kMiB)});
        return refused;
    }
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF")) {
        text.remove(0, 3);
    }
    // Inside a quoted value as well: a multi-line value edited on Windows reads as it does on Linux.
    text.replace("\r\n", "\n");
    return Parser(std::move(text)).run();
}

Result<QByteArray> write(const QList<QPair<QString, QString>>& nameValues)
{
    // Every pair is checked before anything is written: a file is complete or not made at all.
    QStringList problems;
    for (const auto& [name, value] : nameValues) {
        Q_ASSERT(NameRules::validate(name).ok());
        if (const QString problem = unwritable(name, value); !problem.isEmpty()) {
            problems.append(problem);
        }
    }
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("EnvFile", "%1 Nothing was written.").arg(problems.join(u' ')));
    }
    // The header is part of the file format, not of the user interface: it stays English so the
    // file reads the same wherever it is opened.
    QByteArray text("# Exported by BotVault. This file holds environment variables only; secrets are never "
                    "exported.\n");
    for (const auto& [name, value] : nameValues) {
        text.append(name.toUtf8()).append('=');
        text.append(isPlainToken(value) ? value.toUtf8() : singleQuoted(value));
        text.append('\n');
    }
    return text;
}

bool looksLikeSecret(const QString& name)
{
    return std::any_of(std::begin(kSecretNameRules), std::end(kSecretNameRules), [&name](const SecretNameRule& rule) {
        switch (rule.match) {
        case NameMatch::EndsWith:
            return name.endsWith(rule.text, Qt::CaseInsensitive);
        case NameMatch::Contains:
            return name.contains(rule.text, Qt::CaseInsensitive);
        case NameMatch::Whole:
            return name.compare(rule.text, Qt::CaseInsensitive) == 0;
        }
        return false;
    });
}

} // namespace EnvFile
