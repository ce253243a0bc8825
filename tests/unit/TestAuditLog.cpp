#include "storage/Vault.h"
#include "storage/VaultSchema.h"
#include "tests/support/RawDatabase.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::errorMessage;
using TestSupport::fastKdfParams;
using TestSupport::importedSecret;
using TestSupport::importedVariable;
using TestSupport::importInto;
using TestSupport::outcomeName;
using TestSupport::secret;
using Problem = AuditVerification::Problem;

Q_DECLARE_METATYPE(AuditVerification::Problem)

namespace {

const QByteArray kSecretValue = QByteArrayLiteral("canary-secret-5f1d");
const QString kVariableValue = QStringLiteral("canary-variable-9c2e");

// "action|project|kind|name|detail" per entry, for comparing whole logs.
QStringList describe(const QList<AuditEntry>& entries)
{
    QStringList lines;
    for (const AuditEntry& entry : entries) {
        lines.append(QStringList {AuditText::actionCode(entry.action), entry.project, QString::number(entry.itemKind),
            entry.name, entry.detail}
                         .join(QLatin1Char('|')));
    }
    return lines;
}

} // namespace

// The vault's audit log (storage/vault/AuditLog): every action is an entry written with it, no entry
// holds a value, and verify finds an entry edited, removed, reordered or inserted with SQL, a cut
// tail and a forged head, naming the first sequence number where the chain breaks.
class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyActionIsRecordedWithoutValues();
    void refusedWriteRecordsNothing();
    void intactLogVerifies();
    void tamperedLogNamesTheBreak_data();
    void tamperedLogNamesTheBreak();
    void writesAfterAnInsertedEntryStillWork();
    void failedUnlocksBecomeAnEntry();
    void recordedEventsNameTheirProject();
    void passwordChangeIsRecorded();
    void vaultFromBeforeTheLogUpgrades();

private:
    // Six entries: a project, two variables, a secret, a rename and a removal.
    void writeSixEntries();
    void tamper(const QByteArray& sql);
    QList<AuditEntry> entries();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
    ProjectId m_project = 0;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(m_path, secret("audit password"), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(m_path, secret("audit password")).ok());
}

void TestAuditLog::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TestAuditLog::writeSixEntries()
{
    auto project = m_vault->addProject(QStringLiteral("Shop bot"));
    QVERIFY(project.ok());
    m_project = project->id;
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), kVariableValue).ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("FAREWELL"), QStringLiteral("bye")).ok());
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), SecretValue(QCA::SecureArray(kSecretValue))).ok());
    QVERIFY(m_vault->renameVariable(m_project, QStringLiteral("FAREWELL"), QStringLiteral("GOODBYE")).ok());
    QVERIFY(m_vault->removeVariable(m_project, QStringLiteral("GOODBYE")).ok());
}

void TestAuditLog::tamper(const QByteArray& sql)
{
    m_vault->lock();
    {
        RawDatabase raw(m_path);
        QVERIFY2(raw.exec(sql.constData()), sql.constData());
    }
    QVERIFY(m_vault->unlock(m_path, secret("audit password")).ok());
}

QList<AuditEntry> TestAuditLog::entries()
{
    auto listed = m_vault->auditEntries();
    if (!listed) {
        qWarning("%s", qPrintable(listed.message()));
        return {};
    }
    return listed.value();
}

