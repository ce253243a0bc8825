#include "storage/Vault.h"
#include "storage/VaultSchema.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using TestSupport::fastKdfParams;
using TestSupport::importedSecret;
using TestSupport::importedVariable;
using TestSupport::importInto;
using TestSupport::secret;
using TestSupport::secure;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Every row of every table, as text, keyed by table name.
QMap<QString, QStringList> dumpTables(const QString& path)
{
    QMap<QString, QStringList> dump;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return dump;
    }
    for (const char* table : {"vault_meta", "key_wrap", "projects", "items"}) {
        sqlite3_stmt* statement = nullptr;
        const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY id";
        sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
        QStringList rows;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList columns;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto* data = static_cast<const char*>(sqlite3_column_blob(statement, i));
                columns.append(QString::fromLatin1(QByteArray(data, sqlite3_column_bytes(statement, i)).toHex()));
            }
            rows.append(columns.join(QLatin1Char('|')));
        }
        sqlite3_finalize(statement);
        dump.insert(QLatin1String(table), rows);
    }
    sqlite3_close(db);
    return dump;
}

QString pragmaText(const QString& path, const char* pragma)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, pragma, -1, &statement, nullptr);
    QString value;
    if (sqlite3_step(statement) == SQLITE_ROW) {
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createRefusesExistingFile();
    void createRefusesWeakParameters();
    void unlockMissingFileIsNotFound();
    void wrongPasswordChangesNothing();
    void changePasswordRewrapsOnly();
    void schemaAndPragmas();
    void projectsAddRenameRemove();
    void projectNamesAreUniqueAndValidated();
    void secretsAreWriteOnlySummaries();
    void secretValueLimit();
    void variablesRoundTrip();
    void includeInExportFlag();
    void renameItems();
    void caseCollisionWarns();
    void invalidNamesChangeNothing();
    void secretWritesNeedTheRole();
    void removeProjectRemovesItems();
    void removingAProjectWithSecretsNeedsTheRole();
    void bulkImportIsAllOrNothing();
    void lockWipesAndRefuses();
    void autoLockAfterInactivity();
    void secretsAndVariablesMayShareANameAcrossKinds();
    void editSecretRenamesAndReplacesAtOnce();
    void editVariableIsOneTransaction();
    void createOnlyRefusesTakenNames();
    void projectCountsAndSignals();
    void largeListingsReportDamagedRecords();
    void sourceFolderIsKeptEncrypted();
    void applyImportCreatesAProject();
    void applyImportMergesReplacingNamedItems();
    void applyImportIsAllOrNothing();
    void applyImportOfSecretsNeedsTheRole();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;

    ProjectId addProject(const QString& name)
    {
        auto project = m_vault->addProject(name);
        if (!project) {
            qWarning() << project.message();
            return 0;
        }
        return project->id;
    }
};

void TestVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("sub/vault.db"));
    QVERIFY(Vault::create(m_path, secret("correct horse"), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(m_path, secret("correct horse")).ok());
}

void TestVault::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TestVault::createRefusesExistingFile()
{
    const QByteArray before = fileHash(m_path);
    m_vault->lock();
    auto result = Vault::create(m_path, secret("other"), fastKdfParams());
    QCOMPARE(result.code(), ErrorCode::AlreadyExists);
    QVERIFY(result.message().contains(m_path));
    QCOMPARE(fileHash(m_path), before);
    QVERIFY(m_vault->unlock(m_path, secret("correct horse")).ok());
}

void TestVault::createRefusesWeakParameters()
{
    KdfParams weak = fastKdfParams();
    weak.passes = 1;
    const QString path = m_dir->filePath(QStringLiteral("weak.db"));
    QCOMPARE(Vault::create(path, secret("pw"), weak).code(), ErrorCode::InvalidInput);
    QVERIFY(!QFile::exists(path));
}

void TestVault::unlockMissingFileIsNotFound()
{
    Vault vault;
    auto result = vault.unlock(m_dir->filePath(QStringLiteral("nothing.db")), secret("pw"));
    QCOMPARE(result.code(), ErrorCode::NotFound);
    QVERIFY(!vault.isUnlocked());
}

void TestVault::wrongPasswordChangesNothing()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("GREETING"), QStringLiteral("hello")).ok());
    m_vault->lock();
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")) || QFileInfo(m_path + QStringLiteral("-wal")).size() == 0);
    const auto before = dumpTables(m_path);

    Vault other;
    auto result = other.unlock(m_path, secret("wrong horse"));
    QCOMPARE(result.code(), ErrorCode::WrongPassword);
    QCOMPARE(result.message(), QStringLiteral("The master password is wrong."));
    QVERIFY(!other.isUnlocked());
    QCOMPARE(other.projects().code(), ErrorCode::Locked);
    // Only the header's failed-unlock counter (audit_head, see TestAuditLog) may change.
    QCOMPARE(dumpTables(m_path), before);
}

