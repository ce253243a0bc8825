#include "server/BotSandbox.h"

#include "server/SecretMasker.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJSEngine>
#include <QJSValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

namespace {

// The services and the run, in JavaScript so that the platform's semantics (a second argument
// counts when given, even undefined) read as they are documented. It captures what it needs before
// the bot's script runs, so a script cannot redefine how its own reply is converted. Names are kept
// in Maps: a variable may well be called "__proto__".
const char kPrelude[] = R"JS(
(function (secretPairs, variablePairs, mode, script, input) {
    'use strict';
    const stringify = JSON.stringify;
    const toText = String;
    const apply = Reflect.apply;
    const objectToString = Object.prototype.toString;
    const define = Object.defineProperty;
    const freeze = Object.freeze;
    // Qt 6.4's engine has no globalThis; a Function body is sloppy code, whose `this` is the global.
    const global = new Function('return this')();

    function service(pairs, missingMessage) {
        const values = new Map(pairs);
        return freeze({
            get: function get(name, defaultValue) {
                if (typeof name !== 'string') {
                    throw new TypeError('The name must be a string, not ' + typeof name + '.');
                }
                if (values.has(name)) {
                    return values.get(name);
                }
                if (arguments.length >= 2) {
                    return defaultValue;
                }
                throw new Error(missingMessage(name));
            }
        });
    }

    const injector = Object.create(null);
    for (const pair of variablePairs) {
        define(injector, pair[0], {value: pair[1], enumerable: true});
    }
    freeze(injector);
    const constant = function (value) {
        return {value: value, writable: false, enumerable: false, configurable: false};
    };
    define(global, '$secrets', constant(service(secretPairs,
        function (name) { return 'Secret "' + name + '" is not defined in this project.'; })));
    define(global, '$env', constant(service(variablePairs,
        function (name) { return 'Variable "' + name + '" is not defined in this channel\'s deploy.'; })));
    define(global, '$injector', constant(injector));

    function toReply(value) {
        if (value === undefined || value === null) {
            return null;
        }
        if (typeof value === 'string') {
            return value;
        }
        try {
            const json = apply(stringify, JSON, [value]);
            if (typeof json === 'string') {
                return json;
            }
        } catch (e) {
        }
        try {
            return toText(value);
        } catch (e) {
            return apply(objectToString, value, []);
        }
    }

    function describe(error) {
        if (error !== null && typeof error === 'object') {
            return {failed: true, name: toText(error.name), message: toText(error.message),
                    line: typeof error.lineNumber === 'number' ? error.lineNumber : 0};
        }
        return {failed: true, name: 'Error', message: toText(error), line: 0};
    }

    const globalEval = eval;
    try {
        if (mode === 'compile') {
            // A program is parsed whole before its first statement runs, so a syntax error anywhere
            // is thrown with its line, and a clean script stops at the throw placed before it
            // (on its first line, so line numbers stay the same): nothing of it runs.
            const marker = {};
            define(global, '$botvaultCompileMarker', {value: marker, configurable: true});
            try {
                globalEval('throw $botvaultCompileMarker; ' + script);
            } catch (thrown) {
                if (thrown !== marker) {
                    throw thrown;
                }
            }
            return {failed: false, reply: null};
        }
        if (script.length > 0) {
            globalEval(script);
        }
        if (mode === 'message') {
            const onMessage = global.onMessage;
            if (typeof onMessage !== 'function') {
                throw new Error('The deployed bot script has no global function onMessage(text).');
            }
            return {failed: false, reply: toReply(onMessage(input))};
        }
        return {failed: false, reply: toReply(globalEval(input))};
    } catch (error) {
        return describe(error);
    }
})
)JS";

void dropMessage(QtMsgType, const QMessageLogContext&, const QString&)
{
    // Nothing a script prints (console.log) and nothing the engine warns about leaves the child.
}

// The virtual size the process has now, from /proc; 0 when it cannot be read.
qint64 currentAddressSpace()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return 0;
    }
    return statm.readAll().split(' ').value(0).toLongLong() * sysconf(_SC_PAGESIZE);
}

