#include "ui/CredentialFindingsDialog.h"

#include "models/VaultSession.h"
#include "storage/CredentialRules.h"
#include "ui/MessageBox.h"
#include "ui/MoveToSecretDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CredentialFindingsDialog::CredentialFindingsDialog(const CredentialScan::Report& report, QWidget* parent)
    : QDialog(parent), m_report(report), m_table(new QTableWidget(0, 4, this))
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
    m_table->setHorizontalHeaderLabels({tr("Place"), tr("Kind"), tr("Preview"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("credentialFindingsButtons"));
    m_move = buttons->addButton(tr("Move to a &secret…"), QDialogButtonBox::ActionRole);
    m_move->setObjectName(QStringLiteral("moveToSecretButton"));
    m_ignore = buttons->addButton(tr("&Ignore…"), QDialogButtonBox::ActionRole);
    m_ignore->setObjectName(QStringLiteral("ignoreFindingButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_move, &QPushButton::clicked, this, &CredentialFindingsDialog::moveSelected);
    connect(m_ignore, &QPushButton::clicked, this, &CredentialFindingsDialog::ignoreSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CredentialFindingsDialog::updateButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    showReport();
    resize(720, 360);
}

void CredentialFindingsDialog::setProject(VaultSession* session, ProjectId project, const QString& folder)
{
    m_session = session;
    m_project = project;
    m_folder = folder;
    updateButtons();
}

void CredentialFindingsDialog::showReport()
{
    m_table->setRowCount(static_cast<int>(m_report.findings.size()));
    for (int row = 0; row < m_report.findings.size(); ++row) {
        const CredentialScan::FileFinding& found = m_report.findings.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(found.location()));
        m_table->setItem(row, 1, new QTableWidgetItem(CredentialRules::kindName(found.finding.kind)));
        m_table->setItem(row, 2, new QTableWidgetItem(CredentialRules::describe(found.finding)));
        m_table->setItem(
            row, 3, new QTableWidgetItem(found.isIgnored() ? tr("ignored: %1").arg(found.ignoredReason) : QString()));
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0) {
        m_table->selectRow(0);
    }
    updateButtons();
}

void CredentialFindingsDialog::rescan()
{
    m_changed = true;
    if (const Result<CredentialScan::Report> report = CredentialScan::scanProject(*m_session, m_project, m_folder)) {
        m_report = report.value();
    } else {
        m_report = {};
        MessageBox::warning(this, windowTitle(), report.message());
    }
    showReport();
}

const CredentialScan::FileFinding* CredentialFindingsDialog::selectedFinding() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty() || ranges.first().topRow() >= m_report.findings.size()) {
        return nullptr;
    }
    return &m_report.findings.at(ranges.first().topRow());
}

void CredentialFindingsDialog::updateButtons()
{
    const CredentialScan::FileFinding* found = selectedFinding();
    const bool usable = m_session != nullptr && found != nullptr && !found->id.isEmpty();
    m_move->setEnabled(usable);
    m_ignore->setEnabled(usable);
    m_ignore->setText(found && found->isIgnored() ? tr("Report &again") : tr("&Ignore…"));
}

void CredentialFindingsDialog::moveSelected()
{
    const CredentialScan::FileFinding* found = selectedFinding();
    if (!found || !m_session) {
        return;
    }
    auto* dialog = new MoveToSecretDialog(m_session, m_project, m_folder, *found, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString outcome = dialog->outcome();
        rescan();
        MessageBox::information(this, tr("Move to a secret"), outcome);
    });
    dialog->open();
}

void CredentialFindingsDialog::ignoreSelected()
{
    const CredentialScan::FileFinding* found = selectedFinding();
    if (!found || !m_session) {
        return;
    }
    if (found->isIgnored()) {
        if (const Result<void> removed = m_session->unignoreFinding(m_project, found->id); !removed) {
            MessageBox::warning(this, windowTitle(), removed.message());
        }
        rescan();
        return;
    }
    auto* input = new QInputDialog(this);
    input->setObjectName(QStringLiteral("ignoreReasonDialog"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Ignore a finding"));
    input->setLabelText(
        tr("Why is %1 not a credential to move? The reason is kept in the vault.").arg(found->location()));
    const CredentialScan::FileFinding finding = *found;
    connect(input, &QInputDialog::textValueSelected, this,
        [this, finding](const QString& reason) { ignoreWithReason(finding, reason); });
    input->open();
}

void CredentialFindingsDialog::ignoreWithReason(const CredentialScan::FileFinding& finding, const QString& reason)
{
    if (const Result<void> ignored = m_session->ignoreFinding(m_project, finding.id, reason, finding.location());
        !ignored) {
        MessageBox::warning(this, windowTitle(), ignored.message());
        return;
    }
    rescan();
}
