#pragma once

#include "models/Result.h"
#include "models/SecretValue.h"
#include "storage/vault/SealedTable.h"

#include <QCoreApplication>
#include <QString>

struct VaultContext;
class Outbox;
class Projects;
class RemoteStates;

// A project's binding to a platform project: the URL and remote id in the project record, the API
// token in a credential record of its own that also names the URL it belongs to.
class RemoteLink
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    // What bind() changed, for the signals the caller emits.
    struct Bound
    {
        bool projectChanged = false;
        // Bound to another remote: the old one's outbox and states were dropped.
        bool rebound = false;
    };

    RemoteLink(VaultContext& vault, Projects& projects, Outbox& outbox, RemoteStates& states);

    // Where a token may be sent: https anywhere, plain http only to this machine; one spelling
    // per address. InvalidInput otherwise.
    static Result<QString> checkUrl(const QString& text);

    // One transaction each; see Vault::setRemoteBinding and Vault::clearRemoteBinding.
    Result<Bound> bind(ProjectId project, const QString& url, qint64 remoteProjectId, const SecretValue& token);
    // False when the project was not bound.
    Result<bool> clear(ProjectId project);
    Result<SecretValue> token(ProjectId project);

private:
    static Result<void> checkBinding(qint64 remoteProjectId, const SecretValue& token);
    Result<void> storeToken(ProjectId project, const QString& url, const SecretValue& token, qint64 now);
    // What belonged to the remote the project was bound to: its queued changes, the requests
    // stored for it and the base of the last sync.
    Result<void> dropRemoteData(ProjectId project);

    VaultContext& m_vault;
    Projects& m_projects;
    Outbox& m_outbox;
    RemoteStates& m_states;
    SealedTable m_credentials;
};