void TestVault::changePasswordRewrapsOnly()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("s3cr3t")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("GREETING"), QStringLiteral("hello")).ok());
    m_vault->lock();
    const auto before = dumpTables(m_path);
    QVERIFY(m_vault->unlock(m_path, secret("correct horse")).ok());

    QVERIFY(m_vault->changePassword(secret("battery staple")).ok());
    m_vault->lock();
    const auto after = dumpTables(m_path);
    QCOMPARE(after.value(QStringLiteral("vault_meta")), before.value(QStringLiteral("vault_meta")));
    QCOMPARE(after.value(QStringLiteral("projects")), before.value(QStringLiteral("projects")));
    QCOMPARE(after.value(QStringLiteral("items")), before.value(QStringLiteral("items")));
    QCOMPARE(after.value(QStringLiteral("key_wrap")).size(), 1);
    QVERIFY(after.value(QStringLiteral("key_wrap")) != before.value(QStringLiteral("key_wrap")));

    QCOMPARE(m_vault->unlock(m_path, secret("correct horse")).code(), ErrorCode::WrongPassword);
    QVERIFY(m_vault->unlock(m_path, secret("battery staple")).ok());
    auto value = m_vault->secretValue(project, QStringLiteral("API_KEY"));
    QVERIFY(value.ok());
    QCOMPARE(value->bytes().toByteArray(), QByteArray("s3cr3t"));
}

void TestVault::schemaAndPragmas()
{
    m_vault->lock();
    QCOMPARE(pragmaText(m_path, "PRAGMA user_version"), QString::number(VaultSchema::kCurrentVersion));
    QCOMPARE(pragmaText(m_path, "PRAGMA journal_mode"), QStringLiteral("wal"));
    // Only the owner may read the vault; QFile reports the owner's bits twice, as "owner" and "user".
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    QCOMPARE(QFile::permissions(m_path), ownerOnly);
    QCOMPARE(QFile::permissions(QFileInfo(m_path).absolutePath()), ownerOnly | QFile::ExeOwner | QFile::ExeUser);
}

void TestVault::projectsAddRenameRemove()
{
    const ProjectId shop = addProject(QStringLiteral("Shop bot"));
    const ProjectId support = addProject(QStringLiteral("Поддержка"));
    QVERIFY(shop > 0 && support > 0 && shop != support);

    auto projects = m_vault->projects();
    QVERIFY(projects.ok());
    QCOMPARE(projects->size(), 2);

    QVERIFY(m_vault->renameProject(shop, QStringLiteral("Store bot")).ok());
    QCOMPARE(m_vault->projectByName(QStringLiteral("Shop bot")).code(), ErrorCode::NotFound);
    auto renamed = m_vault->projectByName(QStringLiteral("Store bot"));
    QVERIFY(renamed.ok());
    QCOMPARE(renamed->id, shop);
    QCOMPARE(m_vault->projectByName(QStringLiteral("Поддержка"))->id, support);

    QVERIFY(m_vault->removeProject(support).ok());
    QCOMPARE(m_vault->projects()->size(), 1);
    QCOMPARE(m_vault->removeProject(support).code(), ErrorCode::NotFound);
}

void TestVault::projectNamesAreUniqueAndValidated()
{
    addProject(QStringLiteral("Shop bot"));
    auto duplicate = m_vault->addProject(QStringLiteral("Shop bot"));
    QCOMPARE(duplicate.code(), ErrorCode::AlreadyExists);
    QVERIFY(duplicate.message().contains(QStringLiteral("Shop bot")));
    QCOMPARE(m_vault->addProject(QString()).code(), ErrorCode::InvalidInput);
    QCOMPARE(m_vault->projects()->size(), 1);
}

void TestVault::secretsAreWriteOnlySummaries()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    auto added = m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("first"));
    QVERIFY(added.ok());
    QVERIFY(added->created);
    auto replaced = m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("second"));
    QVERIFY(replaced.ok());
    QVERIFY(!replaced->created);
    QCOMPARE(replaced->id, added->id);

    auto secrets = m_vault->secrets(project);
    QVERIFY(secrets.ok());
    QCOMPARE(secrets->size(), 1);
    QCOMPARE(secrets->first().name, QStringLiteral("API_KEY"));
    QCOMPARE(secrets->first().updatedBy, Actor::systemUserName());
    QVERIFY(secrets->first().updated.isValid());
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("API_KEY"))->bytes().toByteArray(), QByteArray("second"));
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("NOPE")).code(), ErrorCode::NotFound);

    QVERIFY(m_vault->removeSecret(project, QStringLiteral("API_KEY")).ok());
    QCOMPARE(m_vault->secrets(project)->size(), 0);
    QCOMPARE(m_vault->removeSecret(project, QStringLiteral("API_KEY")).code(), ErrorCode::NotFound);
}

