#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QLabel;

// The live check of the name typed into SecretDialog or VariableDialog: the name rule, the
// project's other names of the same kind, and the warnings that do not block saving (a name that
// differs from another only by case, one that changes how programs start). Each dialog keeps its
// own text for a name that is taken.
class NameCheck
{
public:
    // Returns the dialog's message for `name` being taken.
    using TakenMessage = std::function<QString(const QString& name)>;

    NameCheck(QStringList existingNames, TakenMessage takenMessage);

    // The name of the item being edited: it is not taken by itself.
    void setCurrentName(const QString& name);
    // Once the user has typed, an empty name is an error; before, the disabled button says enough.
    void setEdited() { m_edited = true; }
    // A name the store refused as existing: from now on the live check knows it too.
    void addExisting(const QString& name);

    // Shows in `message` why `name` cannot be saved, or the warnings that do not block saving, and
    // returns whether it can be saved. While `storeErrorShown`, the store's own message says the
    // name is taken, so the check adds none.
    bool check(const QString& name, QLabel* message, bool storeErrorShown) const;

private:
    bool isTaken(const QString& name) const;
    QStringList otherNames() const;

    QStringList m_existingNames;
    TakenMessage m_takenMessage;
    QString m_currentName;
    bool m_editing = false;
    bool m_edited = false;
};
