#include "tests/support/TestMain.h"

#include "models/AccessPolicy.h"
#include "storage/Vault.h"
#include "ui/AppSettings.h"
#include "ui/SettingsDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <memory>

// AppSettings over a temporary INI file, and the settings dialog driven like a person would.
class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultsWhenNothingIsStored();
    void valuesSurviveARestart();
    void autoLockMinutesAreClamped_data();
    void autoLockMinutesAreClamped();
    void clipboardSecondsAreClamped_data();
    void clipboardSecondsAreClamped();
    void damagedValuesReadAsDefaults();
    void onlyTheTwoAdminRolesAreAccepted();
    void roleIsStoredByName();
    void unknownLanguageFollowsTheSystem();
    void headerStateKeysAreFixedNames();
    void noSecretLookingKeysAreStored();

    void dialogShowsStoredSettings();
    void dialogHasNamedAccessibleControls();
    void okSavesWhatWasTyped();
    void cancelDiscardsEdits();
    void discardRestoresStoredValues();
    void zeroMinutesShowsNever();
    void languageChangeAsksForRestart();
    void restoreDefaultsChangesOnlyTheControls();

private:
    std::unique_ptr<QSettings> reopen() const;
    QComboBox* combo(QWidget* dialog, const char* name) const;
    QSpinBox* spin(QWidget* dialog, const char* name) const;
    void typeInto(QSpinBox* spin, const QString& text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_qsettings = reopen();
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
}

void TestSettings::cleanup()
{
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
}

std::unique_ptr<QSettings> TestSettings::reopen() const
{
    return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("botvault.ini")), QSettings::IniFormat);
}

QComboBox* TestSettings::combo(QWidget* dialog, const char* name) const
{
    auto* widget = dialog->findChild<QComboBox*>(QString::fromLatin1(name));
    Q_ASSERT(widget);
    return widget;
}

QSpinBox* TestSettings::spin(QWidget* dialog, const char* name) const
{
    auto* widget = dialog->findChild<QSpinBox*>(QString::fromLatin1(name));
    Q_ASSERT(widget);
    return widget;
}

void TestSettings::typeInto(QSpinBox* spin, const QString& text) const
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, text);
}

void TestSettings::defaultsWhenNothingIsStored()
{
    QCOMPARE(m_settings->language(), QString());
    QCOMPARE(m_settings->autoLockMinutes(), 10);
    QCOMPARE(m_settings->secretsAdminRole(), Role::SystemAdmin);
    QCOMPARE(m_settings->accessPolicy().secretsAdminRole(), Role::SystemAdmin);
    QCOMPARE(m_settings->vaultPath(), Vault::defaultPath());
    QCOMPARE(m_settings->clipboardClearSeconds(), 30);
    QVERIFY(!m_settings->hasMainWindowGeometry());
    QVERIFY(m_settings->mainWindowGeometry().isEmpty());
    QVERIFY(m_settings->mainWindowState().isEmpty());
    QVERIFY(m_settings->headerState(QStringLiteral("secrets")).isEmpty());
}

void TestSettings::valuesSurviveARestart()
{
    m_settings->setLanguage(QStringLiteral("ru"));
    m_settings->setAutoLockMinutes(25);
    QVERIFY(m_settings->setSecretsAdminRole(Role::SecurityAdmin));
    m_settings->setVaultPath(QStringLiteral("/tmp/elsewhere/vault.db"));
    m_settings->setClipboardClearSeconds(45);
    m_settings->setMainWindowGeometry(QByteArrayLiteral("geometry\x01\x02"));
    m_settings->setMainWindowState(QByteArrayLiteral("state\x00\xff"));
    m_settings->setHeaderState(QStringLiteral("secrets"), QByteArrayLiteral("header-1"));
    m_settings->setHeaderState(QStringLiteral("variables"), QByteArrayLiteral("header-2"));
    m_settings->sync();
    m_settings.reset();
    m_qsettings.reset();

    const std::unique_ptr<QSettings> qsettings = reopen();
    const AppSettings settings(qsettings.get());
    QCOMPARE(settings.language(), QStringLiteral("ru"));
    QCOMPARE(settings.autoLockMinutes(), 25);
    QCOMPARE(settings.secretsAdminRole(), Role::SecurityAdmin);
    QCOMPARE(settings.accessPolicy().secretsAdminRole(), Role::SecurityAdmin);
    QCOMPARE(settings.vaultPath(), QStringLiteral("/tmp/elsewhere/vault.db"));
    QCOMPARE(settings.clipboardClearSeconds(), 45);
    QVERIFY(settings.hasMainWindowGeometry());
    QCOMPARE(settings.mainWindowGeometry(), QByteArrayLiteral("geometry\x01\x02"));
    QCOMPARE(settings.mainWindowState(), QByteArrayLiteral("state\x00\xff"));
    QCOMPARE(settings.headerState(QStringLiteral("secrets")), QByteArrayLiteral("header-1"));
    QCOMPARE(settings.headerState(QStringLiteral("variables")), QByteArrayLiteral("header-2"));
}

