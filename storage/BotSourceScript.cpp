#include "storage/BotSourceNames.h"

#include "models/NameRules.h"

#include <QCoreApplication>
#include <QList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace BotSource {

namespace {

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

bool isPunctuator(const Token* token, QStringView text)
{
    return token && token->kind == TokenKind::Punctuator && token->text == text;
}

bool isIdentifier(const Token* token, QStringView text)
{
    return token && token->kind == TokenKind::Identifier && token->text == text;
}

bool isMemberAccess(const Token* token)
{
    return isPunctuator(token, u".") || isPunctuator(token, u"?.");
}

// The last tokens of a script, enough for `for ( var P of $injector . secrets`.
class TokenWindow
{
public:
    void push(const Token& token)
    {
        m_tokens[m_count % m_tokens.size()] = token;
        ++m_count;
    }

    // The token `distance` places before the newest one, or nullptr before the first token.
    const Token* back(size_t distance) const
    {
        if (distance >= m_count || distance >= m_tokens.size()) {
            return nullptr;
        }
        return &m_tokens[(m_count - 1 - distance) % m_tokens.size()];
    }

private:
    std::array<Token, 8> m_tokens;
    size_t m_count = 0;
};

// The kind of `$injector . secrets` (or `. variables`) ending `offset` tokens before the newest.
std::optional<NameKind> injectorCollectionAt(const TokenWindow& window, size_t offset)
{
    const Token* collection = window.back(offset);
    if (!isIdentifier(window.back(offset + 2), u"$injector") || !isMemberAccess(window.back(offset + 1))
        || isMemberAccess(window.back(offset + 3)) || !collection) {
        return std::nullopt;
    }
    if (isIdentifier(collection, u"secrets")) {
        return NameKind::Secret;
    }
    if (isIdentifier(collection, u"variables")) {
        return NameKind::Variable;
    }
    return std::nullopt;
}

// Follows the injector idiom: the names chatbot.yaml declares under injector.secrets (or
// .variables) iterated into $secrets.get (or $env.get), as the platform's examples check that
// everything is configured:
//   $injector.secrets.forEach((secret) => $secrets.get(secret));
//   $injector.variables.forEach(function (name) { $env.get(name); });
//   Object.keys($injector.variables).forEach(...);   _.each($injector.secrets, function (s) {...});
//   for (var name in $injector.variables) $env.get(name);   for (const s of $injector.secrets) ...
//   $injector.secrets.forEach($secrets.get);
// It binds the loop's parameter to the collection while the loop's brackets are open.
class InjectorLoops
{
public:
    // `depth`: the bracket depth after `token`.
    void feed(const TokenWindow& window, const Token& token, int depth)
    {
        while (!m_bindings.isEmpty() && m_bindings.last().minDepth > depth) {
            m_bindings.removeLast();
        }
        if (const std::optional<NameKind> kind = injectorCollectionAt(window, 0)) {
            startCollection(window, *kind, depth);
            return;
        }
        step(window, token, depth);
    }

    // The collection `name` is bound to, if any.
    std::optional<NameKind> boundKind(QStringView name) const
    {
        for (auto it = m_bindings.crbegin(); it != m_bindings.crend(); ++it) {
            if (it->name == name) {
                return it->kind;
            }
        }
        return std::nullopt;
    }

    // `$secrets.get` passed as the callback itself, with the newest token after it.
    bool takeMethodReference(NameKind* kind)
    {
        if (!m_methodReference) {
            return false;
        }
        *kind = *std::exchange(m_methodReference, std::nullopt);
        return true;
    }

private:
    enum class Stage
    {
        Idle,
        AfterCollection, // `$injector.secrets`, maybe inside Object.keys( )
        Method, // `... .`
        MethodName, // `... .forEach`
        Callback, // the callback argument starts
        FunctionName, // `function` [name]
        Parameters, // `(`: the first identifier is the parameter
        Arrow, // `P` that an arrow may follow
        Reference, // `$secrets`, `$secrets .`, `$secrets . get`
    };

    struct Binding
    {
        QString name;
        NameKind kind;
        int minDepth;
    };

    void startCollection(const TokenWindow& window, NameKind kind, int depth)
    {
        const Token* keyword = window.back(3);
        const Token* parameter = window.back(4);
        if ((isIdentifier(keyword, u"in") || isIdentifier(keyword, u"of")) && parameter
            && parameter->kind == TokenKind::Identifier) {
            // The for statement sits one bracket outside its header.
            m_bindings.append({parameter->text.toString(), kind, depth - 1});
            m_stage = Stage::Idle;
            return;
        }
        m_kind = kind;
        m_stage = Stage::AfterCollection;
        m_closedOnce = false;
        m_steps = 0;
    }

    void step(const TokenWindow& window, const Token& token, int depth);

    void bind(const Token& token, int minDepth)
    {
        m_bindings.append({token.text.toString(), m_kind, minDepth});
        m_stage = Stage::Idle;
    }

