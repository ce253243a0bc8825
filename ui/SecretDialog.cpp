#include "ui/SecretDialog.h"
#include "ui_SecretDialog.h"

#include "models/ProjectStore.h"
#include "models/SecretTextShape.h"
#include "ui/FormMessage.h"
#include "ui/NameCheck.h"
#include "ui/PasswordGeneratorDialog.h"
#include "ui/RotationPolicyEdit.h"
#include "ui/SecretTextField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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

    setUpValueFields();
    setUpRotationField();
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
    auto valueEdited = [this] {
        m_storeError.clear();
        m_generatedLength = 0;
        updateState();
    };
    connect(m_ui->secretValueField, &PasswordField::textChanged, this, valueEdited);
    connect(m_ui->secretValueText, &SecretTextField::textChanged, this, valueEdited);
    connect(m_ui->multiLineCheckBox, &QCheckBox::toggled, this, &SecretDialog::setMultiLine);
    connect(m_ui->generateValueButton, &QPushButton::clicked, this, &SecretDialog::generateValue);
    updateState();
}

void SecretDialog::setUpValueFields()
{
    m_ui->secretValueField->setAccessibleName(tr("Secret value"));
    m_ui->secretValueField->setPlaceholderText(tr("Enter the secret value"));
    m_ui->secretValueField->lineEdit()->setObjectName(QStringLiteral("secretValueEdit"));
    m_ui->secretValueField->revealButton()->setObjectName(QStringLiteral("secretValueRevealButton"));
    m_ui->secretValueText->setAccessibleName(tr("Secret value"));
    m_ui->secretValueText->editor()->setPlaceholderText(
        tr("Paste or type the value, such as a PEM private key; it stays masked"));
    m_ui->secretValueText->hide();
    m_ui->secretValueShapeLabel->hide();
}

void SecretDialog::setUpRotationField()
{
    m_rotationEdit = new RotationPolicyEdit(this);
    auto* label = new QLabel(tr("R&otation:"), this);
    label->setBuddy(m_rotationEdit->kindCombo());
    m_ui->formLayout->addRow(label, m_rotationEdit);
    connect(m_rotationEdit, &RotationPolicyEdit::changed, this, [this] {
        m_storeError.clear();
        updateState();
    });
}

void SecretDialog::setRotation(const RotationPolicy& policy)
{
    m_storedRotation = policy;
    m_rotationEdit->setPolicy(policy);
    updateState();
}

bool SecretDialog::rotationChanged() const
{
    return !(m_rotationEdit->policy() == m_storedRotation);
}

Result<void> SecretDialog::saveRotation(const QString& name)
{
    if (!rotationChanged()) {
        return {};
    }
    return m_store->setSecretRotation(m_project, name, m_rotationEdit->policy());
}

bool SecretDialog::isMultiLine() const
{
    return m_ui->multiLineCheckBox->isChecked();
}

void SecretDialog::setMultiLine(bool multiLine)
{
    // The typed value moves with the switch, so nothing is lost and nothing stays behind.
    if (multiLine) {
        m_ui->secretValueText->setText(m_ui->secretValueField->lineEdit()->text());
        m_ui->secretValueField->clear();
    } else {
        m_ui->secretValueField->lineEdit()->setText(m_ui->secretValueText->textForCheck());
        m_ui->secretValueText->clear();
    }
    m_ui->secretValueField->setVisible(!multiLine);
    m_ui->secretValueText->setVisible(multiLine);
    m_ui->secretValueLabel->setBuddy(multiLine ? static_cast<QWidget*>(m_ui->secretValueText) : m_ui->secretValueField);
    focusValue();
    updateState();
}

void SecretDialog::generateValue()
{
    PasswordGeneratorDialog generator(this);
    if (generator.exec() != QDialog::Accepted) {
        return;
    }
    QString generated = generator.takeValue();
    if (isMultiLine()) {
        m_ui->secretValueText->setText(generated);
    } else {
        m_ui->secretValueField->lineEdit()->setText(generated);
    }
    generated.fill(QLatin1Char(' '));
    m_generatedLength = generator.options().length;
    updateState();
    focusValue();
}

