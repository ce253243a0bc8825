#include "ui/CredentialFindingsDialog.h"

#include "storage/CredentialRules.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

CredentialFindingsDialog::CredentialFindingsDialog(const CredentialScan::Report& report, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(static_cast<int>(report.findings.size()), 3, this))
{
    setObjectName(QStringLiteral("credentialFindingsDialog"));
    setWindowTitle(tr("Hard-coded keys in the source folder"));
    auto* intro = new QLabel(tr("Move each value to a secret and read it with $secrets.get, then rotate the key: it "
                                "is still in the folder's history. A line that is not a key can be marked with a "
                                "comment holding botvault:ignore and a reason."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("credentialFindingsTable"));
    m_table->setAccessibleName(tr("Hard-coded keys"));
    m_table->setHorizontalHeaderLabels({tr("Place"), tr("Kind"), tr("Preview")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < report.findings.size(); ++row) {
        const CredentialScan::FileFinding& found = report.findings.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(found.location()));
        m_table->setItem(row, 1, new QTableWidgetItem(CredentialRules::kindName(found.finding.kind)));
        m_table->setItem(row, 2, new QTableWidgetItem(CredentialRules::describe(found.finding)));
    }
    m_table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("credentialFindingsButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 360);
}
