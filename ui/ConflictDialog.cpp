#include "ui/ConflictDialog.h"

#include "models/SecretsTableModel.h"
#include "models/VariablesTableModel.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The longest value shown in full in the dialog; a longer one is cut (variables may hold 64 KiB).
constexpr int kMaxShownValue = 2000;

QLabel* valueLabel(const QString& text, const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setMinimumWidth(220);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

QString ConflictDialog::sideText(ItemKind kind, bool exists, const QString& value, bool local)
{
    if (!exists) {
        return local ? tr("(deleted in this vault)") : tr("(not on the platform)");
    }
    if (kind == ItemKind::Secret) {
        return SecretsTableModel::valueMask();
    }
    if (value.isEmpty()) {
        return tr("(empty)");
    }
    return VariablesTableModel::singleLineValue(value);
}

ConflictDialog::ConflictDialog(const SyncPlanItem& item, Mode mode, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    const bool secret = item.kind == ItemKind::Secret;
    setWindowTitle(secret ? tr("Conflict: secret %1").arg(item.name) : tr("Conflict: variable %1").arg(item.name));
    setAccessibleName(windowTitle());

    QLabel* intro = makeIntro(item);
    QGridLayout* grid = makeComparison(item);
    QDialogButtonBox* buttons = makeButtons(item, mode);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

QLabel* ConflictDialog::makeIntro(const SyncPlanItem& item)
{
    const bool secret = item.kind == ItemKind::Secret;
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(secret ? tr("The secret “%1” was changed in this vault and on the platform since they were last in "
                               "sync. Secret values are never shown; compare who changed it and when.")
                                .arg(item.name)
                          : tr("The variable “%1” was changed in this vault and on the platform since they were last "
                               "in sync. Choose which value to keep.")
                                .arg(item.name));
    return intro;
}

QLabel* ConflictDialog::rowTitle(const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// Both sides next to each other: the value, the export flag when it differs, who changed it
// when, and the revisions.
QGridLayout* ConflictDialog::makeComparison(const SyncPlanItem& item)
{
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    auto* localTitle = new QLabel(tr("<b>In this vault</b>"), this);
    auto* remoteTitle = new QLabel(tr("<b>On the platform</b>"), this);
    grid->addWidget(localTitle, 0, 1);
    grid->addWidget(remoteTitle, 0, 2);

    grid->addWidget(rowTitle(tr("Value:")), 1, 0);
    const QString localValue = sideText(item.kind, item.localExists, item.localValue.left(kMaxShownValue), true);
    const QString remoteValue = sideText(item.kind, item.remoteExists, item.remoteValue.left(kMaxShownValue), false);
    // Variables: the whole (multi-line) value, since the choice depends on it.
    auto fullText = [&item](bool exists, const QString& value, const QString& fallback) {
        if (item.kind == ItemKind::Variable && exists && !value.isEmpty()) {
            return value.size() > kMaxShownValue ? value.left(kMaxShownValue) + QChar(0x2026) : value;
        }
        return fallback;
    };
    grid->addWidget(valueLabel(fullText(item.localExists, item.localValue, localValue),
                        QStringLiteral("localValueLabel"), tr("Value in this vault"), this),
        1, 1);
    grid->addWidget(valueLabel(fullText(item.remoteExists, item.remoteValue, remoteValue),
                        QStringLiteral("remoteValueLabel"), tr("Value on the platform"), this),
        1, 2);

    int row = 2;
    row = addExportRow(grid, item, row);
    addChangeRows(grid, item, row);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    return grid;
}

int ConflictDialog::addExportRow(QGridLayout* grid, const SyncPlanItem& item, int row)
{
    if (item.kind == ItemKind::Variable && item.localExists && item.remoteExists
        && item.localIncludeInExport != item.remoteIncludeInExport) {
        grid->addWidget(rowTitle(tr("In export:")), row, 0);
        grid->addWidget(new QLabel(item.localIncludeInExport ? tr("yes") : tr("no"), this), row, 1);
        grid->addWidget(new QLabel(item.remoteIncludeInExport ? tr("yes") : tr("no"), this), row, 2);
        ++row;
    }
    return row;
}

void ConflictDialog::addChangeRows(QGridLayout* grid, const SyncPlanItem& item, int row)
{
    grid->addWidget(rowTitle(tr("Changed:")), row, 0);
    auto changedText = [](const QString& by, const QDateTime& at) {
        const QString when = timeText(at);
        if (by.isEmpty() && when.isEmpty()) {
            return tr("unknown");
        }
        if (by.isEmpty()) {
            return when;
        }
        return when.isEmpty() ? by : tr("%1, %2").arg(by, when);
    };
    auto* localChanged = new QLabel(changedText(item.localChangedBy, item.localChangedAt), this);
    localChanged->setObjectName(QStringLiteral("localChangedLabel"));
    localChanged->setWordWrap(true);
    auto* remoteChanged = new QLabel(changedText(item.remoteUpdatedBy, item.remoteUpdatedAt), this);
    remoteChanged->setObjectName(QStringLiteral("remoteChangedLabel"));
    remoteChanged->setWordWrap(true);
    grid->addWidget(localChanged, row, 1);
    grid->addWidget(remoteChanged, row, 2);
    ++row;
    grid->addWidget(rowTitle(tr("Revision:")), row, 0);
    auto* baseRevision = new QLabel(
        item.baseRevision > 0 ? tr("based on revision %L1").arg(item.baseRevision) : tr("never synced"), this);
    baseRevision->setObjectName(QStringLiteral("baseRevisionLabel"));
    auto* remoteRevision
        = new QLabel(item.remoteExists ? tr("revision %L1").arg(item.remoteRevision) : tr("deleted"), this);
    remoteRevision->setObjectName(QStringLiteral("remoteRevisionLabel"));
    grid->addWidget(baseRevision, row, 1);
    grid->addWidget(remoteRevision, row, 2);
}

QDialogButtonBox* ConflictDialog::makeButtons(const SyncPlanItem& item, Mode mode)
{
    const bool secret = item.kind == ItemKind::Secret;
    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("conflictButtons"));
    QPushButton* keep = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMineButton"));
    keep->setAccessibleName(tr("Keep the value in this vault"));
    keep->setToolTip(mode == Mode::Publish ? tr("Publish this vault's side over the platform's change.")
                                           : tr("Keep this vault's side; the next Publish sends it to the platform."));
    QPushButton* take = buttons->addButton(tr("&Take the platform's"), QDialogButtonBox::AcceptRole);
    take->setObjectName(QStringLiteral("takePlatformButton"));
    take->setAccessibleName(tr("Take the platform's value"));
    take->setToolTip(secret ? tr("Drop this vault's change; the platform's secret stays as it is.")
                            : tr("Replace this vault's value with the platform's."));
    if (!item.canTakeRemote()) {
        take->setEnabled(false);
        take->setToolTip(cannotTakeRemoteReason());
    }
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelConflictButton"));
    cancel->setAccessibleName(tr("Decide later"));
    connect(keep, &QPushButton::clicked, this, [this] { choose(SyncPlanItem::Choice::KeepLocal); });
    connect(take, &QPushButton::clicked, this, [this] { choose(SyncPlanItem::Choice::TakeRemote); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    if (item.choice == SyncPlanItem::Choice::TakeRemote) {
        take->setDefault(true);
    } else {
        keep->setDefault(true);
    }
    return buttons;
}

QString ConflictDialog::cannotTakeRemoteReason()
{
    return tr("A secret's value never comes back from the platform, so taking its side would leave this vault "
              "with a value the platform does not hold. Keep this vault's value, or set the secret here to the "
              "platform's value and publish.");
}

void ConflictDialog::choose(SyncPlanItem::Choice choice)
{
    m_choice = choice;
    accept();
}
