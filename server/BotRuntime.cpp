#include "server/BotRuntime.h"

#include "server/SecretMasker.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

QString modeName(BotRuntime::Mode mode)
{
    switch (mode) {
    case BotRuntime::Mode::Expression:
        return QStringLiteral("expression");
    case BotRuntime::Mode::Message:
        return QStringLiteral("message");
    case BotRuntime::Mode::Compile:
        return QStringLiteral("compile");
    }
    return {};
}

BotRuntime::Reply failure(const QString& name, const QString& message)
{
    BotRuntime::Reply reply;
    reply.failed = true;
    reply.errorName = name;
    reply.errorMessage = message;
    return reply;
}

} // namespace

BotRuntime::BotRuntime(QString program, QStringList arguments)
    : m_program(std::move(program)), m_arguments(std::move(arguments))
{
}

Result<BotRuntime::Reply> BotRuntime::run(const Request& request) const
{
    if (!isConfigured()) {
        return makeError(ErrorCode::Unsupported, QStringLiteral("This server has no bot runtime configured."));
    }
    QJsonArray variables;
    for (const DeployedVariable& variable : request.variables) {
        variables.append(QJsonArray {variable.name, variable.value});
    }
    QJsonArray secrets;
    for (const auto& secret : request.secrets) {
        secrets.append(QJsonArray {secret.first, secret.second});
    }
    // The inputs travel over a pipe: no secret value is ever on a command line or on disk.
    QByteArray input = QJsonDocument(
        QJsonObject {{QStringLiteral("mode"), modeName(request.mode)}, {QStringLiteral("input"), request.input},
            {QStringLiteral("script"), QString::fromUtf8(request.script)}, {QStringLiteral("variables"), variables},
            {QStringLiteral("secrets"), secrets}, {QStringLiteral("runLimitMs"), kRunLimitMs},
            {QStringLiteral("maxReplyBytes"), kMaxReplyBytes}, {QStringLiteral("maxErrorBytes"), kMaxErrorMessageBytes},
            {QStringLiteral("scriptMemoryBytes"), kScriptMemoryBytes}})
                           .toJson(QJsonDocument::Compact);
    QElapsedTimer timer;
    timer.start();
    QProcess child;
    // The child's stderr is read and dropped: whatever a script or the engine prints stays out of
    // the server's log.
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(m_program, m_arguments);
    if (!child.waitForStarted(kStartMarginMs)) {
        input.fill('\0');
        return makeError(ErrorCode::Internal, QStringLiteral("The bot runtime could not be started."));
    }
    child.write(input);
    input.fill('\0');
    child.closeWriteChannel();
    if (!child.waitForFinished(kRunLimitMs + kStartMarginMs)) {
        child.kill();
        child.waitForFinished(kStartMarginMs);
        Reply reply = failure(QStringLiteral("Timeout"),
            QStringLiteral("The bot ran longer than %1 s and was stopped.").arg(kRunLimitMs / 1000));
        reply.durationMs = timer.elapsed();
        return reply;
    }
    const QByteArray output = child.readAllStandardOutput();
    child.readAllStandardError();
    const QJsonObject answer = QJsonDocument::fromJson(output).object();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || answer.isEmpty()) {
        // An abort on a failed allocation is by far the likeliest way for the child to die.
        Reply reply = failure(QStringLiteral("ResourceLimit"),
            QStringLiteral("The bot stopped abnormally, most likely at its memory limit (%1 MiB); its reply is "
                           "not shown.")
                .arg(kScriptMemoryBytes / (1024 * 1024)));
        reply.durationMs = timer.elapsed();
        return reply;
    }

    Reply reply;
    const SecretMasker masker(request.secrets);
    const QJsonValue replyValue = answer.value(QStringLiteral("reply"));
    if (replyValue.isString()) {
        QString text = replyValue.toString();
        // Masked in the child already; masking again costs little and does not trust the child.
        reply.masked = masker.mask(&text);
        reply.reply = text;
    }
    reply.masked = reply.masked || answer.value(QStringLiteral("masked")).toBool();
    reply.truncated = answer.value(QStringLiteral("truncated")).toBool();
    reply.durationMs = answer.value(QStringLiteral("durationMs")).toInteger();
    const QJsonObject error = answer.value(QStringLiteral("error")).toObject();
    if (!error.isEmpty()) {
        reply.failed = true;
        reply.reply.reset();
        reply.errorName = error.value(QStringLiteral("name")).toString();
        reply.errorMessage = error.value(QStringLiteral("message")).toString();
        reply.errorLine = error.value(QStringLiteral("line")).toInt();
        reply.masked = masker.mask(&reply.errorName) || reply.masked;
        reply.masked = masker.mask(&reply.errorMessage) || reply.masked;
    }
    return reply;
}
