#include "storage/BotSourceNames.h"

#include "models/NameRules.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <string>

namespace BotSource {

namespace {

QString yamlSource(const YAML::Mark& mark)
{
    return mark.is_null() ? kChatbotYaml : sourceAt(kChatbotYaml, mark.line + 1);
}

QString yamlText(const YAML::Node& node)
{
    const std::string& text = node.Scalar();
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// yaml-cpp throws for nodes of an unexpected type, so every access below checks the type first;
// the caller still catches whatever escapes.
class InjectorReader
{
public:
    explicit InjectorReader(NameCollector& names) : m_names(names) { }

    void read(const YAML::Node& root)
    {
        if (!root.IsDefined() || root.IsNull()) {
            return;
        }
        if (!root.IsMap()) {
            m_names.warn(QCoreApplication::translate(
                "BotSource", "chatbot.yaml is not a YAML mapping, so it has no injector block to read names from."));
            return;
        }
        const YAML::Node injector = root["injector"];
        if (!injector.IsDefined() || injector.IsNull()) {
            return;
        }
        if (!injector.IsMap()) {
            m_names.warn(QCoreApplication::translate("BotSource",
                "%1: the injector block is not a mapping; BotVault expects 'injector: {secrets: [...], "
                "variables: [...]}'.")
                             .arg(yamlSource(injector.Mark())));
            return;
        }
        readNames(injector["secrets"], NameKind::Secret, QStringLiteral("injector.secrets"));
        readNames(injector["variables"], NameKind::Variable, QStringLiteral("injector.variables"));
    }

private:
    // A list of names, a map of name: default, or leniently a single name.
    void readNames(const YAML::Node& node, NameKind kind, const QString& key)
    {
        if (!node.IsDefined() || node.IsNull()) {
            return;
        }
        if (node.IsScalar()) {
            m_names.add(kind, yamlText(node), yamlSource(node.Mark()), NameRead::Declared);
        } else if (node.IsMap()) {
            readKeys(node, kind, key);
        } else if (node.IsSequence()) {
            for (const YAML::Node& item : node) {
                if (item.IsScalar()) {
                    m_names.add(kind, yamlText(item), yamlSource(item.Mark()), NameRead::Declared);
                } else if (item.IsMap()) {
                    // "- API_KEY: default" reads as a list of one-entry maps.
                    readKeys(item, kind, key);
                } else {
                    warnNotAName(item, key);
                }
            }
        } else {
            m_names.warn(QCoreApplication::translate(
                "BotSource", "%1: %2 is neither a list nor a map of names; BotVault ignored it.")
                             .arg(yamlSource(node.Mark()), key));
        }
    }

    void readKeys(const YAML::Node& map, NameKind kind, const QString& key)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const YAML::Node name = it->first;
            if (!name.IsScalar()) {
                warnNotAName(name, key);
                continue;
            }
            const QString text = yamlText(name);
            m_names.add(kind, text, yamlSource(name.Mark()), NameRead::Declared);
            const YAML::Node value = it->second;
            if (kind == NameKind::Secret && value.IsScalar() && !value.Scalar().empty() && NameRules::validate(text)) {
                m_names.warnSecretValueInCode(text, yamlSource(name.Mark()));
            }
        }
    }

    void warnNotAName(const YAML::Node& node, const QString& key)
    {
        m_names.warn(QCoreApplication::translate("BotSource", "%1: an item of %2 is not a name; BotVault ignored it.")
                         .arg(yamlSource(node.Mark()), key));
    }

    NameCollector& m_names;
};

} // namespace

void scanChatbotYaml(const QByteArray& content, NameCollector& names)
{
    // yaml-cpp reports errors by exceptions; none may leave this function. Its messages may quote
    // the file (a secret's default value among it), so only the position is shown.
    try {
        const YAML::Node root = YAML::Load(std::string(content.constData(), static_cast<size_t>(content.size())));
        InjectorReader(names).read(root);
    } catch (const YAML::Exception& error) {
        if (error.mark.is_null()) {
            names.warn(QCoreApplication::translate("BotSource",
                "chatbot.yaml is not valid YAML: fix the file and scan again. BotVault still looked "
                "for names in src/."));
        } else {
            names.warn(QCoreApplication::translate("BotSource",
                "chatbot.yaml is not valid YAML at line %1, column %2: fix the file and scan again. "
                "BotVault still looked for names in src/.")
                           .arg(error.mark.line + 1)
                           .arg(error.mark.column + 1));
        }
    } catch (...) {
        names.warn(QCoreApplication::translate("BotSource",
            "chatbot.yaml could not be read: fix the file and scan again. BotVault still looked for "
            "names in src/."));
    }
}

} // namespace BotSource
