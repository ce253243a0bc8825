#include "storage/CredentialRules.h"

#include "models/NameRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace CredentialRules {

namespace {

// How a rule's match is checked before it counts.
enum class Check
{
    // A fixed alphabet and length: only placeholders are refused.
    Format,
    // A free alphabet (`sk-…`, `glpat-…`): the part after the prefix must also look random.
    Random,
    // A password in a URL: placeholders and the usual stand-in words are refused.
    Password,
    // A value assigned to a key-like name: it must look random and not like code or a path.
    Assigned,
    // Nothing to check (a PEM header).
    None,
};

struct Rule
{
    Kind kind;
    QRegularExpression pattern;
    Check check;
    // Text without this (case-sensitive) cannot match, so the pattern is not run over it.
    QString hint;
};

// Each pattern may name the value `v` (else the whole match is the value) and the format's fixed
// prefix `p`, which previews show in full.
const QList<Rule>& rules()
{
    static const QList<Rule> kRules = [] {
        const auto rule = [](Kind kind, const char* pattern, Check check, const char* hint = "",
                              QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption) {
            QRegularExpression expression(QString::fromLatin1(pattern), options);
            expression.optimize();
            return Rule {kind, expression, check, QString::fromLatin1(hint)};
        };
        return QList<Rule> {
            rule(Kind::PrivateKey, R"(-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)", Check::None,
                "-----BEGIN"),
            rule(Kind::JsonWebToken,
                R"((?<![\w-])(?<p>eyJ)[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})", Check::Format,
                "eyJ"),
            rule(Kind::AnthropicKey, R"((?<![\w-])(?<p>sk-ant-(?:[a-z]+\d\d-)?)[A-Za-z0-9_-]{32,})", Check::Random,
                "sk-ant-"),
            rule(Kind::OpenAiKey, R"((?<![\w-])(?<p>sk-(?!ant-)(?:proj-|svcacct-|admin-)?)[A-Za-z0-9_-]{20,})",
                Check::Random, "sk-"),
            rule(Kind::StripeKey, R"((?<![\w-])(?<p>(?:sk|rk)_(?:live|test)_)[A-Za-z0-9]{20,})", Check::Format, "k_"),
            rule(Kind::StripeWebhookSecret, R"((?<![\w-])(?<p>whsec_)[A-Za-z0-9]{24,})", Check::Format, "whsec_"),
            rule(Kind::TelegramBotToken, R"((?<![\w:-])(?<p>\d{8,10}:)[A-Za-z0-9_-]{35}(?![\w-]))", Check::Random, ":"),
            rule(Kind::AwsAccessKey, R"((?<![A-Za-z0-9])(?<p>AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9]))", Check::Format,
                "A"),
            rule(Kind::GitHubToken, R"((?<![\w-])(?<p>gh[pousr]_)[A-Za-z0-9]{36}(?![\w-]))", Check::Format, "_"),
            rule(Kind::GitHubToken, R"((?<![\w-])(?<p>github_pat_)[A-Za-z0-9_]{60,})", Check::Format, "github_pat_"),
            rule(Kind::GitLabToken, R"((?<![\w-])(?<p>glpat-)[A-Za-z0-9_-]{20,})", Check::Random, "glpat-"),
            rule(Kind::SlackToken, R"((?<![\w-])(?<p>xox[abpr]-)[A-Za-z0-9-]{10,})", Check::Random, "xox"),
            rule(Kind::GoogleApiKey, R"((?<![\w-])(?<p>AIza)[0-9A-Za-z_-]{35}(?![\w-]))", Check::Format, "AIza"),
            rule(Kind::YandexIamToken, R"((?<![\w.-])(?<p>t1\.)[A-Za-z0-9_-]+={0,2}\.[A-Za-z0-9_-]{86}={0,2})",
                Check::Format, "t1."),
            rule(Kind::YandexApiKey, R"((?<![\w-])(?<p>AQVN)[A-Za-z0-9_-]{35,38}(?![\w-]))", Check::Format, "AQVN"),
            rule(Kind::UrlPassword,
                R"((?<![\w+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s:/@"'`<>]{1,64}:(?<v>[^\s:/@"'`<>]{1,128})@[A-Za-z0-9.\[-])",
                Check::Password, "://"),
            rule(Kind::AssignedSecret,
                R"((?:api[_-]?key|apikey|secret|token|passw(?:or)?d|pwd|private[_-]?key|access[_-]?key|auth[_-]?key|credentials?)[\w$-]*["']?\s*(?:=>|:=|[:=])\s*(?:["'`](?<v>[^"'`\s]{12,256})["'`]|(?<u>[A-Za-z0-9+/=_.~-]{16,256})(?=\s*(?:$|#|//|,|;))))",
                Check::Assigned, "", QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption),
        };
    }();
    return kRules;
}

bool isPlaceholder(QStringView value)
{
    static const std::array<QStringView, 24> kMarks = {u"example", u"your", u"xxxx", u"placeholder", u"dummy",
        u"changeme", u"change_me", u"redacted", u"<", u">", u"...", u"\u2026", u"${", u"{{", u"%s", u"sample", u"****",
        u"0123456789", u"1234567890", u"abcdefghij", u"insert", u"replace_me", u"replaceme", u"todo"};
    return std::any_of(kMarks.cbegin(), kMarks.cend(),
        [value](QStringView mark) { return value.contains(mark, Qt::CaseInsensitive); });
}

double entropy(QStringView value)
{
    QHash<char16_t, int> counts;
    for (const QChar c : value) {
        ++counts[c.unicode()];
    }
    double bits = 0;
    for (const int count : std::as_const(counts)) {
        const double p = double(count) / double(value.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

int distinctCharacters(QStringView value)
{
    QSet<char16_t> seen;
    for (const QChar c : value) {
        seen.insert(c.unicode());
    }
    return static_cast<int>(seen.size());
}

// Words joined by separators ("learn-model-classifier-v2", "my_secret_name") rather than a token.
bool isWordLike(QStringView value)
{
    static const QRegularExpression kSeparators(QStringLiteral("[-_.]"));
    const QList<QStringView> segments = value.split(kSeparators, Qt::SkipEmptyParts);
    return std::all_of(segments.cbegin(), segments.cend(), [](QStringView segment) {
        const bool lower
            = std::all_of(segment.cbegin(), segment.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
        const bool upper
            = std::all_of(segment.cbegin(), segment.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
        const bool capitalised = segment.size() > 1 && segment.at(0).isUpper()
            && std::all_of(segment.cbegin() + 1, segment.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
        return lower || upper || capitalised || segment.size() <= 3;
    });
}

bool looksRandom(QStringView value)
{
    const bool digit = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); });
    const bool lower = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isLower(); });
    const bool upper = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isUpper(); });
    const int classes = int(digit) + int(lower) + int(upper);
    return classes >= 2 && distinctCharacters(value) >= std::min<qsizetype>(8, value.size() / 2)
        && entropy(value) >= 3.0 && !isWordLike(value);
}

// A value assigned to a key-like name that is code, a name, a path or a URL, not a credential.
bool looksLikeCode(QStringView value)
{
    static const QRegularExpression kMemberExpression(QStringLiteral(R"(^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$)"));
    static const QRegularExpression kConstantName(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    return kMemberExpression.match(value).hasMatch() || kConstantName.match(value).hasMatch() || value.startsWith(u'/')
        || value.startsWith(u"./") || value.contains(u"://") || value.startsWith(u"http", Qt::CaseInsensitive);
}

bool passes(Check check, QStringView value, QStringView randomPart)
{
    if (check == Check::None) {
        return true;
    }
    if (isPlaceholder(value)) {
        return false;
    }
    switch (check) {
    case Check::Format:
        return distinctCharacters(randomPart) >= 6;
    case Check::Random:
        return looksRandom(randomPart);
    case Check::Password: {
        static const std::array<QStringView, 10> kStandIns
            = {u"password", u"passwd", u"pass", u"pwd", u"secret", u"pw", u"mypassword", u"p", u"x", u"pa55word"};
        return !value.startsWith(u'$') && !value.contains(u'{') && !value.contains(u'%')
            && std::none_of(kStandIns.cbegin(), kStandIns.cend(),
                [value](QStringView word) { return value.compare(word, Qt::CaseInsensitive) == 0; });
    }
    case Check::Assigned:
        return value.size() >= 12 && looksRandom(value) && entropy(value) >= 3.3 && !looksLikeCode(value);
    case Check::None:
        break;
    }
    return true;
}

// Shows the format's prefix and a few characters, fewer of a short value.
QString previewOf(QStringView value, qsizetype prefixLength)
{
    const qsizetype shown = prefixLength + std::min<qsizetype>(4, (value.size() - prefixLength) / 8);
    return value.left(std::min(shown, value.size())).toString() + QChar(u'\u2026');
}

// The lines of a text: the offset where each starts.
class LineIndex
{
public:
    explicit LineIndex(QStringView text) : m_text(text)
    {
        m_starts.append(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'\n') {
                m_starts.append(i + 1);
            }
        }
    }

    qsizetype startOf(int line) const { return m_starts.at(line - 1); }

    int lineOf(qsizetype offset) const
    {
        return static_cast<int>(std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset) - m_starts.cbegin());
    }

