#include "storage/Vault.h"
#include "tests/support/RawDatabase.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/AuditLogDialog.h"

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
    void verifyShowsIntact();
    void verifyNamesTheBreakOfATamperedLog();
    void everyControlHasNamesForTestsAndAssistiveTools();

private:
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
    QVERIFY(m_vault->setVariable(support->id, QStringLiteral("GREETING"), QStringLiteral("hello-canary")).ok());
    QVERIFY(m_vault->removeSecret(shop->id, QStringLiteral("API_KEY")).ok());
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
    for (const char* name : {"auditFilterEdit", "auditTable", "verifyAuditButton", "auditVerifyResult"}) {
        auto* widget = child<QWidget>(&dialog, name);
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
}

BOTVAULT_WIDGET_TEST_MAIN(TestAuditLogDialog)
#include "TestAuditLogDialog.moc"
