#pragma once

#include "models/Ids.h"
#include "storage/ProjectTransfer.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>

class ProjectStore;
class QComboBox;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Ui {
class EnvImportDialog;
}

// Imports NAME=value lines from a .env file into a project. The admin pastes the text or opens a
// file and sees a live preview: each line's number, name and value, whether it becomes a variable
// or a secret (suggested from the name: API_KEY, DB_PASSWORD … look like secrets) or is left out,
// and what it will do (new, replaces the existing value, unchanged); lines that cannot be read are
// listed below with their line numbers. The value of a row stored as a secret is never shown, only
// the fixed mask: not in the preview, and not in the paste box either, where a pasted or opened
// line that is not imported as a variable shows NAME=•••••••• as soon as it is read while the
// dialog keeps the value (a line typed by hand is masked once the cursor leaves it). Without the
// secrets-admin role the Secret choice is disabled, with the reason. Everything chosen is written in
// one transaction.
class EnvImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class RowChoice
    {
        Variable,
        Secret,
        Skip,
    };

    // Table columns.
    enum Column
    {
        LineColumn,
        NameColumn,
        ValueColumn,
        ChoiceColumn,
        StatusColumn,
        ColumnCount
    };

    EnvImportDialog(ProjectStore* store, ProjectId project, const QString& projectName, QWidget* parent = nullptr);
    ~EnvImportDialog() override;

    // Parses the text now (it is otherwise parsed shortly after the last edit).
    void updatePreview();
    // Asks for a .env file and puts its text into the paste box.
    void openFile();
    // Reads `path` into the paste box; false (with the reason shown) when it cannot.
    bool loadFile(const QString& path);

    QTableWidget* previewTable() const;
    const ProjectTransfer::EnvImportPlan& plan() const { return m_plan; }
    RowChoice choice(int row) const;
    void setChoice(int row, RowChoice choice);
    QComboBox* choiceBox(int row) const;
    // How many rows an import would write now.
    int importableCount() const;

    // Writes the chosen rows; accepts the dialog on success, shows the error otherwise.
    void import();
    // After the dialog was accepted: a summary for the status bar.
    QString summary() const { return m_summary; }

    static QString choiceText(RowChoice choice);

private:
    // The role that decides whether secrets can be imported, and the names the project holds.
    void readProjectNames();
    void setUpPreviewTable();
    void connectWidgets();
    // What a row will do with the current choice and conflict policy.
    enum class RowEffect
    {
        New,
        Replace,
        Unchanged,
        Kept,
        Skipped,
    };

    void rebuildTable();
    // The choice a line starts with: its kind as the project or the name suggests, or what the
    // admin chose before for that name; never a secret without the role.
    RowChoice initialChoice(const ProjectTransfer::EnvLine& line) const;
    QComboBox* makeChoiceBox(int row, const ProjectTransfer::EnvLine& line, RowChoice choice);
    void showLineErrors();
    void refreshRows();
    void refreshRow(int row);
    RowEffect effect(int row) const;
    bool replaceExisting() const;
    // Puts the values the box hides back into the parsed lines; a masked line whose value the
    // dialog does not hold (its name was edited) becomes a line error.
    void restoreHiddenValues();
    // Replaces, in the paste box, the value of every line not imported as a variable with the mask,
    // keeping the value in m_hiddenValues; the line being typed is left until the cursor leaves it.
    void maskSecretLines();
    // The last block of the definition of `name` that starts at block `first`, or -1.
    int definitionEnd(int first, const QString& name) const;
    void maskDefinition(int first, int last);
    void onBoxEdited(int added);
    void onCursorMoved();
    bool eventFilter(QObject* watched, QEvent* event) override;

    std::unique_ptr<Ui::EnvImportDialog> m_ui;
    QPushButton* m_importButton = nullptr;
    QTimer* m_previewTimer;
    ProjectStore* m_store;
    ProjectId m_project;
    QString m_projectName;
    bool m_canManageSecrets = false;
    QString m_secretsDeniedReason;
    // What the project holds, read once: existing secret names and variable values.
    QSet<QString> m_existingSecrets;
    QHash<QString, QString> m_variableValues;
    ProjectTransfer::EnvImportPlan m_plan;
    QList<RowChoice> m_choices;
    // Choices the admin made, by name, so they survive editing the text.
    QHash<QString, RowChoice> m_chosen;
    QString m_error;
    QString m_summary;
    // Values the paste box shows as the mask, by name.
    QHash<QString, QString> m_hiddenValues;
    // The last edit of the box was typing (not a paste or a file), in block m_typingBlock.
    bool m_typing = false;
    int m_typingBlock = -1;
    // The dialog itself is changing the box.
    bool m_masking = false;
};
