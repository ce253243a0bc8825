#include "storage/CredentialScan.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/CredentialFindingsDialog.h"
#include "ui/MessageBox.h"
#include "ui/MoveToSecretDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

#include <memory>

using TestSupport::fastKdfParams;
using TestSupport::secret;

namespace {

// A made-up token in a real format, assembled here so that no file of the repository holds one whole.
QByteArray fakeOpenAiKey()
{
    return QByteArray("sk-") + "proj-" + QByteArray("Qw8rTz3LmN5vXc7BnK2pHj9sDf4GaY6u");
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

// The findings dialog's Move to a secret… and Ignore…, on a real vault and bot folder, driven like a
// person: the suggested name edited, an invalid and a taken name refused, the diff shown, Move.
class TestMoveToSecretDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void moveThroughTheFindingsDialog();
    void ignoreAsksForTheReason();

private:
    std::unique_ptr<CredentialFindingsDialog> openFindings();
    QString mainJs() const { return m_dir->filePath(QStringLiteral("bot/src/main.js")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    ProjectId m_project = 0;
    QString m_folder;
};

void TestMoveToSecretDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("data"))));
    const QString path = m_dir->filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(path, secret("dialog password"), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(path, secret("dialog password")).ok());
    const Result<Project> project = m_vault->addProject(QStringLiteral("Bot"));
    QVERIFY(project.ok());
    m_project = project->id;
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("TAKEN"), secret("x")).ok());
    m_folder = m_dir->filePath(QStringLiteral("bot"));
    QVERIFY(writeFile(m_folder + QStringLiteral("/chatbot.yaml"), "name: shop\n"));
    QVERIFY(writeFile(mainJs(), "var a = 1;\nconst openaiApiKey = '" + fakeOpenAiKey() + "';\n"));
    QVERIFY(m_vault->setProjectSourceFolder(m_project, m_folder).ok());
}

void TestMoveToSecretDialog::cleanup()
{
    m_vault.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

std::unique_ptr<CredentialFindingsDialog> TestMoveToSecretDialog::openFindings()
{
    const Result<CredentialScan::Report> report = CredentialScan::scanProject(*m_vault, m_project, m_folder);
    if (!report) {
        return nullptr;
    }
    auto dialog = std::make_unique<CredentialFindingsDialog>(report.value());
    dialog->setProject(m_vault.get(), m_project, m_folder);
    dialog->show();
    return dialog;
}

void TestMoveToSecretDialog::moveThroughTheFindingsDialog()
{
    const std::unique_ptr<CredentialFindingsDialog> findings = openFindings();
    QVERIFY(findings);
    QCOMPARE(findings->table()->rowCount(), 1);
    QVERIFY(findings->moveButton()->isEnabled());
    QTest::mouseClick(findings->moveButton(), Qt::LeftButton);
    auto* move = DialogTestSupport::child<MoveToSecretDialog>(findings.get(), "moveToSecretDialog");
    QVERIFY(move);
    QTRY_VERIFY(move->isVisible());

    // The name the code suggests, and the change as a diff without the value.
    QCOMPARE(move->nameEdit()->text(), QStringLiteral("OPENAI_API_KEY"));
    QVERIFY(move->moveButton()->isEnabled());
    QVERIFY(move->diffView()->toPlainText().contains(
        QStringLiteral("+const openaiApiKey = $secrets.get(\"OPENAI_API_KEY\");")));
    QVERIFY(!move->diffView()->toPlainText().contains(QString::fromLatin1(fakeOpenAiKey())));

    // An invalid name and a taken one are refused, saying why.
    move->nameEdit()->selectAll();
    QTest::keyClicks(move->nameEdit(), QStringLiteral("openai-key"));
    QVERIFY(!move->moveButton()->isEnabled());
    QVERIFY2(move->problemLabel()->text().contains(QStringLiteral("'openai-key' contains '-'")),
        qPrintable(move->problemLabel()->text()));
    move->nameEdit()->selectAll();
    QTest::keyClicks(move->nameEdit(), QStringLiteral("TAKEN"));
    QVERIFY(!move->moveButton()->isEnabled());
    QVERIFY(move->problemLabel()->text().contains(QStringLiteral("already has a secret named TAKEN")));

    move->nameEdit()->selectAll();
    QTest::keyClicks(move->nameEdit(), QStringLiteral("OPENAI_KEY"));
    QVERIFY(move->moveButton()->isEnabled());
    QVERIFY(move->problemLabel()->isHidden());
    QVERIFY(move->diffView()->toPlainText().contains(QStringLiteral("$secrets.get(\"OPENAI_KEY\")")));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(move->moveButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("The value is now the secret OPENAI_KEY")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Check: the code reads the secret OPENAI_KEY")));
    QVERIFY(!MessageBox::lastText().contains(QString::fromLatin1(fakeOpenAiKey())));
    QCOMPARE(readAll(mainJs()), QByteArray("var a = 1;\nconst openaiApiKey = $secrets.get(\"OPENAI_KEY\");\n"));
    const Result<SecretValue> stored = m_vault->secretValue(m_project, QStringLiteral("OPENAI_KEY"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->bytes().toByteArray(), fakeOpenAiKey());
    QVERIFY(findings->changed());
    QCOMPARE(findings->table()->rowCount(), 0);
}

void TestMoveToSecretDialog::ignoreAsksForTheReason()
{
    const std::unique_ptr<CredentialFindingsDialog> findings = openFindings();
    QVERIFY(findings);
    QTest::mouseClick(findings->ignoreButton(), Qt::LeftButton);
    auto* input = DialogTestSupport::child<QInputDialog>(findings.get(), "ignoreReasonDialog");
    QVERIFY(input);
    auto* reasonEdit = input->findChild<QLineEdit*>();
    QVERIFY(reasonEdit);
    QTest::keyClicks(reasonEdit, QStringLiteral("test fixture"));
    input->accept();
    QCOMPARE(findings->table()->rowCount(), 1);
    QCOMPARE(findings->table()->item(0, 3)->text(), QStringLiteral("ignored: test fixture"));
    QCOMPARE(findings->report().unresolvedCount(), 0);
    QCOMPARE(findings->ignoreButton()->text(), QStringLiteral("Report &again"));

    QTest::mouseClick(findings->ignoreButton(), Qt::LeftButton);
    QCOMPARE(findings->report().unresolvedCount(), 1);
    QCOMPARE(findings->table()->item(0, 3)->text(), QString());
}

BOTVAULT_WIDGET_TEST_MAIN(TestMoveToSecretDialog)
#include "TestMoveToSecretDialog.moc"
