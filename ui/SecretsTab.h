#pragma once

#include "models/Ids.h"
#include "ui/ItemTab.h"

#include <QStringList>

#include <functional>

class ProjectStore;
class QLabel;
class SecretsTableModel;

// The Secrets tab: names, a fixed mask for every value, when and by whom each secret was updated.
// Values are write-only: the add and edit dialogs take a new value and nothing ever shows the
// stored one. Adding, editing and deleting need the secrets-admin role; without it the controls
// are disabled with the reason as tooltip (and the vault refuses the write anyway). The Rotation
// column shows each value's age and whether it is due; a banner above the table counts the secrets
// overdue and due soon, and Rotate… (Ctrl+Shift+R, or the context menu) replaces a value.
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
    // The Rotate dialog for the row's secret; publishRequested() when it asked to publish at once.
    void rotateSecret(int row);
    // Where the Rotate dialog reads the bound project's channel names (as last listed).
    void setChannelNames(std::function<QStringList()> channelNames) { m_channelNames = std::move(channelNames); }
    QLabel* rotationBanner() const { return m_rotationBanner; }
    QAction* rotateAction() const { return m_rotateAction; }

Q_SIGNALS:
    void publishRequested();

protected:
    QString nameAt(int row) const override;

private:
    void setUpRotation();
    void updateRotationBanner();
    bool projectIsBound() const;

    SecretsTableModel* m_model;
    QLabel* m_rotationBanner = nullptr;
    QAction* m_rotateAction = nullptr;
    std::function<QStringList()> m_channelNames;
    bool m_remoteAllowed = true;
    QString m_remoteReason;
};
