#pragma once

#include "models/Result.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a project's name (add or rename). The name rule and the names of the other projects are
// checked as the name is typed, and OK is enabled only for a name that may be saved. OK runs the
// save itself: if the vault still refuses, the reason is shown under the field and the dialog stays
// open with the typed name.
class ProjectNameDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Result<void>(const QString& name)>;

    // `takenNames`: the names of the other projects; `save` stores the accepted name.
    ProjectNameDialog(const QString& title, const QString& label, const QString& current, const QStringList& takenNames,
        Save save, QWidget* parent = nullptr);

    QString name() const;
    QLineEdit* nameEdit() const { return m_edit; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    void validate();

    QLineEdit* m_edit;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QStringList m_takenNames;
    Save m_save;
};
