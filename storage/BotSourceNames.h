#pragma once

#include "models/ExpectedNames.h"
#include "storage/BotSourceLimits.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

// The parts of BotSource's scan share this: BotSource.cpp walks the files, BotSourceYaml.cpp reads
// chatbot.yaml and BotSourceScript.cpp reads the scripts, all into one NameCollector. Not for use
// outside BotSource, but for CredentialScan, which shows paths and places the same way.
namespace BotSource {

inline const QString kChatbotYaml = QStringLiteral("chatbot.yaml");

enum class NameKind
{
    Secret,
    Variable,
};

// How the code reads a name: a name read only with a default value is optional; a name declared in
// chatbot.yaml's injector block is required and read by the injector idiom (see addInjectorRead).
enum class NameRead
{
    Required,
    WithDefault,
    Declared,
};

// A path as shown to the user: an archive may carry control characters or a huge name in a path.
QString displayPath(const QString& path);
QString sourceAt(const QString& path, int line);

// Collects names with the places they were found, and warnings up to kMaxWarnings.
class NameCollector
{
public:
    void add(NameKind kind, const QString& name, const QString& source, NameRead read = NameRead::Required);
    void addComputed(NameKind kind, const QString& source);
    // `source` reads every name chatbot.yaml declares under injector.secrets (or .variables), as
    // `$injector.secrets.forEach((s) => $secrets.get(s))` does. chatbot.yaml is read before the scripts.
    void addInjectorRead(NameKind kind, const QString& source);
    // A secret's value written in the bot's code is not secret; the message names the secret only.
    void warnSecretValueInCode(const QString& name, const QString& source);
    void warn(const QString& message);

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
    ExpectedNames finish(const QStringList& finalWarnings);

private:
    void addSource(NameKind kind, const QString& name, const QString& source);

    ExpectedNames m_names;
    int m_suppressedWarnings = 0;
    // Names read at least once without a default; the others of m_names are optional.
    QSet<QString> m_requiredSecrets;
    QSet<QString> m_requiredVariables;
    QSet<QString> m_declaredSecrets;
    QSet<QString> m_declaredVariables;
};

// Names from chatbot.yaml's injector block; a broken file becomes a warning.
void scanChatbotYaml(const QByteArray& content, NameCollector& names);

// Names from the $secrets.get / $env.get calls of a script; `path` is shown in places and warnings.
void scanScript(const QString& path, QStringView text, NameCollector& names);

} // namespace BotSource
