#pragma once

#include "models/Ids.h"
#include "sync/SyncEngine.h"

#include <QWidget>

class ItemTableView;
class ProjectStore;
class SecretsTableModel;
class UnusedNameDelegate;

// The Secrets tab: names, a fixed mask for every value, when and by whom each secret was updated.
// Values are write-only: the add and edit dialogs take a new value and nothing ever shows the
// stored one. Adding, editing and deleting need the secrets-admin role; without it the controls
// are disabled with the reason as tooltip (and the vault refuses the write anyway).
class SecretsTab : public QWidget
{
    Q_OBJECT

public:
    explicit SecretsTab(ProjectStore* store, QWidget* parent = nullptr);

    void setProject(ProjectId project, const QString& projectName);
    ProjectId project() const { return m_project; }
    SecretsTableModel* model() const { return m_model; }
    ItemTableView* view() const { return m_view; }
    // Re-reads the actor's roles and the access policy.
    void updatePermissions();
    // What the platform account of the project's binding may do (GET /me): combined with the local
    // policy, so both must allow a write. `reason` names the account, its roles and the one needed.
    void setRemoteRestriction(bool allowed, const QString& reason);
    // The "pending" / "conflict" tags after the names; empty for an unbound project.
    void setSyncStates(const QHash<QString, ItemSyncState>& states);
    UnusedNameDelegate* nameDelegate() const { return m_nameDelegate; }

    void addSecret();
    // The Add secret dialog with `name` filled in and the value field focused (a name the bot
    // expects); an empty name opens it empty.
    void addSecretNamed(const QString& name);
    void editSecret(int row);
    void deleteSecret(int row);

Q_SIGNALS:
    void statusMessage(const QString& message);
    void countChanged(int count);

private:
    ProjectStore* m_store;
    SecretsTableModel* m_model;
    ItemTableView* m_view;
    UnusedNameDelegate* m_nameDelegate;
    ProjectId m_project = 0;
    bool m_remoteAllowed = true;
    QString m_remoteReason;
    QString m_deniedReason;
    QString m_projectName;
};
