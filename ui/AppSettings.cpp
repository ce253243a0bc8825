#include "ui/AppSettings.h"

#include "models/AccessPolicy.h"
#include "models/VaultSession.h"
#include "storage/VaultAccess.h"
#include "ui/Translations.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace {

// Key names are part of the settings file format: renaming one forgets the user's choice.
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kAutoLockMinutesKey = QStringLiteral("security/autoLockMinutes");
const QString kSecretsAdminRoleKey = QStringLiteral("security/secretsAdminRole");
const QString kClipboardClearSecondsKey = QStringLiteral("security/clipboardClearSeconds");
const QString kVaultPathKey = QStringLiteral("vault/path");
const QString kMainWindowGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kMainWindowStateKey = QStringLiteral("mainWindow/state");
const QString kHeaderStateGroup = QStringLiteral("headerState/");
const QString kBannerGroup = QStringLiteral("bannerCollapsed/");

static_assert(AppSettings::kDefaultAutoLockMinutes == VaultSession::kDefaultAutoLockMinutes);

bool isSecretsAdminCandidate(Role role)
{
    return role == Role::SystemAdmin || role == Role::SecurityAdmin;
}

bool isValidTableName(const QString& table)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]{1,64}$"));
    return pattern.match(table).hasMatch();
}

// A stored number that is missing or not a number reads as the default, not as 0.
int readInt(const QSettings* settings, const QString& key, int defaultValue)
{
    bool ok = false;
    const int value = settings->value(key, defaultValue).toInt(&ok);
    return ok ? value : defaultValue;
}

} // namespace

AppSettings::AppSettings(QSettings* settings)
    : m_ownSettings(
        settings ? nullptr : std::make_unique<QSettings>(QStringLiteral("BotVault"), QStringLiteral("BotVault")))
    , m_settings(settings ? settings : m_ownSettings.get())
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::language() const
{
    const QString language = m_settings->value(kLanguageKey).toString();
    // A language whose translation is no longer shipped falls back to the system's.
    return Translations::available().contains(language) ? language : QString();
}

void AppSettings::setLanguage(const QString& language)
{
    if (language.isEmpty() || !Translations::available().contains(language)) {
        m_settings->remove(kLanguageKey);
        return;
    }
    m_settings->setValue(kLanguageKey, language);
}

int AppSettings::autoLockMinutes() const
{
    return std::clamp(readInt(m_settings, kAutoLockMinutesKey, kDefaultAutoLockMinutes), 0, kMaxAutoLockMinutes);
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    m_settings->setValue(kAutoLockMinutesKey, std::clamp(minutes, 0, kMaxAutoLockMinutes));
}

Role AppSettings::secretsAdminRole() const
{
    const std::optional<Role> role = roleFromName(m_settings->value(kSecretsAdminRoleKey).toString());
    // Anything but the two candidates would hand secrets to a weaker role: use the default.
    return role && isSecretsAdminCandidate(*role) ? *role : Role::SystemAdmin;
}

bool AppSettings::setSecretsAdminRole(Role role)
{
    if (!isSecretsAdminCandidate(role)) {
        return false;
    }
    m_settings->setValue(kSecretsAdminRoleKey, roleName(role));
    return true;
}

AccessPolicy AppSettings::accessPolicy() const
{
    return AccessPolicy(secretsAdminRole());
}

QString AppSettings::vaultPath() const
{
    const QString path = m_settings->value(kVaultPathKey).toString();
    return path.isEmpty() ? defaultVaultPath() : path;
}

void AppSettings::setVaultPath(const QString& path)
{
    // The default is not stored so that it follows defaultVaultPath() if that ever changes.
    if (path.isEmpty() || path == defaultVaultPath()) {
        m_settings->remove(kVaultPathKey);
        return;
    }
    m_settings->setValue(kVaultPathKey, path);
}

int AppSettings::clipboardClearSeconds() const
{
    return std::clamp(readInt(m_settings, kClipboardClearSecondsKey, kDefaultClipboardClearSeconds),
        kMinClipboardClearSeconds, kMaxClipboardClearSeconds);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    m_settings->setValue(
        kClipboardClearSecondsKey, std::clamp(seconds, kMinClipboardClearSeconds, kMaxClipboardClearSeconds));
}

bool AppSettings::hasMainWindowGeometry() const
{
    return !mainWindowGeometry().isEmpty();
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(kMainWindowGeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kMainWindowGeometryKey, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings->value(kMainWindowStateKey).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray& state)
{
    m_settings->setValue(kMainWindowStateKey, state);
}

QByteArray AppSettings::headerState(const QString& table) const
{
    if (!isValidTableName(table)) {
        return {};
    }
    return m_settings->value(kHeaderStateGroup + table).toByteArray();
}

void AppSettings::setHeaderState(const QString& table, const QByteArray& state)
{
    if (!isValidTableName(table)) {
        return;
    }
    m_settings->setValue(kHeaderStateGroup + table, state);
}

bool AppSettings::bannerCollapsed(const QString& banner) const
{
    return isValidTableName(banner) && m_settings->value(kBannerGroup + banner, false).toBool();
}

void AppSettings::setBannerCollapsed(const QString& banner, bool collapsed)
{
    if (isValidTableName(banner)) {
        m_settings->setValue(kBannerGroup + banner, collapsed);
    }
}

void AppSettings::sync()
{
    m_settings->sync();
}