void TestSettings::autoLockMinutesAreClamped_data()
{
    QTest::addColumn<int>("stored");
    QTest::addColumn<int>("expected");
    QTest::newRow("negative") << -5 << 0;
    QTest::newRow("never") << 0 << 0;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("one day") << 1440 << 1440;
    QTest::newRow("beyond a day") << 1441 << 1440;
    QTest::newRow("huge") << 1'000'000 << 1440;
}

void TestSettings::autoLockMinutesAreClamped()
{
    QFETCH(int, stored);
    QFETCH(int, expected);
    m_settings->setAutoLockMinutes(stored);
    QCOMPARE(m_settings->autoLockMinutes(), expected);
    // A hand-edited file is clamped on reading too.
    m_qsettings->setValue(QStringLiteral("security/autoLockMinutes"), stored);
    QCOMPARE(m_settings->autoLockMinutes(), expected);
}

void TestSettings::clipboardSecondsAreClamped_data()
{
    QTest::addColumn<int>("stored");
    QTest::addColumn<int>("expected");
    QTest::newRow("zero is not never") << 0 << 5;
    QTest::newRow("below the minimum") << 4 << 5;
    QTest::newRow("minimum") << 5 << 5;
    QTest::newRow("maximum") << 600 << 600;
    QTest::newRow("beyond the maximum") << 601 << 600;
}

void TestSettings::clipboardSecondsAreClamped()
{
    QFETCH(int, stored);
    QFETCH(int, expected);
    m_settings->setClipboardClearSeconds(stored);
    QCOMPARE(m_settings->clipboardClearSeconds(), expected);
    m_qsettings->setValue(QStringLiteral("security/clipboardClearSeconds"), stored);
    QCOMPARE(m_settings->clipboardClearSeconds(), expected);
}

void TestSettings::damagedValuesReadAsDefaults()
{
    m_qsettings->setValue(QStringLiteral("security/autoLockMinutes"), QStringLiteral("soon"));
    m_qsettings->setValue(QStringLiteral("security/clipboardClearSeconds"), QStringLiteral("later"));
    m_qsettings->setValue(QStringLiteral("security/secretsAdminRole"), QStringLiteral("system_admin"));
    m_qsettings->setValue(QStringLiteral("vault/path"), QString());
    QCOMPARE(m_settings->autoLockMinutes(), 10);
    QCOMPARE(m_settings->clipboardClearSeconds(), 30);
    QCOMPARE(m_settings->secretsAdminRole(), Role::SystemAdmin);
    QCOMPARE(m_settings->vaultPath(), Vault::defaultPath());
}