void TestVault::secretValueLimit()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(
        m_vault->setSecret(project, QStringLiteral("BIG"), SecretValue(QCA::SecureArray(Vault::kMaxValueBytes, 'x')))
            .ok());
    auto tooBig = m_vault->setSecret(
        project, QStringLiteral("BIGGER"), SecretValue(QCA::SecureArray(Vault::kMaxValueBytes + 1, 'x')));
    QCOMPARE(tooBig.code(), ErrorCode::InvalidInput);
    QVERIFY(tooBig.message().contains(QStringLiteral("65537")));
    QVERIFY(tooBig.message().contains(QStringLiteral("64 KiB")));
    QCOMPARE(m_vault->setSecret(project, QStringLiteral("EMPTY"), SecretValue(QCA::SecureArray())).code(),
        ErrorCode::InvalidInput);
    auto tooBigVariable = m_vault->setVariable(
        project, QStringLiteral("BIG_VAR"), QString(Vault::kMaxValueBytes + 1, QLatin1Char('v')));
    QCOMPARE(tooBigVariable.code(), ErrorCode::InvalidInput);
    QCOMPARE(m_vault->secrets(project)->size(), 1);
    QCOMPARE(m_vault->variables(project)->size(), 0);
}

void TestVault::variablesRoundTrip()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    const QString multiLine = QStringLiteral("line one\nline \"two\"\n\tПривет 👋\n");
    QVERIFY(m_vault->setVariable(project, QStringLiteral("GREETING"), multiLine, true).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("EMPTY"), QString()).ok());

    auto variable = m_vault->variable(project, QStringLiteral("GREETING"));
    QVERIFY(variable.ok());
    QCOMPARE(variable->value, multiLine);
    QVERIFY(variable->includeInExport);

    auto variables = m_vault->variables(project);
    QVERIFY(variables.ok());
    QCOMPARE(variables->size(), 2);
    QCOMPARE(variables->at(0).name, QStringLiteral("EMPTY"));
    QCOMPARE(variables->at(0).value, QString());
    QCOMPARE(variables->at(1).value, multiLine);

    QVERIFY(m_vault->removeVariable(project, QStringLiteral("EMPTY")).ok());
    QCOMPARE(m_vault->variable(project, QStringLiteral("EMPTY")).code(), ErrorCode::NotFound);
}

void TestVault::includeInExportFlag()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("A"), QStringLiteral("1")).ok());
    QVERIFY(!m_vault->variable(project, QStringLiteral("A"))->includeInExport);
    QVERIFY(m_vault->setVariable(project, QStringLiteral("A"), QStringLiteral("2"), true).ok());
    QVERIFY(m_vault->variable(project, QStringLiteral("A"))->includeInExport);
    QVERIFY(m_vault->setVariable(project, QStringLiteral("A"), QStringLiteral("3")).ok());
    QVERIFY(m_vault->variable(project, QStringLiteral("A"))->includeInExport);
    QVERIFY(m_vault->setVariableIncludeInExport(project, QStringLiteral("A"), false).ok());
    auto variable = m_vault->variable(project, QStringLiteral("A"));
    QVERIFY(!variable->includeInExport);
    QCOMPARE(variable->value, QStringLiteral("3"));
}

void TestVault::renameItems()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("OLD"), secret("v1")).ok());
    QVERIFY(m_vault->setSecret(project, QStringLiteral("TAKEN"), secret("v2")).ok());
    QVERIFY(m_vault->renameSecret(project, QStringLiteral("OLD"), QStringLiteral("NEW")).ok());
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("NEW"))->bytes().toByteArray(), QByteArray("v1"));
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("OLD")).code(), ErrorCode::NotFound);
    QCOMPARE(m_vault->renameSecret(project, QStringLiteral("NEW"), QStringLiteral("TAKEN")).code(),
        ErrorCode::AlreadyExists);
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("TAKEN"))->bytes().toByteArray(), QByteArray("v2"));

    QVERIFY(m_vault->setVariable(project, QStringLiteral("V"), QStringLiteral("x"), true).ok());
    QVERIFY(m_vault->renameVariable(project, QStringLiteral("V"), QStringLiteral("W")).ok());
    auto renamed = m_vault->variable(project, QStringLiteral("W"));
    QCOMPARE(renamed->value, QStringLiteral("x"));
    QVERIFY(renamed->includeInExport);
    QCOMPARE(m_vault->renameVariable(project, QStringLiteral("W"), QStringLiteral("bad-name")).code(),
        ErrorCode::InvalidInput);
}

void TestVault::caseCollisionWarns()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    auto first = m_vault->setVariable(project, QStringLiteral("api_key"), QStringLiteral("a"));
    QVERIFY(first.ok());
    QVERIFY(first->warning.isEmpty());
    auto second = m_vault->setVariable(project, QStringLiteral("API_KEY"), QStringLiteral("b"));
    QVERIFY(second.ok());
    QVERIFY(second->created);
    QVERIFY(second->warning.contains(QStringLiteral("api_key")));
    QCOMPARE(m_vault->variables(project)->size(), 2);
    // A secret is read through another service, so it does not collide with a variable.
    auto secret = m_vault->setSecret(project, QStringLiteral("Api_Key"), TestSupport::secret("c"));
    QVERIFY(secret.ok());
    QVERIFY(secret->warning.isEmpty());
}

