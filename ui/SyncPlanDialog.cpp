#include "ui/SyncPlanDialog.h"

#include "models/RotationPolicy.h"
#include "ui/DialogHeight.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column
{
    NameColumn,
    KindColumn,
    ChangeColumn,
    ChoiceColumn,
    ColumnCount,
};

// Button ids of a conflict row's choice group.
enum ChoiceId
{
    KeepLocalId = 1,
    TakeRemoteId = 2,
    LaterId = 3,
};

constexpr int kIndexRole = Qt::UserRole + 1;
constexpr QChar kArrow(0x2192);

using Action = SyncPlanItem::Action;

bool isOutgoing(Action action)
{
    return action == Action::Add || action == Action::Change || action == Action::Remove;
}

bool isIncoming(Action action)
{
    return action == Action::PullAdd || action == Action::PullChange || action == Action::PullRemove
        || action == Action::SecretChangedRemotely;
}

} // namespace

SyncPlanDialog::SyncPlanDialog(SyncPlan plan, Mode mode, const QString& projectName, QWidget* parent)
    : QDialog(parent)
    , m_plan(std::move(plan))
    , m_mode(mode)
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_choiceHint(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(this))
{
    const bool publish = m_mode == Mode::Publish;
    setObjectName(QStringLiteral("syncPlanDialog"));
    setWindowTitle(publish ? tr("Publish “%1”").arg(projectName) : tr("Pull “%1”").arg(projectName));
    setAccessibleName(windowTitle());

    m_summary->setObjectName(QStringLiteral("syncPlanSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_notice->setObjectName(QStringLiteral("syncPlanNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    m_choiceHint->setObjectName(QStringLiteral("syncPlanChoiceHint"));
    m_choiceHint->setWordWrap(true);
    m_choiceHint->setTextFormat(Qt::PlainText);
    m_choiceHint->setText(tr("Choose a side for every conflict to publish."));

    m_tree->setObjectName(QStringLiteral("syncPlanTree"));
    m_tree->setAccessibleName(publish ? tr("Changes to publish") : tr("Changes to pull"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Name"), tr("Kind"), tr("Change"), tr("Choice")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    // A value's start says what it is ("https://…"): a narrow column cuts the middle of a line, and
    // the row's tooltip holds the whole text.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    const int character = m_tree->fontMetrics().averageCharWidth();
    m_tree->setColumnWidth(NameColumn, 28 * character);
    m_tree->setColumnWidth(KindColumn,
        qMax(m_tree->fontMetrics().horizontalAdvance(tr("Variable")),
            m_tree->fontMetrics().horizontalAdvance(tr("Secret")))
            + 4 * character);
    m_tree->setColumnWidth(ChoiceColumn, 30 * character);

    m_accept = m_buttons->addButton(publish ? tr("&Publish") : tr("P&ull"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("syncPlanAcceptButton"));
    m_accept->setAccessibleName(publish ? tr("Publish these changes") : tr("Pull these changes"));
    m_accept->setDefault(true);
    QPushButton* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("syncPlanCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* row, int column) {
        if (m_filling || column != ChoiceColumn || !row->data(ChoiceColumn, kIndexRole).isValid()) {
            return;
        }
        const int index = row->data(ChoiceColumn, kIndexRole).toInt();
        m_plan.items[index].deleteRemote = row->checkState(ChoiceColumn) == Qt::Checked;
        updateAcceptButton();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_notice);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_choiceHint);
    layout->addWidget(m_buttons);

    fill();
    updateAcceptButton();
    resize(980, 560);
}

QString SyncPlanDialog::groupTitle(Group group, Mode mode)
{
    const bool publish = mode == Mode::Publish;
    switch (group) {
    case Group::ToAdd:
        return publish ? tr("To add on the platform") : tr("To add to this vault");
    case Group::ToChange:
        return publish ? tr("To change on the platform") : tr("To change in this vault");
    case Group::ToRemove:
        return publish ? tr("To remove from the platform") : tr("To remove from this vault");
    case Group::Conflicts:
        return tr("Conflicts: changed on both sides");
    case Group::OnlyOnPlatform:
        return tr("Only on the platform");
    case Group::SecretsReplaced:
        return tr("Secrets replaced on the platform");
    case Group::Incoming:
        return tr("Incoming changes (use Pull to bring them into this vault)");
    case Group::Outgoing:
        return tr("Changes made here (use Publish to send them)");
    }
    return QString();
}

void SyncPlanDialog::fill()
{
    m_filling = true;
    int settled = 0;
    const QHash<Group, QList<int>> groups = groupItems(&settled);
    const bool publish = m_mode == Mode::Publish;
    // The groups that need a decision first, then what will happen, then what is for information.
    const QList<Group> order = publish ? QList<Group> {Group::Conflicts, Group::ToAdd, Group::ToChange, Group::ToRemove,
                                   Group::OnlyOnPlatform, Group::Incoming}
                                       : QList<Group> {Group::Conflicts, Group::ToAdd, Group::ToChange, Group::ToRemove,
                                           Group::SecretsReplaced, Group::OnlyOnPlatform, Group::Outgoing};
    for (Group group : order) {
        if (groups.contains(group)) {
            addGroup(group, groups.value(group));
        }
    }

    m_summary->setText(summaryText(groups));
    fitNameColumn();
    m_filling = false;
}

// The plan's items by the group they are shown in; `settled` counts those that already match.
QHash<SyncPlanDialog::Group, QList<int>> SyncPlanDialog::groupItems(int* settled)
{
    QHash<Group, QList<int>> groups;
    const bool publish = m_mode == Mode::Publish;
    for (int i = 0; i < m_plan.items.size(); ++i) {
        switch (m_plan.items.at(i).action) {
        case Action::Add:
            groups[publish ? Group::ToAdd : Group::Outgoing].append(i);
            break;
        case Action::Change:
            groups[publish ? Group::ToChange : Group::Outgoing].append(i);
            break;
        case Action::Remove:
            groups[publish ? Group::ToRemove : Group::Outgoing].append(i);
            break;
        case Action::PullAdd:
            groups[publish ? Group::Incoming : Group::ToAdd].append(i);
            break;
        case Action::PullChange:
            groups[publish ? Group::Incoming : Group::ToChange].append(i);
            break;
        case Action::PullRemove:
            groups[publish ? Group::Incoming : Group::ToRemove].append(i);
            break;
        case Action::SecretChangedRemotely:
            groups[publish ? Group::Incoming : Group::SecretsReplaced].append(i);
            break;
        case Action::RemoteOnly:
            groups[Group::OnlyOnPlatform].append(i);
            break;
        case Action::Conflict:
            groups[Group::Conflicts].append(i);
            if (!publish && m_plan.items.at(i).choice == SyncPlanItem::Choice::Undecided) {
                m_leftForLater.insert(i);
            }
            break;
        case Action::Settle:
            ++*settled;
            break;
        }
    }
    return groups;
}

QString SyncPlanDialog::summaryText(const QHash<Group, QList<int>>& groups) const
{
    // The same counts as the status bar's (summarizeSyncPlan), so the two never disagree.
    const SyncSummary summary = summarizeSyncPlan(m_plan);
    QStringList parts;
    if (m_mode == Mode::Publish) {
        if (summary.toPublish > 0) {
            parts << tr("%n change(s) will be sent to the platform project #%1.", nullptr, summary.toPublish)
                         .arg(m_plan.remoteProjectId);
        } else if (summary.conflicts > 0) {
            parts << tr("Changes made here conflict with the platform project #%1: nothing is sent before you "
                        "choose a side for each.")
                         .arg(m_plan.remoteProjectId);
        } else {
            parts
                << tr("Nothing changed here needs publishing to the platform project #%1.").arg(m_plan.remoteProjectId);
        }
        if (summary.toPull > 0) {
            parts << tr("%n change(s) made on the platform are not in this vault yet.", nullptr, summary.toPull);
        }
    } else {
        parts << (summary.toPull > 0
                ? tr("%n change(s) from the platform project #%1 will be written to this vault.", nullptr,
                    summary.toPull)
                      .arg(m_plan.remoteProjectId)
                : tr("The platform project #%1 has no changes for this vault.").arg(m_plan.remoteProjectId));
        if (groups.contains(Group::SecretsReplaced)) {
            parts << tr("A secret's value cannot be read back from the platform: for a secret replaced there, this "
                        "vault keeps its own value, which may be out of date. Set it again here if you need it.");
        }
        if (summary.toPublish > 0) {
            parts << tr("%n change(s) made here are not published yet.", nullptr, summary.toPublish);
        }
    }
    if (summary.conflicts > 0) {
        parts << tr("%n item(s) changed on both sides; nothing is overwritten without your choice.", nullptr,
            summary.conflicts);
    }
    if (summary.settled > 0) {
        parts << tr("%n item(s) already match.", nullptr, summary.settled);
    }
    if (summary.damagedEntries > 0) {
        parts << tr("%n queued change(s) are damaged and cannot be read; publishing stops before them.", nullptr,
            summary.damagedEntries);
    }
    return parts.join(u' ');
}

void SyncPlanDialog::fitNameColumn()
{
    // Names up to the 128-character limit would crowd out the change itself: fit the longest name,
    // between 28 and 64 average characters (names are upper case, wider than the average).
    const int character = m_tree->fontMetrics().averageCharWidth();
    // Measured here rather than with resizeColumnToContents(), which sees only the rows laid out so far.
    int nameWidth = 0;
    for (int group = 0; group < m_tree->topLevelItemCount(); ++group) {
        const QTreeWidgetItem* groupItem = m_tree->topLevelItem(group);
        for (int child = 0; child < groupItem->childCount(); ++child) {
            nameWidth
                = qMax(nameWidth, m_tree->fontMetrics().horizontalAdvance(groupItem->child(child)->text(NameColumn)));
        }
    }
    nameWidth += 2 * m_tree->indentation() + 2 * character;
    m_tree->setColumnWidth(NameColumn, std::clamp(nameWidth, 28 * character, 64 * character));
}

QTreeWidgetItem* SyncPlanDialog::addGroup(Group group, const QList<int>& indexes)
{
    auto* header = new QTreeWidgetItem(m_tree);
    header->setText(NameColumn, tr("%1 (%L2)").arg(groupTitle(group, m_mode)).arg(indexes.size()));
    header->setData(NameColumn, Qt::AccessibleTextRole, header->text(NameColumn));
    QFont bold = m_tree->font();
    bold.setBold(true);
    header->setFont(NameColumn, bold);
    header->setFlags(Qt::ItemIsEnabled);
    header->setFirstColumnSpanned(true);

    const bool publish = m_mode == Mode::Publish;
    for (int index : indexes) {
        const SyncPlanItem& item = m_plan.items.at(index);
        auto* row = new QTreeWidgetItem(header);
        row->setText(NameColumn, item.name);
        row->setToolTip(NameColumn, item.name);
        row->setText(KindColumn, item.kind == ItemKind::Secret ? tr("Secret") : tr("Variable"));
        QString change = changeText(item);
        if (item.awaitingReplay) {
            change = tr("%1 (sent before; its answer was lost, so it is sent again first)").arg(change);
        }
        row->setText(ChangeColumn, change);
        // Variables only: a secret's row never carries anything but the mask.
        if (item.kind == ItemKind::Variable) {
            row->setToolTip(ChangeColumn, change);
        }
        row->setData(NameColumn, kIndexRole, index);
        m_rows.insert(index, row);
        if (group == Group::OnlyOnPlatform && publish) {
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setText(ChoiceColumn, tr("Delete on the platform"));
            row->setData(ChoiceColumn, kIndexRole, index);
            row->setCheckState(ChoiceColumn, item.deleteRemote ? Qt::Checked : Qt::Unchecked);
            row->setToolTip(ChoiceColumn,
                tr("Tick to delete %1 on the platform when publishing; otherwise it stays "
                   "there.")
                    .arg(item.name));
        }
    }
    header->setExpanded(true);
    if (group == Group::Conflicts) {
        for (int index : indexes) {
            addConflictControls(m_rows.value(index), index);
        }
    }
    return header;
}

void SyncPlanDialog::addConflictControls(QTreeWidgetItem* row, int index)
{
    const SyncPlanItem& item = m_plan.items.at(index);
    auto* controls = new QWidget(m_tree);
    controls->setObjectName(QStringLiteral("conflictControls_%1").arg(index));
    auto* layout = new QHBoxLayout(controls);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(8);
    auto* group = new QButtonGroup(controls);
    auto addChoice = [&](int id, const QString& text, const QString& accessible) {
        auto* button = new QRadioButton(text, controls);
        button->setObjectName(QStringLiteral("conflictChoice%1_%2").arg(id).arg(index));
        button->setAccessibleName(accessible.arg(item.name));
        group->addButton(button, id);
        layout->addWidget(button);
        return button;
    };
    addChoice(KeepLocalId, tr("Keep mine"), tr("Keep this vault's side of %1"));
    QRadioButton* take = addChoice(TakeRemoteId, tr("Take the platform's"), tr("Take the platform's side of %1"));
    if (!item.canTakeRemote()) {
        take->setEnabled(false);
        take->setToolTip(ConflictDialog::cannotTakeRemoteReason());
    }
    if (m_mode == Mode::Pull) {
        addChoice(LaterId, tr("Later"), tr("Leave %1 for later"));
    }
    auto* resolve = new QPushButton(tr("Resolve…"), controls);
    resolve->setObjectName(QStringLiteral("resolveConflictButton_%1").arg(index));
    resolve->setAccessibleName(tr("Compare both sides of %1").arg(item.name));
    resolve->setAutoDefault(false);
    layout->addWidget(resolve);
    layout->addStretch(1);

    if (item.choice == SyncPlanItem::Choice::KeepLocal) {
        group->button(KeepLocalId)->setChecked(true);
    } else if (item.choice == SyncPlanItem::Choice::TakeRemote) {
        group->button(TakeRemoteId)->setChecked(true);
    } else if (m_leftForLater.contains(index)) {
        group->button(LaterId)->setChecked(true);
    }
    m_choiceGroups.insert(index, group);
    connect(group, &QButtonGroup::idClicked, this, [this, index](int id) {
        m_leftForLater.remove(index);
        switch (id) {
        case KeepLocalId:
            m_plan.items[index].choice = SyncPlanItem::Choice::KeepLocal;
            break;
        case TakeRemoteId:
            m_plan.items[index].choice = SyncPlanItem::Choice::TakeRemote;
            break;
        default:
            m_plan.items[index].choice = SyncPlanItem::Choice::Undecided;
            m_leftForLater.insert(index);
            break;
        }
        updateAcceptButton();
    });
    connect(resolve, &QPushButton::clicked, this, [this, index] { resolveConflict(index); });
    m_tree->setItemWidget(row, ChoiceColumn, controls);
    // The choices must never be cut off: the column grows to the widest row of controls.
    m_tree->setColumnWidth(ChoiceColumn, qMax(m_tree->columnWidth(ChoiceColumn), controls->sizeHint().width() + 8));
}

QString SyncPlanDialog::changeText(const SyncPlanItem& item) const
{
    const bool secret = item.kind == ItemKind::Secret;
    auto local = [&item] { return ConflictDialog::sideText(item.kind, item.localExists, item.localValue, true); };
    auto remote = [&item] { return ConflictDialog::sideText(item.kind, item.remoteExists, item.remoteValue, false); };
    auto exportChange = [](bool from, bool to) {
        return tr("in export: %1 %2 %3").arg(from ? tr("yes") : tr("no"), kArrow, to ? tr("yes") : tr("no"));
    };
    switch (item.action) {
    case Action::Add:
        return local();
    case Action::Change:
        if (secret && item.rotationOnly) {
            return tr("rotation rule changed: %1").arg(RotationRules::policyText(item.localRotation.policy));
        }
        if (secret) {
            return tr("new value %1").arg(local());
        }
        if (item.remoteValue == item.localValue && item.remoteIncludeInExport != item.localIncludeInExport) {
            return exportChange(item.remoteIncludeInExport, item.localIncludeInExport);
        }
        return QStringLiteral("%1  %2  %3").arg(remote(), kArrow, local());
    case Action::Remove:
        return tr("delete on the platform");
    case Action::PullAdd:
        return remote();
    case Action::PullChange:
        if (item.remoteValue == item.localValue && item.remoteIncludeInExport != item.localIncludeInExport) {
            return exportChange(item.localIncludeInExport, item.remoteIncludeInExport);
        }
        return QStringLiteral("%1  %2  %3").arg(local(), kArrow, remote());
    case Action::PullRemove:
        return tr("deleted on the platform");
    case Action::SecretChangedRemotely:
        return item.remoteUpdatedBy.isEmpty() ? tr("replaced on the platform")
                                              : tr("replaced on the platform by %1").arg(item.remoteUpdatedBy);
    case Action::RemoteOnly:
        return item.remoteUpdatedBy.isEmpty()
            ? tr("%1 revision %L2").arg(remote()).arg(item.remoteRevision)
            : tr("%1 revision %L2 by %3").arg(remote()).arg(item.remoteRevision).arg(item.remoteUpdatedBy);
    case Action::Conflict:
        // One line per side, so each keeps its start when the column is narrow.
        return tr("mine: %1\nplatform: %2").arg(local(), remote());
    case Action::Settle:
        break;
    }
    return QString();
}

void SyncPlanDialog::setConflictChoice(int index, SyncPlanItem::Choice choice)
{
    QButtonGroup* group = m_choiceGroups.value(index);
    if (!group) {
        return;
    }
    const int id = choice == SyncPlanItem::Choice::KeepLocal ? KeepLocalId
        : choice == SyncPlanItem::Choice::TakeRemote         ? TakeRemoteId
                                                             : LaterId;
    if (QAbstractButton* button = group->button(id)) {
        button->click();
    }
}

void SyncPlanDialog::setLeaveForLater(int index)
{
    setConflictChoice(index, SyncPlanItem::Choice::Undecided);
}

void SyncPlanDialog::setDeleteRemote(int index, bool deleteRemote)
{
    if (QTreeWidgetItem* row = m_rows.value(index); row && (row->flags() & Qt::ItemIsUserCheckable)) {
        row->setCheckState(ChoiceColumn, deleteRemote ? Qt::Checked : Qt::Unchecked);
    }
}

void SyncPlanDialog::resolveConflict(int index)
{
    if (index < 0 || index >= m_plan.items.size() || m_plan.items.at(index).action != Action::Conflict) {
        return;
    }
    auto* dialog = new ConflictDialog(m_plan.items.at(index), m_mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, index] { setConflictChoice(index, dialog->choice()); });
    dialog->open();
}

void SyncPlanDialog::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

bool SyncPlanDialog::hasWork() const
{
    for (int i = 0; i < m_plan.items.size(); ++i) {
        const SyncPlanItem& item = m_plan.items.at(i);
        if (m_mode == Mode::Publish) {
            if (isOutgoing(item.action) || item.action == Action::Conflict || item.action == Action::Settle
                || (item.action == Action::RemoteOnly && item.deleteRemote)) {
                return true;
            }
        } else if (isIncoming(item.action) || item.action == Action::Settle
            || (item.action == Action::Conflict && !m_leftForLater.contains(i))) {
            return true;
        }
    }
    return false;
}

void SyncPlanDialog::updateAcceptButton()
{
    bool undecided = false;
    for (int i = 0; i < m_plan.items.size(); ++i) {
        const SyncPlanItem& item = m_plan.items.at(i);
        if (item.action == Action::Conflict && item.choice == SyncPlanItem::Choice::Undecided
            && !m_leftForLater.contains(i)) {
            undecided = true;
        }
    }
    m_choiceHint->setVisible(undecided);
    const bool work = hasWork();
    m_accept->setEnabled(!undecided && work);
    if (!work) {
        m_accept->setToolTip(m_mode == Mode::Publish ? tr("Nothing to publish.") : tr("Nothing to pull."));
    } else {
        m_accept->setToolTip(undecided ? m_choiceHint->text() : QString());
    }
}

SyncPlan SyncPlanDialog::plan() const
{
    SyncPlan result = m_plan;
    if (m_mode == Mode::Pull && !m_leftForLater.isEmpty()) {
        result.items.clear();
        for (int i = 0; i < m_plan.items.size(); ++i) {
            if (!m_leftForLater.contains(i)) {
                result.items.append(m_plan.items.at(i));
            }
        }
    }
    return result;
}

void SyncPlanDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_tree->setFocus();
}