void TestSettings::onlyTheTwoAdminRolesAreAccepted()
{
    QVERIFY(m_settings->setSecretsAdminRole(Role::SecurityAdmin));
    QVERIFY(!m_settings->setSecretsAdminRole(Role::Developer));
    QVERIFY(!m_settings->setSecretsAdminRole(Role::Viewer));
    QCOMPARE(m_settings->secretsAdminRole(), Role::SecurityAdmin);
    QVERIFY(m_settings->setSecretsAdminRole(Role::SystemAdmin));
    QCOMPARE(m_settings->secretsAdminRole(), Role::SystemAdmin);

    // A file edited to hand secrets to a weaker role falls back to the default, not to that role.
    m_qsettings->setValue(QStringLiteral("security/secretsAdminRole"), QStringLiteral("DEVELOPER"));
    QCOMPARE(m_settings->secretsAdminRole(), Role::SystemAdmin);
    m_qsettings->setValue(QStringLiteral("security/secretsAdminRole"), QStringLiteral("VIEWER"));
    QCOMPARE(m_settings->secretsAdminRole(), Role::SystemAdmin);
}

void TestSettings::roleIsStoredByName()
{
    QVERIFY(m_settings->setSecretsAdminRole(Role::SecurityAdmin));
    QCOMPARE(
        m_qsettings->value(QStringLiteral("security/secretsAdminRole")).toString(), QStringLiteral("SECURITY_ADMIN"));
}

void TestSettings::unknownLanguageFollowsTheSystem()
{
    m_settings->setLanguage(QStringLiteral("ru"));
    QCOMPARE(m_settings->language(), QStringLiteral("ru"));
    m_settings->setLanguage(QStringLiteral("xx"));
    QCOMPARE(m_settings->language(), QString());
    m_qsettings->setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    QCOMPARE(m_settings->language(), QString());
    m_settings->setLanguage(QStringLiteral("en"));
    QCOMPARE(m_settings->language(), QStringLiteral("en"));
    m_settings->setLanguage(QString());
    QCOMPARE(m_settings->language(), QString());
    QVERIFY(!m_qsettings->contains(QStringLiteral("ui/language")));
}

void TestSettings::headerStateKeysAreFixedNames()
{
    m_settings->setHeaderState(QStringLiteral("../general/x"), QByteArrayLiteral("state"));
    m_settings->setHeaderState(QString(), QByteArrayLiteral("state"));
    m_settings->setHeaderState(QStringLiteral("secrets table"), QByteArrayLiteral("state"));
    QVERIFY(m_qsettings->allKeys().isEmpty());
    QVERIFY(m_settings->headerState(QStringLiteral("../general/x")).isEmpty());
}

