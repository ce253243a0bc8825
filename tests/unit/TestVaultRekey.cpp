#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/support/VaultContents.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

using TestSupport::errorMessage;
using TestSupport::fastKdfParams;
using TestSupport::secret;
using TestSupport::secure;

namespace {

constexpr const char* kRecordTables[]
    = {"projects", "items", "outbox", "credentials", "remote_state", "outbox_batches"};

struct StoredRow
{
    QByteArray record;
    QByteArray nameIndex;
    QByteArray foldIndex;

    friend bool operator==(const StoredRow&, const StoredRow&) = default;
};

// table → row id → the row's ciphertext and blind indexes, read straight from the file.
QMap<QString, QMap<qint64, StoredRow>> storedRows(const QString& path)
{
    QMap<QString, QMap<qint64, StoredRow>> rows;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return rows;
    }
    for (const char* table : kRecordTables) {
        const QByteArray name(table);
        const bool hasIndex = name == "projects" || name == "items" || name == "remote_state";
        const QByteArray sql = "SELECT id, record, " + QByteArray(hasIndex ? "name_index" : "NULL") + ", "
            + QByteArray(name == "items" ? "fold_index" : "NULL") + " FROM " + name;
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
        auto blob = [statement](int column) {
            return QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                sqlite3_column_bytes(statement, column));
        };
        while (sqlite3_step(statement) == SQLITE_ROW) {
            rows[QString::fromLatin1(table)].insert(sqlite3_column_int64(statement, 0), {blob(1), blob(2), blob(3)});
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return rows;
}

bool runSql(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// Every byte of every file in the folder.
QByteArray folderBytes(const QString& folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            all += file.readAll();
        }
    }
    return all;
}

} // namespace

// Replacing the data key on a password change (Vault::DataKey::Rotate, VaultRekey): every record is
// re-sealed and every blind index recomputed in one transaction, nothing is lost, an old copy of the
// file opens nothing written afterwards, and no old ciphertext stays in the files.
class TestVaultRekey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rotationKeepsEveryRecord();
    void rotationResealsEveryRowAndIndex();
    void lookupsByNameWorkAfterRotation();
    void oldCopyWithOldPasswordOpensNothingWrittenAfter();
    void oldCiphertextsDoNotLinger();
    void damagedRecordStopsTheRotation();
    void staleKeyInAnotherConnectionCannotWrite();
    void rotationResealsAndRelinksTheAuditLog();
    void brokenAuditLogStopsTheRotation();

private:
    QStringList snapshot(Vault& vault);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
};

void TestVaultRekey::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vault/vault.db"));
    QVERIFY(Vault::create(m_path, secret("old password"), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(m_path, secret("old password")).ok());
    QString error;
    QVERIFY2(VaultContents::populate(*m_vault, 60, &error), qPrintable(error));
}

void TestVaultRekey::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

QStringList TestVaultRekey::snapshot(Vault& vault)
{
    QString error;
    const QStringList lines = VaultContents::snapshot(vault, &error);
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
    }
    return lines;
}

void TestVaultRekey::rotationKeepsEveryRecord()
{
    const QStringList before = snapshot(*m_vault);
    QVERIFY(before.size() > 60);
    // Every kind of record is there to be re-encrypted.
    for (const char* kind : {"project|", "secret|", "variable|", "token|", "outbox|", "state|", "batch|"}) {
        QVERIFY2(before.filter(QRegularExpression(QLatin1Char('^') + QLatin1String(kind))).size() > 0, kind);
    }

    const auto rotated = m_vault->changePassword(secret("new password"), {}, Vault::DataKey::Rotate);
    QVERIFY2(rotated.ok(), qPrintable(errorMessage(rotated)));
    QCOMPARE(snapshot(*m_vault), before);
    QVERIFY(m_vault->checkIntegrity().ok());

    m_vault->lock();
    QCOMPARE(TestSupport::outcomeName(m_vault->unlock(m_path, secret("old password"))), "WrongPassword");
    QVERIFY(m_vault->unlock(m_path, secret("new password")).ok());
    QCOMPARE(snapshot(*m_vault), before);
}

