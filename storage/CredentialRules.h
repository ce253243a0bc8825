#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// What a hard-coded credential looks like: known token formats (OpenAI, Anthropic, Stripe, Telegram,
// AWS, GitHub, GitLab, Slack, Google, Yandex Cloud, JWTs, PEM private keys, passwords in connection
// URLs) and high-entropy strings assigned to names that look like keys (`apiKey = "…"`, `TOKEN: …`).
// Comments are text like any other: a key left in a commented-out line is still in the archive.
// Placeholders (`sk-...`, `YOUR_API_KEY`, `xxxx`, `<token>`, `${TOKEN}`) are not findings, nor is a
// line marked `botvault:ignore`, or the line after one that holds only the marker in a comment.
// CredentialScan walks a folder with these rules.
namespace CredentialRules {

enum class Kind
{
    OpenAiKey,
    AnthropicKey,
    StripeKey,
    StripeWebhookSecret,
    TelegramBotToken,
    AwsAccessKey,
    GitHubToken,
    GitLabToken,
    SlackToken,
    GoogleApiKey,
    YandexIamToken,
    YandexApiKey,
    JsonWebToken,
    PrivateKey,
    UrlPassword,
    AssignedSecret,
};

// One credential in a text. Never the value: a few leading characters and the value's length.
struct Finding
{
    int line = 0; // 1-based
    int column = 0; // where the value starts in its line, 0-based, in UTF-16 code units
    Kind kind = Kind::AssignedSecret;
    QString preview; // e.g. "sk-proj-Ab…"
    int length = 0; // of the whole value, in characters
};

// The marker that silences a finding on its line, or on the next line when it stands alone in a
// comment: `// botvault:ignore test fixture` (any comment syntax; the reason is free text).
inline constexpr char kIgnoreMarker[] = "botvault:ignore";

// A stable identifier for JSON output and tests ("openai-api-key").
QString kindId(Kind kind);
// The kind's name as shown to the user, translated ("OpenAI API key").
QString kindName(Kind kind);
// Known token formats are every kind except AssignedSecret.
bool isKnownFormat(Kind kind);

// The credentials in `text`, by line then column.
QList<Finding> find(QStringView text);

// The secret name the code around a value at `column` of `line` suggests: the name it is assigned to
// (`openaiApiKey = "…"` gives OPENAI_API_KEY, `"api-key": "…"` API_KEY), else the kind's
// ("TELEGRAM_BOT_TOKEN"). Always a valid name (models/NameRules).
QString suggestName(QStringView line, int column, Kind kind);

// "sk-proj-Ab… (164 characters)": what a message may show of a value.
QString describe(const Finding& finding);

} // namespace CredentialRules