void TestSettings::noSecretLookingKeysAreStored()
{
    m_settings->setLanguage(QStringLiteral("ru"));
    m_settings->setAutoLockMinutes(3);
    QVERIFY(m_settings->setSecretsAdminRole(Role::SecurityAdmin));
    m_settings->setVaultPath(QStringLiteral("/tmp/v.db"));
    m_settings->setClipboardClearSeconds(20);
    m_settings->setMainWindowGeometry(QByteArrayLiteral("g"));
    m_settings->setMainWindowState(QByteArrayLiteral("s"));
    m_settings->setHeaderState(QStringLiteral("secrets"), QByteArrayLiteral("h"));
    m_settings->sync();

    // Every key the class writes is one of these; a new one must be added here deliberately.
    QStringList expected {QStringLiteral("ui/language"), QStringLiteral("security/autoLockMinutes"),
        QStringLiteral("security/secretsAdminRole"), QStringLiteral("vault/path"),
        QStringLiteral("security/clipboardClearSeconds"), QStringLiteral("mainWindow/geometry"),
        QStringLiteral("mainWindow/state"), QStringLiteral("headerState/secrets")};
    QStringList keys = m_qsettings->allKeys();
    keys.sort();
    expected.sort();
    QCOMPARE(keys, expected);

    static const QRegularExpression secretLooking(
        QStringLiteral("password|passphrase|token|api.?key|master|credential|value|salt|cipher"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& key : keys) {
        QVERIFY2(!secretLooking.match(key).hasMatch(), qPrintable(key));
    }
}

void TestSettings::dialogShowsStoredSettings()
{
    m_settings->setLanguage(QStringLiteral("ru"));
    m_settings->setAutoLockMinutes(15);
    QVERIFY(m_settings->setSecretsAdminRole(Role::SecurityAdmin));
    m_settings->setClipboardClearSeconds(45);

    SettingsDialog dialog(m_settings.get());
    QCOMPARE(combo(&dialog, "languageCombo")->currentData().toString(), QStringLiteral("ru"));
    QCOMPARE(combo(&dialog, "languageCombo")->currentText(), QStringLiteral("Русский"));
    QCOMPARE(spin(&dialog, "autoLockSpin")->value(), 15);
    QCOMPARE(combo(&dialog, "secretsRoleCombo")->currentText(), QStringLiteral("SECURITY_ADMIN"));
    QCOMPARE(spin(&dialog, "clipboardClearSpin")->value(), 45);
}

void TestSettings::dialogHasNamedAccessibleControls()
{
    SettingsDialog dialog(m_settings.get());
    const QStringList names {QStringLiteral("languageCombo"), QStringLiteral("autoLockSpin"),
        QStringLiteral("secretsRoleCombo"), QStringLiteral("clipboardClearSpin"), QStringLiteral("okButton"),
        QStringLiteral("cancelButton"), QStringLiteral("restoreDefaultsButton")};
    for (const QString& name : names) {
        auto* widget = dialog.findChild<QWidget*>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }

    // Every widget of the dialog, not just the controls (Qt's internal children are named "qt_…").
    for (const QWidget* widget : dialog.findChildren<QWidget*>()) {
        if (widget->objectName().startsWith(QLatin1String("qt_"))) {
            continue;
        }
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }

    QComboBox* languages = combo(&dialog, "languageCombo");
    QCOMPARE(languages->count(), 3);
    QCOMPARE(languages->itemText(0), QStringLiteral("System default"));
    QCOMPARE(languages->itemText(1), QStringLiteral("English"));
    QCOMPARE(languages->itemText(2), QStringLiteral("Русский"));

    QComboBox* roles = combo(&dialog, "secretsRoleCombo");
    QCOMPARE(roles->count(), 2);
    QCOMPARE(roles->itemText(0), QStringLiteral("SYSTEM_ADMIN"));
    QCOMPARE(roles->itemText(1), QStringLiteral("SECURITY_ADMIN"));
    auto* explanation = dialog.findChild<QLabel*>(QStringLiteral("secretsRoleExplanationLabel"));
    QVERIFY(explanation);
    // It says what to choose and whom to ask, not that the platform's documentation is unsure.
    QVERIFY(!explanation->text().contains(QStringLiteral("disagree")));
    QVERIFY2(explanation->text().contains(QStringLiteral("SYSTEM_ADMIN on most installations")),
        qPrintable(explanation->text()));
    QVERIFY(explanation->text().contains(QStringLiteral("ask your platform administrator")));
}

void TestSettings::okSavesWhatWasTyped()
{
    SettingsDialog dialog(m_settings.get());
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QComboBox* languages = combo(&dialog, "languageCombo");
    languages->setFocus();
    QTest::keyClick(languages, Qt::Key_Down); // System default -> English
    QTest::keyClick(languages, Qt::Key_Down); // English -> Русский
    typeInto(spin(&dialog, "autoLockSpin"), QStringLiteral("25"));
    QComboBox* roles = combo(&dialog, "secretsRoleCombo");
    roles->setFocus();
    QTest::keyClick(roles, Qt::Key_Down);
    typeInto(spin(&dialog, "clipboardClearSpin"), QStringLiteral("90"));

    // Nothing is stored before OK.
    QCOMPARE(m_settings->autoLockMinutes(), 10);
    QVERIFY(m_qsettings->allKeys().isEmpty());

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_settings->language(), QStringLiteral("ru"));
    QCOMPARE(m_settings->autoLockMinutes(), 25);
    QCOMPARE(m_settings->secretsAdminRole(), Role::SecurityAdmin);
    QCOMPARE(m_settings->clipboardClearSeconds(), 90);

    // Saved to the file, not just to the QSettings object.
    const std::unique_ptr<QSettings> onDisk = reopen();
    QCOMPARE(AppSettings(onDisk.get()).autoLockMinutes(), 25);
}