    QStringView line(int number) const
    {
        if (number < 1 || number > m_starts.size()) {
            return {};
        }
        const qsizetype start = m_starts.at(number - 1);
        const qsizetype end = number < m_starts.size() ? m_starts.at(number) : m_text.size();
        return m_text.sliced(start, end - start);
    }

private:
    QStringView m_text;
    QList<qsizetype> m_starts;
};

bool isIgnored(const LineIndex& lines, int line)
{
    const QString marker = QString::fromLatin1(kIgnoreMarker);
    return lines.line(line).contains(marker) || lines.line(line - 1).contains(marker);
}

bool isQuoteCharacter(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'`';
}

QString normalisedName(const QString& assigned)
{
    QString name;
    for (qsizetype i = 0; i < assigned.size(); ++i) {
        const QChar c = assigned.at(i);
        if (!(c.isLetterOrNumber() && c.unicode() < 128)) {
            name += u'_';
            continue;
        }
        const QChar previous = i > 0 ? assigned.at(i - 1) : QChar();
        const bool nextIsLower = i + 1 < assigned.size() && assigned.at(i + 1).isLower();
        const bool wordStart
            = c.isUpper() && (previous.isLower() || previous.isDigit() || (previous.isUpper() && nextIsLower));
        if (wordStart) {
            name += u'_';
        }
        name += c.toUpper();
    }
    static const QRegularExpression kRepeated(QStringLiteral("_+"));
    name.replace(kRepeated, QStringLiteral("_"));
    while (name.startsWith(u'_')) {
        name.remove(0, 1);
    }
    while (name.endsWith(u'_')) {
        name.chop(1);
    }
    return name;
}