void TestVault::invalidNamesChangeNothing()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    auto bad = m_vault->setSecret(project, QStringLiteral("api-key"), secret("x"));
    QCOMPARE(bad.code(), ErrorCode::InvalidInput);
    QVERIFY(bad.message().contains(QStringLiteral("'-'")));
    QCOMPARE(m_vault->setVariable(project, QString(129, QLatin1Char('a')), QStringLiteral("x")).code(),
        ErrorCode::InvalidInput);
    QCOMPARE(
        m_vault->setVariable(project + 1000, QStringLiteral("OK"), QStringLiteral("x")).code(), ErrorCode::NotFound);
    QCOMPARE(m_vault->secrets(project)->size(), 0);
    QCOMPARE(m_vault->variables(project)->size(), 0);
}

void TestVault::secretWritesNeedTheRole()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("KEEP"), secret("v")).ok());
    m_vault->setActor(Actor {QStringLiteral("dev"), {Role::Developer}});

    auto denied = m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("x"));
    QCOMPARE(denied.code(), ErrorCode::PermissionDenied);
    QVERIFY(denied.message().contains(QStringLiteral("SYSTEM_ADMIN")));
    QCOMPARE(m_vault->removeSecret(project, QStringLiteral("KEEP")).code(), ErrorCode::PermissionDenied);
    QCOMPARE(m_vault->renameSecret(project, QStringLiteral("KEEP"), QStringLiteral("K2")).code(),
        ErrorCode::PermissionDenied);
    const auto item = importedSecret(QStringLiteral("BULK"), secret("x"));
    QCOMPARE(m_vault->applyImport(importInto(project, {item})).code(), ErrorCode::PermissionDenied);
    // Variables need no role.
    QVERIFY(m_vault->setVariable(project, QStringLiteral("V"), QStringLiteral("x")).ok());
    QCOMPARE(m_vault->secrets(project)->size(), 1);

    m_vault->setActor(Actor {QStringLiteral("sec"), {Role::SecurityAdmin}});
    QCOMPARE(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("x")).code(), ErrorCode::PermissionDenied);
    m_vault->setAccessPolicy(AccessPolicy(Role::SecurityAdmin));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("x")).ok());
    QCOMPARE(m_vault->secrets(project)->at(0).updatedBy, QStringLiteral("sec"));
}

void TestVault::removeProjectRemovesItems()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("S"), secret("x")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("V"), QStringLiteral("x")).ok());
    QVERIFY(m_vault->removeProject(project).ok());
    m_vault->lock();
    QCOMPARE(dumpTables(m_path).value(QStringLiteral("items")).size(), 0);
}

void TestVault::removingAProjectWithSecretsNeedsTheRole()
{
    const ProjectId withSecret = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setSecret(withSecret, QStringLiteral("API_KEY"), secret("x")).ok());
    QVERIFY(m_vault->setVariable(withSecret, QStringLiteral("V"), QStringLiteral("x")).ok());
    const ProjectId variablesOnly = addProject(QStringLiteral("Plain bot"));
    QVERIFY(m_vault->setVariable(variablesOnly, QStringLiteral("V"), QStringLiteral("x")).ok());
    const ProjectId empty = addProject(QStringLiteral("Empty bot"));
    m_vault->setActor(Actor {QStringLiteral("dev"), {Role::Developer}});
    QSignalSpy changed(m_vault.get(), &ProjectStore::projectsChanged);

    const auto denied = m_vault->removeProject(withSecret);
    QCOMPARE(TestSupport::outcomeName(denied), "PermissionDenied");
    QCOMPARE(denied.message(),
        QStringLiteral("Project 'Shop bot' holds secrets. Deleting a project that holds secrets needs the "
                       "SYSTEM_ADMIN role, as deleting a secret does. Nothing was removed."));
    // Nothing removed, nothing announced.
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_vault->secrets(withSecret)->size(), 1);
    QCOMPARE(m_vault->variables(withSecret)->size(), 1);

    // Without secrets no role is needed.
    QVERIFY(m_vault->removeProject(variablesOnly).ok());
    QVERIFY(m_vault->removeProject(empty).ok());

    // The configured secrets-admin role decides, as for single secrets.
    m_vault->setActor(Actor {QStringLiteral("sec"), {Role::SecurityAdmin}});
    QCOMPARE(TestSupport::outcomeName(m_vault->removeProject(withSecret)), "PermissionDenied");
    m_vault->setAccessPolicy(AccessPolicy(Role::SecurityAdmin));
    QVERIFY(m_vault->removeProject(withSecret).ok());
    QCOMPARE(m_vault->projects()->size(), 0);
}

