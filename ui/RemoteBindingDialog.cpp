#include "ui/RemoteBindingDialog.h"

#include "models/VaultSession.h"
#include "ui/FormMessage.h"
#include "ui/MessageBox.h"
#include "ui/PasswordField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtCrypto>

RemoteBindingDialog::RemoteBindingDialog(
    VaultSession* vault, SyncEngine* engine, ProjectId project, const QString& projectName, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_engine(engine)
    , m_project(project)
    , m_url(new QLineEdit(this))
    , m_remoteProject(new QComboBox(this))
    , m_token(new PasswordField(this))
    , m_tokenNote(new QLabel(this))
    , m_check(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("remoteBindingDialog"));
    setWindowTitle(tr("Bind “%1” to a platform project").arg(projectName));
    setAccessibleName(windowTitle());

    const qint64 boundId = loadBinding();
    m_editing = boundId != 0;
    setUpFields(boundId);
    setUpButtons();
    layOut();

    connect(m_check, &QPushButton::clicked, this, [this] { startCheck(false); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemoteBindingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RemoteBindingDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &RemoteBindingDialog::updateButtons);
    connect(m_token, &PasswordField::textChanged, this, &RemoteBindingDialog::updateButtons);
    new WindowHeightFitter(this, true);
    resize(560, sizeHint().height());
    updateButtons();
    (m_url->text().isEmpty() ? static_cast<QWidget*>(m_url) : m_token->lineEdit())->setFocus();
}

qint64 RemoteBindingDialog::loadBinding()
{
    qint64 boundId = 0;
    if (auto projects = m_vault->projects()) {
        for (const Project& candidate : projects.value()) {
            if (candidate.id == m_project && !candidate.damaged && candidate.remoteProjectId != 0) {
                m_boundUrl = candidate.remoteUrl;
                boundId = candidate.remoteProjectId;
            }
        }
    }
    return boundId;
}

void RemoteBindingDialog::setUpFields(qint64 boundId)
{
    m_url->setObjectName(QStringLiteral("platformUrlEdit"));
    m_url->setAccessibleName(tr("Platform address"));
    m_url->setPlaceholderText(tr("https://platform.example.com"));
    m_url->setText(m_boundUrl);
    m_url->setClearButtonEnabled(true);

    m_remoteProject->setObjectName(QStringLiteral("remoteProjectCombo"));
    m_remoteProject->setAccessibleName(tr("Platform project"));
    m_remoteProject->setPlaceholderText(tr("Check the connection to list the platform's projects"));
    m_remoteProject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    if (m_editing) {
        // Its name is not known until a check lists the platform's projects.
        m_remoteProject->addItem(tr("#%1").arg(QString::number(boundId)), boundId);
        // With a placeholder text set, QComboBox does not select its first item by itself.
        m_remoteProject->setCurrentIndex(0);
    }

    m_token->setObjectName(QStringLiteral("apiTokenField"));
    m_token->setAccessibleName(tr("API token"));
    m_token->setPlaceholderText(m_editing ? tr("Leave empty to keep the current token") : tr("Paste the API token"));

    m_tokenNote->setObjectName(QStringLiteral("tokenStorageNote"));
    m_tokenNote->setWordWrap(true);
    m_tokenNote->setText(tr("The token is stored encrypted in this vault, never in the settings, and is sent only to "
                            "this address. It is not shown again."));
    m_tokenNote->setForegroundRole(QPalette::PlaceholderText);

    m_check->setObjectName(QStringLiteral("checkConnectionButton"));
    m_check->setText(tr("&Check connection"));
    m_check->setAccessibleName(tr("Check the connection"));
    m_check->setAutoDefault(false);

    m_status->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
}

void RemoteBindingDialog::setUpButtons()
{
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("bindOkButton"));
    ok->setText(m_editing ? tr("&Save") : tr("&Bind"));
    ok->setAccessibleName(tr("Check the connection and save the binding"));
    ok->setDefault(true);
    QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("bindCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    // Enter runs Bind even when Cancel happens to have the focus.
    cancel->setAutoDefault(false);
}

void RemoteBindingDialog::layOut()
{
    auto* intro = new QLabel(
        tr("Publish and Pull send this project's secrets and variables to a project on the bot platform. Create an "
           "API token on the platform (your profile, API tokens) and paste it here."),
        this);
    intro->setObjectName(QStringLiteral("bindingIntro"));
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Platform &address:"), m_url);
    form->addRow(tr("Platform &project:"), m_remoteProject);
    form->addRow(tr("API &token:"), m_token);
    // Below the form rather than in it: QFormLayout squeezes word-wrapped labels into a narrow column.
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_tokenNote);
    layout->addLayout(checkRow);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

RemoteBindingDialog::~RemoteBindingDialog()
{
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->cancel();
    }
}