void TestAuditLog::everyActionIsRecordedWithoutValues()
{
    writeSixEntries();
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret("second-canary")).ok());
    QVERIFY(m_vault->setVariableIncludeInExport(m_project, QStringLiteral("GREETING"), true).ok());
    QVERIFY(m_vault->editSecret(m_project, QStringLiteral("API_KEY"), QStringLiteral("TOKEN"), std::nullopt).ok());
    QVERIFY(m_vault
                ->applyImport(importInto(m_project,
                    {importedVariable(QStringLiteral("GREETING"), QStringLiteral("hi")),
                        importedSecret(QStringLiteral("NEW_KEY"), secret("third-canary"))}))
                .ok());
    QVERIFY(m_vault->removeSecret(m_project, QStringLiteral("TOKEN")).ok());
    QVERIFY(m_vault->renameProject(m_project, QStringLiteral("Store bot")).ok());
    QVERIFY(m_vault->removeProject(m_project).ok());

    const QStringList expected {
        QStringLiteral("project.add|Shop bot|0||"),
        QStringLiteral("item.add|Shop bot|2|GREETING|"),
        QStringLiteral("item.add|Shop bot|2|FAREWELL|"),
        QStringLiteral("item.add|Shop bot|1|API_KEY|"),
        QStringLiteral("item.rename|Shop bot|2|FAREWELL|GOODBYE"),
        QStringLiteral("item.remove|Shop bot|2|GOODBYE|"),
        QStringLiteral("item.replace|Shop bot|1|API_KEY|"),
        QStringLiteral("item.export-flag|Shop bot|2|GREETING|on"),
        QStringLiteral("item.rename|Shop bot|1|API_KEY|TOKEN"),
        QStringLiteral("import|Shop bot|0||added=1 replaced=1"),
        QStringLiteral("item.remove|Shop bot|1|TOKEN|"),
        QStringLiteral("project.rename|Shop bot|0||Store bot"),
        QStringLiteral("project.remove|Store bot|0||"),
    };
    const QList<AuditEntry> listed = entries();
    QCOMPARE(describe(listed), expected);
    for (qsizetype i = 0; i < listed.size(); ++i) {
        QCOMPARE(listed.at(i).sequence, i + 1);
        QCOMPARE(listed.at(i).actor, m_vault->actor().name);
        QVERIFY(listed.at(i).time.isValid());
    }
    // Neither a value nor a name is readable in the file.
    m_vault->lock();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const QByteArray& plain : {kSecretValue, kVariableValue.toUtf8(), QByteArray("second-canary"),
             QByteArray("GREETING"), QByteArray("API_KEY"), QByteArray("Shop bot")}) {
        QVERIFY2(!bytes.contains(plain), plain.constData());
    }
    QVERIFY(m_vault->unlock(m_path, secret("audit password")).ok());
    for (const QString& line : describe(entries())) {
        for (const char* value : {"canary", "bye", "hi"}) {
            QVERIFY2(!line.split(QLatin1Char('|')).contains(QLatin1String(value)), qPrintable(line));
        }
        QVERIFY2(!line.contains(QLatin1String("canary")), qPrintable(line));
    }
}

void TestAuditLog::refusedWriteRecordsNothing()
{
    writeSixEntries();
    QVERIFY(!m_vault->setVariable(m_project, QStringLiteral("bad-name"), QStringLiteral("x")).ok());
    QVERIFY(!m_vault->removeSecret(m_project, QStringLiteral("MISSING")).ok());
    QVERIFY(!m_vault->renameVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("GREETING!")).ok());
    QVERIFY(!m_vault->addProject(QStringLiteral("Shop bot")).ok());
    QCOMPARE(entries().size(), 6);
    auto verified = m_vault->verifyAudit();
    QVERIFY(verified.ok());
    QVERIFY(verified->intact());
}

void TestAuditLog::intactLogVerifies()
{
    auto empty = m_vault->verifyAudit();
    QVERIFY2(empty.ok(), qPrintable(errorMessage(empty)));
    QVERIFY(empty->intact());
    QCOMPARE(empty->entries, 0);
    writeSixEntries();
    m_vault->lock();
    QVERIFY(m_vault->unlock(m_path, secret("audit password")).ok());
    auto verified = m_vault->verifyAudit();
    QVERIFY2(verified.ok(), qPrintable(errorMessage(verified)));
    QVERIFY2(verified->intact(), qPrintable(verified->message));
    QCOMPARE(verified->entries, 6);
    QCOMPARE(verified->firstBadSequence, 0);
}