bool SecretDialog::valueIsEmpty() const
{
    return isMultiLine() ? m_ui->secretValueText->isEmpty() : m_ui->secretValueField->isEmpty();
}

SecretValue SecretDialog::currentValue() const
{
    return isMultiLine() ? m_ui->secretValueText->value() : m_ui->secretValueField->value();
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
    if (isMultiLine()) {
        m_ui->secretValueText->editor()->setFocus(Qt::OtherFocusReason);
    } else {
        m_ui->secretValueField->lineEdit()->setFocus(Qt::OtherFocusReason);
    }
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
    m_ui->secretValueText->clear();
    QDialog::done(result);
}

void SecretDialog::updateState()
{
    const QString name = m_ui->secretNameEdit->text();
    const bool nameValid = m_nameCheck.check(name, m_ui->secretNameMessage, !m_storeError.isEmpty());

    const bool valueEmpty = valueIsEmpty();
    const bool valueTooLarge = !updateValueMessages(valueEmpty);

    // A rule is checked only when it changed: a stored date that has passed can stay while the value is replaced.
    const Result<void> rotationValid = rotationChanged()
        ? RotationRules::validate(m_rotationEdit->policy(), QDateTime::currentDateTimeUtc())
        : Result<void>();
    bool complete = false;
    if (m_editing) {
        complete = nameValid && !valueTooLarge && (name != m_currentName || !valueEmpty || rotationChanged());
    } else {
        complete = nameValid && !valueEmpty && !valueTooLarge;
    }
    m_saveButton->setEnabled(complete && rotationValid.ok() && m_permissionReason.isEmpty());
    QString error = m_permissionReason.isEmpty() ? m_storeError : m_permissionReason;
    if (error.isEmpty() && !rotationValid) {
        error = rotationValid.message();
    }
    showFormMessage(m_ui->secretDialogError, error);
    fitWindowHeight(this);
}

bool SecretDialog::updateValueMessages(bool valueEmpty)
{
    const qsizetype valueSize = valueEmpty ? 0 : currentValue().size();
    const bool valueTooLarge = valueSize > kMaxValueBytes;
    showFormMessage(m_ui->secretValueMessage,
        valueTooLarge
            ? tr("The value is %1 bytes long; the limit is %2 bytes (64 KiB).").arg(valueSize).arg(kMaxValueBytes)
            : QString());
    // A one-line value can only move to the multi-line field and back while it has no line break.
    const bool hasLineBreak = isMultiLine() && m_ui->secretValueText->containsLineBreak();
    m_ui->multiLineCheckBox->setEnabled(!hasLineBreak);
    m_ui->multiLineCheckBox->setToolTip(
        hasLineBreak ? tr("The value has several lines; it cannot go into the one-line field.") : QString());
    QString note;
    bool broken = false;
    if (m_generatedLength > 0) {
        note = tr("Generated a %n-character value; hold the eye button to see it.", nullptr, m_generatedLength);
    } else if (isMultiLine() && !valueEmpty) {
        const SecretTextShape shape = describeSecretText(m_ui->secretValueText->textForCheck());
        note = shape.summary();
        broken = shape.pem == SecretTextShape::Pem::Broken;
    }
    if (broken) {
        showFormMessage(m_ui->secretValueShapeLabel, note, FormMessageKind::Warning);
    } else {
        // A description, not a warning: the palette's own text colour.
        m_ui->secretValueShapeLabel->setPalette(palette());
        m_ui->secretValueShapeLabel->setText(note);
        m_ui->secretValueShapeLabel->setVisible(!note.isEmpty());
    }
    return !valueTooLarge;
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
            if (!valueIsEmpty()) {
                newValue = currentValue();
            }
            if (!newValue && newName == m_currentName) {
                // Only the rule changed: the item itself is not rewritten.
                return ProjectStore::WriteOutcome {};
            }
            return m_store->editSecret(m_project, m_currentName, newName, newValue, m_seen);
        }
        return m_store->setSecret(m_project, newName, currentValue(), ProjectStore::WriteMode::CreateOnly);
    }();
    if (outcome) {
        if (const Result<void> ruled = saveRotation(newName); !ruled) {
            outcome = ruled.error();
        }
    }
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
