#include "ui/SecretsTab.h"

#include "models/ProjectStore.h"
#include "models/SecretsTableModel.h"
#include "ui/ItemTableView.h"
#include "ui/MessageBox.h"
#include "ui/SecretDialog.h"

#include <QTableView>

SecretsTab::SecretsTab(ProjectStore* store, QWidget* parent)
    : ItemTab(store, parent), m_model(new SecretsTableModel(store, this))
{
    setUpView(m_model, QStringLiteral("secrets"),
        tr("No secrets yet.\n\nClick “Add secret” to store an API key or a password. Bot "
           "scripts read it with $secrets.get(\"NAME\", defaultValue); the value is encrypted and never "
           "shown again."),
        [](const QString& filter) { return tr("No secret name contains “%1”.").arg(filter); });
    m_view->setAddText(tr("&Add secret"), tr("Add secret"));
    m_view->table()->setAccessibleName(tr("Secrets"));
    m_view->setColumnLayout({32, 12, 20, 16}, SecretsTableModel::NameColumn);

    connect(m_view, &ItemTableView::addRequested, this, &SecretsTab::addSecret);
    connect(m_view, &ItemTableView::editRequested, this, &SecretsTab::editSecret);
    connect(m_view, &ItemTableView::deleteRequested, this, &SecretsTab::deleteSecret);
    connect(store, &ProjectStore::secretSaved, this, &SecretsTab::emitCount);
    connect(store, &ProjectStore::secretRemoved, this, &SecretsTab::emitCount);
    updatePermissions();
}

void SecretsTab::updatePermissions()
{
    const AccessPolicy policy = m_store->accessPolicy();
    const bool locallyAllowed = policy.canManageSecrets(m_store->actor());
    m_deniedReason = !locallyAllowed ? policy.manageSecretsDeniedReason()
        : m_remoteAllowed            ? QString()
                                     : m_remoteReason;
    m_view->setEditingAllowed(locallyAllowed && m_remoteAllowed, m_deniedReason);
}

void SecretsTab::setRemoteRestriction(bool allowed, const QString& reason)
{
    m_remoteAllowed = allowed;
    m_remoteReason = allowed ? QString() : reason;
    updatePermissions();
}

void SecretsTab::addSecret()
{
    addSecretNamed(QString());
}

void SecretsTab::addSecretNamed(const QString& name)
{
    if (m_project == 0) {
        return;
    }
    if (!m_view->editingAllowed()) {
        Q_EMIT statusMessage(m_deniedReason);
        return;
    }
    auto* dialog = new SecretDialog(m_store, m_project, m_model->allNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!name.isEmpty()) {
        dialog->setNewName(name);
    }
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { Q_EMIT statusMessage(tr("Added secret %1.").arg(dialog->name())); });
    dialog->open();
    if (!name.isEmpty()) {
        dialog->focusValue();
    }
}

void SecretsTab::editSecret(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_view->editingAllowed()) {
        return;
    }
    const SecretSummary secret = m_model->secretAt(row);
    if (secret.damaged) {
        Q_EMIT statusMessage(
            tr("Record #%1 is damaged and cannot be edited; delete it and add the secret again.").arg(secret.id));
        return;
    }
    auto* dialog = new SecretDialog(m_store, m_project, m_model->allNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEditing(secret.name, ProjectStore::SeenItem {secret.id, secret.updated});
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { Q_EMIT statusMessage(tr("Saved secret %1.").arg(dialog->name())); });
    dialog->open();
}

void SecretsTab::deleteSecret(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_view->editingAllowed()) {
        return;
    }
    const SecretSummary secret = m_model->secretAt(row);
    if (secret.damaged) {
        Q_EMIT statusMessage(tr("Record #%1 is damaged and cannot be deleted from here.").arg(secret.id));
        return;
    }
    const auto answer = MessageBox::confirmDelete(this, tr("Delete secret"),
        tr("Delete the secret “%1” from project “%2”?\n\nBot scripts that read it with "
           "$secrets.get(\"%1\") will no longer find it on any channel once this is published. This cannot be "
           "undone.")
            .arg(secret.name, m_projectName));
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (auto result = m_store->removeSecret(m_project, secret.name); !result) {
        MessageBox::warning(this, tr("Delete secret"), result.message(), QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    Q_EMIT statusMessage(tr("Deleted secret %1.").arg(secret.name));
}

QString SecretsTab::nameAt(int row) const
{
    if (row < 0 || row >= m_model->rowCount()) {
        return {};
    }
    const auto item = m_model->secretAt(row);
    return item.damaged ? QString() : item.name;
}