    QList<Binding> m_bindings;
    Stage m_stage = Stage::Idle;
    NameKind m_kind = NameKind::Secret;
    NameKind m_referenceKind = NameKind::Secret;
    int m_callbackDepth = 0;
    int m_steps = 0;
    bool m_closedOnce = false;
    std::optional<NameKind> m_methodReference;
};

void InjectorLoops::step(const TokenWindow& window, const Token& token, int depth)
{
    const bool identifier = token.kind == TokenKind::Identifier;
    // A callback starts within a few tokens of the collection or nowhere.
    if (m_stage != Stage::Idle && ++m_steps > 12) {
        m_stage = Stage::Idle;
    }
    switch (m_stage) {
    case Stage::Idle:
        return;
    case Stage::AfterCollection:
        if (isPunctuator(&token, u")") && !m_closedOnce) {
            m_closedOnce = true; // Object.keys($injector.variables)
        } else if (isMemberAccess(&token)) {
            m_stage = Stage::Method;
        } else if (isPunctuator(&token, u",")) {
            m_callbackDepth = depth; // _.each($injector.secrets, callback)
            m_stage = Stage::Callback;
        } else {
            m_stage = Stage::Idle;
        }
        return;
    case Stage::Method:
        m_stage = identifier ? Stage::MethodName : Stage::Idle;
        return;
    case Stage::MethodName:
        m_callbackDepth = depth;
        m_stage = isPunctuator(&token, u"(") ? Stage::Callback : Stage::Idle;
        return;
    case Stage::Callback:
        if (isIdentifier(&token, u"function")) {
            m_stage = Stage::FunctionName;
        } else if (isIdentifier(&token, u"async")) {
            return;
        } else if (isPunctuator(&token, u"(")) {
            m_stage = Stage::Parameters;
        } else if (isIdentifier(&token, u"$secrets") || isIdentifier(&token, u"$env")) {
            m_referenceKind = token.text == u"$secrets" ? NameKind::Secret : NameKind::Variable;
            m_stage = Stage::Reference;
        } else {
            m_stage = identifier ? Stage::Arrow : Stage::Idle;
        }
        return;
    case Stage::FunctionName:
        if (isPunctuator(&token, u"(")) {
            m_stage = Stage::Parameters;
        } else if (!identifier) {
            m_stage = Stage::Idle;
        }
        return;
    case Stage::Parameters:
        if (identifier) {
            bind(token, m_callbackDepth);
        } else {
            m_stage = Stage::Idle;
        }
        return;
    case Stage::Arrow:
        if (isPunctuator(&token, u"=")) {
            bind(*window.back(1), m_callbackDepth);
        } else {
            m_stage = Stage::Idle;
        }
        return;
    case Stage::Reference:
        if (isIdentifier(window.back(1), u"get") && (isPunctuator(&token, u")") || isPunctuator(&token, u","))) {
            if (m_referenceKind == m_kind) {
                m_methodReference = m_kind;
            }
            m_stage = Stage::Idle;
        } else if (!isMemberAccess(&token) && !isIdentifier(&token, u"get")) {
            m_stage = Stage::Idle;
        }
        return;
    }
}

// Recognises `$secrets.get(ARG, ...)` and `$env.get(ARG, ...)` in a stream of tokens: the name is
// read when ARG is a string literal followed by ',' or ')', optionally when a default value other
// than `undefined` follows it. ARG bound by the injector idiom, or `$injector.secrets[i]`, reads the
// declared names; anything else is a computed name.
class CallFinder
{
public:
    CallFinder(const QString& path, NameCollector& names) : m_path(path), m_names(names) { }

    void feed(const Token& token)
    {
        m_window.push(token);
        if (token.kind == TokenKind::Punctuator && token.text.size() == 1) {
            const QChar c = token.text.at(0);
            m_depth += (c == u'(' || c == u'[' || c == u'{') ? 1 : 0;
            m_depth -= (c == u')' || c == u']' || c == u'}') ? 1 : 0;
        }
        if (m_pending.stage != Stage::None) {
            argumentToken(token);
        }
        m_injector.feed(m_window, token, m_depth);
        NameKind referenceKind;
        if (m_injector.takeMethodReference(&referenceKind)) {
            m_names.addInjectorRead(referenceKind, sourceAt(m_path, token.line));
        }
        if (const std::optional<NameKind> kind = callOpensAt(0)) {
            if (m_pending.stage != Stage::None) {
                computed();
            }
            m_pending = {*kind, sourceAt(m_path, m_window.back(3)->line), Stage::Argument, QString(), 0};
        }
    }

private:
    enum class Stage
    {
        None,
        Argument, // `get (`
        AfterName, // `get ( "NAME"`
        Default, // `get ( "NAME" ,`
        DefaultUndefined, // `get ( "NAME" , undefined`
        InjectorDot, // `get ( $injector`
        InjectorCollection, // `get ( $injector .`
        InjectorIndex, // `get ( $injector . secrets`
        InjectorIndexBody, // `get ( $injector . secrets [ ...`
        AfterInjector, // `get ( $injector . secrets [ i ]` or `get ( boundName`
    };

