#include "storage/vault/RemoteLink.h"

#include "storage/VaultKeys.h"
#include "storage/vault/AuditLog.h"
#include "storage/vault/Outbox.h"
#include "storage/vault/Projects.h"
#include "storage/vault/RemoteStates.h"
#include "storage/vault/Sql.h"
#include "storage/vault/VaultContext.h"
#include "storage/vault/VaultLimits.h"
#include "storage/vault/VaultText.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>

using VaultKeys::kCredentialKind;

RemoteLink::RemoteLink(VaultContext& vault, Projects& projects, Outbox& outbox, RemoteStates& states)
    : m_vault(vault)
    , m_projects(projects)
    , m_outbox(outbox)
    , m_states(states)
    , m_credentials(vault, "credentials", kCredentialKind)
{
}

// No user name, password, query or fragment, which would end up in the project record and on
// screen; the messages do not repeat those parts either. Plain http is for tests, as docs/API.md
// allows.
Result<QString> RemoteLink::checkUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    const bool loopback
        = host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") || host == QLatin1String("localhost");
    if (!url.isValid() || host.isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return makeError(ErrorCode::InvalidInput,
            tr("The platform address is not valid; enter one such as https://bots.example.com."));
    }
    if (scheme == QLatin1String("http") && !loopback) {
        return makeError(ErrorCode::InvalidInput,
            tr("The platform address must use https (plain http is allowed only for this computer); "
               "change '%1' to https.")
                .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return makeError(ErrorCode::InvalidInput,
            tr("The platform address may not contain a user name, password, query or fragment; enter "
               "only the scheme, host, port and path."));
    }
    // One spelling per address, so that a renewed token for the same remote keeps its queue.
    QUrl clean = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (clean.path() == QLatin1String("/")) {
        clean.setPath(QString());
    }
    return clean.toString();
}

Result<void> RemoteLink::checkBinding(qint64 remoteProjectId, const SecretValue& token)
{
    if (remoteProjectId < 1 || remoteProjectId > VaultLimits::kMaxRemoteId) {
        return makeError(ErrorCode::InvalidInput,
            tr("The remote project id must be a whole number from 1 to %1; check the id shown by the "
               "platform.")
                .arg(VaultLimits::kMaxRemoteId));
    }
    // The token goes into an Authorization header: printable ASCII only, so it cannot split it.
    const QCA::SecureArray& bytes = token.bytes();
    const char* data = bytes.constData();
    const bool printable = std::all_of(data, data + bytes.size(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x21 && byte <= 0x7e;
    });
    if (bytes.isEmpty() || bytes.size() > VaultLimits::kMaxTokenBytes || !printable) {
        return makeError(ErrorCode::InvalidInput,
            tr("The API token must be 1 to %1 printable characters without spaces; copy it again from "
               "the platform.")
                .arg(VaultLimits::kMaxTokenBytes));
    }
    return {};
}

Result<RemoteLink::Bound> RemoteLink::bind(
    ProjectId project, const QString& url, qint64 remoteProjectId, const SecretValue& token)
{
    auto cleanUrl = checkUrl(url);
    if (!cleanUrl) {
        return cleanUrl.error();
    }
    if (auto valid = checkBinding(remoteProjectId, token); !valid) {
        return valid.error();
    }
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto record = m_projects.require(project);
    if (!record) {
        return record.error();
    }
    Bound bound;
    bound.projectChanged = record->remoteUrl != cleanUrl.value() || record->remoteProjectId != remoteProjectId;
    bound.rebound = record->remoteProjectId != 0 && bound.projectChanged;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (bound.projectChanged) {
        record->remoteUrl = cleanUrl.value();
        record->remoteProjectId = remoteProjectId;
        record->updatedMs = now;
        record->updatedBy = m_vault.actor.name;
        if (auto result = m_projects.update(project, record.value()); !result) {
            return result.error();
        }
    }
    if (bound.rebound) {
        // The queued changes, stored requests and remote states belong to the other remote
        // project; the engine compares the whole project with the new one on its first publish.
        if (auto result = dropRemoteData(project); !result) {
            return result.error();
        }
    }
    if (auto result = storeToken(project, cleanUrl.value(), token, now); !result) {
        return result.error();
    }
    // The URL and id say where values go; the token is never part of an entry.
    const QString where = QStringLiteral("%1 #%2").arg(cleanUrl.value(), QString::number(remoteProjectId));
    if (auto logged = m_vault.audit->append({AuditAction::RemoteBound, record->name, 0, {}, where}); !logged) {
        return logged.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    return bound;
}

// The credential record also names the URL it belongs to, so token() hands the token out only
// for that address.
Result<void> RemoteLink::storeToken(ProjectId project, const QString& url, const SecretValue& token, qint64 now)
{
    RecordCodec::Record credential;
    credential.name = QStringLiteral("token");
    credential.value = token.bytes();
    credential.hasValue = true;
    credential.remoteUrl = url;
    credential.createdMs = now;
    credential.updatedMs = now;
    credential.updatedBy = m_vault.actor.name;
    auto existing = m_credentials.rows(project);
    if (!existing) {
        return existing.error();
    }
    RecordId credentialId = existing->empty() ? 0 : existing->front().id;
    if (credentialId == 0) {
        auto id = m_vault.allocateIds(1);
        if (!id) {
            return id.error();
        }
        credentialId = id.value();
    }
    return m_credentials.put(credentialId, project, credential);
}

Result<void> RemoteLink::dropRemoteData(ProjectId project)
{
    if (auto result = m_outbox.clear(project); !result) {
        return result;
    }
    return m_states.clear(project);
}

Result<bool> RemoteLink::clear(ProjectId project)
{
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto record = m_projects.require(project);
    if (!record) {
        return record.error();
    }
    auto credentials = m_credentials.count(project);
    if (!credentials) {
        return credentials.error();
    }
    if (record->remoteProjectId == 0 && record->remoteUrl.isEmpty() && credentials.value() == 0) {
        return false;
    }
    record->remoteUrl.clear();
    record->remoteProjectId = 0;
    record->updatedMs = QDateTime::currentMSecsSinceEpoch();
    record->updatedBy = m_vault.actor.name;
    if (auto result = m_projects.update(project, record.value()); !result) {
        return result.error();
    }
    if (auto result = m_credentials.removeAll(project); !result) {
        return result.error();
    }
    if (auto result = dropRemoteData(project); !result) {
        return result.error();
    }
    if (auto logged = m_vault.audit->append({AuditAction::RemoteUnbound, record->name, 0, {}, {}}); !logged) {
        return logged.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    return true;
}

Result<SecretValue> RemoteLink::token(ProjectId project)
{
    auto record = m_projects.require(project);
    if (!record) {
        return record.error();
    }
    if (record->remoteProjectId == 0) {
        return makeError(ErrorCode::NotFound,
            tr("Project '%1' is not bound to a platform project; bind it first.").arg(record->name));
    }
    auto rows = m_credentials.rows(project);
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return makeError(ErrorCode::Damaged,
            tr("The API token of project '%1' is missing from the vault; bind the project again.").arg(record->name));
    }
    const SealedTable::Row& row = rows->front();
    auto credential = m_vault.keys.open(project, kCredentialKind, row.id, row.sealed);
    if (!credential) {
        return credential.error();
    }
    if (!credential->hasValue || credential->remoteUrl != record->remoteUrl) {
        return VaultText::damagedRecord(row.id);
    }
    return SecretValue(credential->value);
}
