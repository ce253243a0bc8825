#pragma once

#include "models/Result.h"
#include "server/ServerRecords.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The server side of the bot runtime (docs/SERVER.md "The bot runtime"): every run happens in a
// child process (botvault-server's hidden `bot-runtime` command, BotSandbox) that gets its inputs as
// JSON on stdin, limits its own address space and run time, and answers on stdout. An endless loop
// or a memory bomb kills only the child; the server waits at most the run limit plus a margin and
// kills a child that does not answer. Replies and error messages are masked in the child and again
// here before they leave the server.
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

    BotRuntime() = default;
    // `program` with `arguments` runs the child (botvault-server bot-runtime).
    BotRuntime(QString program, QStringList arguments);

    bool isConfigured() const { return !m_program.isEmpty(); }
    // A bot that fails is a Reply with `failed`; an error is the server's own failure.
    Result<Reply> run(const Request& request) const;

private:
    QString m_program;
    QStringList m_arguments;
};
