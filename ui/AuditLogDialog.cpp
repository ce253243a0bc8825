#include "ui/AuditLogDialog.h"

#include "models/VaultSession.h"
#include "ui/AuditFilterBar.h"
#include "ui/FormMessage.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

// The text filter over every column, and the entry filters of the bar: each row keeps the index of
// its entry in the sequence column's UserRole.
class AuditLogProxyModel : public QSortFilterProxyModel
{
public:
    AuditLogProxyModel(const QList<AuditEntry>* entries, QObject* parent)
        : QSortFilterProxyModel(parent), m_entries(entries)
    {
    }

    void setAuditFilter(const AuditFilter& filter)
    {
        m_filter = filter;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const qsizetype entry = sourceModel()->index(sourceRow, 0, sourceParent).data(Qt::UserRole).toLongLong();
        if (entry < 0 || entry >= m_entries->size() || !m_filter.matches(m_entries->at(entry))) {
            return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    const QList<AuditEntry>* m_entries;
    AuditFilter m_filter;
};

AuditLogDialog::AuditLogDialog(VaultSession* vault, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new AuditLogProxyModel(&m_entries, this))
    , m_filterBar(new AuditFilterBar(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_verifyButton(new QPushButton(tr("&Verify"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Audit log"));
    setAccessibleName(windowTitle());
    m_model->setHorizontalHeaderLabels(
        {tr("#"), tr("Time"), tr("Actor"), tr("Action"), tr("Project"), tr("Kind"), tr("Name"), tr("Detail")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setObjectName(QStringLiteral("auditFilterEdit"));
    m_filter->setAccessibleName(tr("Filter the audit log"));
    m_filter->setPlaceholderText(tr("Filter by project, name, action or actor"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(
        m_filterBar, &AuditFilterBar::filterChanged, this, [this] { m_proxy->setAuditFilter(m_filterBar->filter()); });

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SequenceColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_verifyButton->setObjectName(QStringLiteral("verifyAuditButton"));
    m_verifyButton->setAccessibleName(tr("Verify the audit log"));
    m_verifyButton->setToolTip(tr("Recompute the chain of the log and show whether an entry was edited, removed, "
                                  "reordered or inserted."));
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditLogDialog::verify);

    m_result->setObjectName(QStringLiteral("auditVerifyResult"));
    m_result->setAccessibleName(tr("Verification result"));
    m_result->setWordWrap(true);
    m_result->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_verifyButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(900, 480);
    reload();
}

void AuditLogDialog::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    m_entries.clear();
    auto entries = m_vault->auditEntries();
    if (!entries) {
        showFormMessage(m_result, entries.message());
        return;
    }
    m_entries = std::move(entries).value();
    for (const AuditEntry& entry : std::as_const(m_entries)) {
        addRow(entry);
    }
    m_filterBar->setEntries(m_entries);
    m_table->resizeColumnsToContents();
}

void AuditLogDialog::addRow(const AuditEntry& entry)
{
    auto* sequence = new QStandardItem;
    sequence->setData(entry.sequence, Qt::DisplayRole);
    sequence->setData(static_cast<qlonglong>(m_model->rowCount()), Qt::UserRole);
    QList<QStandardItem*> row {sequence};
    if (entry.damaged) {
        row.append(new QStandardItem(tr("(this entry cannot be read)")));
    } else {
        row.append(new QStandardItem(QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat)));
        row.append(new QStandardItem(entry.actor));
        row.append(new QStandardItem(AuditText::actionName(entry.action)));
        row.append(new QStandardItem(entry.project));
        row.append(new QStandardItem(AuditText::kindName(entry.itemKind)));
        row.append(new QStandardItem(entry.name));
        row.append(new QStandardItem(entry.detail));
    }
    m_model->appendRow(row);
}

void AuditLogDialog::verify()
{
    const auto verified = m_vault->verifyAudit();
    if (!verified) {
        showFormMessage(m_result, verified.message());
        return;
    }
    if (verified->intact()) {
        m_result->setPalette(palette());
        m_result->setText(
            tr("The audit log is intact: %n entries checked.", nullptr, static_cast<int>(verified->entries)));
        m_result->setVisible(true);
        return;
    }
    showFormMessage(
        m_result, tr("The audit log is broken at entry %1: %2").arg(verified->firstBadSequence).arg(verified->message));
}
