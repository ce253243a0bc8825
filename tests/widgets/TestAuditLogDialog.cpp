#include "storage/Vault.h"
#include "tests/support/RawDatabase.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/AuditLogDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using DialogTestSupport::child;
using TestSupport::fastKdfParams;
using TestSupport::secret;

// File → Audit log…: the entries of a real vault, filtered by typing, and Verify on an intact and on
// a tampered log, driven like a person.
class TestAuditLogDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsEveryEntryWithoutValues();
    void filterKeepsMatchingRows();
    void projectFilterKeepsThatProject();
    void kindFilterKeepsThatKind();
    void actorFilterKeepsWhatThatPersonDid();
    void periodFilterKeepsTheDaysChosen();
    void filtersCombineWithTheTextBoxAndClear();
    void verifyWorksOnAFilteredLog();
    void verifyShowsIntact();
    void verifyNamesTheBreakOfATamperedLog();
    void everyControlHasNamesForTestsAndAssistiveTools();

private:
    // How many rows the table shows.
    static int shownRows(AuditLogDialog& dialog);
    // Picks the combo box's entry with this text, by keyboard: focus, then Down until it is current.
    static void choose(QComboBox* combo, const QString& text);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
};

void TestAuditLogDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(m_path, secret("dialog password"), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(m_path, secret("dialog password")).ok());
    auto shop = m_vault->addProject(QStringLiteral("Shop bot"));
    QVERIFY(shop.ok());
    auto support = m_vault->addProject(QStringLiteral("Support bot"));
    QVERIFY(support.ok());
    QVERIFY(m_vault->setSecret(shop->id, QStringLiteral("API_KEY"), secret("dialog-canary")).ok());
    m_vault->setActor(Actor::localOwner(QStringLiteral("bob")));
    QVERIFY(m_vault->setVariable(support->id, QStringLiteral("GREETING"), QStringLiteral("hello-canary")).ok());
    m_vault->setActor(Actor::localOwner(QStringLiteral("alice")));
    QVERIFY(m_vault->removeSecret(shop->id, QStringLiteral("API_KEY")).ok());
}

int TestAuditLogDialog::shownRows(AuditLogDialog& dialog)
{
    auto* table = child<QTableView>(&dialog, "auditTable");
    return table ? table->model()->rowCount() : -1;
}

void TestAuditLogDialog::choose(QComboBox* combo, const QString& text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int step = 0; step < combo->count() && combo->currentText() != text; ++step) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    QCOMPARE(combo->currentText(), text);
}

void TestAuditLogDialog::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TestAuditLogDialog::listsEveryEntryWithoutValues()
{
    AuditLogDialog dialog(m_vault.get());
    dialog.show();
    auto* table = child<QTableView>(&dialog, "auditTable");
    QVERIFY(table);
    QAbstractItemModel* model = table->model();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->index(2, AuditLogDialog::ProjectColumn).data().toString(), QStringLiteral("Shop bot"));
    QCOMPARE(model->index(2, AuditLogDialog::NameColumn).data().toString(), QStringLiteral("API_KEY"));
    QCOMPARE(model->index(2, AuditLogDialog::KindColumn).data().toString(), QStringLiteral("secret"));
    QCOMPARE(model->index(4, AuditLogDialog::ActionColumn).data().toString(), QStringLiteral("Removed"));
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < AuditLogDialog::ColumnCount; ++column) {
            QVERIFY(!model->index(row, column).data().toString().contains(QLatin1String("canary")));
        }
    }
}

void TestAuditLogDialog::filterKeepsMatchingRows()
{
    AuditLogDialog dialog(m_vault.get());
    dialog.show();
    auto* filter = child<QLineEdit>(&dialog, "auditFilterEdit");
    auto* table = child<QTableView>(&dialog, "auditTable");
    QVERIFY(filter && table);
    QTest::keyClicks(filter, QStringLiteral("support"));
    QCOMPARE(table->model()->rowCount(), 2);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("api_key"));
    QCOMPARE(table->model()->rowCount(), 2);
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 5);
}

