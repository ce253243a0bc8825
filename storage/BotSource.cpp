#include "storage/BotSource.h"

#include "models/NameRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>
#include <QStringView>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>

namespace BotSource {

namespace {

const QString kChatbotYaml = QStringLiteral("chatbot.yaml");
const QString kSourceFolder = QStringLiteral("src");

// Past this many characters a path in a message or tooltip is shortened in the middle, so that
// both its folder and its file name stay visible.
constexpr int kDisplayPathLength = 80;

enum class NameKind
{
    Secret,
    Variable,
};

bool isScript(const QString& path)
{
    const QStringList suffixes = scriptSuffixes();
    return std::any_of(suffixes.cbegin(), suffixes.cend(),
        [&path](const QString& suffix) { return path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive); });
}

// A path as shown to the user: an archive may carry control characters or a huge name in a path.
QString displayPath(const QString& path)
{
    QString shown;
    shown.reserve(std::min<qsizetype>(path.size(), kDisplayPathLength + 1));
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c.isHighSurrogate() && i + 1 < path.size() && path.at(i + 1).isLowSurrogate()) {
            shown += c;
            shown += path.at(++i);
        } else if (c.isSurrogate() || c.category() == QChar::Other_Control) {
            shown += QChar::ReplacementCharacter;
        } else {
            shown += c;
        }
    }
    if (shown.size() <= kDisplayPathLength) {
        return shown;
    }
    // Cut on code point boundaries only.
    qsizetype head = kDisplayPathLength / 3;
    if (shown.at(head - 1).isHighSurrogate()) {
        --head;
    }
    qsizetype tail = shown.size() - (kDisplayPathLength - head - 1);
    if (shown.at(tail).isLowSurrogate()) {
        ++tail;
    }
    return shown.left(head) + QChar(u'\u2026') + shown.mid(tail);
}

QString sourceAt(const QString& path, int line)
{
    return QStringLiteral("%1:%2").arg(displayPath(path)).arg(line);
}

// Collects names with the places they were found, and warnings up to kMaxWarnings.
class NameCollector
{
public:
    void add(NameKind kind, const QString& name, const QString& source)
    {
        const Result<void> valid = NameRules::validate(name);
        if (!valid) {
            warn(kind == NameKind::Secret
                    ? QCoreApplication::translate("BotSource", "%1 names a secret that BotVault cannot use. %2")
                          .arg(source, valid.message())
                    : QCoreApplication::translate("BotSource", "%1 names a variable that BotVault cannot use. %2")
                          .arg(source, valid.message()));
            return;
        }
        QStringList& sources = kind == NameKind::Secret ? m_names.secretSources[name] : m_names.variableSources[name];
        if (sources.size() < kMaxSourcesPerName && !sources.contains(source)) {
            sources.append(source);
        }
    }

    void addComputed(NameKind kind, const QString& source)
    {
        if (kind == NameKind::Secret) {
            ++m_names.computedSecretReads;
            warnWith([&source] {
                return QCoreApplication::translate(
                    "BotSource", "%1 reads a secret by a computed name; BotVault cannot check it.")
                    .arg(source);
            });
        } else {
            ++m_names.computedVariableReads;
            warnWith([&source] {
                return QCoreApplication::translate(
                    "BotSource", "%1 reads a variable by a computed name; BotVault cannot check it.")
                    .arg(source);
            });
        }
    }

    // A secret's value written in the bot's code is not secret; the message names the secret only.
    void warnSecretValueInCode(const QString& name, const QString& source)
    {
        warn(QCoreApplication::translate("BotSource",
            "%1 gives the secret %2 a value in the bot's code, where anyone who can read the code can "
            "read it. Remove the value from the code and keep it in BotVault only.")
                 .arg(source, name));
    }

    void warn(const QString& message)
    {
        warnWith([&message] { return message; });
    }

    // Builds the message only when it will be shown: a file may make a million computed reads.
    template<typename MakeMessage>
    void warnWith(MakeMessage makeMessage)
    {
        if (m_names.warnings.size() < kMaxWarnings) {
            m_names.warnings.append(makeMessage());
        } else {
            ++m_suppressedWarnings;
        }
    }

