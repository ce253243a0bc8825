#include "ui/NameCheck.h"

#include "models/NameRules.h"
#include "models/StartupVariables.h"
#include "ui/FormMessage.h"

#include <utility>

NameCheck::NameCheck(QStringList existingNames, TakenMessage takenMessage)
    : m_existingNames(std::move(existingNames)), m_takenMessage(std::move(takenMessage))
{
}

void NameCheck::setCurrentName(const QString& name)
{
    m_editing = true;
    m_currentName = name;
}

void NameCheck::addExisting(const QString& name)
{
    if (!m_existingNames.contains(name)) {
        m_existingNames.append(name);
    }
}

bool NameCheck::check(const QString& name, QLabel* message, bool storeErrorShown) const
{
    if (auto valid = NameRules::validate(name); !valid) {
        showFormMessage(message, name.isEmpty() && !m_edited ? QString() : valid.message());
        return false;
    }
    if (isTaken(name)) {
        // Right after the store refused the name its own message says so, until the next edit.
        showFormMessage(message, storeErrorShown ? QString() : m_takenMessage(name));
        return false;
    }
    // Neither blocks saving: a name that differs only by case, and one that changes how programs start.
    const QStringList collisions = NameRules::caseCollisions(name, otherNames());
    QStringList warnings {NameRules::caseCollisionWarning(name, collisions), StartupVariables::warning(name)};
    warnings.removeAll(QString());
    showFormMessage(message, warnings.join(u' '), FormMessageKind::Warning);
    return true;
}

bool NameCheck::isTaken(const QString& name) const
{
    return (!m_editing || name != m_currentName) && m_existingNames.contains(name);
}

QStringList NameCheck::otherNames() const
{
    QStringList others = m_existingNames;
    if (m_editing) {
        others.removeAll(m_currentName);
    }
    return others;
}