// Cuts a text to at most `maxBytes` of UTF-8 without splitting a character.
bool truncateUtf8(QString* text, qint64 maxBytes)
{
    QByteArray utf8 = text->toUtf8();
    if (utf8.size() <= maxBytes) {
        return false;
    }
    qsizetype cut = static_cast<qsizetype>(maxBytes);
    while (cut > 0 && (static_cast<unsigned char>(utf8.at(cut)) & 0xC0) == 0x80) {
        --cut;
    }
    *text = QString::fromUtf8(utf8.left(cut));
    return true;
}

// [[name, value], …] as a JavaScript array of pairs, which the prelude turns into a Map.
void pairsOf(const QJsonArray& pairs, QJSEngine* engine, QJSValue* array)
{
    *array = engine->newArray(static_cast<uint>(pairs.size()));
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QJsonArray pair = pairs.at(i).toArray();
        QJSValue entry = engine->newArray(2);
        entry.setProperty(0, pair.at(0).toString());
        entry.setProperty(1, pair.at(1).toString());
        array->setProperty(static_cast<quint32>(i), entry);
    }
}

int answer(const QJsonObject& object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
    return 0;
}

// The limit comes after the inputs are read, so it can leave room for them: the script gets a
// fixed budget beyond the runtime, the inputs and their copies in the engine. A bomb past it
// fails an allocation and the child dies alone. CPU time is a backstop to the watchdog.
bool limitResources(qint64 runLimitMs, qint64 scriptMemory, qsizetype inputBytes)
{
    const qint64 addressSpace = currentAddressSpace() + scriptMemory + 4 * inputBytes;
    const rlimit memory {static_cast<rlim_t>(addressSpace), static_cast<rlim_t>(addressSpace)};
    const rlimit cpu {static_cast<rlim_t>(runLimitMs / 1000 + 8), static_cast<rlim_t>(runLimitMs / 1000 + 10)};
    return currentAddressSpace() != 0 && setrlimit(RLIMIT_AS, &memory) == 0 && setrlimit(RLIMIT_CPU, &cpu) == 0;
}

// The secrets' values to hide in the reply. A run with stand-in values (a caller without the
// secrets-admin role) masks nothing: its reply cannot hold a real value, and hiding the stand-ins
// would only hide the flow.
SecretMasker makeMasker(QJSEngine& engine, const QJsonArray& secrets, bool mask)
{
    QStringList secretValues;
    if (mask) {
        for (const QJsonValue& pair : secrets) {
            secretValues.append(pair.toArray().at(1).toString());
        }
    }
    // The escaped forms as this engine's own JSON.stringify writes them, taken before any script
    // could replace it; SecretMasker adds its own reading of the rules as well.
    QStringList escapedForms;
    const QJSValue stringify = engine.evaluate(QStringLiteral("JSON.stringify"));
    for (const QString& value : std::as_const(secretValues)) {
        const QString quoted = stringify.call({QJSValue(value)}).toString();
        if (quoted.size() >= 2) {
            escapedForms.append(quoted.mid(1, quoted.size() - 2));
        }
    }
    return SecretMasker(secretValues, escapedForms);
}

struct ScriptOutcome
{
    QJSValue result;
    qint64 durationMs = 0;
    bool timedOut = false;
};

// The watchdog interrupts the engine at the run limit; the server kills the child if even that
// does not end it.
ScriptOutcome callWithWatchdog(QJSEngine& engine, QJSValue& prelude, const QJSValueList& arguments, qint64 runLimitMs)
{
    ScriptOutcome outcome;
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    std::thread watchdog([&] {
        std::unique_lock<std::mutex> lock(mutex);
        if (!finished.wait_for(lock, std::chrono::milliseconds(runLimitMs), [&] { return done; })) {
            outcome.timedOut = true;
            engine.setInterrupted(true);
        }
    });
    QElapsedTimer timer;
    timer.start();
    outcome.result = prelude.call(arguments);
    outcome.durationMs = timer.elapsed();
    {
        std::lock_guard<std::mutex> lock(mutex);
        done = true;
    }
    finished.notify_all();
    watchdog.join();
    return outcome;
}

struct ReplyLimits
{
    qint64 runLimitMs = 0;
    qint64 maxReplyBytes = 0;
    qint64 maxErrorBytes = 0;
};