void TestVault::bulkImportIsAllOrNothing()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("EXISTING"), QStringLiteral("x")).ok());
    QList<ProjectStore::ImportItem> items;
    for (int i = 0; i < 100; ++i) {
        items.append(importedVariable(QStringLiteral("V%1").arg(i), QString::number(i), i % 2 == 0));
    }
    items.append(importedSecret(QStringLiteral("V1"), secret("secret")));

    // A new project under a taken name: nothing of the import is written.
    auto withExisting = importInto(0, items);
    withExisting.newProjectName = QStringLiteral("Shop bot");
    QCOMPARE(m_vault->applyImport(withExisting).code(), ErrorCode::AlreadyExists);
    auto withDuplicate = items;
    withDuplicate.append(importedVariable(QStringLiteral("V5"), QStringLiteral("y")));
    QCOMPARE(m_vault->applyImport(importInto(project, withDuplicate)).code(), ErrorCode::AlreadyExists);
    auto withBadName = items;
    withBadName.append(importedVariable(QStringLiteral("V 5"), QStringLiteral("y")));
    QCOMPARE(m_vault->applyImport(importInto(project, withBadName)).code(), ErrorCode::InvalidInput);
    QCOMPARE(m_vault->variables(project)->size(), 1);

    QVERIFY(m_vault->applyImport(importInto(project, items)).ok());
    QCOMPARE(m_vault->variables(project)->size(), 101);
    QCOMPARE(m_vault->secrets(project)->size(), 1);
    QCOMPARE(m_vault->variable(project, QStringLiteral("V42"))->value, QStringLiteral("42"));
    QVERIFY(m_vault->variable(project, QStringLiteral("V42"))->includeInExport);
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("V1"))->bytes().toByteArray(), QByteArray("secret"));
}

void TestVault::lockWipesAndRefuses()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QSignalSpy spy(m_vault.get(), &Vault::lockedChanged);
    m_vault->lock();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QVERIFY(!m_vault->isUnlocked());
    QCOMPARE(m_vault->projects().code(), ErrorCode::Locked);
    QCOMPARE(m_vault->setVariable(project, QStringLiteral("V"), QStringLiteral("x")).code(), ErrorCode::Locked);
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("V")).code(), ErrorCode::Locked);
    // Locking checkpoints the write-ahead log into the database and closes it.
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")) || QFileInfo(m_path + QStringLiteral("-wal")).size() == 0);
}

void TestVault::autoLockAfterInactivity()
{
    QSignalSpy spy(m_vault.get(), &Vault::lockedChanged);
    m_vault->setAutoLockTimeout(200);
    QCOMPARE(m_vault->autoLockTimeout(), 200);
    QVERIFY(m_vault->isUnlocked());
    QTRY_VERIFY_WITH_TIMEOUT(!m_vault->isUnlocked(), 5000);
    QCOMPARE(spy.count(), 1);
    m_vault->setAutoLockTimeout(0);
    QVERIFY(m_vault->unlock(m_path, secret("correct horse")).ok());
    QTest::qWait(300);
    QVERIFY(m_vault->isUnlocked());
}

void TestVault::secretsAndVariablesMayShareANameAcrossKinds()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    const ProjectId other = addProject(QStringLiteral("Other bot"));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("TOKEN"), secret("s")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("TOKEN"), QStringLiteral("v")).ok());
    QVERIFY(m_vault->setVariable(other, QStringLiteral("TOKEN"), QStringLiteral("o")).ok());
    QCOMPARE(m_vault->variable(project, QStringLiteral("TOKEN"))->value, QStringLiteral("v"));
    QCOMPARE(m_vault->variable(other, QStringLiteral("TOKEN"))->value, QStringLiteral("o"));
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("TOKEN"))->bytes().toByteArray(), QByteArray("s"));
}

void TestVault::editSecretRenamesAndReplacesAtOnce()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("OLD"), secret("v1")).ok());
    QVERIFY(m_vault->setSecret(project, QStringLiteral("OTHER"), secret("v2")).ok());
    auto edited = m_vault->editSecret(
        project, QStringLiteral("OLD"), QStringLiteral("NEW"), SecretValue::fromText(QStringLiteral("v3")));
    QVERIFY(edited.ok());
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("NEW"))->bytes().toByteArray(), QByteArray("v3"));
    // A rename onto a taken name changes neither the name nor the value.
    auto taken = m_vault->editSecret(
        project, QStringLiteral("NEW"), QStringLiteral("OTHER"), SecretValue::fromText(QStringLiteral("v4")));
    QCOMPARE(taken.code(), ErrorCode::AlreadyExists);
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("NEW"))->bytes().toByteArray(), QByteArray("v3"));
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("OTHER"))->bytes().toByteArray(), QByteArray("v2"));
    // Keeping the name and giving no value only touches the "updated" fields.
    QVERIFY(m_vault->editSecret(project, QStringLiteral("NEW"), QStringLiteral("NEW"), std::nullopt).ok());
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("NEW"))->bytes().toByteArray(), QByteArray("v3"));
    QCOMPARE(m_vault->editSecret(project, QStringLiteral("NEW"), QStringLiteral("NEW"), SecretValue()).code(),
        ErrorCode::InvalidInput);
}

