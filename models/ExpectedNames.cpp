#include "models/ExpectedNames.h"

#include <QCoreApplication>

#include <QSet>

#include <algorithm>

namespace {

QStringList sortedUnique(QStringList names)
{
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

// The names of `names` that are not in `other`, sorted and unique.
QStringList difference(const QStringList& names, const QStringList& other)
{
    const QSet<QString> otherSet(other.cbegin(), other.cend());
    QStringList result;
    for (const QString& name : names) {
        if (!otherSet.contains(name)) {
            result.append(name);
        }
    }
    return sortedUnique(result);
}

} // namespace

bool NameUsage::anyMissing() const
{
    return !missingSecrets.isEmpty() || !missingVariables.isEmpty();
}

NameUsage compareNames(
    const ExpectedNames& expected, const QStringList& definedSecrets, const QStringList& definedVariables)
{
    NameUsage usage;
    const QStringList absentSecrets = difference(expected.secrets, definedSecrets);
    const QStringList absentVariables = difference(expected.variables, definedVariables);
    usage.missingSecrets = difference(absentSecrets, expected.optionalSecrets);
    usage.missingVariables = difference(absentVariables, expected.optionalVariables);
    usage.optionalSecrets = difference(absentSecrets, usage.missingSecrets);
    usage.optionalVariables = difference(absentVariables, usage.missingVariables);
    usage.unusedSecrets = difference(definedSecrets, expected.secrets);
    usage.unusedVariables = difference(definedVariables, expected.variables);
    return usage;
}

ExpectedNames withDeclaredSecrets(ExpectedNames expected, const QStringList& declaredSecrets)
{
    for (const QString& name : declaredSecrets) {
        if (!expected.secrets.contains(name)) {
            expected.secrets.append(name);
        }
        // The archive says the project had a value for it: declared, so required.
        expected.optionalSecrets.removeAll(name);
        QStringList& sources = expected.secretSources[name];
        const QString archive = QCoreApplication::translate("ExpectedNames", "the imported archive");
        if (!sources.contains(archive)) {
            sources.append(archive);
        }
    }
    expected.secrets.sort();
    return expected;
}
