#include "crypto/Aead.h"
#include "storage/SqliteDatabase.h"
#include "storage/Vault.h"
#include "storage/VaultRekey.h"
#include "storage/vault/VaultFile.h"
#include "tests/support/LegacyFormat.h"
#include "tests/support/RawDatabase.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/support/VaultContents.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The upgrade of vaults in record format 1 (a per-record HKDF subkey, no associated data) to format
// 2 (one record key, the record's identity as associated data) at unlock: a vault written by the
// old code itself (tests/data/vault-format1.bvault, see tests/data/README.md) keeps every record,
// a half-upgraded vault resumes where it stopped, and a damaged record is left damaged without
// stopping the upgrade. TestUpgradeCrashSafety kills the upgrade at random moments.

namespace {

using TestSupport::errorMessage;
using TestSupport::outcomeName;

const char* const kFixturePassword = "format one fixture";

QByteArray recordOf(const QString& path, RecordId id)
{
    return RawDatabase(path).blob("SELECT record FROM items WHERE id = ?1", id);
}

QList<QByteArray> allRecords(const QString& path)
{
    RawDatabase raw(path);
    QList<QByteArray> records;
    for (const char* table : {"projects", "items", "outbox", "credentials", "remote_state", "outbox_batches"}) {
        const qint64 count = raw.integer((QByteArrayLiteral("SELECT count(*) FROM ") + table).constData());
        const QByteArray select = QByteArrayLiteral("SELECT record FROM ") + table + " ORDER BY id LIMIT 1 OFFSET ?1";
        for (qint64 i = 0; i < count; ++i) {
            records.append(raw.blob(select.constData(), i));
        }
    }
    return records;
}

} // namespace

class TestVaultUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void vaultWrittenByTheOldCodeKeepsEveryRecord();
    void wrongPasswordChangesNothing();
    void halfUpgradedVaultResumesWhereItStopped();
    void damagedRecordIsLeftAndReportedWithoutStoppingTheUpgrade();

private:
    QString copyFixture();

    QTemporaryDir* m_dir = nullptr;
};

void TestVaultUpgrade::init()
{
    m_dir = new QTemporaryDir();
    QVERIFY(m_dir->isValid());
}

void TestVaultUpgrade::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

QString TestVaultUpgrade::copyFixture()
{
    const QString path = m_dir->filePath(QStringLiteral("format1.db"));
    const QString fixture = QStringLiteral(BOTVAULT_SOURCE_DIR "/tests/data/vault-format1.bvault");
    if (!QFile::copy(fixture, path)) {
        return {};
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void TestVaultUpgrade::vaultWrittenByTheOldCodeKeepsEveryRecord()
{
    const QString path = copyFixture();
    QVERIFY(!path.isEmpty());
    QCOMPARE(LegacyFormat::storedFormat(path), 1);
    const QList<QByteArray> before = allRecords(path);
    QCOMPARE(before.size(), 12);

    Vault vault;
    QSignalSpy progress(&vault, &Vault::formatUpgradeProgress);
    const auto unlocked = vault.unlock(path, TestSupport::secret(kFixturePassword));
    QVERIFY2(unlocked.ok(), qPrintable(errorMessage(unlocked)));
    QVERIFY(vault.damagedByUpgrade().isEmpty());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(12));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(12));

    const auto support = vault.projectByName(QStringLiteral("Support bot"));
    const auto shop = vault.projectByName(QStringLiteral("Shop bot"));
    QVERIFY2(support.ok() && shop.ok(), "the projects did not open");
    const auto value = [&vault](ProjectId project, const char* name) {
        const auto secret = vault.secretValue(project, QString::fromLatin1(name));
        return secret.ok() ? TestSupport::plain(secret.value()) : QByteArray("<") + outcomeName(secret) + ">";
    };
    QCOMPARE(value(support->id, "API_KEY"), QByteArray("sk-support-0001"));
    QCOMPARE(value(support->id, "TLS_KEY"), QByteArray("tls-key-value"));
    QCOMPARE(value(shop->id, "SHOP_TOKEN"), QByteArray("shop-secret-1"));
    const auto greeting = vault.variable(support->id, QStringLiteral("GREETING"));
    QVERIFY(greeting.ok());
    QCOMPARE(greeting->value, QStringLiteral("Hello!"));
    QVERIFY(greeting->includeInExport);
    QCOMPARE(vault.variable(support->id, QStringLiteral("TIMEOUT_MS"))->value, QStringLiteral("2500"));
    QCOMPARE(vault.variable(shop->id, QStringLiteral("CURRENCY"))->value, QStringLiteral("USD"));
    const auto token = vault.remoteToken(shop->id);
    QVERIFY(token.ok());
    QVERIFY(TestSupport::plain(token.value()).startsWith("bv_"));
    const auto outbox = vault.outbox(shop->id);
    QVERIFY(outbox.ok());
    QCOMPARE(outbox->size(), 1);
    QVERIFY(!outbox->first().damaged);
    const auto remote = vault.remoteStates(shop->id);
    QVERIFY(remote.ok());
    QCOMPARE(remote->size(), 2);
    QVERIFY(vault.checkIntegrity().ok());
    vault.lock();

    // Every record was re-sealed, and the vault is marked format 2 with no upgrade left.
    QCOMPARE(LegacyFormat::storedFormat(path), Vault::kFormatVersion);
    QVERIFY(!LegacyFormat::upgradeUnderWay(path));
    const QList<QByteArray> after = allRecords(path);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QVERIFY2(after.at(i) != before.at(i), qPrintable(QStringLiteral("record %1 was not re-sealed").arg(i)));
    }

    // Unlocking again upgrades nothing.
    Vault again;
    QSignalSpy noProgress(&again, &Vault::formatUpgradeProgress);
    QVERIFY(again.unlock(path, TestSupport::secret(kFixturePassword)).ok());
    QVERIFY(noProgress.isEmpty());
    QCOMPARE(allRecords(path), after);
}

