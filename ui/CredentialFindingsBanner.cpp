#include "ui/CredentialFindingsBanner.h"

#include "ui/CredentialFindingsDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

CredentialFindingsBanner::CredentialFindingsBanner(QWidget* parent)
    : QFrame(parent), m_message(new QLabel(this)), m_show(new QPushButton(this))
{
    setObjectName(QStringLiteral("credentialFindingsBanner"));
    setAccessibleName(tr("Hard-coded keys"));
    setFrameShape(QFrame::StyledPanel);
    m_message->setObjectName(QStringLiteral("credentialFindingsMessage"));
    m_message->setWordWrap(true);
    m_show->setObjectName(QStringLiteral("showCredentialFindingsButton"));
    m_show->setText(tr("Show &findings…"));
    m_show->setAccessibleName(tr("Show the hard-coded keys"));
    m_show->setAutoDefault(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_show, 0, Qt::AlignTop);
    connect(m_show, &QPushButton::clicked, this, &CredentialFindingsBanner::showFindings);
    hide();
}

void CredentialFindingsBanner::setReport(const CredentialScan::Report& report)
{
    m_report = report;
    const int count = report.unresolvedCount();
    const QString keys
        = count == 1 ? tr("%n hard-coded key", nullptr, count) : tr("%n hard-coded keys", nullptr, count);
    m_message->setText(tr("%1 found in the source folder: anyone with the code or an exported archive can use them. "
                          "Move them to secrets.")
                           .arg(keys));
    setVisible(count > 0);
}

void CredentialFindingsBanner::setProject(VaultSession* session, ProjectId project, const QString& folder)
{
    m_session = session;
    m_project = project;
    m_folder = folder;
}

void CredentialFindingsBanner::showFindings()
{
    CredentialFindingsDialog dialog(m_report, this);
    dialog.setProject(m_session, m_project, m_folder);
    dialog.exec();
    if (dialog.changed()) {
        Q_EMIT findingsChanged();
    }
}
