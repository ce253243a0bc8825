#include "ui/TrashDialog.h"

#include "models/VaultSession.h"
#include "ui/FormMessage.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

TrashDialog::TrashDialog(VaultSession* vault, ProjectId project, const QString& projectName, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_project(project)
    , m_scope(new QComboBox(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_message(new QLabel(this))
    , m_restoreAsLabel(new QLabel(tr("Restore &under the name:"), this))
    , m_restoreAs(new QLineEdit(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_purge(new QPushButton(tr("&Purge…"), this))
{
    setWindowTitle(tr("Recently deleted"));
    setAccessibleName(windowTitle());
    setUpWidgets(projectName);
    layOut();
    resize(820, 460);
    reload();
}

void TrashDialog::setUpWidgets(const QString& projectName)
{
    m_scope->setObjectName(QStringLiteral("trashScopeCombo"));
    m_scope->setAccessibleName(tr("Show what was deleted from"));
    if (m_project != 0) {
        m_scope->addItem(tr("Project %1").arg(projectName), m_project);
    }
    m_scope->addItem(tr("The whole vault, deleted projects too"), ProjectId(0));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &TrashDialog::reload);

    m_model->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Name"), tr("Project"), tr("Deleted"), tr("Deleted by"), tr("Purged after")});
    m_table->setObjectName(QStringLiteral("trashTable"));
    m_table->setAccessibleName(tr("Recently deleted items"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrashDialog::updateButtons);

    m_empty->setObjectName(QStringLiteral("trashEmptyLabel"));
    m_empty->setText(tr("Nothing was deleted recently."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_message->setObjectName(QStringLiteral("trashMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_restoreAs->setObjectName(QStringLiteral("trashRestoreAsEdit"));
    m_restoreAs->setAccessibleName(tr("Name to restore the entry under"));
    m_restoreAsLabel->setBuddy(m_restoreAs);
    hideAnotherName();
    m_restore->setObjectName(QStringLiteral("restoreTrashButton"));
    m_restore->setAccessibleName(tr("Restore the selected entry"));
    m_purge->setObjectName(QStringLiteral("purgeTrashButton"));
    m_purge->setAccessibleName(tr("Purge the selected entry for good"));
    m_purge->setAutoDefault(false);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &TrashDialog::purgeSelected);
    connect(m_restoreAs, &QLineEdit::returnPressed, this, &TrashDialog::restoreSelected);
}

void TrashDialog::layOut()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_purge, QDialogButtonBox::DestructiveRole);
    // Restoring is what one comes here for, and it loses nothing: Enter restores.
    m_restore->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeTrashButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* scopeRow = new QHBoxLayout;
    auto* scopeLabel = new QLabel(tr("&Show:"), this);
    scopeLabel->setBuddy(m_scope);
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope);
    scopeRow->addStretch(1);
    auto* restoreAsRow = new QHBoxLayout;
    restoreAsRow->addWidget(m_restoreAsLabel);
    restoreAsRow->addWidget(m_restoreAs, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(scopeRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_message);
    layout->addLayout(restoreAsRow);
    layout->addWidget(buttons);
    m_table->setFocus();
}

void TrashDialog::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    m_entries.clear();
    m_message->setVisible(false);
    hideAnotherName();
    auto entries = m_vault->trashEntries(m_scope->currentData().toLongLong());
    if (!entries) {
        showFormMessage(m_message, entries.message());
    } else {
        m_entries = std::move(entries).value();
    }
    for (const TrashEntry& entry : std::as_const(m_entries)) {
        addRow(entry);
    }
    m_table->setVisible(!m_entries.isEmpty());
    m_empty->setVisible(m_entries.isEmpty());
    m_table->resizeColumnsToContents();
    if (!m_entries.isEmpty()) {
        m_table->selectRow(0);
    }
    updateButtons();
}

void TrashDialog::addRow(const TrashEntry& entry)
{
    if (entry.damaged) {
        m_model->appendRow({new QStandardItem(tr("(this entry cannot be read)"))});
        return;
    }
    QString kind;
    QString name = entry.name;
    if (entry.isProject) {
        kind = tr("Project");
        name = tr("%1 (%2, %3)")
                   .arg(entry.name, tr("%n secret(s)", nullptr, entry.secrets),
                       tr("%n variable(s)", nullptr, entry.variables));
    } else {
        kind = entry.kind == ItemKind::Secret ? tr("Secret") : tr("Variable");
    }
    const QLocale locale;
    m_model->appendRow({new QStandardItem(kind), new QStandardItem(name),
        new QStandardItem(entry.isProject ? QString() : entry.projectName),
        new QStandardItem(locale.toString(entry.deleted.toLocalTime(), QLocale::ShortFormat)),
        new QStandardItem(entry.deletedBy),
        new QStandardItem(locale.toString(entry.expires.toLocalTime(), QLocale::ShortFormat))});
}

const TrashEntry* TrashDialog::selectedEntry() const
{
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < m_entries.size() && !m_entries.at(row).damaged ? &m_entries.at(row) : nullptr;
}

void TrashDialog::updateButtons()
{
    const bool selected = selectedEntry() != nullptr;
    m_restore->setEnabled(selected);
    m_purge->setEnabled(selected);
}

QString TrashDialog::describe(const TrashEntry& entry) const
{
    if (entry.isProject) {
        return tr("project %1").arg(entry.name);
    }
    return entry.kind == ItemKind::Secret ? tr("secret %1 of project %2").arg(entry.name, entry.projectName)
                                          : tr("variable %1 of project %2").arg(entry.name, entry.projectName);
}

void TrashDialog::askForAnotherName(const TrashEntry& entry, const QString& why)
{
    showFormMessage(m_message, why + u' ' + tr("Type another name below and restore again."));
    m_restoreAsLabel->setVisible(true);
    m_restoreAs->setVisible(true);
    m_restoreAs->setText(
        entry.isProject ? tr("%1 (restored)").arg(entry.name) : entry.name + QStringLiteral("_RESTORED"));
    m_restoreAs->selectAll();
    m_restoreAs->setFocus();
}

void TrashDialog::hideAnotherName()
{
    m_restoreAs->clear();
    m_restoreAs->setVisible(false);
    m_restoreAsLabel->setVisible(false);
}

void TrashDialog::restoreSelected()
{
    const TrashEntry* selected = selectedEntry();
    if (selected == nullptr) {
        return;
    }
    const TrashEntry entry = *selected;
    const QString newName = m_restoreAs->isVisible() ? m_restoreAs->text().trimmed() : QString();
    const auto restored = m_vault->restoreFromTrash(entry.id, newName);
    if (!restored) {
        if (restored.code() == ErrorCode::AlreadyExists && newName.isEmpty()) {
            askForAnotherName(entry, restored.message());
            return;
        }
        showFormMessage(m_message, restored.message());
        return;
    }
    const QString done = tr("Restored %1.").arg(describe(entry));
    Q_EMIT statusMessage(done);
    reload();
    showFormMessage(m_message, done, FormMessageKind::Warning);
    m_message->setPalette(palette());
}

void TrashDialog::purgeSelected()
{
    const TrashEntry* selected = selectedEntry();
    if (selected == nullptr) {
        return;
    }
    const TrashEntry entry = *selected;
    const QString text
        = tr("Destroy %1 and its versions for good?\n\nIt cannot be restored afterwards.").arg(describe(entry));
    if (MessageBox::confirmDelete(this, tr("Purge"), text) != QMessageBox::Yes) {
        return;
    }
    if (const Result<void> purged = m_vault->purgeFromTrash(entry.id); !purged) {
        reload();
        showFormMessage(m_message, purged.message());
        return;
    }
    const QString done = tr("Purged %1 for good.").arg(describe(entry));
    Q_EMIT statusMessage(done);
    reload();
    showFormMessage(m_message, done, FormMessageKind::Warning);
    m_message->setPalette(palette());
}