struct Match
{
    qsizetype start;
    qsizetype end;
    Finding finding;
};

} // namespace

QString kindId(Kind kind)
{
    switch (kind) {
    case Kind::OpenAiKey:
        return QStringLiteral("openai-api-key");
    case Kind::AnthropicKey:
        return QStringLiteral("anthropic-api-key");
    case Kind::StripeKey:
        return QStringLiteral("stripe-api-key");
    case Kind::StripeWebhookSecret:
        return QStringLiteral("stripe-webhook-secret");
    case Kind::TelegramBotToken:
        return QStringLiteral("telegram-bot-token");
    case Kind::AwsAccessKey:
        return QStringLiteral("aws-access-key");
    case Kind::GitHubToken:
        return QStringLiteral("github-token");
    case Kind::GitLabToken:
        return QStringLiteral("gitlab-token");
    case Kind::SlackToken:
        return QStringLiteral("slack-token");
    case Kind::GoogleApiKey:
        return QStringLiteral("google-api-key");
    case Kind::YandexIamToken:
        return QStringLiteral("yandex-iam-token");
    case Kind::YandexApiKey:
        return QStringLiteral("yandex-api-key");
    case Kind::JsonWebToken:
        return QStringLiteral("jwt");
    case Kind::PrivateKey:
        return QStringLiteral("private-key");
    case Kind::UrlPassword:
        return QStringLiteral("url-password");
    case Kind::AssignedSecret:
        return QStringLiteral("assigned-secret");
    }
    return QString();
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::OpenAiKey:
        return QCoreApplication::translate("CredentialRules", "OpenAI API key");
    case Kind::AnthropicKey:
        return QCoreApplication::translate("CredentialRules", "Anthropic API key");
    case Kind::StripeKey:
        return QCoreApplication::translate("CredentialRules", "Stripe API key");
    case Kind::StripeWebhookSecret:
        return QCoreApplication::translate("CredentialRules", "Stripe webhook secret");
    case Kind::TelegramBotToken:
        return QCoreApplication::translate("CredentialRules", "Telegram bot token");
    case Kind::AwsAccessKey:
        return QCoreApplication::translate("CredentialRules", "AWS access key");
    case Kind::GitHubToken:
        return QCoreApplication::translate("CredentialRules", "GitHub token");
    case Kind::GitLabToken:
        return QCoreApplication::translate("CredentialRules", "GitLab token");
    case Kind::SlackToken:
        return QCoreApplication::translate("CredentialRules", "Slack token");
    case Kind::GoogleApiKey:
        return QCoreApplication::translate("CredentialRules", "Google API key");
    case Kind::YandexIamToken:
        return QCoreApplication::translate("CredentialRules", "Yandex Cloud IAM token");
    case Kind::YandexApiKey:
        return QCoreApplication::translate("CredentialRules", "Yandex Cloud API key");
    case Kind::JsonWebToken:
        return QCoreApplication::translate("CredentialRules", "JSON Web Token");
    case Kind::PrivateKey:
        return QCoreApplication::translate("CredentialRules", "private key");
    case Kind::UrlPassword:
        return QCoreApplication::translate("CredentialRules", "password in a URL");
    case Kind::AssignedSecret:
        return QCoreApplication::translate("CredentialRules", "secret-looking value assigned to a key name");
    }
    return QString();
}

