#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Loads the user-interface language: BotVault's own messages (botvault_<lang>.qm, built from
// translations/*.ts and embedded under :/i18n by cmake/BotVaultTranslations.cmake) and Qt's
// (qtbase_<lang>.qm from Qt's translations folder, so standard buttons and dialogs match).
// See docs/TRANSLATIONS.md.
class Translations
{
public:
    Translations() = delete;

    // The resource folder the .qm files are embedded in (qt_add_translations' RESOURCE_PREFIX).
    static QString resourcePath();

    // Replaces the translators installed by an earlier call. `language` "" follows
    // QLocale::system(); a language without a translation leaves the source (English) texts.
    static void install(QCoreApplication* app, const QString& language);
    // The language whose BotVault translation install() loaded ("ru"), or "" when none was.
    static QString installedLanguage();

    // The languages with an embedded translation, sorted: {"en", "ru"}.
    static QStringList available();
    // The language's name in that language ("English", "Русский"), for a language picker.
    static QString nativeName(const QString& language);
};