void TestVaultUpgrade::wrongPasswordChangesNothing()
{
    const QString path = copyFixture();
    QVERIFY(!path.isEmpty());
    const QByteArray before = RawDatabase(path).dump();
    Vault vault;
    QSignalSpy progress(&vault, &Vault::formatUpgradeProgress);
    const auto unlocked = vault.unlock(path, TestSupport::secret("not the password"));
    QCOMPARE(outcomeName(unlocked), outcomeName(ErrorCode::WrongPassword));
    QVERIFY(progress.isEmpty());
    QCOMPARE(LegacyFormat::storedFormat(path), 1);
    QCOMPARE(RawDatabase(path).dump(), before);
}

void TestVaultUpgrade::halfUpgradedVaultResumesWhereItStopped()
{
    const QString path = m_dir->filePath(QStringLiteral("vault.db"));
    const SecretValue password = TestSupport::secret("upgrade test password");
    QVERIFY(Vault::create(path, password, TestSupport::fastKdfParams()).ok());
    QStringList expected;
    {
        Vault vault;
        QVERIFY(vault.unlock(path, password).ok());
        QString error;
        QVERIFY2(VaultContents::populate(vault, 300, &error), qPrintable(error));
        expected = VaultContents::snapshot(vault, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QString error;
    QVERIFY2(LegacyFormat::downgrade(path, password, &error), qPrintable(error));
    QCOMPARE(LegacyFormat::storedFormat(path), 1);

    // The first chunks of an upgrade, committed with their progress the way FormatUpgrade commits
    // them, as a crash right after them would leave the file: projects and items in format 2, the
    // sync tables still in format 1.
    qint64 upgraded = 0;
    {
        SqliteDatabase db;
        Aead aead;
        auto opened = VaultFile::open(db, aead, path, password);
        QVERIFY2(opened.ok(), qPrintable(errorMessage(opened)));
        VaultRekey::UpgradePosition position;
        while (position.table < 2) {
            SqliteDatabase::Transaction transaction(db);
            auto chunk = VaultRekey::upgradeChunk(db, opened->vaultId, QCA::SymmetricKey(opened->dataKey), position);
            QVERIFY2(chunk.ok(), qPrintable(errorMessage(chunk)));
            QVERIFY(chunk->damaged.isEmpty());
            QVERIFY(!chunk->finished);
            upgraded += chunk->rows;
            position = chunk->next;
            QVERIFY(db.exec(QStringLiteral("INSERT OR REPLACE INTO format_upgrade VALUES (1, %1, %2)")
                                .arg(position.table)
                                .arg(position.after)
                                .toUtf8()
                                .constData())
                        .ok());
            QVERIFY(transaction.commit().ok());
        }
        QVERIFY(db.checkpointTruncate().ok());
    }
    QVERIFY(LegacyFormat::upgradeUnderWay(path));
    const qint64 total = RawDatabase(path).integer("SELECT (SELECT count(*) FROM projects) + (SELECT count(*) FROM "
                                                   "items) + (SELECT count(*) FROM outbox) + (SELECT count(*) FROM "
                                                   "credentials) + (SELECT count(*) FROM remote_state) + (SELECT "
                                                   "count(*) FROM outbox_batches)");
    QVERIFY(upgraded > 300 && upgraded < total);

    // Starting over would open the upgraded records with format 1's keys and lose them.
    Vault vault;
    QSignalSpy progress(&vault, &Vault::formatUpgradeProgress);
    const auto unlocked = vault.unlock(path, password);
    QVERIFY2(unlocked.ok(), qPrintable(errorMessage(unlocked)));
    QVERIFY(vault.damagedByUpgrade().isEmpty());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toLongLong(), total - upgraded);
    QCOMPARE(VaultContents::snapshot(vault, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(vault.checkIntegrity().ok());
    vault.lock();
    QCOMPARE(LegacyFormat::storedFormat(path), Vault::kFormatVersion);
    QVERIFY(!LegacyFormat::upgradeUnderWay(path));
}

void TestVaultUpgrade::damagedRecordIsLeftAndReportedWithoutStoppingTheUpgrade()
{
    const QString path = m_dir->filePath(QStringLiteral("vault.db"));
    const SecretValue password = TestSupport::secret("upgrade test password");
    QVERIFY(Vault::create(path, password, TestSupport::fastKdfParams()).ok());
    ProjectId project = 0;
    QList<RecordId> ids;
    {
        Vault vault;
        QVERIFY(vault.unlock(path, password).ok());
        auto added = vault.addProject(QStringLiteral("Bot"));
        QVERIFY(added.ok());
        project = added->id;
        for (int i = 0; i < 5; ++i) {
            auto written = vault.setSecret(project, QStringLiteral("KEY_%1").arg(i), TestSupport::secret("value"));
            QVERIFY(written.ok());
            ids.append(written->id);
        }
    }
    QString error;
    QVERIFY2(LegacyFormat::downgrade(path, password, &error), qPrintable(error));
    const RecordId broken = ids.at(2);
    QByteArray damaged = recordOf(path, broken);
    damaged[20] = static_cast<char>(damaged.at(20) ^ 0x01);
    QVERIFY(RawDatabase(path).updateBlob("UPDATE items SET record = ?1 WHERE id = ?2", damaged, broken));

    Vault vault;
    const auto unlocked = vault.unlock(path, password);
    QVERIFY2(unlocked.ok(), qPrintable(errorMessage(unlocked)));
    QCOMPARE(vault.damagedByUpgrade(), QList<RecordId> {broken});
    for (int i = 0; i < 5; ++i) {
        const auto value = vault.secretValue(project, QStringLiteral("KEY_%1").arg(i));
        if (ids.at(i) == broken) {
            QCOMPARE(outcomeName(value), outcomeName(ErrorCode::Damaged));
        } else {
            QVERIFY2(value.ok(), qPrintable(errorMessage(value)));
            QCOMPARE(TestSupport::plain(value.value()), QByteArray("value"));
        }
    }
    const auto listing = vault.secrets(project);
    QVERIFY(listing.ok());
    QCOMPARE(std::count_if(listing->cbegin(), listing->cend(), [](const SecretSummary& s) { return s.damaged; }), 1);
    vault.lock();
    // Left exactly as it was, and the upgrade finished around it.
    QCOMPARE(recordOf(path, broken), damaged);
    QCOMPARE(LegacyFormat::storedFormat(path), Vault::kFormatVersion);
}

BOTVAULT_TEST_MAIN(TestVaultUpgrade)
#include "TestVaultUpgrade.moc"
