#include "ui/SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "models/Role.h"
#include "ui/AppSettings.h"
#include "ui/Translations.h"

#include <QPushButton>

SettingsDialog::SettingsDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    Q_ASSERT(m_settings);
    m_ui->setupUi(this);

    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString& language : Translations::available()) {
        m_ui->languageCombo->addItem(Translations::nativeName(language), language);
    }
    // Role names are the platform's identifiers and stay untranslated, as the platform shows them.
    for (const Role role : {Role::SystemAdmin, Role::SecurityAdmin}) {
        m_ui->secretsRoleCombo->addItem(roleName(role), roleName(role));
    }
    m_ui->autoLockSpin->setRange(0, AppSettings::kMaxAutoLockMinutes);
    m_ui->clipboardClearSpin->setRange(AppSettings::kMinClipboardClearSeconds, AppSettings::kMaxClipboardClearSeconds);

    QPushButton* okButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    QPushButton* cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    QPushButton* defaultsButton = m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults);
    okButton->setObjectName(QStringLiteral("okButton"));
    okButton->setAccessibleName(tr("Save settings"));
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Discard changes"));
    defaultsButton->setObjectName(QStringLiteral("restoreDefaultsButton"));
    defaultsButton->setAccessibleName(tr("Restore default settings"));

    // The Restore Defaults button has the reset role, which neither accepts nor rejects the dialog.
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(defaultsButton, &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateHints);
    connect(m_ui->autoLockSpin, &QSpinBox::valueChanged, this, &SettingsDialog::updateHints);
    connect(m_ui->clipboardClearSpin, &QSpinBox::valueChanged, this, &SettingsDialog::updateHints);

    initialize();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::initialize()
{
    m_storedLanguage = m_settings->language();
    selectData(m_ui->languageCombo, m_storedLanguage);
    m_ui->autoLockSpin->setValue(m_settings->autoLockMinutes());
    selectData(m_ui->secretsRoleCombo, roleName(m_settings->secretsAdminRole()));
    m_ui->clipboardClearSpin->setValue(m_settings->clipboardClearSeconds());
    updateHints();
}

void SettingsDialog::save()
{
    m_settings->setLanguage(m_ui->languageCombo->currentData().toString());
    m_settings->setAutoLockMinutes(m_ui->autoLockSpin->value());
    if (const std::optional<Role> role = roleFromName(m_ui->secretsRoleCombo->currentData().toString())) {
        m_settings->setSecretsAdminRole(*role);
    }
    m_settings->setClipboardClearSeconds(m_ui->clipboardClearSpin->value());
    m_settings->sync();
    m_storedLanguage = m_settings->language();
    updateHints();
    Q_EMIT saved();
}

void SettingsDialog::discard()
{
    initialize();
}

void SettingsDialog::accept()
{
    save();
    QDialog::accept();
}

void SettingsDialog::reject()
{
    discard();
    QDialog::reject();
}

void SettingsDialog::restoreDefaults()
{
    // Only the controls change; nothing is stored until OK.
    selectData(m_ui->languageCombo, QString());
    m_ui->autoLockSpin->setValue(AppSettings::kDefaultAutoLockMinutes);
    selectData(m_ui->secretsRoleCombo, roleName(Role::SystemAdmin));
    m_ui->clipboardClearSpin->setValue(AppSettings::kDefaultClipboardClearSeconds);
}

void SettingsDialog::selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void SettingsDialog::updateHints()
{
    // The language is loaded once at start-up: widgets built before a change keep their texts.
    m_ui->languageRestartLabel->setVisible(m_ui->languageCombo->currentData().toString() != m_storedLanguage);

    const int minutes = m_ui->autoLockSpin->value();
    m_ui->autoLockHintLabel->setText(minutes == 0
            ? tr("The vault stays unlocked until you lock it or close BotVault.")
            : tr("The vault locks after %n minute(s) without input.", nullptr, minutes));
    m_ui->clipboardClearHintLabel->setText(tr("Copied values are cleared from the clipboard after %n second(s).",
        nullptr, m_ui->clipboardClearSpin->value()));
    m_ui->autoLockHintLabel->setAccessibleName(m_ui->autoLockHintLabel->text());
    m_ui->clipboardClearHintLabel->setAccessibleName(m_ui->clipboardClearHintLabel->text());
}
