#pragma once

#include "models/Ids.h"
#include "models/ProjectStore.h"
#include "ui/NameCheck.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

class QPushButton;
struct Variable;

namespace Ui {
class VariableDialog;
}

// Adds an environment variable to a project or edits one: name, a visible multi-line value (which
// may be empty) and whether the project export ZIP file includes it. Names and the value size are
// checked live; the store has the last word and its errors are shown without closing the dialog.
class VariableDialog : public QDialog
{
    Q_OBJECT

public:
    // The vault's limit on a value, in UTF-8 bytes (Vault::kMaxValueBytes).
    static constexpr qsizetype kMaxValueBytes = 64 * 1024;

    VariableDialog(ProjectStore* store, ProjectId project, QStringList existingNames, QWidget* parent = nullptr);
    ~VariableDialog() override;

    // Switches to edit mode for `variable`: name, value and the export flag are prefilled. Saving is
    // refused when the variable changed elsewhere after this (its id and "updated" time differ).
    void setEditing(const Variable& variable);
    bool isEditing() const;
    // For a new variable whose name is already known (the bot expects it): fills the name field as
    // if typed.
    void setNewName(const QString& name);
    // Puts the keyboard focus on the value field (after the dialog is shown).
    void focusValue();

    // The name in the name field; after the dialog was accepted, the name the variable was saved as.
    QString name() const;
    // The store's warning for the saved name (it differs from another only by case), or empty.
    QString savedWarning() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateState();
    void save();

    std::unique_ptr<Ui::VariableDialog> m_ui;
    QPushButton* m_saveButton = nullptr;
    ProjectStore* m_store;
    ProjectId m_project;
    NameCheck m_nameCheck;
    bool m_editing = false;
    QString m_currentName;
    QString m_currentValue;
    bool m_currentIncludeInExport = false;
    std::optional<ProjectStore::SeenItem> m_seen;
    QString m_storeError;
    QString m_savedWarning;
};
