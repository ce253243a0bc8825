#include "storage/SqliteDatabase.h"

#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include <sqlite3.h>

using TestSupport::errorMessage;

// The vault's SQLite wrapper on its own: statements bind and read back every type they offer,
// transactions commit or roll back, errors map to the codes the vault's callers act on, and the
// connection refuses what the vault never needs (schema writes, extensions).
class TestSqliteDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void openingAMissingFileFailsUnlessCreating();
    void statementsRoundTripEveryType();
    void resetClearsBindings();
    void scalarReadsTheFirstColumnOrTheFallback();
    void uncompilableSqlIsReported();
    void constraintViolationIsAlreadyExists();
    void notADatabaseIsDamaged();
    void transactionCommits();
    void transactionRollsBackWhenDropped();
    void failingTransactionCheckRollsBack();
    void transactionsDoNotNest();
    void schemaWritesAndExtensionsAreRefused();
    void checkpointEmptiesTheLog();
    void mapErrorCodes_data();
    void mapErrorCodes();
    void mapErrorMessages();
    void closeIsIdempotent();

private:
    // A new database with table t (id INTEGER PRIMARY KEY, n INTEGER, b BLOB, s TEXT UNIQUE).
    void createTable();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    SqliteDatabase m_db;
};

void TestSqliteDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("test.db"));
}

void TestSqliteDatabase::cleanup()
{
    m_db.close();
    m_dir.reset();
}

void TestSqliteDatabase::createTable()
{
    const Result<void> opened = m_db.open(m_path, SqliteDatabase::OpenMode::Create);
    QVERIFY2(opened.ok(), qPrintable(errorMessage(opened)));
    const Result<void> created = m_db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, b BLOB, s TEXT UNIQUE)");
    QVERIFY2(created.ok(), qPrintable(errorMessage(created)));
}

void TestSqliteDatabase::openingAMissingFileFailsUnlessCreating()
{
    const Result<void> missing = m_db.open(m_path, SqliteDatabase::OpenMode::ExistingOnly);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.code(), ErrorCode::Io);
    QVERIFY2(missing.message().contains(m_path), qPrintable(missing.message()));
    QVERIFY(!m_db.isOpen());
    QVERIFY(!QFile::exists(m_path));

    QVERIFY(m_db.open(m_path, SqliteDatabase::OpenMode::Create).ok());
    QVERIFY(m_db.isOpen());
    QVERIFY(m_db.exec("CREATE TABLE x (a)").ok());
    m_db.close();
    QVERIFY(QFile::exists(m_path));
    QVERIFY(m_db.open(m_path, SqliteDatabase::OpenMode::ExistingOnly).ok());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'x'").value(), qint64(1));
}

void TestSqliteDatabase::statementsRoundTripEveryType()
{
    createTable();
    auto insert = m_db.prepare("INSERT INTO t (id, n, b, s) VALUES (?1, ?2, ?3, ?4)");
    QVERIFY(insert);
    const QByteArray blob("\0binary\xff\0", 9);
    const QString text = QStringLiteral("ключ 🎉 \"quoted\"");
    insert->bind(1, qint64(1));
    insert->bind(2, std::numeric_limits<qint64>::min());
    insert->bind(3, blob);
    insert->bindText(4, text);
    QVERIFY(insert->run().ok());
    insert->reset();
    insert->bind(1, qint64(2));
    insert->bind(2, std::numeric_limits<qint64>::max());
    insert->bind(3, QByteArray(""));
    insert->bindText(4, QString());
    QVERIFY(insert->run().ok());

    auto select = m_db.prepare("SELECT n, b, s FROM t ORDER BY id");
    QVERIFY(select);
    QVERIFY(select->next());
    QCOMPARE(select->int64(0), std::numeric_limits<qint64>::min());
    QCOMPARE(select->blob(1), blob);
    QCOMPARE(select->text(2), text);
    QVERIFY(select->next());
    QCOMPARE(select->int64(0), std::numeric_limits<qint64>::max());
    QCOMPARE(select->blob(1), QByteArray());
    QCOMPARE(select->text(2), QString());
    QVERIFY(!select->next());
    QVERIFY(!select->failed());
}

void TestSqliteDatabase::resetClearsBindings()
{
    createTable();
    auto insert = m_db.prepare("INSERT INTO t (id, n) VALUES (?1, ?2)");
    QVERIFY(insert);
    insert->bind(1, qint64(1));
    insert->bind(2, qint64(99));
    QVERIFY(insert->run().ok());
    insert->reset();
    insert->bind(1, qint64(2));
    QVERIFY(insert->run().ok());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM t WHERE id = 2 AND n IS NULL").value(), qint64(1));
}

