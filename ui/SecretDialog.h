#pragma once

#include "models/Ids.h"
#include "models/ProjectStore.h"
#include "models/SecretValue.h"
#include "ui/NameCheck.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

class QPushButton;
class RotationPolicyEdit;

namespace Ui {
class SecretDialog;
}

// Adds a secret to a project or edits one (rename and/or replace the value). The value is typed
// into a masked field and handed to the store as a SecretValue; in edit mode the current value is
// never read or shown. Names are checked live against the name rule and the project's other
// secrets; the store has the last word and its errors are shown without closing the dialog.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    // The vault's limit on a value, in UTF-8 bytes (Vault::kMaxValueBytes).
    static constexpr qsizetype kMaxValueBytes = 64 * 1024;

    SecretDialog(ProjectStore* store, ProjectId project, QStringList existingNames, QWidget* parent = nullptr);
    ~SecretDialog() override;

    // Switches to edit mode for the secret named `currentName`: the name is prefilled and may be
    // changed, the value field starts empty and an empty value keeps the current one.
    // With `seen`, saving is refused when the secret changed elsewhere after it was listed.
    void setEditing(const QString& currentName, const std::optional<ProjectStore::SeenItem>& seen = std::nullopt);
    bool isEditing() const;
    // For a new secret whose name is already known (the bot expects it): fills the name field as
    // if typed.
    void setNewName(const QString& name);
    // The secret's rotation rule as stored (edit mode); saving writes the rule only when it changed.
    void setRotation(const RotationPolicy& policy);
    RotationPolicyEdit* rotationEdit() const { return m_rotationEdit; }
    // Puts the keyboard focus on the value field (after the dialog is shown).
    void focusValue();

    // The name in the name field; after the dialog was accepted, the name the secret was saved as.
    QString name() const;
    // The store's warning for the saved name (it differs from another only by case), or empty.
    QString savedWarning() const;

    void done(int result) override;

    // Whether the value is typed into the multi-line field (a PEM key, a certificate).
    bool isMultiLine() const;

private:
    void setUpValueFields();
    void setUpRotationField();
    bool rotationChanged() const;
    // Writes the rotation rule after the item itself was saved as `name`.
    Result<void> saveRotation(const QString& name);
    void updateState();
    // The value size message and the multi-line field's shape line; returns whether the size fits.
    bool updateValueMessages(bool valueEmpty);
    void save();
    // Moves what was typed between the one-line and the multi-line field.
    void setMultiLine(bool multiLine);
    void generateValue();
    bool valueIsEmpty() const;
    SecretValue currentValue() const;

    std::unique_ptr<Ui::SecretDialog> m_ui;
    QPushButton* m_saveButton = nullptr;
    ProjectStore* m_store;
    ProjectId m_project;
    NameCheck m_nameCheck;
    QString m_currentName;
    std::optional<ProjectStore::SeenItem> m_seen;
    bool m_editing = false;
    // Set when saving is impossible whatever is typed (no secrets-admin role, no vault).
    QString m_permissionReason;
    QString m_storeError;
    QString m_savedWarning;
    RotationPolicyEdit* m_rotationEdit = nullptr;
    RotationPolicy m_storedRotation;
    // The length of the value the generator just filled in, until the value is edited.
    int m_generatedLength = 0;
};