QString RemoteBindingDialog::connectedText(const RemoteIdentity& identity)
{
    const QString roles = identity.roles.isEmpty() ? tr("no roles") : identity.roles.join(QStringLiteral(", "));
    return tr("Connected as %1 (%2).").arg(identity.login, roles);
}

QString RemoteBindingDialog::failureText(SyncFailure failure, const QString& message)
{
    switch (failure) {
    case SyncFailure::Unauthorized:
        return tr("The platform refused the token: it is wrong, expired or revoked. Create a new token on the platform "
                  "and paste it here.");
    case SyncFailure::Tls:
        return tr("The platform's certificate was refused, so the token was not sent. Check the address; a server "
                  "with a self-signed certificate must be trusted by this computer first.\n\n%1")
            .arg(message);
    case SyncFailure::Network:
        return tr("The platform could not be reached. Check the address and your connection, then try again.\n\n%1")
            .arg(message);
    case SyncFailure::Forbidden:
        return tr("The platform refused the request for this account's roles.\n\n%1").arg(message);
    case SyncFailure::Cancelled:
        return tr("Cancelled.");
    default:
        return message;
    }
}

void RemoteBindingDialog::updateButtons()
{
    const bool busy = !m_operation.isNull();
    const bool complete = !m_url->text().trimmed().isEmpty() && (m_editing || !m_token->isEmpty());
    m_check->setEnabled(!busy && complete);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && complete);
}

void RemoteBindingDialog::setBusy(bool busy)
{
    m_url->setEnabled(!busy);
    m_remoteProject->setEnabled(!busy);
    m_token->setEnabled(!busy);
    updateButtons();
}

void RemoteBindingDialog::showStatus(const QString& text, bool error)
{
    showFormMessage(m_status, text, error ? FormMessageKind::Error : FormMessageKind::Warning);
    if (!error) {
        // Success reads in the normal text colour.
        m_status->setPalette(palette());
    }
    fitWindowHeight(this, true);
}

void RemoteBindingDialog::startCheck(bool save)
{
    if (m_operation) {
        return;
    }
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        showStatus(tr("Enter the platform's address, such as https://platform.example.com."), true);
        m_url->setFocus();
        return;
    }
    SecretValue token;
    if (!m_token->isEmpty()) {
        token = m_token->value();
    } else if (m_editing) {
        auto stored = m_vault->remoteToken(m_project);
        // The stored token goes only to the address it was given for.
        const auto normalised = [](const QUrl& address) {
            return address.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
        };
        if (!stored || normalised(url) != normalised(QUrl(m_boundUrl))) {
            showStatus(tr("Enter the API token for this address."), true);
            m_token->setFocus();
            return;
        }
        token = stored.value();
    }
    if (token.isEmpty()) {
        showStatus(tr("Enter the API token."), true);
        m_token->setFocus();
        return;
    }
    showStatus(tr("Checking the connection…"), false);
    m_operation = m_engine->checkConnection(url, token, m_projectsListed || m_editing ? chosenRemoteProject() : 0);
    setBusy(true);
    SyncOperation* operation = m_operation;
    connect(operation, &SyncOperation::finished, this, [this, operation, save] { onCheckFinished(operation, save); });
}