void TestSqliteDatabase::scalarReadsTheFirstColumnOrTheFallback()
{
    createTable();
    QCOMPARE(m_db.scalar("SELECT 41 + 1, 7").value(), qint64(42));
    QCOMPARE(m_db.scalar("SELECT n FROM t", -5).value(), qint64(-5));
    QCOMPARE(m_db.scalar("SELECT n FROM t").value(), qint64(0));
}

void TestSqliteDatabase::uncompilableSqlIsReported()
{
    createTable();
    Error error;
    QVERIFY(!m_db.prepare("SELECT FROM WHERE", &error));
    QCOMPARE(error.code, ErrorCode::Io);
    QVERIFY2(
        error.message.startsWith(QStringLiteral("The vault database could not be read: ")), qPrintable(error.message));
    QVERIFY(!m_db.prepare("SELECT nothing FROM nowhere"));

    const Result<qint64> scalar = m_db.scalar("SELECT * FROM missing_table");
    QVERIFY(!scalar.ok());
    QVERIFY2(scalar.message().contains(QStringLiteral("missing_table")), qPrintable(scalar.message()));

    const Result<void> exec = m_db.exec("DROP TABLE missing_table");
    QVERIFY(!exec.ok());
    QCOMPARE(exec.code(), ErrorCode::Io);
    QVERIFY2(exec.message().startsWith(QStringLiteral("The vault database could not be read or written: ")),
        qPrintable(exec.message()));
}

void TestSqliteDatabase::constraintViolationIsAlreadyExists()
{
    createTable();
    QVERIFY(m_db.exec("INSERT INTO t (id, s) VALUES (1, 'same')").ok());
    auto insert = m_db.prepare("INSERT INTO t (id, s) VALUES (2, 'same')");
    QVERIFY(insert);
    const Result<void> run = insert->run();
    QVERIFY(!run.ok());
    QVERIFY(insert->failed());
    QCOMPARE(run.code(), ErrorCode::AlreadyExists);
    QCOMPARE(insert->error().code, ErrorCode::AlreadyExists);
    QCOMPARE(m_db.exec("INSERT INTO t (id, s) VALUES (1, 'other')").code(), ErrorCode::AlreadyExists);
    // The statement is usable again after reset().
    insert->reset();
    QVERIFY(!insert->failed());
    QVERIFY(m_db.exec("DELETE FROM t").ok());
    QVERIFY(insert->run().ok());
}

void TestSqliteDatabase::notADatabaseIsDamaged()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    // SQLite reads the header lazily: opening succeeds, the first read fails.
    QVERIFY(m_db.open(m_path, SqliteDatabase::OpenMode::ExistingOnly).ok());
    const Result<qint64> read = m_db.scalar("SELECT count(*) FROM sqlite_master");
    QVERIFY(!read.ok());
    QCOMPARE(read.code(), ErrorCode::Damaged);
}

void TestSqliteDatabase::transactionCommits()
{
    createTable();
    {
        SqliteDatabase::Transaction transaction(m_db);
        QVERIFY(transaction.begun().ok());
        QVERIFY(m_db.exec("INSERT INTO t (id) VALUES (1)").ok());
        QVERIFY(transaction.commit().ok());
    }
    m_db.close();
    QVERIFY(m_db.open(m_path, SqliteDatabase::OpenMode::ExistingOnly).ok());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM t").value(), qint64(1));
}

void TestSqliteDatabase::transactionRollsBackWhenDropped()
{
    createTable();
    {
        SqliteDatabase::Transaction transaction(m_db);
        QVERIFY(transaction.begun().ok());
        QVERIFY(m_db.exec("INSERT INTO t (id) VALUES (1)").ok());
        QCOMPARE(m_db.scalar("SELECT count(*) FROM t").value(), qint64(1));
    }
    QCOMPARE(m_db.scalar("SELECT count(*) FROM t").value(), qint64(0));
    // No transaction is left open: a new one begins.
    SqliteDatabase::Transaction next(m_db);
    QVERIFY(next.begun().ok());
}

void TestSqliteDatabase::failingTransactionCheckRollsBack()
{
    createTable();
    int checks = 0;
    m_db.setTransactionCheck([&checks]() -> Result<void> {
        ++checks;
        return makeError(ErrorCode::Locked, QStringLiteral("the data key was replaced"));
    });
    {
        SqliteDatabase::Transaction transaction(m_db);
        QVERIFY(!transaction.begun().ok());
        QCOMPARE(transaction.begun().code(), ErrorCode::Locked);
        QCOMPARE(transaction.begun().message(), QStringLiteral("the data key was replaced"));
    }
    QCOMPARE(checks, 1);
    // The check released the write lock: without it the next transaction begins and commits.
    m_db.setTransactionCheck({});
    SqliteDatabase::Transaction transaction(m_db);
    QVERIFY(transaction.begun().ok());
    QVERIFY(m_db.exec("INSERT INTO t (id) VALUES (1)").ok());
    QVERIFY(transaction.commit().ok());
    QCOMPARE(checks, 1);
}

