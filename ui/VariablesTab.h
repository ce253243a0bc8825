#pragma once

#include "models/Ids.h"
#include "ui/ItemTab.h"

class ClipboardGuard;
class ProjectStore;
class VariablesTableModel;

// The Environment variables tab: names, visible values, the "include into project export ZIP
// file" checkbox (editable in place) and when each was updated. A changed variable reaches a
// channel only when that channel is deployed again.
class VariablesTab : public ItemTab
{
    Q_OBJECT

public:
    VariablesTab(ProjectStore* store, ClipboardGuard* clipboard, QWidget* parent = nullptr);

    // setProject(), project(), view(), nameDelegate(), setSyncStates() and the signals come from
    // ItemTab.
    VariablesTableModel* model() const { return m_model; }
    void setClipboardClearSeconds(int seconds) { m_clipboardClearSeconds = seconds; }
    // What the platform account of the project's binding may do (GET /me): without the right,
    // adding, editing and deleting are disabled with `reason` as tooltip.
    void setRemoteRestriction(bool allowed, const QString& reason);

    void addVariable();
    // The Add variable dialog with `name` filled in and the value field focused (a name the bot
    // expects); an empty name opens it empty.
    void addVariableNamed(const QString& name);
    void editVariable(int row);
    void deleteVariable(int row);
    void copyValue(int row);

protected:
    QString nameAt(int row) const override;

private:
    // The project is bound to a platform project: a saved change must be published before a deploy
    // can take it.
    bool isBound() const;

    ClipboardGuard* m_clipboard;
    VariablesTableModel* m_model;
    int m_clipboardClearSeconds = 30;
};
