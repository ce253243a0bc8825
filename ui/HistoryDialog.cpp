#include "ui/HistoryDialog.h"

#include "models/VaultSession.h"
#include "ui/FormMessage.h"
#include "ui/MessageBox.h"
#include "ui/VersionDiff.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The last version that opened is the item as it is now.
const ItemVersion* currentOf(const QList<ItemVersion>& versions)
{
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        if (!it->damaged) {
            return &*it;
        }
    }
    return nullptr;
}

// One line of a value for the table; the diff below shows the whole of it.
QString firstLine(const QString& value)
{
    const qsizetype end = value.indexOf(u'\n');
    return end < 0 ? value : value.left(end) + QStringLiteral(" …");
}

} // namespace

HistoryDialog::HistoryDialog(
    VaultSession* vault, ProjectId project, ItemKind kind, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_project(project)
    , m_kind(kind)
    , m_name(name)
    , m_heading(new QLabel(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_diff(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_restoreAsLabel(new QLabel(tr("Restore &under the name:"), this))
    , m_restoreAs(new QLineEdit(this))
    , m_restore(new QPushButton(tr("&Restore this version"), this))
    , m_forget(new QPushButton(tr("&Forget old values…"), this))
{
    setWindowTitle(
        kind == ItemKind::Secret ? tr("History of secret %1").arg(name) : tr("History of variable %1").arg(name));
    setAccessibleName(windowTitle());
    setUpTable();
    setUpButtons();
    layOut();
    resize(860, 520);
    reload();
}

void HistoryDialog::setUpTable()
{
    m_heading->setObjectName(QStringLiteral("historyHeading"));
    m_heading->setWordWrap(true);
    m_heading->setText(m_kind == ItemKind::Secret
            ? tr("Every version of this secret, oldest first. A secret's values are never shown; Restore makes a "
                 "version's value current again.")
            : tr("Every version of this variable, oldest first. Select one to compare it with the current value."));
    m_model->setHorizontalHeaderLabels(
        {tr("Version"), tr("Time"), tr("Who"), tr("Origin"), tr("Change"), tr("Name"), tr("Export"), tr("Value")});
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Versions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(ExportColumn, m_kind == ItemKind::Secret);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryDialog::showSelected);

    m_diff->setObjectName(QStringLiteral("historyDiffView"));
    m_diff->setAccessibleName(tr("Difference from the current value"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setVisible(m_kind == ItemKind::Variable);
    QFont fixed(QStringLiteral("monospace"));
    fixed.setStyleHint(QFont::TypeWriter);
    m_diff->setFont(fixed);

    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
}

void HistoryDialog::setUpButtons()
{
    m_restoreAs->setObjectName(QStringLiteral("restoreAsEdit"));
    m_restoreAs->setAccessibleName(tr("Name to restore the version under"));
    m_restoreAsLabel->setBuddy(m_restoreAs);
    m_restoreAs->setVisible(false);
    m_restoreAsLabel->setVisible(false);
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restore->setAccessibleName(tr("Restore the selected version"));
    m_restore->setEnabled(false);
    m_forget->setObjectName(QStringLiteral("forgetOldValuesButton"));
    m_forget->setAccessibleName(tr("Forget the old values of this secret"));
    m_forget->setToolTip(tr("Destroy every old value of this secret for good, as after a leak; the current value "
                            "stays."));
    m_forget->setVisible(m_kind == ItemKind::Secret);
    m_forget->setAutoDefault(false);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(m_forget, &QPushButton::clicked, this, &HistoryDialog::forgetOldValues);
    connect(m_restoreAs, &QLineEdit::returnPressed, this, &HistoryDialog::restoreSelected);
}

void HistoryDialog::layOut()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_forget, QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeHistoryButton"));
    // Enter on the table closes rather than restores: a restore is always a deliberate click or Alt+R.
    close->setDefault(true);
    m_restore->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* restoreAsRow = new QHBoxLayout;
    restoreAsRow->addWidget(m_restoreAsLabel);
    restoreAsRow->addWidget(m_restoreAs, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(restoreAsRow);
    layout->addWidget(buttons);
    m_table->setFocus();
}

void HistoryDialog::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    m_versions.clear();
    auto versions = m_vault->itemVersions(m_project, m_kind, m_name);
    if (!versions) {
        showMessage(versions.message());
        m_restore->setEnabled(false);
        m_forget->setEnabled(false);
        return;
    }
    m_versions = std::move(versions).value();
    for (const ItemVersion& version : std::as_const(m_versions)) {
        addRow(version);
    }
    m_table->resizeColumnsToContents();
    if (!m_versions.isEmpty()) {
        m_table->selectRow(static_cast<int>(m_versions.size() - 1));
    }
    showSelected();
}

void HistoryDialog::addRow(const ItemVersion& version)
{
    auto* number = new QStandardItem;
    number->setData(version.number, Qt::DisplayRole);
    QList<QStandardItem*> row {number};
    if (version.damaged) {
        row.append(new QStandardItem(tr("(this version cannot be read)")));
        m_model->appendRow(row);
        return;
    }
    const bool current = currentOf(m_versions) == &version;
    if (current) {
        number->setText(tr("%1 (current)").arg(version.number));
    }
    QString value;
    if (version.valueForgotten) {
        value = tr("(forgotten)");
    } else if (version.kind == ItemKind::Secret) {
        value = tr("(never shown)");
    } else {
        value = firstLine(version.value);
    }
    row << new QStandardItem(QLocale().toString(version.time.toLocalTime(), QLocale::ShortFormat))
        << new QStandardItem(version.actor) << new QStandardItem(HistoryText::originName(version.origin))
        << new QStandardItem(HistoryText::changeName(version.change)) << new QStandardItem(version.name)
        << new QStandardItem(version.includeInExport ? tr("Included") : tr("Left out")) << new QStandardItem(value);
    m_model->appendRow(row);
}

const ItemVersion* HistoryDialog::selectedVersion() const
{
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

void HistoryDialog::showSelected()
{
    const ItemVersion* version = selectedVersion();
    const ItemVersion* current = currentOf(m_versions);
    const bool restorable = version != nullptr && current != nullptr && !version->damaged && version != current
        && !version->valueForgotten;
    m_restore->setEnabled(restorable);
    if (version != nullptr && version->valueForgotten) {
        m_restore->setToolTip(tr("The value of this version was forgotten: it cannot be restored."));
    } else {
        m_restore->setToolTip(QString());
    }
    const bool hasOldValues = std::any_of(m_versions.cbegin(), m_versions.cend(),
        [current](const ItemVersion& v) { return &v != current && !v.damaged && !v.valueForgotten; });
    m_forget->setEnabled(hasOldValues);
    if (m_kind == ItemKind::Variable) {
        m_diff->setPlainText(version != nullptr && current != nullptr && !version->damaged
                ? VersionDiff::describe(*version, *current)
                : QString());
    }
}

void HistoryDialog::showMessage(const QString& text)
{
    showFormMessage(m_message, text);
}

void HistoryDialog::restoreSelected()
{
    const ItemVersion* version = selectedVersion();
    if (version == nullptr || !m_restore->isEnabled()) {
        return;
    }
    const qint64 number = version->number;
    const QString newName = m_restoreAs->isVisible() ? m_restoreAs->text().trimmed() : QString();
    const auto restored = m_vault->restoreVersion(m_project, m_kind, m_name, number, newName);
    if (!restored) {
        if (restored.code() == ErrorCode::AlreadyExists && !m_restoreAs->isVisible()) {
            showMessage(restored.message() + u' ' + tr("Type another name below and restore again."));
            m_restoreAsLabel->setVisible(true);
            m_restoreAs->setVisible(true);
            m_restoreAs->setText(version->name + QStringLiteral("_RESTORED"));
            m_restoreAs->selectAll();
            m_restoreAs->setFocus();
            return;
        }
        showMessage(restored.message());
        return;
    }
    if (!newName.isEmpty()) {
        m_name = newName;
    }
    m_restoreAs->setVisible(false);
    m_restoreAsLabel->setVisible(false);
    const QString done = tr("Restored version %1 of %2.").arg(number).arg(m_name);
    showFormMessage(
        m_message, restored->warning.isEmpty() ? done : done + u' ' + restored->warning, FormMessageKind::Warning);
    if (restored->warning.isEmpty()) {
        m_message->setPalette(palette());
    }
    Q_EMIT statusMessage(done);
    reload();
}

void HistoryDialog::forgetOldValues()
{
    const QString text
        = tr("Destroy every old value of secret %1 for good?\n\nIts current value stays, and its versions "
             "stay listed without a value. A forgotten value cannot be restored.")
              .arg(m_name);
    if (MessageBox::confirmDelete(this, tr("Forget old values"), text) != QMessageBox::Yes) {
        return;
    }
    if (const Result<void> forgotten = m_vault->forgetOldValues(m_project, m_name); !forgotten) {
        showMessage(forgotten.message());
        return;
    }
    const QString done = tr("Forgot the old values of %1.").arg(m_name);
    Q_EMIT statusMessage(done);
    reload();
    showFormMessage(m_message, done, FormMessageKind::Warning);
    m_message->setPalette(palette());
}