    // `finalWarnings` are added past the limit: they say how complete the whole scan was.
    ExpectedNames finish(const QStringList& finalWarnings)
    {
        m_names.secrets = sortedKeys(m_names.secretSources);
        m_names.variables = sortedKeys(m_names.variableSources);
        if (m_suppressedWarnings > 0) {
            m_names.warnings.append(QCoreApplication::translate(
                "BotSource", "%n more warning(s) not shown.", nullptr, m_suppressedWarnings));
        }
        m_names.warnings += finalWarnings;
        return std::move(m_names);
    }

private:
    static QStringList sortedKeys(const QHash<QString, QStringList>& sources)
    {
        QStringList names = sources.keys();
        std::sort(names.begin(), names.end());
        return names;
    }

    ExpectedNames m_names;
    int m_suppressedWarnings = 0;
};

// --- chatbot.yaml ---------------------------------------------------------------------------------

QString yamlSource(const YAML::Mark& mark)
{
    return mark.is_null() ? kChatbotYaml : sourceAt(kChatbotYaml, mark.line + 1);
}

QString yamlText(const YAML::Node& node)
{
    const std::string& text = node.Scalar();
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// yaml-cpp throws for nodes of an unexpected type, so every access below checks the type first;
// the caller still catches whatever escapes.
class InjectorReader
{
public:
    explicit InjectorReader(NameCollector& names) : m_names(names) { }

    void read(const YAML::Node& root)
    {
        if (!root.IsDefined() || root.IsNull()) {
            return;
        }
        if (!root.IsMap()) {
            m_names.warn(QCoreApplication::translate(
                "BotSource", "chatbot.yaml is not a YAML mapping, so it has no injector block to read names from."));
            return;
        }
        const YAML::Node injector = root["injector"];
        if (!injector.IsDefined() || injector.IsNull()) {
            return;
        }
        if (!injector.IsMap()) {
            m_names.warn(QCoreApplication::translate("BotSource",
                "%1: the injector block is not a mapping; BotVault expects 'injector: {secrets: [...], "
                "variables: [...]}'.")
                             .arg(yamlSource(injector.Mark())));
            return;
        }
        readNames(injector["secrets"], NameKind::Secret, QStringLiteral("injector.secrets"));
        readNames(injector["variables"], NameKind::Variable, QStringLiteral("injector.variables"));
    }

private:
    // A list of names, a map of name: default, or leniently a single name.
    void readNames(const YAML::Node& node, NameKind kind, const QString& key)
    {
        if (!node.IsDefined() || node.IsNull()) {
            return;
        }
        if (node.IsScalar()) {
            m_names.add(kind, yamlText(node), yamlSource(node.Mark()));
        } else if (node.IsMap()) {
            readKeys(node, kind, key);
        } else if (node.IsSequence()) {
            for (const YAML::Node& item : node) {
                if (item.IsScalar()) {
                    m_names.add(kind, yamlText(item), yamlSource(item.Mark()));
                } else if (item.IsMap()) {
                    // "- API_KEY: default" reads as a list of one-entry maps.
                    readKeys(item, kind, key);
                } else {
                    warnNotAName(item, key);
                }
            }
        } else {
            m_names.warn(QCoreApplication::translate(
                "BotSource", "%1: %2 is neither a list nor a map of names; BotVault ignored it.")
                             .arg(yamlSource(node.Mark()), key));
        }
    }

    void readKeys(const YAML::Node& map, NameKind kind, const QString& key)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const YAML::Node name = it->first;
            if (!name.IsScalar()) {
                warnNotAName(name, key);
                continue;
            }
            const QString text = yamlText(name);
            m_names.add(kind, text, yamlSource(name.Mark()));
            const YAML::Node value = it->second;
            if (kind == NameKind::Secret && value.IsScalar() && !value.Scalar().empty() && NameRules::validate(text)) {
                m_names.warnSecretValueInCode(text, yamlSource(name.Mark()));
            }
        }
    }

    void warnNotAName(const YAML::Node& node, const QString& key)
    {
        m_names.warn(QCoreApplication::translate("BotSource", "%1: an item of %2 is not a name; BotVault ignored it.")
                         .arg(yamlSource(node.Mark()), key));
    }

    NameCollector& m_names;
};

