#pragma once

#include "models/Result.h"
#include "storage/Vault.h"

#include <QByteArray>
#include <QString>
#include <QtCrypto>

// The set-ups the sync tests share: a vault with a project bound to a remote project.
namespace TestSupport {

// A new vault at `path` (fast KDF, the password every client test uses), unlocked into `vault`,
// with one project "Shop" bound to `remoteProject` at `url` with `token`. Returns Shop's id.
Result<ProjectId> createBoundVault(
    Vault& vault, const QString& path, const QString& url, qint64 remoteProject, const QByteArray& token);

struct BoundAndLocalProjects
{
    ProjectId bound = 0;
    ProjectId unbound = 0;
};

// Adds "Shop" and "Local" to an unlocked vault, each with the secret API_KEY = "old-key" and the
// exported variable URL = "https://old", then binds Shop to `remoteProject` at `url` with `token`
// (so the binding queues nothing and both projects start alike).
Result<BoundAndLocalProjects> addBoundAndLocalProjects(
    Vault& vault, const QString& url, qint64 remoteProject, const QCA::SecureArray& token);

} // namespace TestSupport
