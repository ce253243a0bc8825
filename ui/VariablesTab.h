#pragma once

#include "models/Ids.h"
#include "sync/SyncEngine.h"

#include <QWidget>

class ClipboardGuard;
class ItemTableView;
class ProjectStore;
class UnusedNameDelegate;
class VariablesTableModel;

// The Environment variables tab: names, visible values, the "include into project export ZIP
// file" checkbox (editable in place) and when each was updated. A changed variable reaches a
// channel only when that channel is deployed again.
class VariablesTab : public QWidget
{
    Q_OBJECT

public:
    VariablesTab(ProjectStore* store, ClipboardGuard* clipboard, QWidget* parent = nullptr);

    void setProject(ProjectId project, const QString& projectName);
    ProjectId project() const { return m_project; }
    VariablesTableModel* model() const { return m_model; }
    ItemTableView* view() const { return m_view; }
    void setClipboardClearSeconds(int seconds) { m_clipboardClearSeconds = seconds; }
    // What the platform account of the project's binding may do (GET /me): without the right,
    // adding, editing and deleting are disabled with `reason` as tooltip.
    void setRemoteRestriction(bool allowed, const QString& reason);
    // The "pending" / "conflict" tags after the names; empty for an unbound project.
    void setSyncStates(const QHash<QString, ItemSyncState>& states);
    UnusedNameDelegate* nameDelegate() const { return m_nameDelegate; }

    void addVariable();
    // The Add variable dialog with `name` filled in and the value field focused (a name the bot
    // expects); an empty name opens it empty.
    void addVariableNamed(const QString& name);
    void editVariable(int row);
    void deleteVariable(int row);
    void copyValue(int row);

Q_SIGNALS:
    void statusMessage(const QString& message);
    void countChanged(int count);

private:
    ProjectStore* m_store;
    ClipboardGuard* m_clipboard;
    VariablesTableModel* m_model;
    ItemTableView* m_view;
    UnusedNameDelegate* m_nameDelegate;
    ProjectId m_project = 0;
    QString m_deniedReason;
    QString m_projectName;
    int m_clipboardClearSeconds = 30;
};
