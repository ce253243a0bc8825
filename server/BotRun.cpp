#include "server/BotRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace {

BotRuntime::Reply failure(const QString& name, const QString& message)
{
    BotRuntime::Reply reply;
    reply.failed = true;
    reply.errorName = name;
    reply.errorMessage = message;
    return reply;
}

BotRuntime::Reply timeout()
{
    return failure(QStringLiteral("Timeout"),
        QStringLiteral("The bot ran longer than %1 s and was stopped.").arg(BotRuntime::kRunLimitMs / 1000));
}

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

QByteArray inputOf(const BotRuntime::Request& request)
{
    QJsonArray variables;
    for (const DeployedVariable& variable : request.variables) {
        variables.append(QJsonArray {variable.name, variable.value});
    }
    QJsonArray secrets;
    for (const auto& secret : request.secrets) {
        secrets.append(QJsonArray {secret.first, secret.second});
    }
    // The inputs travel over a pipe: no secret value is ever on a command line or on disk.
    return QJsonDocument(
        QJsonObject {{QStringLiteral("mode"), modeName(request.mode)}, {QStringLiteral("input"), request.input},
            {QStringLiteral("script"), QString::fromUtf8(request.script)}, {QStringLiteral("variables"), variables},
            {QStringLiteral("secrets"), secrets}, {QStringLiteral("mask"), request.maskSecrets},
            {QStringLiteral("runLimitMs"), BotRuntime::kRunLimitMs},
            {QStringLiteral("maxReplyBytes"), BotRuntime::kMaxReplyBytes},
            {QStringLiteral("maxErrorBytes"), BotRuntime::kMaxErrorMessageBytes},
            {QStringLiteral("scriptMemoryBytes"), BotRuntime::kScriptMemoryBytes}})
        .toJson(QJsonDocument::Compact);
}

QStringList maskedValues(const BotRuntime::Request& request)
{
    QStringList values;
    if (request.maskSecrets) {
        for (const auto& secret : request.secrets) {
            values.append(secret.second);
        }
    }
    return values;
}

} // namespace

BotRun* BotRun::start(
    const BotRuntime& runtime, const BotRuntime::Request& request, BotRuntime::Done done, QObject* parent)
{
    if (!runtime.isConfigured()) {
        return nullptr;
    }
    return new BotRun(runtime.program(), runtime.arguments(), request, std::move(done), parent);
}

BotRun::BotRun(const QString& program, const QStringList& arguments, const BotRuntime::Request& request,
    BotRuntime::Done done, QObject* parent)
    : QObject(parent)
    , m_child(new QProcess(this))
    , m_deadline(new QTimer(this))
    , m_input(inputOf(request))
    , m_masker(maskedValues(request))
    , m_done(std::move(done))
{
    m_timer.start();
    // Whatever a script or the engine prints on stderr stays out of the server's log.
    m_child->setStandardErrorFile(QProcess::nullDevice());
    connect(m_child, &QProcess::started, this, &BotRun::writeInput);
    connect(m_child, &QProcess::readyReadStandardOutput, this, &BotRun::readOutput);
    connect(m_child, &QProcess::finished, this, &BotRun::childFinished);
    connect(m_child, &QProcess::errorOccurred, this, &BotRun::childFailed);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &BotRun::deadlinePassed);
    m_deadline->start(BotRuntime::kRunLimitMs + BotRuntime::kStartMarginMs);
    m_child->start(program, arguments);
}

BotRun::~BotRun()
{
    m_input.fill('\0');
    m_output.fill('\0');
    if (m_child->state() != QProcess::NotRunning) {
        // SIGKILL, then reap it: the wait ends as soon as the kernel has the child gone.
        m_child->disconnect(this);
        m_child->kill();
        m_child->waitForFinished(1000);
    }
}

void BotRun::writeInput()
{
    m_child->write(m_input);
    m_input.fill('\0');
    m_child->closeWriteChannel();
}

void BotRun::readOutput()
{
    m_output += m_child->readAllStandardOutput();
    if (m_output.size() > BotRuntime::kMaxAnswerBytes) {
        m_child->kill();
    }
}

void BotRun::deadlinePassed()
{
    m_timedOut = true;
    if (m_child->state() == QProcess::NotRunning) {
        complete(timeout());
        return;
    }
    // finished() follows the kill and completes the run.
    m_child->kill();
}

void BotRun::childFailed(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        complete(makeError(ErrorCode::Internal, QStringLiteral("The bot runtime could not be started.")));
    }
    // Crashes and kills end in finished(); read and write errors show as a broken answer there.
}

void BotRun::childFinished(int exitCode, QProcess::ExitStatus status)
{
    m_output += m_child->readAllStandardOutput();
    if (m_timedOut) {
        BotRuntime::Reply reply = timeout();
        reply.durationMs = m_timer.elapsed();
        complete(reply);
        return;
    }
    const QJsonObject answer
        = m_output.size() <= BotRuntime::kMaxAnswerBytes ? QJsonDocument::fromJson(m_output).object() : QJsonObject();
    if (status != QProcess::NormalExit || exitCode != 0 || answer.isEmpty()) {
        // An abort on a failed allocation is by far the likeliest way for the child to die.
        BotRuntime::Reply reply = failure(QStringLiteral("ResourceLimit"),
            QStringLiteral("The bot stopped abnormally, most likely at its memory limit (%1 MiB); its reply is "
                           "not shown.")
                .arg(BotRuntime::kScriptMemoryBytes / (1024 * 1024)));
        reply.durationMs = m_timer.elapsed();
        complete(reply);
        return;
    }
    complete(replyFrom(answer));
}

BotRuntime::Reply BotRun::replyFrom(const QJsonObject& answer) const
{
    BotRuntime::Reply reply;
    const QJsonValue replyValue = answer.value(QStringLiteral("reply"));
    if (replyValue.isString()) {
        QString text = replyValue.toString();
        // Masked in the child already; masking again costs little and does not trust the child.
        reply.masked = m_masker.mask(&text);
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
        reply.masked = m_masker.mask(&reply.errorName) || reply.masked;
        reply.masked = m_masker.mask(&reply.errorMessage) || reply.masked;
    }
    return reply;
}

void BotRun::complete(Result<BotRuntime::Reply> outcome)
{
    if (m_completed) {
        return;
    }
    m_completed = true;
    m_deadline->stop();
    // The callback may answer a request and so run for a while; this object stays valid during it
    // and goes afterwards, on the event loop.
    const BotRuntime::Done done = std::move(m_done);
    m_done = nullptr;
    deleteLater();
    done(std::move(outcome));
}
