#pragma once

#include "sync/SyncPlan.h"

#include <QDialog>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPushButton;

// Shows both sides of one conflict found by Publish or Pull: this vault's side and the platform's
// (values for variables, a fixed mask for secrets), who changed the platform's side and when, and
// the revisions, then returns the admin's choice. A secret's value never reaches this dialog: the
// plan carries none.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Publish,
        Pull,
    };

    ConflictDialog(const SyncPlanItem& item, Mode mode, QWidget* parent = nullptr);

    // Valid once accepted: KeepLocal or TakeRemote.
    SyncPlanItem::Choice choice() const { return m_choice; }

    // What a plan shows for one side of an item: the value in one line for a variable, the mask
    // for a secret, "(deleted)" / "(not on the platform)" for a missing side.
    static QString sideText(ItemKind kind, bool exists, const QString& value, bool local);
    // Why "take the platform's" is disabled for a secret that exists on both sides.
    static QString cannotTakeRemoteReason();

private:
    QLabel* makeIntro(const SyncPlanItem& item);
    QLabel* rowTitle(const QString& text);
    QGridLayout* makeComparison(const SyncPlanItem& item);
    // Returns the next free row of `grid`.
    int addExportRow(QGridLayout* grid, const SyncPlanItem& item, int row);
    void addChangeRows(QGridLayout* grid, const SyncPlanItem& item, int row);
    QDialogButtonBox* makeButtons(const SyncPlanItem& item, Mode mode);
    void choose(SyncPlanItem::Choice choice);

    SyncPlanItem::Choice m_choice = SyncPlanItem::Choice::Undecided;
};