void TestVault::editVariableIsOneTransaction()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("A"), QStringLiteral("1"), false).ok());
    auto edited = m_vault->editVariable(project, QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("2"), true);
    QVERIFY(edited.ok());
    auto variable = m_vault->variable(project, QStringLiteral("B"));
    QCOMPARE(variable->value, QStringLiteral("2"));
    QVERIFY(variable->includeInExport);
    QCOMPARE(m_vault->variable(project, QStringLiteral("A")).code(), ErrorCode::NotFound);
    QCOMPARE(m_vault->editVariable(project, QStringLiteral("B"), QStringLiteral("bad name"), QStringLiteral("3"), false)
                 .code(),
        ErrorCode::InvalidInput);
    QCOMPARE(m_vault->variable(project, QStringLiteral("B"))->value, QStringLiteral("2"));
}

void TestVault::createOnlyRefusesTakenNames()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    using Mode = ProjectStore::WriteMode;
    QVERIFY(
        m_vault->setSecret(project, QStringLiteral("S"), SecretValue::fromText(QStringLiteral("1")), Mode::CreateOnly)
            .ok());
    auto again = m_vault->setSecret(
        project, QStringLiteral("S"), SecretValue::fromText(QStringLiteral("2")), Mode::CreateOnly);
    QCOMPARE(again.code(), ErrorCode::AlreadyExists);
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("S"))->bytes().toByteArray(), QByteArray("1"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("V"), QStringLiteral("1"), {}, Mode::CreateOnly).ok());
    QCOMPARE(m_vault->setVariable(project, QStringLiteral("V"), QStringLiteral("2"), {}, Mode::CreateOnly).code(),
        ErrorCode::AlreadyExists);
    QCOMPARE(m_vault->variable(project, QStringLiteral("V"))->value, QStringLiteral("1"));
}

void TestVault::projectCountsAndSignals()
{
    QSignalSpy projectsChanged(m_vault.get(), &ProjectStore::projectsChanged);
    QSignalSpy secretSaved(m_vault.get(), &ProjectStore::secretSaved);
    QSignalSpy secretRemoved(m_vault.get(), &ProjectStore::secretRemoved);
    QSignalSpy variableSaved(m_vault.get(), &ProjectStore::variableSaved);
    QSignalSpy variableRemoved(m_vault.get(), &ProjectStore::variableRemoved);
    QSignalSpy itemsReset(m_vault.get(), &ProjectStore::itemsReset);

    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QCOMPARE(projectsChanged.count(), 1);
    QVERIFY(m_vault->setSecret(project, QStringLiteral("S"), secret("x")).ok());
    QCOMPARE(secretSaved.count(), 1);
    const auto summary = secretSaved.at(0).at(1).value<SecretSummary>();
    QCOMPARE(summary.name, QStringLiteral("S"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("V"), QStringLiteral("value")).ok());
    QCOMPARE(variableSaved.count(), 1);
    QCOMPARE(variableSaved.at(0).at(1).value<Variable>().value, QStringLiteral("value"));
    QVERIFY(m_vault->setVariableIncludeInExport(project, QStringLiteral("V"), true).ok());
    QCOMPARE(variableSaved.count(), 2);
    QVERIFY(variableSaved.at(1).at(1).value<Variable>().includeInExport);
    QVERIFY(
        m_vault->applyImport(importInto(project, {importedVariable(QStringLiteral("W"), QStringLiteral("w"))})).ok());
    QCOMPARE(itemsReset.count(), 1);

    auto counts = m_vault->projectCounts(project);
    QVERIFY(counts.ok());
    QCOMPARE(counts->secrets, 1);
    QCOMPARE(counts->variables, 2);

    // A failed write emits nothing.
    QCOMPARE(m_vault->setSecret(project, QStringLiteral("bad name"), secret("x")).code(), ErrorCode::InvalidInput);
    QCOMPARE(secretSaved.count(), 1);
    QVERIFY(m_vault->removeSecret(project, QStringLiteral("S")).ok());
    QCOMPARE(secretRemoved.count(), 1);
    QCOMPARE(secretRemoved.at(0).at(1).value<RecordId>(), summary.id);
    QVERIFY(m_vault->removeVariable(project, QStringLiteral("V")).ok());
    QCOMPARE(variableRemoved.count(), 1);
    QVERIFY(m_vault->renameProject(project, QStringLiteral("Store bot")).ok());
    QVERIFY(m_vault->removeProject(project).ok());
    // Adding, the import (which updates the project's record), renaming and removing.
    QCOMPARE(projectsChanged.count(), 4);
}

