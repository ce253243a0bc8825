#include "ui/SecretsTab.h"

#include "models/Project.h"
#include "models/ProjectStore.h"
#include "models/RotationPolicy.h"
#include "models/SecretsTableModel.h"
#include "ui/ItemTableView.h"
#include "ui/MessageBox.h"
#include "ui/RotateSecretDialog.h"
#include "ui/SecretDialog.h"

#include <QAction>
#include <QBoxLayout>
#include <QColor>
#include <QLabel>
#include <QMenu>
#include <QPalette>
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
    m_view->setColumnLayout({32, 12, 20, 16, 20}, SecretsTableModel::NameColumn);

    connect(m_view, &ItemTableView::addRequested, this, &SecretsTab::addSecret);
    connect(m_view, &ItemTableView::editRequested, this, &SecretsTab::editSecret);
    connect(m_view, &ItemTableView::deleteRequested, this, &SecretsTab::deleteSecret);
    connect(store, &ProjectStore::secretSaved, this, &SecretsTab::emitCount);
    connect(store, &ProjectStore::secretRemoved, this, &SecretsTab::emitCount);
    setUpRotation();
    updatePermissions();
}

void SecretsTab::setUpRotation()
{
    m_model->setRotationColors(QColor(0xc0, 0x1c, 0x28), QColor(0x9a, 0x5b, 0x00));
    m_rotationBanner = new QLabel(this);
    m_rotationBanner->setObjectName(QStringLiteral("rotationBanner"));
    m_rotationBanner->setWordWrap(true);
    m_rotationBanner->hide();
    if (auto* box = qobject_cast<QBoxLayout*>(layout())) {
        box->insertWidget(0, m_rotationBanner);
    }
    // On the table only, like Copy name, so the shortcut keeps its meaning in dialogs.
    m_rotateAction = new QAction(tr("&Rotate…"), m_view->table());
    m_rotateAction->setObjectName(QStringLiteral("rotateSecretAction"));
    m_rotateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_rotateAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->table()->addAction(m_rotateAction);
    connect(m_rotateAction, &QAction::triggered, this, [this] { rotateSecret(m_view->currentRow()); });
    connect(m_view, &ItemTableView::contextMenuAboutToShow, this, [this](QMenu* menu, int row) {
        QAction* rotate = menu->addAction(tr("&Rotate…"), this, [this, row] { rotateSecret(row); });
        rotate->setObjectName(QStringLiteral("rotateSecretMenuAction"));
        rotate->setShortcut(m_rotateAction->shortcut());
        rotate->setEnabled(m_view->editingAllowed() && !nameAt(row).isEmpty());
        rotate->setToolTip(m_deniedReason);
    });
    connect(this, &ItemTab::countChanged, this, &SecretsTab::updateRotationBanner);
    connect(m_store, &ProjectStore::secretSaved, this, &SecretsTab::updateRotationBanner);
}

void SecretsTab::updateRotationBanner()
{
    const SecretsTableModel::RotationCounts counts = m_model->rotationCounts();
    if (counts.overdue == 0 && counts.dueSoon == 0) {
        m_rotationBanner->hide();
        return;
    }
    QStringList parts;
    if (counts.overdue > 0) {
        parts.append(tr("%n secret(s) overdue for rotation", nullptr, counts.overdue));
    }
    if (counts.dueSoon > 0) {
        parts.append(tr("%n due within %1 days", nullptr, counts.dueSoon).arg(RotationRules::kDueSoonDays));
    }
    m_rotationBanner->setText(tr("%1. Select one and press Ctrl+Shift+R (Rotate…) to replace its value.")
                                  .arg(parts.join(QStringLiteral(", "))));
    QPalette palette = m_rotationBanner->palette();
    palette.setColor(QPalette::WindowText, counts.overdue > 0 ? QColor(0xc0, 0x1c, 0x28) : QColor(0x9a, 0x5b, 0x00));
    m_rotationBanner->setPalette(palette);
    m_rotationBanner->show();
}

bool SecretsTab::projectIsBound() const
{
    const Result<QList<Project>> projects = m_store->projects();
    if (!projects) {
        return false;
    }
    for (const Project& project : projects.value()) {
        if (project.id == m_project) {
            return !project.remoteUrl.isEmpty();
        }
    }
    return false;
}

void SecretsTab::rotateSecret(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    if (!m_view->editingAllowed()) {
        Q_EMIT statusMessage(m_deniedReason);
        return;
    }
    const SecretSummary secret = m_model->secretAt(row);
    if (secret.damaged) {
        Q_EMIT statusMessage(
            tr("Record #%1 is damaged and cannot be rotated; delete it and add the secret again.").arg(secret.id));
        return;
    }
    auto* dialog = new RotateSecretDialog(m_store, m_project, secret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool bound = projectIsBound();
    dialog->setPublishing(bound, bound && m_channelNames ? m_channelNames() : QStringList());
    connect(dialog, &QDialog::accepted, this, [this, dialog, name = secret.name] {
        Q_EMIT statusMessage(tr("Rotated secret %1.").arg(name));
        if (dialog->publishRequested()) {
            Q_EMIT publishRequested();
        }
    });
    dialog->open();
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
    dialog->setRotation(secret.rotation);
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
           "$secrets.get(\"%1\") will no longer find it on any channel once this is published. Until it is purged, "
           "Edit → Recently deleted… brings it back.")
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