void scanChatbotYaml(const QByteArray& content, NameCollector& names)
{
    // yaml-cpp reports errors by exceptions; none may leave this function. Its messages may quote
    // the file (a secret's default value among it), so only the position is shown.
    try {
        const YAML::Node root = YAML::Load(std::string(content.constData(), static_cast<size_t>(content.size())));
        InjectorReader(names).read(root);
    } catch (const YAML::Exception& error) {
        if (error.mark.is_null()) {
            names.warn(QCoreApplication::translate("BotSource",
                "chatbot.yaml is not valid YAML: fix the file and scan again. BotVault still looked "
                "for names in src/."));
        } else {
            names.warn(QCoreApplication::translate("BotSource",
                "chatbot.yaml is not valid YAML at line %1, column %2: fix the file and scan again. "
                "BotVault still looked for names in src/.")
                           .arg(error.mark.line + 1)
                           .arg(error.mark.column + 1));
        }
    } catch (...) {
        names.warn(QCoreApplication::translate("BotSource",
            "chatbot.yaml could not be read: fix the file and scan again. BotVault still looked for "
            "names in src/."));
    }
}

// --- scripts --------------------------------------------------------------------------------------

enum class TokenKind
{
    Identifier,
    Number,
    Punctuator,
    String, // a quoted string or a template literal without substitutions; text without delimiters
    TemplatePart, // a piece of a template literal with substitutions: never a literal name
    Regex,
};

struct Token
{
    TokenKind kind = TokenKind::Punctuator;
    QStringView text;
    int line = 0;
};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isIdentifierStart(QChar c)
{
    return isAsciiLetter(c) || c == u'_' || c == u'$' || (c.unicode() >= 0x80 && c.isLetter());
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || isDigit(c) || (c.unicode() >= 0x80 && (c.isLetterOrNumber() || c.isMark()));
}

// After these words an expression starts, so a '/' opens a regular expression, not a division.
bool isKeywordBeforeExpression(QStringView word)
{
    static const std::array<QStringView, 14> kKeywords = {u"return", u"typeof", u"instanceof", u"in", u"of", u"new",
        u"delete", u"void", u"throw", u"case", u"do", u"else", u"yield", u"await"};
    return std::find(kKeywords.cbegin(), kKeywords.cend(), word) != kKeywords.cend();
}

int hexValue(QChar c)
{
    if (isDigit(c)) {
        return c.unicode() - u'0';
    }
    if (c >= u'a' && c <= u'f') {
        return c.unicode() - u'a' + 10;
    }
    if (c >= u'A' && c <= u'F') {
        return c.unicode() - u'A' + 10;
    }
    return -1;
}

// Reads up to `maxDigits` hex digits at `*i`; -1 and nothing consumed when there are fewer than
// `minDigits`.
qint64 readHex(QStringView text, qsizetype* i, int minDigits, int maxDigits)
{
    qint64 value = 0;
    int digits = 0;
    qsizetype at = *i;
    while (at < text.size() && digits < maxDigits && hexValue(text.at(at)) >= 0) {
        value = value * 16 + hexValue(text.at(at));
        ++at;
        ++digits;
    }
    if (digits < minDigits) {
        return -1;
    }
    *i = at;
    return value;
}

void appendCodePoint(QString* out, qint64 value)
{
    if (value < 0 || value > 0x10FFFF) {
        out->append(QChar::ReplacementCharacter);
        return;
    }
    const char32_t codePoint = static_cast<char32_t>(value);
    out->append(QString::fromUcs4(&codePoint, 1));
}

// The value of a string literal's content, escapes resolved as JavaScript does.
QString cookedString(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size();) {
        const QChar c = raw.at(i++);
        if (c != u'\\' || i == raw.size()) {
            out.append(c);
            continue;
        }
        const QChar escaped = raw.at(i++);
        switch (escaped.unicode()) {
        case u'n':
            out.append(u'\n');
            break;
        case u't':
            out.append(u'\t');
            break;
        case u'r':
            out.append(u'\r');
            break;
        case u'b':
            out.append(u'\b');
            break;
        case u'f':
            out.append(u'\f');
            break;
        case u'v':
            out.append(u'\v');
            break;
        case u'0':
            out.append(QChar(0));
            break;
        case u'x': {
            const qint64 value = readHex(raw, &i, 2, 2);
            if (value < 0) {
                out.append(escaped);
            } else {
                appendCodePoint(&out, value);
            }
            break;
        }
        case u'u':
            if (i < raw.size() && raw.at(i) == u'{') {
                qsizetype at = i + 1;
                const qint64 value = readHex(raw, &at, 1, 8);
                if (value >= 0 && at < raw.size() && raw.at(at) == u'}') {
                    appendCodePoint(&out, value);
                    i = at + 1;
                    break;
                }
            } else {
                const qint64 value = readHex(raw, &i, 4, 4);
                if (value >= 0) {
                    out.append(QChar(static_cast<char16_t>(value)));
                    break;
                }
            }
            out.append(escaped);
            break;
        case u'\r':
            // A line continuation adds nothing to the value.
            if (i < raw.size() && raw.at(i) == u'\n') {
                ++i;
            }
            break;
        case u'\n':
            break;
        default:
            out.append(escaped);
            break;
        }
    }
    return out;
}