bool isKnownFormat(Kind kind)
{
    return kind != Kind::AssignedSecret;
}

QList<Finding> find(QStringView text)
{
    std::optional<LineIndex> lines;
    QList<Match> matches;
    for (const Rule& rule : rules()) {
        if (!rule.hint.isEmpty() && !text.contains(rule.hint)) {
            continue;
        }
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const bool named = match.hasCaptured(u"v") || match.hasCaptured(u"u");
            const QString group = match.hasCaptured(u"v") ? QStringLiteral("v") : QStringLiteral("u");
            const qsizetype start = named ? match.capturedStart(group) : match.capturedStart();
            const QStringView value = named ? match.capturedView(group) : match.capturedView();
            const qsizetype prefix = match.hasCaptured(u"p") ? match.capturedLength(u"p") : 0;
            if (!passes(rule.check, value, value.sliced(prefix))) {
                continue;
            }
            const qsizetype end = start + value.size();
            const bool overlaps = std::any_of(matches.cbegin(), matches.cend(),
                [start, end](const Match& other) { return start < other.end && other.start < end; });
            if (overlaps) {
                continue; // a more specific rule found it first
            }
            if (!lines) {
                lines.emplace(text);
            }
            const int line = lines->lineOf(start);
            if (isIgnored(*lines, line)) {
                continue;
            }
            const qsizetype shownPrefix = rule.kind == Kind::PrivateKey ? value.size() : prefix;
            const int column = static_cast<int>(start - lines->startOf(line));
            matches.append({start, end,
                Finding {line, column, rule.kind, previewOf(value, shownPrefix), static_cast<int>(value.size())}});
        }
    }
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) { return a.start < b.start; });
    QList<Finding> findings;
    findings.reserve(matches.size());
    for (const Match& match : std::as_const(matches)) {
        findings.append(match.finding);
    }
    return findings;
}

QString suggestName(QStringView line, int column, CredentialRules::Kind kind)
{
    // The name stands before the string that holds the value, with any text before the value ("Bearer ").
    qsizetype cut = std::min<qsizetype>(column, line.size());
    for (qsizetype i = cut - 1; i >= 0; --i) {
        if (isQuoteCharacter(line.at(i))) {
            cut = i;
            break;
        }
    }
    static const QRegularExpression kAssigned(QStringLiteral(R"(([A-Za-z_$][\w$-]*)["'`]?\s*(?:=>|:=|[:=])\s*$)"));
    const QRegularExpressionMatch match = kAssigned.match(line.first(cut));
    if (match.hasMatch()) {
        const QString name = normalisedName(match.captured(1));
        if (NameRules::validate(name)) {
            return name;
        }
    }
    return kindId(kind).toUpper().replace(u'-', u'_');
}

QString describe(const Finding& finding)
{
    const int n = finding.length;
    const QString length = n == 1 ? QCoreApplication::translate("CredentialRules", "%n character", nullptr, n)
                                  : QCoreApplication::translate("CredentialRules", "%n characters", nullptr, n);
    return QCoreApplication::translate("CredentialRules", "%1 (%2)").arg(finding.preview, length);
}

} // namespace CredentialRules