void TestVaultRekey::rotationResealsEveryRowAndIndex()
{
    m_vault->lock();
    const auto before = storedRows(m_path);
    QVERIFY(m_vault->unlock(m_path, secret("old password")).ok());
    QVERIFY(m_vault->changePassword(secret("new password"), {}, Vault::DataKey::Rotate).ok());
    m_vault->lock();
    const auto after = storedRows(m_path);

    QCOMPARE(after.keys(), before.keys());
    int rows = 0;
    for (auto table = before.cbegin(); table != before.cend(); ++table) {
        QVERIFY2(!table->isEmpty(), qPrintable(table.key()));
        // Same rows, each with a new ciphertext and new indexes.
        QCOMPARE(after.value(table.key()).keys(), table->keys());
        for (auto row = table->cbegin(); row != table->cend(); ++row) {
            const StoredRow& now = after.value(table.key()).value(row.key());
            const QString where = table.key() + QLatin1Char('#') + QString::number(row.key());
            QVERIFY2(now.record != row->record, qPrintable(where));
            QCOMPARE(now.record.size(), row->record.size());
            QVERIFY2(row->nameIndex.isEmpty() || now.nameIndex != row->nameIndex, qPrintable(where));
            QVERIFY2(row->foldIndex.isEmpty() || now.foldIndex != row->foldIndex, qPrintable(where));
            ++rows;
        }
    }
    QVERIFY(rows > 60);
}

void TestVaultRekey::lookupsByNameWorkAfterRotation()
{
    QVERIFY(m_vault->changePassword(secret("new password"), {}, Vault::DataKey::Rotate).ok());
    auto local = m_vault->projectByName(QStringLiteral("Local bot"));
    QVERIFY2(local.ok(), qPrintable(errorMessage(local)));
    auto value = m_vault->secretValue(local->id, QStringLiteral("ITEM_3"));
    QVERIFY2(value.ok(), qPrintable(errorMessage(value)));
    QCOMPARE(value->bytes().toByteArray(), QByteArray("value 3 vvv"));
    // The unique name index: taken names stay taken.
    QCOMPARE(TestSupport::outcomeName(m_vault->setVariable(
                 local->id, QStringLiteral("ITEM_2"), QStringLiteral("x"), {}, ProjectStore::WriteMode::CreateOnly)),
        "AlreadyExists");
    // The fold index: a name that differs only by case still warns.
    auto twin = m_vault->setVariable(local->id, QStringLiteral("Item_2"), QStringLiteral("x"));
    QVERIFY(twin.ok());
    QVERIFY2(twin->warning.contains(QStringLiteral("ITEM_2")), qPrintable(twin->warning));
    // The remote states' index: clearing one by name finds it.
    auto bound = m_vault->projectByName(QStringLiteral("Бот с платформой"));
    QVERIFY(bound.ok());
    SyncApply apply;
    apply.clearStates.append(ItemKey {ItemKind::Variable, QStringLiteral("REMOTE_1")});
    QVERIFY(m_vault->applySync(bound->id, apply).ok());
    QCOMPARE(m_vault->remoteStates(bound->id)->size(), 2);
}

void TestVaultRekey::oldCopyWithOldPasswordOpensNothingWrittenAfter()
{
    for (const Vault::DataKey dataKey : {Vault::DataKey::Keep, Vault::DataKey::Rotate}) {
        const bool rotate = dataKey == Vault::DataKey::Rotate;
        QVERIFY(m_vault->unlock(m_path, secret("old password")).ok());
        m_vault->lock();
        const QString oldCopy
            = m_dir->filePath(rotate ? QStringLiteral("old-rotate.db") : QStringLiteral("old-keep.db"));
        QFile::remove(oldCopy);
        QVERIFY(QFile::copy(m_path, oldCopy));

        QVERIFY(m_vault->unlock(m_path, secret("old password")).ok());
        QVERIFY(m_vault->changePassword(secret("new password"), {}, dataKey).ok());
        auto after = m_vault->addProject(QStringLiteral("Written after"));
        QVERIFY(after.ok());
        QVERIFY(m_vault->setSecret(after->id, QStringLiteral("NEW_KEY"), secret("new secret value")).ok());
        m_vault->lock();

        // Whoever kept the old file and the old password takes the new file and puts the old
        // key-wrap row into it: the old password then unwraps the old data key.
        const QString mixed
            = m_dir->filePath(rotate ? QStringLiteral("mixed-rotate.db") : QStringLiteral("mixed-keep.db"));
        QFile::remove(mixed);
        QVERIFY(QFile::copy(m_path, mixed));
        QVERIFY(runSql(mixed,
            "ATTACH DATABASE '" + QFile::encodeName(oldCopy)
                + "' AS old; DELETE FROM main.key_wrap; "
                  "INSERT INTO main.key_wrap SELECT * FROM old.key_wrap;"));
        Vault attacker;
        QVERIFY(attacker.unlock(mixed, secret("old password")).ok());
        auto projects = attacker.projects();
        QVERIFY(projects.ok());
        QCOMPARE(projects->size(), 4);
        int readable = 0;
        for (const Project& project : projects.value()) {
            readable += project.damaged ? 0 : 1;
        }
        auto found = attacker.projectByName(QStringLiteral("Written after"));
        if (rotate) {
            QCOMPARE(readable, 0);
            QVERIFY(!found.ok());
        } else {
            // Without rotation the data key stays the same: everything opens (this is what the
            // rotation is for).
            QCOMPARE(readable, 4);
            QVERIFY(found.ok());
            QCOMPARE(attacker.secretValue(found->id, QStringLiteral("NEW_KEY"))->bytes().toByteArray(),
                QByteArray("new secret value"));
        }
        attacker.lock();

        // Back to the old password for the next pass.
        QVERIFY(m_vault->unlock(m_path, secret("new password")).ok());
        QVERIFY(m_vault->removeProject(after->id).ok());
        QVERIFY(m_vault->changePassword(secret("old password")).ok());
        m_vault->lock();
    }
}