// Splits JavaScript (and the platform's .sc scenarios, whose script blocks are JavaScript) into the
// tokens that matter for finding calls: comments are dropped, and strings, template text and
// regular expressions become single tokens, so nothing inside them looks like a call.
//
// Every step consumes at least one character and no character is scanned more than a bounded
// number of times, so hostile input cannot make it hang:
//  - a quote that is not closed on its line is an ordinary character (apostrophes in .sc answer
//    text); having failed once, the same quote kind is not scanned again before that line's end;
//  - '/' starts a regular expression where an expression may start (the usual heuristic), and is a
//    division sign when no closing '/' follows on the line, with the same memo;
//  - an unclosed block comment or template literal runs to the end of the file and is reported.
class ScriptLexer
{
public:
    ScriptLexer(QStringView text, bool hashLineComments) : m_text(text), m_hashLineComments(hashLineComments) { }

    bool next(Token* token)
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\n') {
                ++m_line;
                ++m_pos;
                m_atLineStart = true;
                continue;
            }
            if (c.isSpace()) {
                ++m_pos;
                continue;
            }
            const bool atLineStart = std::exchange(m_atLineStart, false);
            const QChar following = at(m_pos + 1);
            if ((c == u'/' && following == u'/') || (c == u'#' && atLineStart && m_hashLineComments)) {
                skipLine();
                continue;
            }
            if (c == u'/' && following == u'*') {
                skipBlockComment();
                continue;
            }
            if (c == u'\'' || c == u'"') {
                return scanQuoted(token) || punctuator(token, 1);
            }
            if (c == u'`') {
                const int line = m_line;
                ++m_pos;
                return scanTemplate(token, line, true);
            }
            if (c == u'}' && !m_substitutions.isEmpty() && m_substitutions.last() == 0) {
                // The end of a ${...} substitution: the template literal's text goes on.
                m_substitutions.removeLast();
                const int line = m_line;
                ++m_pos;
                return scanTemplate(token, line, false);
            }
            if (isIdentifierStart(c)) {
                qsizetype end = m_pos + 1;
                while (end < m_text.size() && isIdentifierPart(m_text.at(end))) {
                    ++end;
                }
                const QStringView word = m_text.sliced(m_pos, end - m_pos);
                return makeToken(token, TokenKind::Identifier, m_pos, end, end, isKeywordBeforeExpression(word));
            }
            if (isDigit(c) || (c == u'.' && isDigit(following))) {
                qsizetype end = m_pos + 1;
                while (end < m_text.size() && (isIdentifierPart(m_text.at(end)) || m_text.at(end) == u'.')) {
                    ++end;
                }
                return makeToken(token, TokenKind::Number, m_pos, end, end, false);
            }
            if (c == u'/' && m_regexAllowed) {
                return scanRegex(token) || punctuator(token, 1);
            }
            if (c == u'?' && following == u'.' && !isDigit(at(m_pos + 2))) {
                return punctuator(token, 2);
            }
            if (!m_substitutions.isEmpty()) {
                if (c == u'{') {
                    ++m_substitutions.last();
                } else if (c == u'}') {
                    --m_substitutions.last();
                }
            }
            return punctuator(token, 1);
        }
        return false;
    }

    // The line where a block comment or template literal that is never closed starts, or 0.
    int unclosedCommentLine() const { return m_unclosedCommentLine; }
    int unclosedTemplateLine() const { return m_unclosedTemplateLine; }