void TestAuditLog::tamperedLogNamesTheBreak_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<qint64>("sequence");

    QTest::newRow("payload byte flipped")
        << QByteArray("UPDATE audit_log SET record = substr(record, 1, 20) || X'00' || substr(record, 22) WHERE id = 3")
        << Problem::Edited << qint64(3);
    QTest::newRow("payload of another entry")
        << QByteArray("UPDATE audit_log SET record = (SELECT record FROM audit_log WHERE id = 5) WHERE id = 3")
        << Problem::Edited << qint64(3);
    QTest::newRow("mac replaced") << QByteArray("UPDATE audit_log SET mac = zeroblob(32) WHERE id = 4")
                                  << Problem::Edited << qint64(4);
    QTest::newRow("entry deleted") << QByteArray("DELETE FROM audit_log WHERE id = 3") << Problem::Removed << qint64(3);
    QTest::newRow("entry deleted, later ones renumbered")
        << QByteArray("DELETE FROM audit_log WHERE id = 3; UPDATE audit_log SET id = id - 1 WHERE id > 3;"
                      "UPDATE audit_head SET sequence = sequence - 1")
        << Problem::Removed << qint64(3);
    QTest::newRow("two entries swapped") << QByteArray("UPDATE audit_log SET id = -3 WHERE id = 3;"
                                                       "UPDATE audit_log SET id = 3 WHERE id = 4;"
                                                       "UPDATE audit_log SET id = 4 WHERE id = -3")
                                         << Problem::Reordered << qint64(3);
    QTest::newRow("copy inserted in the middle")
        << QByteArray("UPDATE audit_log SET id = -id WHERE id >= 3; UPDATE audit_log SET id = 1 - id WHERE id < 0;"
                      "INSERT INTO audit_log (id, record, mac) SELECT 3, record, mac FROM audit_log WHERE id = 1;"
                      "UPDATE audit_head SET sequence = sequence + 1")
        << Problem::Inserted << qint64(3);
    QTest::newRow("forged entry inserted in the middle")
        << QByteArray("UPDATE audit_log SET id = -id WHERE id >= 3; UPDATE audit_log SET id = 1 - id WHERE id < 0;"
                      "INSERT INTO audit_log (id, record, mac) VALUES (3, randomblob(96), randomblob(32));"
                      "UPDATE audit_head SET sequence = sequence + 1")
        << Problem::Inserted << qint64(3);
    QTest::newRow("entry appended after the head")
        << QByteArray("INSERT INTO audit_log (id, record, mac) SELECT 7, record, mac FROM audit_log WHERE id = 2")
        << Problem::Inserted << qint64(7);
    QTest::newRow("tail cut") << QByteArray("DELETE FROM audit_log WHERE id >= 5") << Problem::Truncated << qint64(5);
    QTest::newRow("tail cut, head moved back")
        << QByteArray("DELETE FROM audit_log WHERE id >= 5; UPDATE audit_head SET sequence = 4")
        << Problem::HeadMismatch << qint64(4);
    QTest::newRow("log emptied") << QByteArray("DELETE FROM audit_log; UPDATE audit_head SET sequence = 0")
                                 << Problem::HeadMismatch << qint64(1);
}

void TestAuditLog::tamperedLogNamesTheBreak()
{
    QFETCH(QByteArray, sql);
    QFETCH(Problem, problem);
    QFETCH(qint64, sequence);
    writeSixEntries();
    tamper(sql);

    auto verified = m_vault->verifyAudit();
    QVERIFY2(verified.ok(), qPrintable(errorMessage(verified)));
    QVERIFY(!verified->intact());
    QCOMPARE(AuditText::problemCode(verified->problem), AuditText::problemCode(problem));
    QCOMPARE(verified->firstBadSequence, sequence);
    QVERIFY2(verified->message.contains(QString::number(sequence)), qPrintable(verified->message));
    QVERIFY(!verified->message.contains(QLatin1String("canary")));
    // The vault still opens and lists the log, damaged entries in their place.
    QVERIFY(m_vault->auditEntries().ok());
}

void TestAuditLog::writesAfterAnInsertedEntryStillWork()
{
    writeSixEntries();
    tamper("INSERT INTO audit_log (id, record, mac) SELECT 7, record, mac FROM audit_log WHERE id = 2");
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("AFTER"), QStringLiteral("x")).ok());
    const QList<AuditEntry> listed = entries();
    QCOMPARE(listed.size(), 8);
    QCOMPARE(listed.last().name, QStringLiteral("AFTER"));
    QVERIFY(listed.at(6).damaged);
    auto verified = m_vault->verifyAudit();
    QVERIFY(verified.ok());
    QCOMPARE(verified->firstBadSequence, 7);
}