void TestVaultRekey::oldCiphertextsDoNotLinger()
{
    m_vault->lock();
    const auto before = storedRows(m_path);
    QVERIFY(m_vault->unlock(m_path, secret("old password")).ok());
    QVERIFY(m_vault->changePassword(secret("new password"), {}, Vault::DataKey::Rotate).ok());

    // Checked while the vault is still open: the rotation itself truncates the WAL.
    const QString wal = m_path + QStringLiteral("-wal");
    QVERIFY(!QFileInfo::exists(wal) || QFileInfo(wal).size() == 0);
    const QByteArray files = folderBytes(QFileInfo(m_path).absolutePath());
    QVERIFY(files.size() > 0);
    int searched = 0;
    for (auto table = before.cbegin(); table != before.cend(); ++table) {
        for (auto row = table->cbegin(); row != table->cend(); ++row) {
            const QString where = table.key() + QLatin1Char('#') + QString::number(row.key());
            // The nonce and the first ciphertext bytes of the old record, and its old indexes.
            QVERIFY2(!files.contains(row->record.left(32)), qPrintable(where));
            QVERIFY2(row->nameIndex.isEmpty() || !files.contains(row->nameIndex), qPrintable(where));
            QVERIFY2(row->foldIndex.isEmpty() || !files.contains(row->foldIndex), qPrintable(where));
            ++searched;
        }
    }
    QVERIFY(searched > 60);
}

void TestVaultRekey::damagedRecordStopsTheRotation()
{
    const QStringList contents = snapshot(*m_vault);
    m_vault->lock();
    // Flip one ciphertext byte of one variable.
    const auto rows = storedRows(m_path);
    const qint64 victim = rows.value(QStringLiteral("items")).lastKey();
    QVERIFY(runSql(m_path,
        "UPDATE items SET record = substr(record, 1, 20) || X'00' || substr(record, 22) WHERE id = "
            + QByteArray::number(victim)));
    const auto tampered = storedRows(m_path);
    QVERIFY(m_vault->unlock(m_path, secret("old password")).ok());

    const auto refused = m_vault->changePassword(secret("new password"), {}, Vault::DataKey::Rotate);
    QCOMPARE(TestSupport::outcomeName(refused), "Damaged");
    QVERIFY2(refused.message().contains(QStringLiteral("#%1").arg(victim)), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QStringLiteral("Nothing was changed")), qPrintable(refused.message()));

    // Nothing changed: the same rows, the old password, the old key.
    auto local = m_vault->projectByName(QStringLiteral("Local bot"));
    QVERIFY(local.ok());
    QCOMPARE(
        m_vault->secretValue(local->id, QStringLiteral("ITEM_3"))->bytes().toByteArray(), QByteArray("value 3 vvv"));
    m_vault->lock();
    QVERIFY(storedRows(m_path) == tampered);
    QCOMPARE(TestSupport::outcomeName(m_vault->unlock(m_path, secret("new password"))), "WrongPassword");
    QVERIFY(m_vault->unlock(m_path, secret("old password")).ok());
    QVERIFY(contents.size() > 0);
}

