#include "ui/SecretDialog.h"
#include "ui_SecretDialog.h"

#include "models/ProjectStore.h"
#include "ui/FormMessage.h"
#include "ui/NameCheck.h"

#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include <optional>

SecretDialog::SecretDialog(ProjectStore* store, ProjectId project, QStringList existingNames, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretDialog>())
    , m_store(store)
    , m_project(project)
    , m_nameCheck(std::move(existingNames),
          [](const QString& name) { return tr("A secret named '%1' already exists in this project.").arg(name); })
{
    m_ui->setupUi(this);
    new WindowHeightFitter(this, true);

    m_ui->secretValueField->setAccessibleName(tr("Secret value"));
    m_ui->secretValueField->setPlaceholderText(tr("Enter the secret value"));
    m_ui->secretValueField->lineEdit()->setObjectName(QStringLiteral("secretValueEdit"));
    m_ui->secretValueField->revealButton()->setObjectName(QStringLiteral("secretValueRevealButton"));
    m_ui->secretValueNote->hide();
    showFormMessage(m_ui->secretNameMessage, {});
    showFormMessage(m_ui->secretValueMessage, {});
    showFormMessage(m_ui->secretDialogError, {});

    m_saveButton = m_ui->buttonBox->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveSecretButton"));
    m_saveButton->setAccessibleName(tr("Add secret"));
    m_saveButton->setDefault(true);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelSecretButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);

    if (m_store) {
        const AccessPolicy policy = m_store->accessPolicy();
        if (!policy.canManageSecrets(m_store->actor())) {
            m_permissionReason = policy.manageSecretsDeniedReason();
            m_saveButton->setToolTip(m_permissionReason);
        }
    } else {
        m_permissionReason = tr("The vault is not open.");
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SecretDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SecretDialog::reject);
    connect(m_ui->secretNameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameCheck.setEdited();
        m_storeError.clear();
        updateState();
    });
    connect(m_ui->secretNameEdit, &QLineEdit::textChanged, this, &SecretDialog::updateState);
    connect(m_ui->secretValueField, &PasswordField::textChanged, this, [this] {
        m_storeError.clear();
        updateState();
    });

    updateState();
}

SecretDialog::~SecretDialog() = default;

void SecretDialog::setEditing(const QString& currentName, const std::optional<ProjectStore::SeenItem>& seen)
{
    m_editing = true;
    m_currentName = currentName;
    m_seen = seen;
    m_nameCheck.setCurrentName(currentName);
    setWindowTitle(tr("Edit secret"));
    setAccessibleName(tr("Edit secret"));
    m_ui->secretNameEdit->setText(currentName);
    m_ui->secretValueField->clear();
    m_ui->secretValueField->setPlaceholderText(tr("Enter a new value to replace the current one"));
    m_ui->secretValueField->setAccessibleName(tr("New secret value"));
    m_ui->secretValueNote->show();
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setAccessibleName(tr("Save secret"));
    updateState();
}

void SecretDialog::setNewName(const QString& name)
{
    m_ui->secretNameEdit->setText(name);
}

void SecretDialog::focusValue()
{
    m_ui->secretValueField->lineEdit()->setFocus(Qt::OtherFocusReason);
}

bool SecretDialog::isEditing() const
{
    return m_editing;
}

QString SecretDialog::name() const
{
    return m_ui->secretNameEdit->text();
}

QString SecretDialog::savedWarning() const
{
    return m_savedWarning;
}

void SecretDialog::done(int result)
{
    // Whatever happened, the typed value does not stay in the widget.
    m_ui->secretValueField->clear();
    QDialog::done(result);
}

void SecretDialog::updateState()
{
    const QString name = m_ui->secretNameEdit->text();
    const bool nameValid = m_nameCheck.check(name, m_ui->secretNameMessage, !m_storeError.isEmpty());

    const bool valueEmpty = m_ui->secretValueField->isEmpty();
    const qsizetype valueSize = valueEmpty ? 0 : m_ui->secretValueField->byteSize();
    const bool valueTooLarge = valueSize > kMaxValueBytes;
    showFormMessage(m_ui->secretValueMessage,
        valueTooLarge
            ? tr("The value is %1 bytes long; the limit is %2 bytes (64 KiB).").arg(valueSize).arg(kMaxValueBytes)
            : QString());

    bool complete = false;
    if (m_editing) {
        complete = nameValid && !valueTooLarge && (name != m_currentName || !valueEmpty);
    } else {
        complete = nameValid && !valueEmpty && !valueTooLarge;
    }
    m_saveButton->setEnabled(complete && m_permissionReason.isEmpty());
    showFormMessage(m_ui->secretDialogError, m_permissionReason.isEmpty() ? m_storeError : m_permissionReason);
    fitWindowHeight(this);
}

void SecretDialog::save()
{
    if (!m_saveButton->isEnabled() || !m_store) {
        return;
    }
    const QString newName = name();
    auto outcome = [&]() -> Result<ProjectStore::WriteOutcome> {
        if (m_editing) {
            std::optional<SecretValue> newValue;
            if (!m_ui->secretValueField->isEmpty()) {
                newValue = m_ui->secretValueField->value();
            }
            return m_store->editSecret(m_project, m_currentName, newName, newValue, m_seen);
        }
        return m_store->setSecret(
            m_project, newName, m_ui->secretValueField->value(), ProjectStore::WriteMode::CreateOnly);
    }();
    if (!outcome) {
        if (outcome.code() == ErrorCode::AlreadyExists) {
            // Added elsewhere since the dialog opened.
            m_nameCheck.addExisting(newName);
        }
        m_storeError = outcome.message();
        updateState();
        return;
    }
    m_savedWarning = outcome->warning;
    accept();
}
