#include "ui/ProjectAtTimeDialog.h"

#include "models/VaultSession.h"
#include "ui/FormMessage.h"
#include "ui/MessageBox.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// "GREETING, API_KEY and 3 more": the names a confirmation lists.
QString someNames(const QList<ProjectSnapshot::Item>& changes)
{
    constexpr qsizetype kShown = 5;
    QStringList names;
    for (qsizetype i = 0; i < changes.size() && i < kShown; ++i) {
        names.append(changes.at(i).name);
    }
    QString text = names.join(QStringLiteral(", "));
    if (changes.size() > kShown) {
        text += u' '
            + QCoreApplication::translate(
                "ProjectAtTimeDialog", "and %n more", nullptr, static_cast<int>(changes.size() - kShown));
    }
    return text;
}

} // namespace

ProjectAtTimeDialog::ProjectAtTimeDialog(
    VaultSession* vault, ProjectId project, const QString& projectName, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_project(project)
    , m_projectName(projectName)
    , m_time(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this))
    , m_show(new QPushButton(tr("&Show"), this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_plan(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore the project to this moment…"), this))
{
    setWindowTitle(tr("%1 at a moment").arg(projectName));
    setAccessibleName(windowTitle());
    setUpWidgets();
    layOut();
    resize(820, 500);
    showSnapshot();
}

void ProjectAtTimeDialog::setUpWidgets()
{
    m_time->setObjectName(QStringLiteral("projectAtTimeEdit"));
    m_time->setAccessibleName(tr("The moment to show"));
    m_time->setCalendarPopup(true);
    // Seconds matter here (two edits a minute apart), and the ISO order reads the same everywhere.
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // An hour ago, or the project's first moment when it is younger.
    if (const auto projects = m_vault->projects()) {
        for (const Project& project : projects.value()) {
            if (project.id == m_project && project.created.isValid() && project.created > m_time->dateTime()) {
                m_time->setDateTime(project.created.toLocalTime());
            }
        }
    }
    m_show->setObjectName(QStringLiteral("showSnapshotButton"));
    m_show->setAccessibleName(tr("Show the project at this moment"));
    connect(m_show, &QPushButton::clicked, this, &ProjectAtTimeDialog::showSnapshot);
    // A new moment makes the shown snapshot stale: Show reads it, and Restore waits until then.
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_restore->setEnabled(false);
        m_show->setDefault(true);
    });

    m_model->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Name"), tr("Value"), tr("Export"), tr("Updated"), tr("Updated by")});
    m_table->setObjectName(QStringLiteral("snapshotTable"));
    m_table->setAccessibleName(tr("The project at that moment"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_plan->setObjectName(QStringLiteral("restorePlanLabel"));
    m_plan->setAccessibleName(tr("What restoring would change"));
    m_plan->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restoreProjectButton"));
    m_restore->setAccessibleName(tr("Restore the project to this moment"));
    m_restore->setAutoDefault(false);
    m_restore->setEnabled(false);
    connect(m_restore, &QPushButton::clicked, this, &ProjectAtTimeDialog::restoreProject);
}

void ProjectAtTimeDialog::layOut()
{
    auto* timeRow = new QHBoxLayout;
    auto* timeLabel = new QLabel(tr("&Moment:"), this);
    timeLabel->setBuddy(m_time);
    timeRow->addWidget(timeLabel);
    timeRow->addWidget(m_time);
    timeRow->addWidget(m_show);
    timeRow->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeSnapshotButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_show->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(timeRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_plan);
    layout->addWidget(buttons);
    m_time->setFocus();
}

void ProjectAtTimeDialog::clearSnapshot(const QString& why)
{
    m_hasSnapshot = false;
    m_model->removeRows(0, m_model->rowCount());
    showFormMessage(m_plan, why);
    m_restore->setEnabled(false);
}

void ProjectAtTimeDialog::showSnapshot()
{
    auto snapshot = m_vault->projectAt(m_project, m_time->dateTime().toUTC());
    if (!snapshot) {
        clearSnapshot(snapshot.message());
        return;
    }
    m_snapshot = std::move(snapshot).value();
    m_hasSnapshot = true;
    fillTable(m_snapshot);
    showPlan();
}

void ProjectAtTimeDialog::fillTable(const ProjectSnapshot& snapshot)
{
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const ProjectSnapshot::Item& item : snapshot.items) {
        const bool secret = item.kind == ItemKind::Secret;
        m_model->appendRow({new QStandardItem(secret ? tr("Secret") : tr("Variable")), new QStandardItem(item.name),
            new QStandardItem(secret ? tr("(never shown)") : item.value),
            new QStandardItem(secret ? QString() : (item.includeInExport ? tr("Included") : tr("Left out"))),
            new QStandardItem(locale.toString(item.updated.toLocalTime(), QLocale::ShortFormat)),
            new QStandardItem(item.updatedBy)});
    }
    m_table->resizeColumnsToContents();
}

void ProjectAtTimeDialog::showPlan()
{
    const auto plan = m_vault->planProjectRestore(m_project, m_snapshot.at);
    if (!plan) {
        clearSnapshot(plan.message());
        return;
    }
    m_plan->setPalette(palette());
    m_plan->setVisible(true);
    if (plan->added.isEmpty() && plan->changed.isEmpty() && plan->removed.isEmpty()) {
        m_plan->setText(tr("The project is as it was then: restoring would change nothing."));
        m_restore->setEnabled(false);
        m_show->setDefault(true);
        return;
    }
    m_plan->setText(tr("Restoring would add back %1, change %2 and remove %3.")
                        .arg(tr("%n item(s)", nullptr, static_cast<int>(plan->added.size())),
                            tr("%n item(s)", nullptr, static_cast<int>(plan->changed.size())),
                            tr("%n item(s)", nullptr, static_cast<int>(plan->removed.size()))));
    m_restore->setEnabled(true);
}

void ProjectAtTimeDialog::restoreProject()
{
    if (!m_hasSnapshot) {
        return;
    }
    const auto planned = m_vault->planProjectRestore(m_project, m_snapshot.at);
    if (!planned) {
        showFormMessage(m_plan, planned.message());
        return;
    }
    const PointInTimePlan& plan = planned.value();
    QStringList lines {tr("Restore project %1 to %2?")
                           .arg(m_projectName, QLocale().toString(m_snapshot.at.toLocalTime(), QLocale::LongFormat))};
    if (!plan.added.isEmpty()) {
        lines.append(tr("Added back: %1").arg(someNames(plan.added)));
    }
    if (!plan.changed.isEmpty()) {
        lines.append(tr("Changed: %1").arg(someNames(plan.changed)));
    }
    if (!plan.removed.isEmpty()) {
        lines.append(tr("Removed: %1").arg(someNames(plan.removed)));
    }
    lines.append(tr("Each change keeps a version, so this too can be undone from the history."));
    const auto answer = MessageBox::question(this, tr("Restore the project"), lines.join(QStringLiteral("\n\n")),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    const auto outcome = m_vault->restoreProjectTo(m_project, m_snapshot.at);
    if (!outcome) {
        showFormMessage(m_plan, outcome.message());
        return;
    }
    Q_EMIT statusMessage(tr("Restored project %1: %2 added back, %3 changed, %4 removed.")
                             .arg(m_projectName)
                             .arg(outcome->added)
                             .arg(outcome->changed)
                             .arg(outcome->removed));
    accept();
}