private:
    QChar at(qsizetype index) const { return index < m_text.size() ? m_text.at(index) : QChar(); }

    bool makeToken(
        Token* token, TokenKind kind, qsizetype textStart, qsizetype textEnd, qsizetype next, bool regexAllowed)
    {
        token->kind = kind;
        token->text = m_text.sliced(textStart, textEnd - textStart);
        token->line = m_line;
        m_pos = next;
        m_regexAllowed = regexAllowed;
        return true;
    }

    bool punctuator(Token* token, qsizetype length)
    {
        const QChar c = m_text.at(m_pos);
        // After a closing bracket a '/' divides; after any other punctuator an expression starts.
        const bool regexAllowed = length != 1 || (c != u')' && c != u']' && c != u'}');
        return makeToken(token, TokenKind::Punctuator, m_pos, m_pos + length, m_pos + length, regexAllowed);
    }

    void skipLine()
    {
        const qsizetype end = m_text.indexOf(u'\n', m_pos);
        m_pos = end < 0 ? m_text.size() : end;
    }

    void skipBlockComment()
    {
        const qsizetype end = m_text.indexOf(u"*/", m_pos + 2);
        if (end < 0) {
            m_unclosedCommentLine = m_line;
            m_pos = m_text.size();
            return;
        }
        m_line += static_cast<int>(m_text.sliced(m_pos, end - m_pos).count(u'\n'));
        m_pos = end + 2;
    }

    bool scanQuoted(Token* token)
    {
        const QChar quote = m_text.at(m_pos);
        qsizetype& failedUntil = quote == u'"' ? m_doubleQuoteFailedUntil : m_singleQuoteFailedUntil;
        if (m_pos < failedUntil) {
            return false;
        }
        int continuedLines = 0;
        qsizetype i = m_pos + 1;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            if (c == quote) {
                makeToken(token, TokenKind::String, m_pos + 1, i, i + 1, false);
                m_line += continuedLines;
                return true;
            }
            if (c == u'\n' || c == u'\r') {
                break;
            }
            if (c == u'\\') {
                // A backslash before a line break continues the string on the next line.
                if (at(i + 1) == u'\n') {
                    ++continuedLines;
                } else if (at(i + 1) == u'\r' && at(i + 2) == u'\n') {
                    ++continuedLines;
                    ++i;
                }
                i += 2;
                continue;
            }
            ++i;
        }
        failedUntil = std::min(i, m_text.size());
        return false;
    }

    bool scanRegex(Token* token)
    {
        if (m_pos < m_regexFailedUntil) {
            return false;
        }
        bool inClass = false;
        qsizetype i = m_pos + 1;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            if (c == u'\n' || c == u'\r') {
                break;
            }
            if (c == u'\\') {
                if (at(i + 1) == u'\n' || at(i + 1) == u'\r') {
                    break;
                }
                i += 2;
                continue;
            }
            if (c == u'[') {
                inClass = true;
            } else if (c == u']') {
                inClass = false;
            } else if (c == u'/' && !inClass) {
                qsizetype end = i + 1;
                while (end < m_text.size() && isIdentifierPart(m_text.at(end))) {
                    ++end;
                }
                return makeToken(token, TokenKind::Regex, m_pos, end, end, false);
            }
            ++i;
        }
        m_regexFailedUntil = std::min(i, m_text.size());
        return false;
    }

    // Scans template text from m_pos up to the closing backtick or the next "${". `whole` is true
    // when the text started at the opening backtick: closed without a substitution, it is a string.
    bool scanTemplate(Token* token, int startLine, bool whole)
    {
        const qsizetype start = m_pos;
        const int tokenLine = m_line;
        qsizetype i = m_pos;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            if (c == u'\\') {
                if (at(i + 1) == u'\n') {
                    ++m_line;
                }
                i += 2;
                continue;
            }
            if (c == u'`') {
                const int endLine = m_line;
                m_line = tokenLine;
                makeToken(token, whole ? TokenKind::String : TokenKind::TemplatePart, start, i, i + 1, false);
                m_line = endLine;
                return true;
            }
            if (c == u'$' && at(i + 1) == u'{') {
                const int endLine = m_line;
                m_line = tokenLine;
                makeToken(token, TokenKind::TemplatePart, start, i, i + 2, true);
                m_line = endLine;
                m_substitutions.append(0);
                return true;
            }
            if (c == u'\n') {
                ++m_line;
            }
            ++i;
        }
        m_unclosedTemplateLine = startLine;
        m_pos = m_text.size();
        return false;
    }

    QStringView m_text;
    bool m_hashLineComments = false;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_atLineStart = true;
    bool m_regexAllowed = true;
    // For each open ${...} substitution, the depth of the braces opened inside it.
    QList<int> m_substitutions;
    qsizetype m_singleQuoteFailedUntil = 0;
    qsizetype m_doubleQuoteFailedUntil = 0;
    qsizetype m_regexFailedUntil = 0;
    int m_unclosedCommentLine = 0;
    int m_unclosedTemplateLine = 0;
};

