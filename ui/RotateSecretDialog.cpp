#include "ui/RotateSecretDialog.h"

#include "models/RotationPolicy.h"
#include "ui/FormMessage.h"
#include "ui/PasswordGeneratorDialog.h"
#include "ui/SecretTextField.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RotateSecretDialog::RotateSecretDialog(
    ProjectStore* store, ProjectId project, const SecretSummary& secret, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_project(project)
    , m_secret(secret)
    , m_value(new SecretTextField(this))
    , m_stateLabel(new QLabel(this))
    , m_channelsLabel(new QLabel(this))
    , m_error(new QLabel(this))
    , m_publish(new QCheckBox(tr("&Publish at once"), this))
{
    setObjectName(QStringLiteral("RotateSecretDialog"));
    setWindowTitle(tr("Rotate secret %1").arg(secret.name));
    setAccessibleName(tr("Rotate secret"));
    setMinimumWidth(520);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const RotationState state = RotationRules::state(secret.rotation, secret.rotatedAt, now);
    QString summary = tr("The value of %1 was replaced %n day(s) ago.", nullptr,
        static_cast<int>(RotationRules::ageDays(secret.rotatedAt, now)))
                          .arg(secret.name);
    if (state != RotationState::NoPolicy) {
        summary += u' '
            + tr("%1: %2.").arg(RotationRules::policyText(secret.rotation),
                RotationRules::stateText(state, RotationRules::dueAt(secret.rotation, secret.rotatedAt), now));
    }
    m_stateLabel->setObjectName(QStringLiteral("rotationStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setText(summary);

    auto* valueLabel = new QLabel(tr("&New value:"), this);
    valueLabel->setBuddy(m_value);
    m_value->setObjectName(QStringLiteral("rotateValueField"));
    m_value->setAccessibleName(tr("New secret value"));
    m_value->editor()->setPlaceholderText(tr("Paste or type the new value; it stays masked"));
    m_value->editor()->setObjectName(QStringLiteral("rotateValueEdit"));
    auto* generate = new QPushButton(tr("&Generate…"), this);
    generate->setObjectName(QStringLiteral("rotateGenerateButton"));
    generate->setAccessibleName(tr("Generate a value"));
    generate->setAutoDefault(false);

    m_publish->setObjectName(QStringLiteral("publishNowCheckBox"));
    m_publish->setAccessibleName(tr("Publish at once"));
    m_channelsLabel->setObjectName(QStringLiteral("rotateChannelsLabel"));
    m_channelsLabel->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("rotateError"));
    m_error->setWordWrap(true);
    showFormMessage(m_error, {});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_rotateButton = buttons->addButton(tr("&Rotate"), QDialogButtonBox::AcceptRole);
    m_rotateButton->setObjectName(QStringLiteral("rotateButton"));
    m_rotateButton->setAccessibleName(tr("Rotate secret"));
    m_rotateButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelRotateButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stateLabel);
    layout->addWidget(valueLabel);
    layout->addWidget(m_value, 1);
    layout->addWidget(generate, 0, Qt::AlignRight);
    layout->addWidget(m_publish);
    layout->addWidget(m_channelsLabel);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(generate, &QPushButton::clicked, this, &RotateSecretDialog::generateValue);
    connect(m_value, &SecretTextField::textChanged, this, [this] {
        m_storeError.clear();
        updateState();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &RotateSecretDialog::rotate);
    connect(buttons, &QDialogButtonBox::rejected, this, &RotateSecretDialog::reject);
    setPublishing(false, {});
    m_value->editor()->setFocus(Qt::OtherFocusReason);
}

RotateSecretDialog::~RotateSecretDialog() = default;

void RotateSecretDialog::setPublishing(bool bound, const QStringList& channelNames)
{
    m_publish->setEnabled(bound);
    m_publish->setChecked(bound);
    if (!bound) {
        m_channelsLabel->setText(tr("This project is not bound to a platform project: the new value stays in the "
                                    "vault until you bind and publish it."));
    } else if (channelNames.isEmpty()) {
        m_channelsLabel->setText(tr("Once published, every channel of the platform project reads the new value at "
                                    "once, without a deploy."));
    } else {
        m_channelsLabel->setText(tr("Once published, these channels read the new value at once, without a deploy: %1.")
                                     .arg(channelNames.join(QStringLiteral(", "))));
    }
    updateState();
}

bool RotateSecretDialog::publishRequested() const
{
    return m_publishRequested;
}

void RotateSecretDialog::generateValue()
{
    PasswordGeneratorDialog generator(this);
    if (generator.exec() != QDialog::Accepted) {
        return;
    }
    QString generated = generator.takeValue();
    m_value->setText(generated);
    generated.fill(QLatin1Char(' '));
    updateState();
}

void RotateSecretDialog::updateState()
{
    const bool tooLarge = m_value->byteSize() > 64 * 1024;
    m_rotateButton->setEnabled(!m_value->isEmpty() && !tooLarge && m_store);
    showFormMessage(m_error,
        tooLarge
            ? tr("The value is %1 bytes long; the limit is %2 bytes (64 KiB).").arg(m_value->byteSize()).arg(64 * 1024)
            : m_storeError);
}

void RotateSecretDialog::rotate()
{
    if (!m_rotateButton->isEnabled()) {
        return;
    }
    const auto outcome = m_store->rotateSecret(
        m_project, m_secret.name, m_value->value(), ProjectStore::SeenItem {m_secret.id, m_secret.updated});
    if (!outcome) {
        m_storeError = outcome.message();
        updateState();
        return;
    }
    m_publishRequested = m_publish->isEnabled() && m_publish->isChecked();
    accept();
}

void RotateSecretDialog::done(int result)
{
    // Whatever happened, the typed value does not stay in the widget.
    m_value->clear();
    QDialog::done(result);
}
