#include "tests/support/TestMain.h"

#include "ui/AppSettings.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

// The embedded catalogs load, switch and translate BotVault's and Qt's own texts.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void catalogsAreEmbedded();
    void nativeNames();
    void russianTranslatesMessages();
    void russianPluralForms_data();
    void russianPluralForms();
    void englishPluralForms_data();
    void englishPluralForms();
    void switchingLanguageReplacesTheCatalog();
    void unknownLanguageFallsBackToEnglish();
    void qtStandardButtonsAreTranslated();
    void dialogBuiltAfterInstallIsRussian();

private:
    static QString translate(const char* context, const char* source, int n = -1)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }
};

namespace {
const char* const kMinutesMessage = "The vault locks after %n minute(s) without input.";
const char* const kSecondsMessage = "Copied values are cleared from the clipboard after %n second(s).";
} // namespace

void TestTranslations::cleanup()
{
    // Each test starts from the source texts.
    Translations::install(QCoreApplication::instance(), QStringLiteral("xx"));
}

void TestTranslations::catalogsAreEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/botvault_ru.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/botvault_en.qm")));
    QCOMPARE(Translations::resourcePath(), QStringLiteral(":/i18n"));
    QCOMPARE(Translations::available(), QStringList({QStringLiteral("en"), QStringLiteral("ru")}));
}

void TestTranslations::nativeNames()
{
    QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(Translations::nativeName(QStringLiteral("ru")), QStringLiteral("Русский"));
    QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
}

void TestTranslations::russianTranslatesMessages()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("ru"));
    QCOMPARE(Translations::installedLanguage(), QStringLiteral("ru"));
    QCOMPARE(translate("SettingsDialog", "Settings"), QStringLiteral("Настройки"));
    QCOMPARE(translate("SettingsDialog", "System default"), QStringLiteral("Как в системе"));
    QCOMPARE(translate("Vault", "The master password is wrong."), QStringLiteral("Неверный мастер-пароль."));
}

void TestTranslations::russianPluralForms_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("minutes");
    QTest::addColumn<QString>("seconds");
    // Russian has three forms: 1, 21 ...; 2-4, 22-24 ...; 0, 5-20, 25-30 ...
    QTest::newRow("1") << 1 << QStringLiteral("Хранилище блокируется через 1 минуту бездействия.")
                       << QStringLiteral("Скопированные значения удаляются из буфера обмена через 1 секунду.");
    QTest::newRow("3") << 3 << QStringLiteral("Хранилище блокируется через 3 минуты бездействия.")
                       << QStringLiteral("Скопированные значения удаляются из буфера обмена через 3 секунды.");
    QTest::newRow("5") << 5 << QStringLiteral("Хранилище блокируется через 5 минут бездействия.")
                       << QStringLiteral("Скопированные значения удаляются из буфера обмена через 5 секунд.");
    QTest::newRow("11") << 11 << QStringLiteral("Хранилище блокируется через 11 минут бездействия.")
                        << QStringLiteral("Скопированные значения удаляются из буфера обмена через 11 секунд.");
    QTest::newRow("21") << 21 << QStringLiteral("Хранилище блокируется через 21 минуту бездействия.")
                        << QStringLiteral("Скопированные значения удаляются из буфера обмена через 21 секунду.");
    QTest::newRow("22") << 22 << QStringLiteral("Хранилище блокируется через 22 минуты бездействия.")
                        << QStringLiteral("Скопированные значения удаляются из буфера обмена через 22 секунды.");
}

void TestTranslations::russianPluralForms()
{
    QFETCH(int, n);
    QFETCH(QString, minutes);
    QFETCH(QString, seconds);
    Translations::install(QCoreApplication::instance(), QStringLiteral("ru"));
    QCOMPARE(translate("SettingsDialog", kMinutesMessage, n), minutes);
    QCOMPARE(translate("SettingsDialog", kSecondsMessage, n), seconds);
}

void TestTranslations::englishPluralForms_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("minutes");
    QTest::newRow("1") << 1 << QStringLiteral("The vault locks after 1 minute without input.");
    QTest::newRow("2") << 2 << QStringLiteral("The vault locks after 2 minutes without input.");
    QTest::newRow("21") << 21 << QStringLiteral("The vault locks after 21 minutes without input.");
}

void TestTranslations::englishPluralForms()
{
    QFETCH(int, n);
    QFETCH(QString, minutes);
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(Translations::installedLanguage(), QStringLiteral("en"));
    QCOMPARE(translate("SettingsDialog", kMinutesMessage, n), minutes);
    // Messages without plural forms keep their source text.
    QCOMPARE(translate("SettingsDialog", "Settings"), QStringLiteral("Settings"));
}

void TestTranslations::switchingLanguageReplacesTheCatalog()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("ru"));
    QCOMPARE(translate("SettingsDialog", "Settings"), QStringLiteral("Настройки"));
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(translate("SettingsDialog", "Settings"), QStringLiteral("Settings"));
    QCOMPARE(translate("SettingsDialog", kMinutesMessage, 5),
        QStringLiteral("The vault locks after 5 minutes without input."));
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("ru"));
    Translations::install(QCoreApplication::instance(), QStringLiteral("xx"));
    // English, not the source texts: only the English catalog has the plural forms.
    QCOMPARE(Translations::installedLanguage(), QStringLiteral("en"));
    QCOMPARE(translate("SettingsDialog", "Settings"), QStringLiteral("Settings"));
    QCOMPARE(translate("SettingsDialog", kMinutesMessage, 5),
        QStringLiteral("The vault locks after 5 minutes without input."));
}

void TestTranslations::qtStandardButtonsAreTranslated()
{
    const QString qtCatalog
        = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(QStringLiteral("qtbase_ru.qm"));
    if (!QFile::exists(qtCatalog)) {
        QSKIP("Qt's Russian catalog is not installed (Debian package qt6-translations-l10n)");
    }
    Translations::install(QCoreApplication::instance(), QStringLiteral("ru"));
    QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
}

void TestTranslations::dialogBuiltAfterInstallIsRussian()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("ru"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings qsettings(dir.filePath(QStringLiteral("botvault.ini")), QSettings::IniFormat);
    AppSettings settings(&qsettings);
    SettingsDialog dialog(&settings);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Настройки"));
    auto* languages = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QVERIFY(languages);
    QCOMPARE(languages->itemText(0), QStringLiteral("Как в системе"));
    // Language names stay in their own language whatever the interface language is.
    QCOMPARE(languages->itemText(1), QStringLiteral("English"));
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    if (QFile::exists(
            QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(QStringLiteral("qtbase_ru.qm")))) {
        QCOMPARE(cancel->text(), QStringLiteral("Отмена"));
    }
}

BOTVAULT_WIDGET_TEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