QJsonObject replyOf(const ScriptOutcome& outcome, const SecretMasker& masker, const ReplyLimits& limits)
{
    QJsonObject reply {{QStringLiteral("durationMs"), outcome.durationMs}, {QStringLiteral("masked"), false},
        {QStringLiteral("truncated"), false}, {QStringLiteral("reply"), QJsonValue()},
        {QStringLiteral("error"), QJsonValue()}};
    const QJSValue& result = outcome.result;
    bool masked = false;
    if (outcome.timedOut || result.isError() || !result.isObject()) {
        // An interrupted engine ends with an uncatchable error; anything else here is the engine's own.
        QJsonObject error {
            {QStringLiteral("name"), outcome.timedOut ? QStringLiteral("Timeout") : QStringLiteral("Error")},
            {QStringLiteral("message"),
                outcome.timedOut
                    ? QStringLiteral("The bot ran longer than %1 s and was stopped.").arg(limits.runLimitMs / 1000)
                    : QStringLiteral("The bot runtime failed.")},
            {QStringLiteral("line"), 0}};
        reply.insert(QStringLiteral("error"), error);
        return reply;
    }
    if (result.property(QStringLiteral("failed")).toBool()) {
        QString name = result.property(QStringLiteral("name")).toString();
        QString message = result.property(QStringLiteral("message")).toString();
        masked = masker.mask(&name) || masked;
        masked = masker.mask(&message) || masked;
        truncateUtf8(&name, 256);
        truncateUtf8(&message, limits.maxErrorBytes);
        reply.insert(QStringLiteral("error"),
            QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("message"), message},
                {QStringLiteral("line"), result.property(QStringLiteral("line")).toInt()}});
    } else {
        const QJSValue value = result.property(QStringLiteral("reply"));
        if (value.isString()) {
            // Masked whole first, then cut: a cut first could leave half a secret unmasked.
            QString text = value.toString();
            masked = masker.mask(&text);
            reply.insert(QStringLiteral("truncated"), truncateUtf8(&text, limits.maxReplyBytes));
            reply.insert(QStringLiteral("reply"), text);
        }
    }
    reply.insert(QStringLiteral("masked"), masked);
    return reply;
}

} // namespace

namespace BotSandbox {

int runChild()
{
    qInstallMessageHandler(dropMessage);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return 1;
    }
    const QByteArray inputBytes = in.readAll();
    const QJsonObject request = QJsonDocument::fromJson(inputBytes).object();
    if (request.isEmpty()) {
        return 1;
    }
    ReplyLimits limits;
    limits.runLimitMs = request.value(QStringLiteral("runLimitMs")).toInteger(2000);
    limits.maxReplyBytes = request.value(QStringLiteral("maxReplyBytes")).toInteger(65536);
    limits.maxErrorBytes = request.value(QStringLiteral("maxErrorBytes")).toInteger(4096);
    const qint64 scriptMemory = request.value(QStringLiteral("scriptMemoryBytes")).toInteger(256LL << 20);
    if (!limitResources(limits.runLimitMs, scriptMemory, inputBytes.size())) {
        return 1;
    }

    QJsonArray secrets = request.value(QStringLiteral("secrets")).toArray();
    QJSEngine engine;
    engine.installExtensions(QJSEngine::ConsoleExtension);
    const SecretMasker masker = makeMasker(engine, secrets, request.value(QStringLiteral("mask")).toBool(true));
    QJSValue secretPairs;
    QJSValue variablePairs;
    pairsOf(secrets, &engine, &secretPairs);
    pairsOf(request.value(QStringLiteral("variables")).toArray(), &engine, &variablePairs);
    secrets = {};
    QJSValue prelude = engine.evaluate(QString::fromLatin1(kPrelude), QStringLiteral("botvault-prelude.js"));
    if (!prelude.isCallable()) {
        return 1;
    }
    const ScriptOutcome outcome = callWithWatchdog(engine, prelude,
        {secretPairs, variablePairs, request.value(QStringLiteral("mode")).toString(),
            request.value(QStringLiteral("script")).toString(), request.value(QStringLiteral("input")).toString()},
        limits.runLimitMs);
    return answer(replyOf(outcome, masker, limits));
}

} // namespace BotSandbox