void TestVault::largeListingsReportDamagedRecords()
{
    // Enough rows that the listing reads more than one chunk (16,384 rows) and opens each on several
    // threads; the damaged row is in the second chunk.
    const ProjectId project = addProject(QStringLiteral("Big bot"));
    QList<ProjectStore::ImportItem> items;
    for (int i = 0; i < 20000; ++i) {
        items.append(importedVariable(
            QStringLiteral("VAR_%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("value %1").arg(i)));
    }
    QVERIFY(m_vault->applyImport(importInto(project, items)).ok());
    const RecordId victim = m_vault->variable(project, QStringLiteral("VAR_17777"))->id;
    m_vault->lock();

    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_path).constData(), &db), SQLITE_OK);
    // One byte of the ciphertext changed, whatever it was before.
    const QByteArray sql = "UPDATE items SET record = substr(record, 1, 20) || CASE WHEN substr(record, 21, 1) = x'00' "
                           "THEN x'01' ELSE x'00' END || substr(record, 22) WHERE id = "
        + QByteArray::number(victim);
    QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    QVERIFY(m_vault->unlock(m_path, secret("correct horse")).ok());
    auto variables = m_vault->variables(project);
    QVERIFY(variables.ok());
    QCOMPARE(variables->size(), 20000);
    QVERIFY(variables->last().damaged);
    QCOMPARE(variables->last().id, victim);
    for (int i = 0; i < 19999; ++i) {
        const Variable& variable = variables->at(i);
        QVERIFY(!variable.damaged);
        const int number = i < 17777 ? i : i + 1;
        QCOMPARE(variable.name, QStringLiteral("VAR_%1").arg(number, 5, 10, QLatin1Char('0')));
        QCOMPARE(variable.value, QStringLiteral("value %1").arg(number));
    }
}

void TestVault::sourceFolderIsKeptEncrypted()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    const QString folder = m_dir->filePath(QStringLiteral("bot-source-canary"));
    QSignalSpy changed(m_vault.get(), &Vault::projectsChanged);
    QVERIFY(m_vault->setProjectSourceFolder(project, folder + QStringLiteral("/./")).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_vault->setProjectSourceFolder(999999, folder).code(), ErrorCode::NotFound);

    m_vault->lock();
    QVERIFY(m_vault->unlock(m_path, secret("correct horse")).ok());
    QCOMPARE(m_vault->projectByName(QStringLiteral("Shop bot"))->sourceFolder, folder);
    QCOMPARE(m_vault->projects()->first().sourceFolder, folder);
    m_vault->lock();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("bot-source-canary"));

    QVERIFY(m_vault->unlock(m_path, secret("correct horse")).ok());
    QVERIFY(m_vault->setProjectSourceFolder(project, QString()).ok());
    QVERIFY(m_vault->projectByName(QStringLiteral("Shop bot"))->sourceFolder.isEmpty());
}

void TestVault::applyImportCreatesAProject()
{
    Vault::ProjectImport import;
    import.newProjectName = QStringLiteral("Imported bot");
    import.sourceFolder = m_dir->filePath(QStringLiteral("src"));
    import.declaredSecrets = {QStringLiteral("API_KEY"), QStringLiteral("DB_PASSWORD")};
    for (int i = 0; i < 50; ++i) {
        import.items.append({ItemKind::Variable, QStringLiteral("V%1").arg(i),
            QStringLiteral("line 1\nзначение %1").arg(i), SecretValue(), i % 3 == 0});
    }
    import.items.append({ItemKind::Secret, QStringLiteral("API_KEY"), QString(), SecretValue(secure("s3cr3t")), false});
    QSignalSpy reset(m_vault.get(), &Vault::itemsReset);
    auto id = m_vault->applyImport(import);
    QVERIFY2(id.ok(), qPrintable(TestSupport::errorMessage(id)));
    QCOMPARE(reset.size(), 1);
    auto project = m_vault->projectByName(QStringLiteral("Imported bot"));
    QVERIFY(project.ok());
    QCOMPARE(project->id, id.value());
    QCOMPARE(project->sourceFolder, *import.sourceFolder);
    QCOMPARE(project->declaredSecrets, import.declaredSecrets);
    QCOMPARE(m_vault->variables(id.value())->size(), 50);
    QCOMPARE(m_vault->variable(id.value(), QStringLiteral("V7"))->value, QStringLiteral("line 1\nзначение 7"));
    QVERIFY(m_vault->variable(id.value(), QStringLiteral("V9"))->includeInExport);
    QVERIFY(!m_vault->variable(id.value(), QStringLiteral("V10"))->includeInExport);
    QCOMPARE(m_vault->secretValue(id.value(), QStringLiteral("API_KEY"))->bytes().toByteArray(), QByteArray("s3cr3t"));

    QCOMPARE(m_vault->applyImport(import).code(), ErrorCode::AlreadyExists);
}

