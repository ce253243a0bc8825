#pragma once

#include "models/Ids.h"
#include "ui/ItemTab.h"

class ProjectStore;
class SecretsTableModel;

// The Secrets tab: names, a fixed mask for every value, when and by whom each secret was updated.
// Values are write-only: the add and edit dialogs take a new value and nothing ever shows the
// stored one. Adding, editing and deleting need the secrets-admin role; without it the controls
// are disabled with the reason as tooltip (and the vault refuses the write anyway).
class SecretsTab : public ItemTab
{
    Q_OBJECT

public:
    explicit SecretsTab(ProjectStore* store, QWidget* parent = nullptr);

    // setProject(), project(), view(), nameDelegate(), setSyncStates() and the signals come from
    // ItemTab.
    SecretsTableModel* model() const { return m_model; }
    // Re-reads the actor's roles and the access policy.
    void updatePermissions();
    // What the platform account of the project's binding may do (GET /me): combined with the local
    // policy, so both must allow a write. `reason` names the account, its roles and the one needed.
    void setRemoteRestriction(bool allowed, const QString& reason);

    void addSecret();
    // The Add secret dialog with `name` filled in and the value field focused (a name the bot
    // expects); an empty name opens it empty.
    void addSecretNamed(const QString& name);
    void editSecret(int row);
    void deleteSecret(int row);

protected:
    QString nameAt(int row) const override;

private:
    SecretsTableModel* m_model;
    bool m_remoteAllowed = true;
    QString m_remoteReason;
};