// Recognises `$secrets.get(ARG, ...)` and `$env.get(ARG, ...)` in a stream of tokens: the name is
// read when ARG is a string literal followed by ',' or ')'; anything else is a computed name.
class CallFinder
{
public:
    CallFinder(const QString& path, NameCollector& names) : m_path(path), m_names(names) { }

    void feed(const Token& token)
    {
        m_window[m_count % m_window.size()] = token;
        ++m_count;
        if (m_secretWithDefault) {
            checkDefault(token);
        }
        checkCall();
    }

private:
    // The token `distance` places before the newest one, or nullptr before the first token.
    const Token* back(size_t distance) const
    {
        if (distance >= m_count || distance >= m_window.size()) {
            return nullptr;
        }
        return &m_window[(m_count - 1 - distance) % m_window.size()];
    }

    static bool isPunctuator(const Token* token, QStringView text)
    {
        return token && token->kind == TokenKind::Punctuator && token->text == text;
    }

    static bool isMemberAccess(const Token* token) { return isPunctuator(token, u".") || isPunctuator(token, u"?."); }

    // Whether `$secrets . get (` or `$env . get (` ends `offset` tokens before the newest one, and
    // which service it calls.
    std::optional<NameKind> callOpensAt(size_t offset) const
    {
        const Token* object = back(offset + 3);
        if (!object || object->kind != TokenKind::Identifier || isMemberAccess(back(offset + 4))) {
            return std::nullopt;
        }
        const Token* method = back(offset + 1);
        if (!isMemberAccess(back(offset + 2)) || method->kind != TokenKind::Identifier || method->text != u"get"
            || !isPunctuator(back(offset), u"(")) {
            return std::nullopt;
        }
        if (object->text == u"$secrets") {
            return NameKind::Secret;
        }
        if (object->text == u"$env") {
            return NameKind::Variable;
        }
        return std::nullopt;
    }

    QString callSource(size_t offset) const { return sourceAt(m_path, back(offset + 3)->line); }

    void checkCall()
    {
        // `get()`: decided at once, since the end of the file may follow.
        if (isPunctuator(back(0), u")")) {
            if (const std::optional<NameKind> kind = callOpensAt(1)) {
                m_names.addComputed(*kind, callSource(1));
                return;
            }
        }
        // `get(ARG` and the token after it.
        const std::optional<NameKind> kind = callOpensAt(2);
        if (!kind || isPunctuator(back(1), u")")) {
            return;
        }
        const Token* argument = back(1);
        const Token* after = back(0);
        const QString source = callSource(2);
        if (argument->kind != TokenKind::String || !(isPunctuator(after, u",") || isPunctuator(after, u")"))) {
            m_names.addComputed(*kind, source);
            return;
        }
        const QString name = cookedString(argument->text);
        m_names.add(*kind, name, source);
        if (*kind == NameKind::Secret && isPunctuator(after, u",") && NameRules::validate(name)) {
            m_secretWithDefault = std::make_pair(name, source);
        }
    }

    // `$secrets.get("NAME", "value")`: a non-empty literal default is a secret written in the code.
    void checkDefault(const Token& token)
    {
        if (token.kind == TokenKind::String && !token.text.isEmpty()) {
            m_names.warnSecretValueInCode(m_secretWithDefault->first, m_secretWithDefault->second);
        }
        m_secretWithDefault.reset();
    }

    QString m_path;
    NameCollector& m_names;
    // The last tokens, enough for `x . $secrets . get ( "NAME" ,`.
    std::array<Token, 8> m_window;
    size_t m_count = 0;
    std::optional<std::pair<QString, QString>> m_secretWithDefault;
};

void scanScript(const QString& path, QStringView text, NameCollector& names)
{
    ScriptLexer lexer(text, path.endsWith(QStringLiteral(".sc"), Qt::CaseInsensitive));
    CallFinder finder(path, names);
    Token token;
    while (lexer.next(&token)) {
        finder.feed(token);
    }
    if (lexer.unclosedCommentLine() > 0) {
        names.warn(QCoreApplication::translate(
            "BotSource", "%1 opens a comment that is never closed; BotVault did not scan the rest of the file.")
                       .arg(sourceAt(path, lexer.unclosedCommentLine())));
    }
    if (lexer.unclosedTemplateLine() > 0) {
        names.warn(QCoreApplication::translate(
            "BotSource", "%1 opens a template string that is never closed; BotVault did not scan the rest of the file.")
                       .arg(sourceAt(path, lexer.unclosedTemplateLine())));
    }
}

