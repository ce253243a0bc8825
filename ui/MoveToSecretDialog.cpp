#include "ui/MoveToSecretDialog.h"

#include "models/NameRules.h"
#include "models/VaultSession.h"
#include "storage/CredentialRules.h"
#include "storage/ProjectTransfer.h"
#include "storage/SourceRewrite.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

MoveToSecretDialog::MoveToSecretDialog(VaultSession* session, ProjectId project, const QString& folder,
    const CredentialScan::FileFinding& finding, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_project(project)
    , m_folder(folder)
    , m_finding(finding)
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_diff(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_move(m_buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("moveToSecretDialog"));
    setWindowTitle(tr("Move to a secret"));
    auto* intro = new QLabel(tr("Store the value at %1 (%2, %3) as a secret of the project, and read it in the code "
                                "with $secrets.get. The file as it was is kept as a backup outside the source folder.")
                                 .arg(finding.location(), CredentialRules::kindName(finding.finding.kind),
                                     CredentialRules::describe(finding.finding)),
        this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("secretNameEdit"));
    m_name->setAccessibleName(tr("Secret name"));
    m_name->setText(finding.suggestedName);
    m_problem->setObjectName(QStringLiteral("moveProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_diff->setObjectName(QStringLiteral("moveDiffView"));
    m_diff->setAccessibleName(tr("The change to the file"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_move->setObjectName(QStringLiteral("moveButton"));
    m_buttons->setObjectName(QStringLiteral("moveToSecretButtons"));
    auto* form = new QFormLayout;
    form->addRow(tr("Secret &name:"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("The change:"), this));
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoveToSecretDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &MoveToSecretDialog::updatePlan);
    if (const Result<QList<SecretSummary>> secrets = m_session->secrets(project)) {
        for (const SecretSummary& secret : secrets.value()) {
            m_secretNames.append(secret.name);
        }
    }
    updatePlan();
    resize(640, 400);
}

void MoveToSecretDialog::updatePlan()
{
    const QString name = m_name->text();
    QString problem;
    if (const Result<void> valid = NameRules::validate(name); !valid) {
        problem = valid.message();
    } else if (m_secretNames.contains(name)) {
        problem = tr("The project already has a secret named %1: choose another name.").arg(name);
    }
    const Result<SourceRewrite::Plan> plan
        = SourceRewrite::plan(m_folder, m_finding, problem.isEmpty() ? name : QStringLiteral("NAME"));
    if (!plan) {
        problem = plan.message();
    }
    m_diff->setPlainText(plan ? plan->diff : QString());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_move->setEnabled(problem.isEmpty());
}

void MoveToSecretDialog::accept()
{
    const QString name = m_name->text();
    const Result<SourceRewrite::Plan> plan = SourceRewrite::plan(m_folder, m_finding, name);
    if (!plan || !m_move->isEnabled()) {
        updatePlan();
        return;
    }
    const Result<ProjectStore::WriteOutcome> stored
        = m_session->setSecret(m_project, name, plan->value, ProjectStore::WriteMode::CreateOnly);
    if (!stored) {
        m_problem->setText(stored.message());
        m_problem->show();
        return;
    }
    const Result<QString> backup = SourceRewrite::apply(plan.value(), SourceRewrite::defaultBackupFolder());
    if (!backup) {
        // The code still holds the value: the secret would only be a second copy.
        (void)m_session->removeSecret(m_project, name);
        m_problem->setText(backup.message());
        m_problem->show();
        return;
    }
    m_outcome = tr("The value is now the secret %1, and %2 reads it. The file as it was is kept in %3: it still "
                   "holds the key, so delete it once the bot works, and rotate the key, which is still in the "
                   "folder's history.")
                    .arg(name, m_finding.location(), backup.value())
        + u'\n' + checkAfterMove(name);
    QDialog::accept();
}

QString MoveToSecretDialog::checkAfterMove(const QString& name) const
{
    const Result<ExpectedNames> expected = ProjectTransfer::expectedNames(*m_session, m_project);
    const Result<NameUsage> usage = ProjectTransfer::nameUsage(*m_session, m_project);
    if (!expected || !usage) {
        return tr("The check of the names the bot reads failed: %1")
            .arg(!expected ? expected.message() : usage.message());
    }
    QString text;
    if (expected->secrets.contains(name)) {
        text = tr("Check: the code reads the secret %1, and the project has it.").arg(name) + u'\n';
    }
    const int missing = static_cast<int>(usage->missingSecrets.size() + usage->missingVariables.size());
    return text
        + (missing == 0 ? tr("Check: every name the bot reads is defined.")
                        : tr("Check: the bot reads %n name(s) the project lacks.", nullptr, missing));
}
