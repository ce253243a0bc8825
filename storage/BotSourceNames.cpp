#include "storage/BotSourceNames.h"

#include "models/NameRules.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace BotSource {

namespace {

// Past this many characters a path in a message or tooltip is shortened in the middle, so that
// both its folder and its file name stay visible.
constexpr int kDisplayPathLength = 80;

QStringList sortedKeys(const QHash<QString, QStringList>& sources)
{
    QStringList names = sources.keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

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

void NameCollector::add(NameKind kind, const QString& name, const QString& source, NameRead read)
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
    const bool secret = kind == NameKind::Secret;
    if (read != NameRead::WithDefault) {
        (secret ? m_requiredSecrets : m_requiredVariables).insert(name);
    }
    if (read == NameRead::Declared) {
        (secret ? m_declaredSecrets : m_declaredVariables).insert(name);
    }
    addSource(kind, name, source);
}

void NameCollector::addSource(NameKind kind, const QString& name, const QString& source)
{
    QStringList& sources = kind == NameKind::Secret ? m_names.secretSources[name] : m_names.variableSources[name];
    if (sources.size() < kMaxSourcesPerName && !sources.contains(source)) {
        sources.append(source);
    }
}

void NameCollector::addInjectorRead(NameKind kind, const QString& source)
{
    const QSet<QString>& declared = kind == NameKind::Secret ? m_declaredSecrets : m_declaredVariables;
    for (const QString& name : declared) {
        addSource(kind, name, source);
    }
}

void NameCollector::addComputed(NameKind kind, const QString& source)
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

void NameCollector::warnSecretValueInCode(const QString& name, const QString& source)
{
    warn(QCoreApplication::translate("BotSource",
        "%1 gives the secret %2 a value in the bot's code, where anyone who can read the code can "
        "read it. Remove the value from the code and keep it in BotVault only.")
             .arg(source, name));
}

void NameCollector::warn(const QString& message)
{
    warnWith([&message] { return message; });
}

ExpectedNames NameCollector::finish(const QStringList& finalWarnings)
{
    m_names.secrets = sortedKeys(m_names.secretSources);
    m_names.variables = sortedKeys(m_names.variableSources);
    for (const QString& name : std::as_const(m_names.secrets)) {
        if (!m_requiredSecrets.contains(name)) {
            m_names.optionalSecrets.append(name);
        }
    }
    for (const QString& name : std::as_const(m_names.variables)) {
        if (!m_requiredVariables.contains(name)) {
            m_names.optionalVariables.append(name);
        }
    }
    if (m_suppressedWarnings > 0) {
        m_names.warnings.append(
            QCoreApplication::translate("BotSource", "%n more warning(s) not shown.", nullptr, m_suppressedWarnings));
    }
    m_names.warnings += finalWarnings;
    return std::move(m_names);
}

} // namespace BotSource