void TestVault::applyImportMergesReplacingNamedItems()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("KEEP"), QStringLiteral("old"), true).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("REPLACE"), QStringLiteral("old"), true).ok());
    QVERIFY(m_vault->setSecret(project, QStringLiteral("TOKEN"), secret("old token")).ok());
    const RecordId replacedId = m_vault->variable(project, QStringLiteral("REPLACE"))->id;

    Vault::ProjectImport import;
    import.into = project;
    import.declaredSecrets = {QStringLiteral("OTHER_SECRET")};
    import.items = {
        {ItemKind::Variable, QStringLiteral("REPLACE"), QStringLiteral("new"), SecretValue(), false},
        {ItemKind::Variable, QStringLiteral("ADDED"), QStringLiteral("added"), SecretValue(), true},
        {ItemKind::Secret, QStringLiteral("TOKEN"), QString(), SecretValue(secure("new token")), false},
    };
    auto id = m_vault->applyImport(import);
    QVERIFY2(id.ok(), qPrintable(TestSupport::errorMessage(id)));
    QCOMPARE(id.value(), project);
    QCOMPARE(m_vault->variables(project)->size(), 3);
    QCOMPARE(m_vault->variable(project, QStringLiteral("KEEP"))->value, QStringLiteral("old"));
    const Variable replaced = m_vault->variable(project, QStringLiteral("REPLACE")).value();
    QCOMPARE(replaced.value, QStringLiteral("new"));
    QCOMPARE(replaced.id, replacedId);
    QVERIFY(!replaced.includeInExport);
    QCOMPARE(m_vault->secretValue(project, QStringLiteral("TOKEN"))->bytes().toByteArray(), QByteArray("new token"));
    QCOMPARE(m_vault->projectByName(QStringLiteral("Shop bot"))->declaredSecrets, import.declaredSecrets);
}

void TestVault::applyImportIsAllOrNothing()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("V1"), QStringLiteral("kept")).ok());
    const auto before = dumpTables(m_path);

    Vault::ProjectImport badItem;
    badItem.newProjectName = QStringLiteral("New bot");
    badItem.items = {{ItemKind::Variable, QStringLiteral("GOOD"), QStringLiteral("x"), SecretValue(), false},
        {ItemKind::Variable, QStringLiteral("BAD-NAME"), QStringLiteral("x"), SecretValue(), false}};
    QCOMPARE(m_vault->applyImport(badItem).code(), ErrorCode::InvalidInput);

    Vault::ProjectImport duplicate;
    duplicate.into = project;
    duplicate.items = {{ItemKind::Variable, QStringLiteral("V1"), QStringLiteral("a"), SecretValue(), false},
        {ItemKind::Variable, QStringLiteral("V1"), QStringLiteral("b"), SecretValue(), false}};
    QCOMPARE(m_vault->applyImport(duplicate).code(), ErrorCode::AlreadyExists);

    Vault::ProjectImport tooLarge;
    tooLarge.into = project;
    tooLarge.items
        = {{ItemKind::Variable, QStringLiteral("V1"), QString(Vault::kMaxValueBytes + 1, u'x'), SecretValue(), false}};
    QCOMPARE(m_vault->applyImport(tooLarge).code(), ErrorCode::InvalidInput);

    Vault::ProjectImport badDeclared;
    badDeclared.into = project;
    badDeclared.declaredSecrets = {QStringLiteral("not a name")};
    QCOMPARE(m_vault->applyImport(badDeclared).code(), ErrorCode::InvalidInput);

    Vault::ProjectImport takenProject;
    takenProject.newProjectName = QStringLiteral("Shop bot");
    QCOMPARE(m_vault->applyImport(takenProject).code(), ErrorCode::AlreadyExists);

    Vault::ProjectImport missingProject;
    missingProject.into = 987654;
    missingProject.items = {{ItemKind::Variable, QStringLiteral("V2"), QStringLiteral("x"), SecretValue(), false}};
    QCOMPARE(m_vault->applyImport(missingProject).code(), ErrorCode::NotFound);

    m_vault->lock();
    QCOMPARE(dumpTables(m_path), before);
}

void TestVault::applyImportOfSecretsNeedsTheRole()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    m_vault->setActor(Actor {QStringLiteral("dev"), {Role::Developer}});
    Vault::ProjectImport import;
    import.into = project;
    import.items = {{ItemKind::Variable, QStringLiteral("V"), QStringLiteral("x"), SecretValue(), false},
        { ItemKind::Secret,
            QStringLiteral("S"),
            QString(),
            SecretValue(secure("x")),
            false }};
    QCOMPARE(m_vault->applyImport(import).code(), ErrorCode::PermissionDenied);
    QCOMPARE(m_vault->variables(project)->size(), 0);
    import.items.removeLast();
    QVERIFY(m_vault->applyImport(import).ok());
    QCOMPARE(m_vault->variables(project)->size(), 1);
}

BOTVAULT_TEST_MAIN(TestVault)
#include "TestVault.moc"