// --- files ----------------------------------------------------------------------------------------

// One scan over the files of a bot: the limits, the bytes read so far and the names found.
class SourceScan
{
public:
    explicit SourceScan(const ScanLimits& limits) : m_limits(limits) { }

    NameCollector& names() { return m_names; }
    const ScanLimits& limits() const { return m_limits; }

    // Whether a file of `size` bytes may be read: false, with a warning, past a limit.
    bool admit(const QString& path, qint64 size)
    {
        if (m_stopped) {
            ++m_notScanned;
            return false;
        }
        if (size > m_limits.maxFileBytes) {
            warnTooLarge(path);
            return false;
        }
        if (m_usedBytes + size > m_limits.maxTotalBytes) {
            m_stopped = true;
            ++m_notScanned;
            return false;
        }
        return true;
    }

    void warnTooLarge(const QString& path)
    {
        m_names.warn(QCoreApplication::translate("BotSource", "%1 is larger than %2; BotVault did not scan it.")
                         .arg(displayPath(path), QLocale().formattedDataSize(m_limits.maxFileBytes)));
    }

    // `path` is relative to the bot's root: chatbot.yaml or a script under src/.
    void scanContent(const QString& path, const QByteArray& content)
    {
        m_usedBytes += content.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(content);
        if (decoder.hasError()) {
            m_names.warn(QCoreApplication::translate(
                "BotSource", "%1 is not UTF-8 text; BotVault did not scan it. Save it as UTF-8 to have it checked.")
                             .arg(displayPath(path)));
            return;
        }
        if (path == kChatbotYaml) {
            scanChatbotYaml(content, m_names);
        } else {
            scanScript(path, text, m_names);
        }
    }

    ExpectedNames finish()
    {
        QStringList finalWarnings;
        if (m_stopped) {
            finalWarnings.append(QCoreApplication::translate("BotSource",
                "BotVault stopped reading the bot's files after %1; %n file(s) were not scanned.", nullptr,
                m_notScanned)
                                     .arg(QLocale().formattedDataSize(m_limits.maxTotalBytes)));
        }
        return m_names.finish(finalWarnings);
    }

private:
    ScanLimits m_limits;
    NameCollector m_names;
    qint64 m_usedBytes = 0;
    bool m_stopped = false;
    int m_notScanned = 0;
};

bool isInside(const QString& root, const QString& path)
{
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    return path == root || path.startsWith(prefix);
}

// Reads the bot's files from disk. `m_root` is canonical, so a link's canonical target can be
// compared with it.
class FolderReader
{
public:
    FolderReader(const QString& root, SourceScan& scan) : m_root(root), m_scan(scan) { }

    bool scanChatbotYaml()
    {
        const QFileInfo info(m_root + QLatin1Char('/') + kChatbotYaml);
        if (!info.exists() && !info.isSymLink()) {
            return false;
        }
        scanFile(kChatbotYaml);
        return true;
    }

    bool scanSourceFolder()
    {
        const QString folder = m_root + QLatin1Char('/') + kSourceFolder;
        const QFileInfo info(folder);
        if (info.isSymLink() && !isInside(m_root, info.canonicalFilePath())) {
            warnLeadsOutside(kSourceFolder);
            return true;
        }
        if (!info.isDir()) {
            return false;
        }
        // Without FollowSymlinks the iterator does not enter linked folders; linked files are
        // listed and checked one by one in scanFile().
        QStringList paths;
        const QDir rootDir(m_root);
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (isScript(path)) {
                paths.append(rootDir.relativeFilePath(path));
            }
        }
        std::sort(paths.begin(), paths.end());
        for (const QString& path : std::as_const(paths)) {
            scanFile(path);
        }
        return true;
    }

