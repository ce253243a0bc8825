#pragma once

#include "models/Result.h"
#include "server/ServerRecords.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The server side of the bot runtime (docs/SERVER.md "The bot runtime"): every run happens in a
// child process (botvault-server's hidden `bot-runtime` command, BotSandbox) that gets its inputs as
// JSON on stdin, limits its own address space and run time, and answers on stdout. An endless loop
// or a memory bomb kills only the child; the server never waits for one (BotRun follows the child
// through QProcess's signals) and kills a child that has not answered by the run limit plus a
// margin. Replies and error messages are masked in the child and again here before they leave the
// server, unless the run had stand-in values only.
class BotRuntime
{
public:
    enum class Mode
    {
        Expression, // the deployed script, then an expression: the reply is its value
        Message, // the deployed script, then onMessage(text): the reply is its return value
        Compile, // compile the script only (a deploy): a syntax error comes back with its line
    };

    struct Request
    {
        Mode mode = Mode::Expression;
        QString input; // the expression or the message
        QByteArray script; // UTF-8; empty: no script
        QList<DeployedVariable> variables;
        QList<QPair<QString, QString>> secrets; // name, plaintext: read live from the project
        // False for a run with stand-in secret values (a caller without the secrets-admin role):
        // the reply cannot hold a real value, and masking against stand-ins would only hide them.
        bool maskSecrets = true;
    };

    struct Reply
    {
        std::optional<QString> reply; // nullopt: null
        bool masked = false;
        bool truncated = false;
        bool failed = false;
        QString errorName; // Error, TypeError, SyntaxError, …, Timeout, ResourceLimit
        QString errorMessage;
        int errorLine = 0; // 0: unknown
        qint64 durationMs = 0;
    };

    static constexpr int kRunLimitMs = 2000;
    // How long the server waits beyond the run limit for a child to start and answer.
    static constexpr int kStartMarginMs = 3000;
    static constexpr qint64 kMaxReplyBytes = 64 * 1024;
    static constexpr qint64 kMaxErrorMessageBytes = 4 * 1024;
    // Room for the script's own data, beyond what the runtime and its inputs take.
    static constexpr qint64 kScriptMemoryBytes = 256 * 1024 * 1024;
    // More than the child ever writes for a reply of kMaxReplyBytes, even with every character
    // escaped; a child writing more is treated as broken.
    static constexpr qint64 kMaxAnswerBytes = 1024 * 1024;

    // Runs that may be in flight at once, per user and on the whole server (evaluations; a deploy's
    // compile is not counted). Past either cap the API answers 429 with Retry-After.
    static constexpr int kMaxRunsPerUser = 2;
    static constexpr int kMaxRuns = 4;

    using Done = std::function<void(Result<Reply>)>;

    BotRuntime() = default;
    // `program` with `arguments` runs the child (botvault-server bot-runtime).
    BotRuntime(QString program, QStringList arguments);

    bool isConfigured() const { return !m_program.isEmpty(); }
    // The child: runs are started with BotRun::start.
    const QString& program() const { return m_program; }
    const QStringList& arguments() const { return m_arguments; }

    // The stand-in a caller without the secrets-admin role gets for the secret `name`: it does not
    // depend on the real value in any way.
    static QString standInValue(const QString& name);

private:
    QString m_program;
    QStringList m_arguments;
};
