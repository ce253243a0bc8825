#include "app/screenshots/HistoryShots.h"

#include "app/screenshots/ScreenshotKit.h"
#include "storage/Vault.h"
#include "ui/AuditLogDialog.h"
#include "ui/HistoryActions.h"
#include "ui/HistoryDialog.h"
#include "ui/ItemTableView.h"
#include "ui/MainWindow.h"
#include "ui/ProjectAtTimeDialog.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/TrashDialog.h"
#include "ui/VariablesTab.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

namespace Screenshots {

namespace {

// The moment picker shows whole seconds: the moment it shows must lie clearly between the edits.
void waitSeconds(unsigned long seconds)
{
    settle(50);
    QThread::msleep(seconds * 1000 + 100);
}

int rowOfVariable(VariablesTab* tab, const QString& name)
{
    for (int row = 0; row < tab->view()->table()->model()->rowCount(); ++row) {
        if (tab->itemName(row) == name) {
            return row;
        }
    }
    fail(QStringLiteral("no variable %1").arg(name));
}

// bob's edit of GREETING and his deletion of a secret, a second clear of everything before; returns
// a moment between the two.
QDateTime makeHistory(Vault& vault, ProjectId shop)
{
    waitSeconds(1);
    const QDateTime before = QDateTime::currentDateTime();
    waitSeconds(1);
    vault.setActor(Actor::localOwner(QStringLiteral("bob")));
    check(vault.setVariable(shop, QStringLiteral("GREETING"),
              QStringLiteral("Hello! I'm the Shop bot.\nAsk me about an order or a delivery.\nRefunds: type /refund.")),
        "setVariable");
    check(vault.removeSecret(shop, QStringLiteral("SMTP_PASSWORD")), "removeSecret");
    vault.setActor(Actor::localOwner(QStringLiteral("anna")));
    return before;
}

} // namespace

void shootHistory(MainWindow& window, Vault& vault, Shooter& shooter, ProjectId shop)
{
    const QDateTime beforeBob = makeHistory(vault, shop);
    SecretsAndVariablesPage* page = window.page();

    // 21: File → Audit log…, the Shop bot's secrets only.
    window.findChild<QAction*>(QStringLiteral("auditLogAction"))->trigger();
    settle();
    {
        auto* dialog = findVisible<AuditLogDialog>(&window);
        auto* project = dialog->findChild<QComboBox*>(QStringLiteral("auditProjectFilter"));
        project->setCurrentIndex(project->findText(QStringLiteral("Shop bot")));
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("auditKindFilter"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Secrets")));
        settle();
        shooter.save(QStringLiteral("21-audit-log.png"), &window, {dialog});
        dialog->reject();
    }
    settle();

    // 22: Edit → History… on GREETING, its first version selected: the diff against now.
    page->tabs()->setCurrentWidget(page->variablesTab());
    page->variablesTab()->view()->selectRow(rowOfVariable(page->variablesTab(), QStringLiteral("GREETING")));
    window.historyActions()->itemHistoryAction()->trigger();
    settle();
    {
        auto* dialog = findVisible<HistoryDialog>(&window);
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("historyTable"));
        table->selectRow(table->model()->rowCount() - 2);
        settle();
        shooter.save(QStringLiteral("22-history.png"), &window, {dialog});
        dialog->reject();
    }
    settle();

    // 23: Edit → Recently deleted…: the secret bob deleted.
    window.historyActions()->recentlyDeletedAction()->trigger();
    settle();
    {
        auto* dialog = findVisible<TrashDialog>(&window);
        shooter.save(QStringLiteral("23-recently-deleted.png"), &window, {dialog});
        dialog->reject();
    }
    settle();

    // 24: Project → Show project at…, before bob's changes: what restoring would do.
    window.historyActions()->projectAtTimeAction()->trigger();
    settle();
    {
        auto* dialog = findVisible<ProjectAtTimeDialog>(&window);
        dialog->timeEdit()->setDateTime(beforeBob);
        dialog->findChild<QPushButton*>(QStringLiteral("showSnapshotButton"))->click();
        settle();
        shooter.save(QStringLiteral("24-project-at.png"), &window, {dialog});
        dialog->reject();
    }
    settle();
}

} // namespace Screenshots