private:
    void scanFile(const QString& relativePath)
    {
        const QString path = m_root + QLatin1Char('/') + relativePath;
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        if (info.isSymLink() && !canonical.isEmpty() && !isInside(m_root, canonical)) {
            warnLeadsOutside(relativePath);
            return;
        }
        if (!info.isFile()) {
            // A folder, a broken link, a pipe or a device: reading a pipe could block forever.
            m_scan.names().warn(
                QCoreApplication::translate("BotSource", "%1 is not a regular file; BotVault did not scan it.")
                    .arg(displayPath(relativePath)));
            return;
        }
        if (m_scanned.contains(canonical)) {
            return;
        }
        m_scanned.insert(canonical);
        if (!m_scan.admit(relativePath, info.size())) {
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_scan.names().warn(QCoreApplication::translate("BotSource", "%1 cannot be read: %2")
                                    .arg(displayPath(relativePath), file.errorString()));
            return;
        }
        // The file may have grown since it was measured.
        const qint64 maxFileBytes = m_scan.limits().maxFileBytes;
        const QByteArray content = file.read(maxFileBytes + 1);
        if (content.size() > maxFileBytes) {
            m_scan.warnTooLarge(relativePath);
            return;
        }
        m_scan.scanContent(relativePath, content);
    }

    void warnLeadsOutside(const QString& relativePath)
    {
        m_scan.names().warn(QCoreApplication::translate(
            "BotSource", "%1 is a link that leads outside the bot's folder; BotVault did not follow it.")
                                .arg(displayPath(relativePath)));
    }

    QString m_root;
    SourceScan& m_scan;
    QSet<QString> m_scanned;
};

void warnNoProjectLayout(NameCollector& names)
{
    names.warn(QCoreApplication::translate("BotSource",
        "The bot has neither chatbot.yaml nor a src folder, so BotVault found no names it expects. Check "
        "that this is the bot's project folder."));
}

Error unexpectedFailure()
{
    return makeError(ErrorCode::Internal,
        QCoreApplication::translate("BotSource", "Scanning the bot's files failed unexpectedly; try again."));
}

} // namespace

QStringList scriptSuffixes()
{
    return {
        QStringLiteral("sc"), QStringLiteral("js"), QStringLiteral("mjs"), QStringLiteral("cjs"), QStringLiteral("ts")};
}

Result<ExpectedNames> scanFolder(const QString& folder, const ScanLimits& limits)
{
    const QFileInfo info(folder);
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("BotSource", "The bot's folder %1 does not exist: choose the folder again.")
                .arg(displayPath(folder)));
    }
    if (!info.isDir()) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "BotSource", "%1 is not a folder: choose the folder that holds the bot's chatbot.yaml and src folder.")
                .arg(displayPath(folder)));
    }
    if (!info.isReadable() || !info.isExecutable()) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate(
                "BotSource", "The bot's folder %1 cannot be read: check its permissions and try again.")
                .arg(displayPath(folder)));
    }
    try {
        SourceScan scan(limits);
        FolderReader reader(info.canonicalFilePath(), scan);
        const bool hasYaml = reader.scanChatbotYaml();
        const bool hasSource = reader.scanSourceFolder();
        if (!hasYaml && !hasSource) {
            warnNoProjectLayout(scan.names());
        }
        return scan.finish();
    } catch (...) {
        return unexpectedFailure();
    }
}

Result<ExpectedNames> scanFiles(const QList<QPair<QString, QByteArray>>& files, const ScanLimits& limits)
{
    try {
        SourceScan scan(limits);
        QList<QPair<QString, const QByteArray*>> selected;
        QSet<QString> seen;
        bool hasLayout = false;
        for (const auto& [path, content] : files) {
            if (path.endsWith(QLatin1Char('/'))) {
                continue; // an archive's folder entry
            }
            const QString cleaned = QDir::cleanPath(path);
            if (cleaned.isEmpty() || QDir::isAbsolutePath(cleaned) || cleaned == QStringLiteral("..")
                || cleaned.startsWith(QStringLiteral("../"))) {
                scan.names().warn(QCoreApplication::translate(
                    "BotSource", "%1 is not a path inside the bot's folder; BotVault did not scan it.")
                                      .arg(displayPath(path)));
                continue;
            }
            const bool inSource = cleaned.startsWith(kSourceFolder + QLatin1Char('/'));
            hasLayout = hasLayout || inSource || cleaned == kChatbotYaml;
            if ((cleaned == kChatbotYaml || (inSource && isScript(cleaned))) && !seen.contains(cleaned)) {
                seen.insert(cleaned);
                selected.append({cleaned, &content});
            }
        }
        // chatbot.yaml sorts before src/, so its names are read first, as from a folder.
        std::sort(selected.begin(), selected.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [path, content] : std::as_const(selected)) {
            if (scan.admit(path, content->size())) {
                scan.scanContent(path, *content);
            }
        }
        if (!hasLayout) {
            warnNoProjectLayout(scan.names());
        }
        return scan.finish();
    } catch (...) {
        return unexpectedFailure();
    }
}

} // namespace BotSource
