#include "ui/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <vector>

namespace {

const QString kBotVaultCatalog = QStringLiteral("botvault");
const QString kQtCatalog = QStringLiteral("qtbase");

struct InstalledTranslators
{
    std::vector<QPointer<QTranslator>> translators;
    QString language;
};

InstalledTranslators& installed()
{
    static InstalledTranslators state;
    return state;
}

void removeInstalled(QCoreApplication* app)
{
    for (const QPointer<QTranslator>& translator : installed().translators) {
        // The translators are children of the application, which may already have deleted them.
        if (translator) {
            app->removeTranslator(translator);
            delete translator;
        }
    }
    installed().translators.clear();
    installed().language.clear();
}

// Loads `catalog`_<language>.qm from `folder`; QTranslator tries the locale's UI languages in
// order ("ru_RU", "ru"), so a regional system locale still finds the plain language file.
QTranslator* load(QCoreApplication* app, const QLocale& locale, const QString& catalog, const QString& folder)
{
    auto* translator = new QTranslator(app);
    if (!translator->load(locale, catalog, QStringLiteral("_"), folder)) {
        delete translator;
        return nullptr;
    }
    app->installTranslator(translator);
    installed().translators.emplace_back(translator);
    return translator;
}

} // namespace

QString Translations::resourcePath()
{
    return QStringLiteral(":/i18n");
}

void Translations::install(QCoreApplication* app, const QString& language)
{
    Q_ASSERT(app);
    removeInstalled(app);

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Qt's catalog first: the translator installed last is searched first, and ours must win.
    load(app, locale, kQtCatalog, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QTranslator* ours = load(app, locale, kBotVaultCatalog, resourcePath());
    if (!ours) {
        // A language without a catalog gets English, whose catalog holds the plural forms.
        ours = load(app, QLocale(QLocale::English), kBotVaultCatalog, resourcePath());
    }
    if (ours) {
        // From the file name ("botvault_ru.qm"), which says which catalog matched the locale.
        installed().language = QFileInfo(ours->filePath()).completeBaseName().mid(kBotVaultCatalog.size() + 1);
    }
}

QString Translations::installedLanguage()
{
    return installed().language;
}

QStringList Translations::available()
{
    const QString prefix = kBotVaultCatalog + QLatin1Char('_');
    QStringList languages;
    const QStringList files
        = QDir(resourcePath()).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        languages.append(file.mid(prefix.size()).chopped(3));
    }
    return languages;
}

QString Translations::nativeName(const QString& language)
{
    // Fixed spellings for the shipped languages: QLocale gives "American English" and "русский".
    if (language == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    if (language == QLatin1String("ru")) {
        return QStringLiteral("Русский");
    }
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    return name.isEmpty() ? language : name;
}
