#pragma once

#include "models/Role.h"

#include <QByteArray>
#include <QString>

#include <memory>

class AccessPolicy;
class QSettings;

// The application's preferences, typed and validated, over QSettings ("BotVault"/"BotVault").
// Every getter returns a usable value even when the stored one is missing, mistyped or out of
// range, so a hand-edited or damaged settings file never breaks the application.
//
// Settings are a plain-text file outside the vault, so this class NEVER stores secrets, secret or
// variable values, passwords, API tokens or keys: only preferences and window layout. Keep it that
// way when adding settings (TestSettings checks the stored key names).
class AppSettings
{
public:
    static constexpr int kDefaultAutoLockMinutes = 10;
    static constexpr int kMaxAutoLockMinutes = 24 * 60;
    static constexpr int kDefaultClipboardClearSeconds = 30;
    // A copied value must not stay on the clipboard for long, and there is no "never".
    static constexpr int kMinClipboardClearSeconds = 5;
    static constexpr int kMaxClipboardClearSeconds = 600;

    // Uses `settings` (not owned; for tests) or, when null, the application's own settings.
    explicit AppSettings(QSettings* settings = nullptr);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    // "" follows the system's language; otherwise one of Translations::available() ("en", "ru").
    // Setting "" or a language without a translation means "follow the system".
    QString language() const;
    void setLanguage(const QString& language);

    // Minutes without input before the vault locks itself; 0 = never. Clamped to 0..1440.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);

    // The role that may add, edit and delete secrets: SYSTEM_ADMIN or SECURITY_ADMIN only.
    Role secretsAdminRole() const;
    // Returns false (and stores nothing) for any other role.
    bool setSecretsAdminRole(Role role);
    AccessPolicy accessPolicy() const;

    // The vault file to open; Vault::defaultPath() unless one was chosen.
    QString vaultPath() const;
    void setVaultPath(const QString& path);

    // Seconds before a copied value is cleared from the clipboard. Clamped to 5..600.
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);

    // QWidget::saveGeometry() and QMainWindow::saveState() of the main window.
    // False on the first start, when the main window should pick its own size.
    bool hasMainWindowGeometry() const;
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);

    // QHeaderView::saveState() of a table, keyed by a fixed name such as "secrets" (letters, digits
    // and underscores; other names are ignored so that a key can never be built from user data).
    QByteArray headerState(const QString& table) const;
    void setHeaderState(const QString& table, const QByteArray& state);

    // Whether an explanation banner (by a fixed name such as "channelsFlow", as for headerState())
    // is collapsed to one line; false until the admin collapses it.
    bool bannerCollapsed(const QString& banner) const;
    void setBannerCollapsed(const QString& banner, bool collapsed);

    // Writes pending changes to disk.
    void sync();

private:
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_settings;
};
