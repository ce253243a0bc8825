#include "ui/VaultSearchDialog.h"

#include "ui/Icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

VaultSearchDialog::VaultSearchDialog(const ProjectStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_search(new QLineEdit(this))
    , m_results(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_typingPause(new QTimer(this))
{
    setObjectName(QStringLiteral("vaultSearchDialog"));
    setWindowTitle(tr("Search all projects"));
    setAccessibleName(tr("Search all projects"));
    auto* label = new QLabel(tr("&Find in names and variable values:"), this);
    label->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("vaultSearchEdit"));
    m_search->setAccessibleName(tr("Search text"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setPlaceholderText(tr("A name such as STRIPE, or part of a variable's value"));
    m_search->installEventFilter(this);

    m_results->setObjectName(QStringLiteral("vaultSearchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setHorizontalHeaderLabels({tr("Project"), tr("Kind"), tr("Name"), tr("Found in")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_results->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("vaultSearchStatus"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("vaultSearchCloseButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 420);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(200);
    connect(m_typingPause, &QTimer::timeout, this, &VaultSearchDialog::searchNow);
    connect(m_search, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_results, &QTableWidget::cellActivated, this, [this](int row, int) { activateRow(row); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    searchNow();
}

void VaultSearchDialog::searchNow()
{
    m_typingPause->stop();
    const QString text = m_search->text().trimmed();
    const Result<QList<SearchHit>> found = searchVault(*m_store, text);
    m_hits = found ? found.value() : QList<SearchHit>();
    showHits();
    if (!found) {
        m_status->setText(found.message());
    } else if (text.isEmpty()) {
        m_status->setText(tr("Secret values are never searched."));
    } else {
        m_status->setText(m_hits.isEmpty()
                ? tr("Nothing found for “%1”.").arg(text)
                : tr("Found: %1. Enter or a double-click shows the item.").arg(m_hits.size()));
    }
}

void VaultSearchDialog::showHits()
{
    m_results->setRowCount(0);
    m_results->setRowCount(static_cast<int>(m_hits.size()));
    for (int row = 0; row < m_hits.size(); ++row) {
        const SearchHit& hit = m_hits.at(row);
        const QString kind = hit.kind == ItemKind::Secret ? tr("Secret") : tr("Variable");
        const QString where = hit.inValue ? tr("value") : tr("name");
        const QString cells[] = {hit.projectName, kind, hit.name, where};
        for (int column = 0; column < ColumnCount; ++column) {
            m_results->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    m_results->resizeColumnsToContents();
    if (!m_hits.isEmpty()) {
        m_results->selectRow(0);
    }
}

void VaultSearchDialog::activateRow(int row)
{
    if (row < 0 || row >= m_hits.size()) {
        return;
    }
    const SearchHit hit = m_hits.at(row);
    accept();
    Q_EMIT hitActivated(hit);
}

bool VaultSearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_search && enter) {
            // Enter shows the selected (by default the first) result of what is typed now.
            searchNow();
            activateRow(m_results->currentRow());
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Down && m_results->rowCount() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (watched == m_results && enter) {
            activateRow(m_results->currentRow());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