void TestAuditLogDialog::projectFilterKeepsThatProject()
{
    AuditLogDialog dialog(m_vault.get());
    dialog.show();
    auto* project = child<QComboBox>(&dialog, "auditProjectFilter");
    QVERIFY(project);
    QCOMPARE(project->count(), 3); // every project, Shop bot, Support bot
    choose(project, QStringLiteral("Support bot"));
    QCOMPARE(shownRows(dialog), 2);
    choose(project, QStringLiteral("Shop bot"));
    QCOMPARE(shownRows(dialog), 3);
    auto* table = child<QTableView>(&dialog, "auditTable");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        QCOMPARE(
            table->model()->index(row, AuditLogDialog::ProjectColumn).data().toString(), QStringLiteral("Shop bot"));
    }
}

void TestAuditLogDialog::kindFilterKeepsThatKind()
{
    m_vault->setActor(Actor::localOwner(QStringLiteral("carol")));
    QVERIFY(m_vault->changePassword(secret("new dialog password"), VaultSession::DataKey::Keep).ok());
    AuditLogDialog dialog(m_vault.get());
    dialog.show();
    auto* kind = child<QComboBox>(&dialog, "auditKindFilter");
    QVERIFY(kind);
    choose(kind, QStringLiteral("Secrets"));
    QCOMPARE(shownRows(dialog), 2);
    choose(kind, QStringLiteral("Variables"));
    QCOMPARE(shownRows(dialog), 1);
    choose(kind, QStringLiteral("Projects"));
    QCOMPARE(shownRows(dialog), 2);
    choose(kind, QStringLiteral("The vault"));
    QCOMPARE(shownRows(dialog), 1);
    auto* table = child<QTableView>(&dialog, "auditTable");
    QCOMPARE(table->model()->index(0, AuditLogDialog::ActionColumn).data().toString(),
        QStringLiteral("Master password changed"));
    choose(kind, QStringLiteral("Every kind"));
    QCOMPARE(shownRows(dialog), 6);
}

void TestAuditLogDialog::actorFilterKeepsWhatThatPersonDid()
{
    AuditLogDialog dialog(m_vault.get());
    dialog.show();
    auto* actor = child<QComboBox>(&dialog, "auditActorFilter");
    QVERIFY(actor);
    choose(actor, QStringLiteral("bob"));
    QCOMPARE(shownRows(dialog), 1);
    auto* table = child<QTableView>(&dialog, "auditTable");
    QCOMPARE(table->model()->index(0, AuditLogDialog::NameColumn).data().toString(), QStringLiteral("GREETING"));
    choose(actor, QStringLiteral("alice"));
    QCOMPARE(shownRows(dialog), 1);
    QCOMPARE(table->model()->index(0, AuditLogDialog::ActionColumn).data().toString(), QStringLiteral("Removed"));
}

void TestAuditLogDialog::periodFilterKeepsTheDaysChosen()
{
    AuditLogDialog dialog(m_vault.get());
    dialog.show();
    auto* fromCheck = child<QCheckBox>(&dialog, "auditFromCheck");
    auto* from = child<QDateEdit>(&dialog, "auditFromDate");
    auto* toCheck = child<QCheckBox>(&dialog, "auditToCheck");
    auto* to = child<QDateEdit>(&dialog, "auditToDate");
    QVERIFY(fromCheck && from && toCheck && to);
    QVERIFY(!from->isEnabled() && !to->isEnabled());
    const QDate today = QDate::currentDate();
    QCOMPARE(from->date(), today); // the day of the oldest entry

    QTest::mouseClick(fromCheck, Qt::LeftButton);
    QVERIFY(from->isEnabled());
    QCOMPARE(shownRows(dialog), 5);
    from->setFocus();
    from->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(from, Qt::Key_Up); // the day after today: nothing yet
    QCOMPARE(from->date(), today.addDays(1));
    QCOMPARE(shownRows(dialog), 0);
    QTest::mouseClick(fromCheck, Qt::LeftButton);
    QCOMPARE(shownRows(dialog), 5);

    QTest::mouseClick(toCheck, Qt::LeftButton);
    QCOMPARE(shownRows(dialog), 5); // up to the end of today
    to->setFocus();
    to->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(to, Qt::Key_Down);
    QCOMPARE(to->date(), today.addDays(-1));
    QCOMPARE(shownRows(dialog), 0);
}