void RemoteBindingDialog::onCheckFinished(SyncOperation* operation, bool save)
{
    m_operation = nullptr;
    setBusy(false);
    const Result<SyncReport>& result = operation->result();
    if (!result) {
        onCheckFailed(operation, save);
        return;
    }
    m_identity = result->identity;
    const bool wasListed = m_projectsListed;
    showRemoteProjects(result->remoteProjects);
    QString text = connectedText(result->identity);
    if (!result->identity.canWriteSecrets()) {
        text += u' '
            + tr("This account cannot add, edit or delete secrets (that needs %1).")
                  .arg(result->identity.secretsAdminRole);
    }
    if (result->remoteProjects.isEmpty()) {
        text += u' ' + tr("This token sees no project on the platform; create one there first.");
    } else if (save && !wasListed && !m_editing) {
        // Bind before any list was shown: the admin chooses the project first.
        text += u' ' + tr("Choose the platform project, then press Bind.");
        save = false;
    }
    showStatus(text, false);
    // Where the next keystroke belongs: the project to choose, then Enter for Bind.
    (m_remoteProject->count() > 0 ? static_cast<QWidget*>(m_remoteProject) : m_buttons->button(QDialogButtonBox::Ok))
        ->setFocus();
    if (save && chosenRemoteProject() != 0) {
        this->save();
    }
}

void RemoteBindingDialog::onCheckFailed(SyncOperation* operation, bool save)
{
    m_identity.reset();
    const QString text = failureText(operation->failure(), operation->result().message());
    showStatus(text, true);
    if (operation->result().code() == ErrorCode::NotFound) {
        // The chosen project is gone: offer the ones that exist.
        showRemoteProjects(operation->report().remoteProjects);
        m_remoteProject->setFocus();
        return;
    }
    (operation->failure() == SyncFailure::Unauthorized ? m_token->lineEdit() : static_cast<QWidget*>(m_url))
        ->setFocus();
    if (save && operation->failure() == SyncFailure::Network && chosenRemoteProject() != 0) {
        const auto answer = MessageBox::question(this, windowTitle(),
            tr("%1\n\nSave the binding anyway? You can publish once the platform can be reached.").arg(text),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Save) {
            this->save();
        }
    }
}

void RemoteBindingDialog::showRemoteProjects(const QList<RemoteProject>& projects)
{
    const qint64 chosen = chosenRemoteProject();
    m_remoteProject->clear();
    for (const RemoteProject& project : projects) {
        m_remoteProject->addItem(tr("#%1  %2").arg(QString::number(project.id), project.name), project.id);
    }
    const int index = m_remoteProject->findData(chosen);
    m_remoteProject->setCurrentIndex(index >= 0 ? index : (projects.isEmpty() ? -1 : 0));
    m_projectsListed = true;
    updateButtons();
}

qint64 RemoteBindingDialog::chosenRemoteProject() const
{
    return m_remoteProject->currentIndex() < 0 ? 0 : m_remoteProject->currentData().toLongLong();
}

void RemoteBindingDialog::save()
{
    const QString url = m_url->text().trimmed();
    const qint64 remoteProject = chosenRemoteProject();
    Result<void> saved = Error {ErrorCode::Internal, QString()};
    if (!m_token->isEmpty()) {
        const SecretValue token = m_token->value();
        saved = m_vault->setRemoteBinding(m_project, url, remoteProject, token);
    } else {
        auto stored = m_vault->remoteToken(m_project);
        if (!stored) {
            showStatus(tr("Enter the API token for this address."), true);
            return;
        }
        saved = m_vault->setRemoteBinding(m_project, url, remoteProject, stored.value());
    }
    if (!saved) {
        showStatus(tr("The binding was not saved: %1").arg(saved.message()), true);
        return;
    }
    m_token->clear();
    QDialog::accept();
}

void RemoteBindingDialog::accept()
{
    startCheck(true);
}

void RemoteBindingDialog::reject()
{
    if (!m_token->isEmpty()) {
        const auto answer = MessageBox::question(this, windowTitle(),
            tr("Discard the API token you typed? It has not been saved, so you would have to paste it again."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            m_token->lineEdit()->setFocus();
            return;
        }
    }
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->cancel();
        m_operation = nullptr;
    }
    m_token->clear();
    QDialog::reject();
}