void TestSqliteDatabase::transactionsDoNotNest()
{
    createTable();
    SqliteDatabase::Transaction outer(m_db);
    QVERIFY(outer.begun().ok());
    {
        SqliteDatabase::Transaction inner(m_db);
        QVERIFY(!inner.begun().ok());
    }
    // The failed inner one must not have rolled back the outer one.
    QVERIFY(m_db.exec("INSERT INTO t (id) VALUES (1)").ok());
    QVERIFY(outer.commit().ok());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM t").value(), qint64(1));
}

void TestSqliteDatabase::schemaWritesAndExtensionsAreRefused()
{
    createTable();
    (void)m_db.exec("PRAGMA writable_schema = ON");
    QVERIFY(!m_db.exec("UPDATE sqlite_master SET sql = 'CREATE TABLE t (x)' WHERE name = 't'").ok());
    QVERIFY(!m_db.exec("SELECT load_extension('libm.so.6')").ok());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM sqlite_master WHERE sql LIKE '%UNIQUE%'").value(), qint64(1));
}

void TestSqliteDatabase::checkpointEmptiesTheLog()
{
    createTable();
    QVERIFY(m_db.exec("PRAGMA journal_mode = WAL").ok());
    QVERIFY(m_db.exec("INSERT INTO t (id, b) VALUES (1, zeroblob(10000))").ok());
    const QString wal = m_path + QStringLiteral("-wal");
    QVERIFY(QFileInfo(wal).size() > 0);
    QVERIFY(m_db.checkpointTruncate().ok());
    QCOMPARE(QFileInfo(wal).size(), qint64(0));
    QCOMPARE(m_db.scalar("SELECT length(b) FROM t").value(), qint64(10000));
}

void TestSqliteDatabase::mapErrorCodes_data()
{
    QTest::addColumn<int>("resultCode");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("corrupt") << SQLITE_CORRUPT << ErrorCode::Damaged;
    QTest::newRow("not a database") << SQLITE_NOTADB << ErrorCode::Damaged;
    QTest::newRow("constraint") << SQLITE_CONSTRAINT << ErrorCode::AlreadyExists;
    QTest::newRow("unique (extended)") << SQLITE_CONSTRAINT_UNIQUE << ErrorCode::AlreadyExists;
    QTest::newRow("cannot open") << SQLITE_CANTOPEN << ErrorCode::Io;
    QTest::newRow("busy") << SQLITE_BUSY << ErrorCode::Io;
    QTest::newRow("locked") << SQLITE_LOCKED << ErrorCode::Io;
    QTest::newRow("disk full") << SQLITE_FULL << ErrorCode::Io;
    QTest::newRow("I/O (extended)") << SQLITE_IOERR_FSYNC << ErrorCode::Io;
}

void TestSqliteDatabase::mapErrorCodes()
{
    QFETCH(int, resultCode);
    QFETCH(ErrorCode, code);
    QCOMPARE(SqliteDatabase::mapError(resultCode, QStringLiteral("Action"), QStringLiteral("detail")).code, code);
}

void TestSqliteDatabase::mapErrorMessages()
{
    QCOMPARE(
        SqliteDatabase::mapError(SQLITE_FULL, QStringLiteral("Writing failed"), QStringLiteral("disk is full")).message,
        QStringLiteral("Writing failed: disk is full."));
    QCOMPARE(SqliteDatabase::mapError(SQLITE_FULL, QStringLiteral("Writing failed"), QString()).message,
        QStringLiteral("Writing failed."));
    QCOMPARE(SqliteDatabase::mapError(SQLITE_BUSY_SNAPSHOT, QStringLiteral("Writing failed"), QString()).message,
        QStringLiteral("Writing failed. Another program is using the vault; try again."));
    QCOMPARE(SqliteDatabase::mapError(SQLITE_LOCKED, QStringLiteral("Reading failed"), QStringLiteral("x")).message,
        QStringLiteral("Reading failed: x. Another program is using the vault; try again."));
}

void TestSqliteDatabase::closeIsIdempotent()
{
    createTable();
    m_db.close();
    QVERIFY(!m_db.isOpen());
    m_db.close();
    QVERIFY(!m_db.isOpen());
    // open() on an open database replaces the connection.
    QVERIFY(m_db.open(m_path, SqliteDatabase::OpenMode::ExistingOnly).ok());
    QVERIFY(m_db.open(m_path, SqliteDatabase::OpenMode::ExistingOnly).ok());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM t").value(), qint64(0));
}

BOTVAULT_TEST_MAIN(TestSqliteDatabase)
#include "TestSqliteDatabase.moc"
