#pragma once

#include "sync/SyncPlan.h"
#include "ui/ConflictDialog.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The plan of a Publish or a Pull, before anything is sent or written: the changes grouped by what
// will happen to them (to add, to change, to remove, conflicts, only on the platform, incoming or
// outgoing for the other command), variables with their values, secrets always masked. Every
// conflict needs a choice before Publish is enabled; items only on the platform are deleted there
// only when their "Delete on the platform" box is ticked. plan() returns the plan with the choices,
// ready for SyncEngine::publish or pull.
class SyncPlanDialog : public QDialog
{
    Q_OBJECT

public:
    using Mode = ConflictDialog::Mode;

    SyncPlanDialog(SyncPlan plan, Mode mode, const QString& projectName, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // The plan with the admin's choices. In Pull mode the conflicts left for later are taken out,
    // so the pull leaves them as they are.
    SyncPlan plan() const;
    // A line above the groups, e.g. why the plan was opened again after a publish found conflicts.
    void setNotice(const QString& text);

    QTreeWidget* tree() const { return m_tree; }
    QPushButton* acceptButton() const { return m_accept; }
    // Test seams: the row of plan item `index`, and the conflict choice of a row.
    QTreeWidgetItem* rowForItem(int index) const { return m_rows.value(index); }
    void setConflictChoice(int index, SyncPlanItem::Choice choice);
    void setLeaveForLater(int index);
    void setDeleteRemote(int index, bool deleteRemote);
    // Opens ConflictDialog for plan item `index` (the row's "Resolve…" button).
    void resolveConflict(int index);

    // The group titles, for tests and the user guide.
    enum class Group
    {
        ToAdd,
        ToChange,
        ToRemove,
        Conflicts,
        OnlyOnPlatform,
        SecretsReplaced,
        Incoming,
        Outgoing,
    };
    static QString groupTitle(Group group, Mode mode);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill();
    QHash<Group, QList<int>> groupItems(int* settled);
    QString summaryText(const QHash<Group, QList<int>>& groups) const;
    void fitNameColumn();
    QTreeWidgetItem* addGroup(Group group, const QList<int>& indexes);
    void addConflictControls(QTreeWidgetItem* row, int index);
    QString changeText(const SyncPlanItem& item) const;
    void updateAcceptButton();
    bool hasWork() const;

    SyncPlan m_plan;
    Mode m_mode;
    QLabel* m_summary;
    QLabel* m_notice;
    QLabel* m_choiceHint;
    QTreeWidget* m_tree;
    QDialogButtonBox* m_buttons;
    QPushButton* m_accept;
    QHash<int, QTreeWidgetItem*> m_rows;
    QHash<int, QButtonGroup*> m_choiceGroups;
    // Pull mode: conflicts the admin leaves for later (taken out of plan()).
    QSet<int> m_leftForLater;
    bool m_filling = false;
};