void TestSettings::cancelDiscardsEdits()
{
    m_settings->setAutoLockMinutes(12);
    SettingsDialog dialog(m_settings.get());
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    typeInto(spin(&dialog, "autoLockSpin"), QStringLiteral("99"));
    QComboBox* roles = combo(&dialog, "secretsRoleCombo");
    roles->setFocus();
    QTest::keyClick(roles, Qt::Key_Down);
    QCOMPARE(spin(&dialog, "autoLockSpin")->value(), 99);

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_settings->autoLockMinutes(), 12);
    QCOMPARE(m_settings->secretsAdminRole(), Role::SystemAdmin);
    // Opened again, the dialog shows the stored values, not the abandoned edits.
    QCOMPARE(spin(&dialog, "autoLockSpin")->value(), 12);
    QCOMPARE(combo(&dialog, "secretsRoleCombo")->currentText(), QStringLiteral("SYSTEM_ADMIN"));
}

void TestSettings::discardRestoresStoredValues()
{
    SettingsDialog dialog(m_settings.get());
    spin(&dialog, "clipboardClearSpin")->setValue(200);
    combo(&dialog, "languageCombo")->setCurrentIndex(1);
    dialog.discard();
    QCOMPARE(spin(&dialog, "clipboardClearSpin")->value(), 30);
    QCOMPARE(combo(&dialog, "languageCombo")->currentData().toString(), QString());

    // initialize() picks up settings changed elsewhere.
    m_settings->setClipboardClearSeconds(70);
    dialog.initialize();
    QCOMPARE(spin(&dialog, "clipboardClearSpin")->value(), 70);
}

void TestSettings::zeroMinutesShowsNever()
{
    SettingsDialog dialog(m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSpinBox* autoLock = spin(&dialog, "autoLockSpin");
    typeInto(autoLock, QStringLiteral("0"));
    QTest::keyClick(autoLock, Qt::Key_Tab); // leaving the field formats what was typed
    QCOMPARE(autoLock->value(), 0);
    QCOMPARE(autoLock->text(), QStringLiteral("Never"));
    auto* hint = dialog.findChild<QLabel*>(QStringLiteral("autoLockHintLabel"));
    QVERIFY(hint);
    QVERIFY(hint->text().contains(QStringLiteral("until you lock it")));

    dialog.save();
    QCOMPARE(m_settings->autoLockMinutes(), 0);
}

void TestSettings::languageChangeAsksForRestart()
{
    SettingsDialog dialog(m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageRestartLabel"));
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("Takes effect after restart."));

    QComboBox* languages = combo(&dialog, "languageCombo");
    languages->setFocus();
    QTest::keyClick(languages, Qt::Key_Down);
    QVERIFY(note->isVisible());
    QTest::keyClick(languages, Qt::Key_Up);
    QVERIFY(!note->isVisible());
}

void TestSettings::restoreDefaultsChangesOnlyTheControls()
{
    m_settings->setLanguage(QStringLiteral("en"));
    m_settings->setAutoLockMinutes(3);
    QVERIFY(m_settings->setSecretsAdminRole(Role::SecurityAdmin));
    m_settings->setClipboardClearSeconds(9);
    SettingsDialog dialog(m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("restoreDefaultsButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(combo(&dialog, "languageCombo")->currentData().toString(), QString());
    QCOMPARE(spin(&dialog, "autoLockSpin")->value(), 10);
    QCOMPARE(combo(&dialog, "secretsRoleCombo")->currentText(), QStringLiteral("SYSTEM_ADMIN"));
    QCOMPARE(spin(&dialog, "clipboardClearSpin")->value(), 30);
    QCOMPARE(m_settings->autoLockMinutes(), 3);
    QCOMPARE(m_settings->secretsAdminRole(), Role::SecurityAdmin);

    dialog.accept();
    QCOMPARE(m_settings->language(), QString());
    QCOMPARE(m_settings->autoLockMinutes(), 10);
    QCOMPARE(m_settings->secretsAdminRole(), Role::SystemAdmin);
    QCOMPARE(m_settings->clipboardClearSeconds(), 30);
}

BOTVAULT_WIDGET_TEST_MAIN(TestSettings)
#include "TestSettings.moc"