void TestAuditLogDialog::filtersCombineWithTheTextBoxAndClear()
{
    AuditLogDialog dialog(m_vault.get());
    dialog.show();
    auto* project = child<QComboBox>(&dialog, "auditProjectFilter");
    auto* kind = child<QComboBox>(&dialog, "auditKindFilter");
    auto* filter = child<QLineEdit>(&dialog, "auditFilterEdit");
    auto* clear = child<QPushButton>(&dialog, "clearAuditFiltersButton");
    QVERIFY(project && kind && filter && clear);
    choose(project, QStringLiteral("Shop bot"));
    choose(kind, QStringLiteral("Secrets"));
    QCOMPARE(shownRows(dialog), 2);
    QTest::keyClicks(filter, QStringLiteral("removed"));
    QCOMPARE(shownRows(dialog), 1);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(project->currentIndex(), 0);
    QCOMPARE(kind->currentIndex(), 0);
    QCOMPARE(shownRows(dialog), 1); // the text box is its own filter
    filter->clear();
    QCOMPARE(shownRows(dialog), 5);
}

void TestAuditLogDialog::verifyWorksOnAFilteredLog()
{
    AuditLogDialog dialog(m_vault.get());
    dialog.show();
    choose(child<QComboBox>(&dialog, "auditProjectFilter"), QStringLiteral("Support bot"));
    QTest::mouseClick(child<QPushButton>(&dialog, "verifyAuditButton"), Qt::LeftButton);
    auto* result = child<QLabel>(&dialog, "auditVerifyResult");
    QCOMPARE(result->text(), QStringLiteral("The audit log is intact: 5 entries checked."));
}

void TestAuditLogDialog::verifyShowsIntact()
{
    AuditLogDialog dialog(m_vault.get());
    dialog.show();
    auto* verify = child<QPushButton>(&dialog, "verifyAuditButton");
    auto* result = child<QLabel>(&dialog, "auditVerifyResult");
    QVERIFY(verify && result);
    QVERIFY(!result->isVisible());
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(result->isVisible());
    QCOMPARE(result->text(), QStringLiteral("The audit log is intact: 5 entries checked."));
}

void TestAuditLogDialog::verifyNamesTheBreakOfATamperedLog()
{
    m_vault->lock();
    {
        RawDatabase raw(m_path);
        QVERIFY(raw.exec("DELETE FROM audit_log WHERE id = 3"));
    }
    QVERIFY(m_vault->unlock(m_path, secret("dialog password")).ok());
    AuditLogDialog dialog(m_vault.get());
    dialog.show();
    auto* verify = child<QPushButton>(&dialog, "verifyAuditButton");
    auto* result = child<QLabel>(&dialog, "auditVerifyResult");
    QVERIFY(verify && result);
    QCOMPARE(child<QTableView>(&dialog, "auditTable")->model()->rowCount(), 4);
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().startsWith(QLatin1String("The audit log is broken at entry 3: Entry 3 is missing")),
        qPrintable(result->text()));
}

void TestAuditLogDialog::everyControlHasNamesForTestsAndAssistiveTools()
{
    AuditLogDialog dialog(m_vault.get());
    for (const char* name : {"auditFilterEdit", "auditTable", "verifyAuditButton", "auditVerifyResult",
             "auditProjectFilter", "auditKindFilter", "auditActorFilter", "auditFromCheck", "auditFromDate",
             "auditToCheck", "auditToDate", "clearAuditFiltersButton"}) {
        auto* widget = child<QWidget>(&dialog, name);
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
}

BOTVAULT_WIDGET_TEST_MAIN(TestAuditLogDialog)
#include "TestAuditLogDialog.moc"