    struct Pending
    {
        NameKind kind = NameKind::Secret;
        QString source;
        Stage stage = Stage::None;
        QString name;
        int brackets = 0;
    };

    // Whether `$secrets . get (` or `$env . get (` ends `offset` tokens before the newest one, and
    // which service it calls.
    std::optional<NameKind> callOpensAt(size_t offset) const
    {
        const Token* object = m_window.back(offset + 3);
        if (!object || object->kind != TokenKind::Identifier || isMemberAccess(m_window.back(offset + 4))) {
            return std::nullopt;
        }
        if (!isMemberAccess(m_window.back(offset + 2)) || !isIdentifier(m_window.back(offset + 1), u"get")
            || !isPunctuator(m_window.back(offset), u"(")) {
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

    void argumentToken(const Token& token);
    void injectorArgumentToken(const Token& token);

    void computed()
    {
        m_names.addComputed(m_pending.kind, m_pending.source);
        m_pending.stage = Stage::None;
    }

    void read(NameRead how)
    {
        m_names.add(m_pending.kind, m_pending.name, m_pending.source, how);
        m_pending.stage = Stage::None;
    }

    QString m_path;
    NameCollector& m_names;
    TokenWindow m_window;
    InjectorLoops m_injector;
    Pending m_pending;
    int m_depth = 0;
};

void CallFinder::argumentToken(const Token& token)
{
    const bool closes = isPunctuator(&token, u")");
    const bool comma = isPunctuator(&token, u",");
    switch (m_pending.stage) {
    case Stage::Argument:
        if (token.kind == TokenKind::String) {
            m_pending.name = cookedString(token.text);
            m_pending.stage = Stage::AfterName;
        } else if (token.kind == TokenKind::Identifier && m_injector.boundKind(token.text) == m_pending.kind) {
            m_pending.stage = Stage::AfterInjector;
        } else if (isIdentifier(&token, u"$injector")) {
            m_pending.stage = Stage::InjectorDot;
        } else {
            computed();
        }
        return;
    case Stage::AfterName:
        if (closes) {
            read(NameRead::Required);
        } else if (comma) {
            m_pending.stage = Stage::Default;
        } else {
            computed();
        }
        return;
    case Stage::Default:
        if (closes) {
            read(NameRead::Required); // a trailing comma gives no default
        } else if (isIdentifier(&token, u"undefined")) {
            m_pending.stage = Stage::DefaultUndefined;
        } else {
            // `$secrets.get("NAME", "value")`: a non-empty literal default is a secret written in the code.
            if (m_pending.kind == NameKind::Secret && token.kind == TokenKind::String && !token.text.isEmpty()
                && NameRules::validate(m_pending.name)) {
                m_names.warnSecretValueInCode(m_pending.name, m_pending.source);
            }
            read(NameRead::WithDefault);
        }
        return;
    case Stage::DefaultUndefined:
        read(closes || comma ? NameRead::Required : NameRead::WithDefault);
        return;
    default:
        injectorArgumentToken(token);
        return;
    }
}

void CallFinder::injectorArgumentToken(const Token& token)
{
    constexpr int kMaxIndexNesting = 8;
    switch (m_pending.stage) {
    case Stage::InjectorDot:
        m_pending.stage = isMemberAccess(&token) ? Stage::InjectorCollection : Stage::None;
        break;
    case Stage::InjectorCollection: {
        const bool matches = isIdentifier(&token, m_pending.kind == NameKind::Secret ? u"secrets" : u"variables");
        m_pending.stage = matches ? Stage::InjectorIndex : Stage::None;
        break;
    }
    case Stage::InjectorIndex:
        m_pending.stage = isPunctuator(&token, u"[") ? Stage::InjectorIndexBody : Stage::None;
        m_pending.brackets = 1;
        break;
    case Stage::InjectorIndexBody:
        m_pending.brackets += isPunctuator(&token, u"[") ? 1 : 0;
        m_pending.brackets -= isPunctuator(&token, u"]") ? 1 : 0;
        if (m_pending.brackets == 0) {
            m_pending.stage = Stage::AfterInjector;
        } else if (m_pending.brackets > kMaxIndexNesting) {
            computed();
        }
        return;
    case Stage::AfterInjector:
        if (isPunctuator(&token, u")") || isPunctuator(&token, u",")) {
            m_names.addInjectorRead(m_pending.kind, m_pending.source);
            m_pending.stage = Stage::None;
        } else {
            computed();
        }
        return;
    default:
        return;
    }
    if (m_pending.stage == Stage::None) {
        m_names.addComputed(m_pending.kind, m_pending.source);
    }
}

} // namespace

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

} // namespace BotSource