void TestVaultRekey::staleKeyInAnotherConnectionCannotWrite()
{
    // A second program (here: a second connection) unlocked before the rotation still holds the old
    // key; a record it sealed now would open for nobody.
    Vault other;
    QVERIFY(other.unlock(m_path, secret("old password")).ok());
    auto local = other.projectByName(QStringLiteral("Local bot"));
    QVERIFY(local.ok());

    QVERIFY(m_vault->changePassword(secret("new password"), {}, Vault::DataKey::Rotate).ok());
    const QStringList after = snapshot(*m_vault);

    const auto write = other.setVariable(local->id, QStringLiteral("STALE"), QStringLiteral("x"));
    QCOMPARE(TestSupport::outcomeName(write), "Locked");
    QVERIFY2(write.message().contains(QStringLiteral("unlock it with the current master password")),
        qPrintable(write.message()));
    QCOMPARE(TestSupport::outcomeName(other.variables(local->id)), "Locked");
    QCOMPARE(TestSupport::outcomeName(other.addProject(QStringLiteral("Stale project"))), "Locked");
    QCOMPARE(snapshot(*m_vault), after);

    other.lock();
    QVERIFY(other.unlock(m_path, secret("new password")).ok());
    QVERIFY(other.setVariable(local->id, QStringLiteral("FRESH"), QStringLiteral("x")).ok());
    QVERIFY(m_vault->variable(local->id, QStringLiteral("FRESH")).ok());
}

namespace {

// id → record and MAC of every audit entry, read straight from the file.
QMap<qint64, QPair<QByteArray, QByteArray>> auditRows(const QString& path)
{
    QMap<qint64, QPair<QByteArray, QByteArray>> rows;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(db, "SELECT id, record, mac FROM audit_log", -1, &statement, nullptr);
        auto blob = [statement](int column) {
            return QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                sqlite3_column_bytes(statement, column));
        };
        while (sqlite3_step(statement) == SQLITE_ROW) {
            rows.insert(sqlite3_column_int64(statement, 0), {blob(1), blob(2)});
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return rows;
}

QStringList auditLines(Vault& vault)
{
    QStringList lines;
    const auto entries = vault.auditEntries();
    for (const AuditEntry& entry : entries.value()) {
        lines.append(QStringLiteral("%1|%2|%3|%4")
                         .arg(entry.sequence)
                         .arg(AuditText::actionCode(entry.action), entry.project, entry.name));
    }
    return lines;
}

} // namespace

void TestVaultRekey::rotationResealsAndRelinksTheAuditLog()
{
    const QStringList before = auditLines(*m_vault);
    QVERIFY(before.size() > 10);
    m_vault->lock();
    const auto stored = auditRows(m_path);
    QVERIFY(m_vault->unlock(m_path, secret("old password")).ok());
    QVERIFY(m_vault->changePassword(secret("new password"), {}, Vault::DataKey::Rotate).ok());

    const QByteArray files = folderBytes(QFileInfo(m_path).absolutePath());
    m_vault->lock();
    const auto rotated = auditRows(m_path);
    // Every entry re-sealed and re-MACed in place, and the rotation's own entry after them.
    QCOMPARE(rotated.size(), stored.size() + 1);
    for (auto row = stored.cbegin(); row != stored.cend(); ++row) {
        QVERIFY(rotated.contains(row.key()));
        QVERIFY(rotated.value(row.key()).first != row->first);
        QVERIFY(rotated.value(row.key()).second != row->second);
        QVERIFY(!files.contains(row->first.left(32)));
    }
    QVERIFY(m_vault->unlock(m_path, secret("new password")).ok());
    const auto verified = m_vault->verifyAudit();
    QVERIFY(verified.ok());
    QVERIFY2(verified->intact(), qPrintable(verified->message));
    QStringList expected = before;
    // The rotation's entry was written under the old key and re-sealed with the rest.
    expected.append(QStringLiteral("%1|key.rotate||").arg(before.size() + 1));
    QCOMPARE(auditLines(*m_vault), expected);
}

void TestVaultRekey::brokenAuditLogStopsTheRotation()
{
    m_vault->lock();
    QVERIFY(runSql(m_path, "DELETE FROM audit_log WHERE id = 5"));
    const auto tampered = storedRows(m_path);
    const auto tamperedLog = auditRows(m_path);
    QVERIFY(m_vault->unlock(m_path, secret("old password")).ok());

    const auto refused = m_vault->changePassword(secret("new password"), {}, Vault::DataKey::Rotate);
    QCOMPARE(TestSupport::outcomeName(refused), "Damaged");
    QVERIFY2(
        refused.message().contains(QStringLiteral("audit log is broken at entry 5")), qPrintable(refused.message()));
    m_vault->lock();
    QVERIFY(storedRows(m_path) == tampered);
    QVERIFY(auditRows(m_path) == tamperedLog);
    QVERIFY(m_vault->unlock(m_path, secret("old password")).ok());
}

BOTVAULT_TEST_MAIN(TestVaultRekey)
#include "TestVaultRekey.moc"