void TestAuditLog::failedUnlocksBecomeAnEntry()
{
    writeSixEntries();
    m_vault->lock();
    Vault other;
    QCOMPARE(outcomeName(other.unlock(m_path, secret("guess one"))), "WrongPassword");
    QCOMPARE(outcomeName(other.unlock(m_path, secret("guess two"))), "WrongPassword");
    {
        RawDatabase raw(m_path);
        QCOMPARE(raw.integer("SELECT failed_unlocks FROM audit_head"), 2);
        // Counted in the header only: the log itself did not change.
        QCOMPARE(raw.integer("SELECT count(*) FROM audit_log"), 6);
    }
    QVERIFY(m_vault->unlock(m_path, secret("audit password")).ok());
    const QList<AuditEntry> listed = entries();
    QCOMPARE(listed.size(), 7);
    QCOMPARE(listed.last().action, AuditAction::FailedUnlocks);
    QVERIFY2(listed.last().detail.startsWith(QLatin1String("count=2 ")), qPrintable(listed.last().detail));
    QVERIFY(m_vault->verifyAudit()->intact());
    m_vault->lock();
    {
        RawDatabase raw(m_path);
        QCOMPARE(raw.integer("SELECT failed_unlocks FROM audit_head"), 0);
    }
    // Counted once: the next unlock adds nothing.
    QVERIFY(m_vault->unlock(m_path, secret("audit password")).ok());
    QCOMPARE(entries().size(), 7);
}

void TestAuditLog::recordedEventsNameTheirProject()
{
    writeSixEntries();
    QVERIFY(m_vault->recordAudit(m_project, AuditAction::Exported, QStringLiteral("zip items=2")).ok());
    QVERIFY(m_vault->recordAudit(0, AuditAction::Deployed, QStringLiteral("channel=7 ok")).ok());
    QCOMPARE(outcomeName(m_vault->recordAudit(987654, AuditAction::Exported, {})), "NotFound");
    const QStringList lines = describe(entries());
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines.at(6), QStringLiteral("export|Shop bot|0||zip items=2"));
    QCOMPARE(lines.at(7), QStringLiteral("deploy||0||channel=7 ok"));
    m_vault->lock();
    QCOMPARE(outcomeName(m_vault->recordAudit(0, AuditAction::Exported, {})), "Locked");
}

void TestAuditLog::passwordChangeIsRecorded()
{
    writeSixEntries();
    QVERIFY(m_vault->changePassword(secret("second password")).ok());
    QVERIFY(m_vault->changePassword(secret("third password"), {}, Vault::DataKey::Rotate).ok());
    const QList<AuditEntry> listed = entries();
    QCOMPARE(listed.size(), 8);
    QCOMPARE(listed.at(6).action, AuditAction::PasswordChanged);
    QCOMPARE(listed.at(7).action, AuditAction::DataKeyRotated);
    auto verified = m_vault->verifyAudit();
    QVERIFY(verified.ok());
    QVERIFY2(verified->intact(), qPrintable(verified->message));
}

void TestAuditLog::vaultFromBeforeTheLogUpgrades()
{
    writeSixEntries();
    m_vault->lock();
    {
        RawDatabase raw(m_path);
        QVERIFY(raw.exec("DROP TABLE audit_log; DROP TABLE audit_head; PRAGMA user_version = 2"));
    }
    QVERIFY(m_vault->unlock(m_path, secret("audit password")).ok());
    {
        RawDatabase raw(m_path);
        QCOMPARE(raw.integer("PRAGMA user_version"), VaultSchema::kCurrentVersion);
    }
    QVERIFY(entries().isEmpty());
    QVERIFY(m_vault->verifyAudit()->intact());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("AFTER"), QStringLiteral("x")).ok());
    QCOMPARE(describe(entries()), QStringList {QStringLiteral("item.add|Shop bot|2|AFTER|")});
    QVERIFY(m_vault->verifyAudit()->intact());
    // The upgrade tagged the empty head: emptying the log again is detected.
    tamper("DELETE FROM audit_log; UPDATE audit_head SET sequence = 0");
    QCOMPARE(m_vault->verifyAudit()->problem, Problem::HeadMismatch);
}

BOTVAULT_TEST_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
