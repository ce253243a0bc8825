#include "storage/Vault.h"
#include "storage/VaultSchema.h"
#include "tests/support/BoundVault.h"
#include "tests/support/RawDatabase.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::errorMessage;
using TestSupport::fastKdfParams;
using TestSupport::importedVariable;
using TestSupport::importInto;
using TestSupport::outcomeName;
using TestSupport::secret;

namespace {

const QString kPassword = QStringLiteral("history password");

QStringList changesOf(const QList<ItemVersion>& versions)
{
    QStringList changes;
    for (const ItemVersion& version : versions) {
        changes.append(QStringLiteral("%1:%2:%3")
                           .arg(version.number)
                           .arg(HistoryText::changeCode(version.change), HistoryText::originCode(version.origin)));
    }
    return changes;
}

QDateTime nowAfterAPause()
{
    // Writes stamp their records with the clock; the pause puts a moment strictly between two of them.
    QTest::qWait(20);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTest::qWait(20);
    return now;
}

} // namespace

// History (storage/vault/ItemHistory, Trash, PointInTime): every change of an item keeps a version
// bound to its item, deletions go to a recently deleted list that restores exactly, a project can be
// shown and restored as it was at a moment, retention applies on write, "forget old values" leaves
// no trace in any file of the vault, and key rotation and the schema upgrade keep it all.
class TestItemHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyChangeKeepsAVersion();
    void secretVersionsNeverCarryAValue();
    void importsAndPullsNameTheirOrigin();
    void restoringAVersionIsAnOrdinaryChange();
    void restoringRefusesUnknownVersionsAndTakenNames();
    void versionMovedToAnotherItemDoesNotOpen();
    void retentionKeepsTheLastVersionsOrTheRecentDays();
    void badRetentionIsRefused();
    void forgetOldValuesLeavesNoTraceInAnyFile();
    void deletedItemsRestoreExactly();
    void restoringOverATakenNameIsRefused();
    void purgeDestroysAndIsNotRepeatable();
    void deletedProjectsRestoreExactly();
    void pointInTimeShowsAndRestoresTheProject();
    void pointInTimeRefusesMomentsItCannotShow();
    void pointInTimeRestoreReachesTheOutbox();
    void keyRotationKeepsTheHistory();
    void schema4VaultGainsHistory();

private:
    ProjectId addProject(const QString& name);
    QList<ItemVersion> versions(ProjectId project, ItemKind kind, const QString& name);
    QList<TrashEntry> trash(ProjectId project = 0);
    qint64 rawCount(const QByteArray& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
};

void TestItemHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(m_path, secret(kPassword), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());
}

void TestItemHistory::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

ProjectId TestItemHistory::addProject(const QString& name)
{
    auto project = m_vault->addProject(name);
    return project ? project->id : 0;
}

QList<ItemVersion> TestItemHistory::versions(ProjectId project, ItemKind kind, const QString& name)
{
    auto listed = m_vault->itemVersions(project, kind, name);
    if (!listed) {
        qWarning("%s", qPrintable(listed.message()));
        return {};
    }
    return listed.value();
}

QList<TrashEntry> TestItemHistory::trash(ProjectId project)
{
    auto listed = m_vault->trashEntries(project);
    if (!listed) {
        qWarning("%s", qPrintable(listed.message()));
        return {};
    }
    return listed.value();
}

qint64 TestItemHistory::rawCount(const QByteArray& sql)
{
    RawDatabase raw(m_path);
    return raw.integer(sql.constData());
}

void TestItemHistory::everyChangeKeepsAVersion()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("GREETING"), QStringLiteral("hello")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("GREETING"), QStringLiteral("hi")).ok());
    QVERIFY(m_vault->renameVariable(project, QStringLiteral("GREETING"), QStringLiteral("WELCOME")).ok());
    QVERIFY(m_vault->setVariableIncludeInExport(project, QStringLiteral("WELCOME"), true).ok());
    QVERIFY(
        m_vault
            ->editVariable(project, QStringLiteral("WELCOME"), QStringLiteral("GREETING"), QStringLiteral("hey"), false)
            .ok());
    QVERIFY(m_vault->removeVariable(project, QStringLiteral("GREETING")).ok());
    const QList<TrashEntry> deleted = trash(project);
    QCOMPARE(deleted.size(), 1);
    QVERIFY(m_vault->restoreFromTrash(deleted.first().id).ok());

    const QList<ItemVersion> kept = versions(project, ItemKind::Variable, QStringLiteral("GREETING"));
    QCOMPARE(changesOf(kept),
        QStringList({QStringLiteral("1:added:local"), QStringLiteral("2:replaced:local"),
            QStringLiteral("3:renamed:local"), QStringLiteral("4:export-flag:local"), QStringLiteral("5:edited:local"),
            QStringLiteral("6:removed:local"), QStringLiteral("7:restored:restore")}));
    QCOMPARE(kept.at(0).value, QStringLiteral("hello"));
    QCOMPARE(kept.at(1).value, QStringLiteral("hi"));
    QCOMPARE(kept.at(2).name, QStringLiteral("WELCOME"));
    QVERIFY(!kept.at(2).includeInExport);
    QVERIFY(kept.at(3).includeInExport);
    QCOMPARE(kept.at(4).name, QStringLiteral("GREETING"));
    QCOMPARE(kept.at(4).value, QStringLiteral("hey"));
    QCOMPARE(kept.at(6).value, QStringLiteral("hey"));
    for (const ItemVersion& version : kept) {
        QCOMPARE(version.actor, m_vault->actor().name);
        QVERIFY(version.time.isValid());
    }
}

void TestItemHistory::secretVersionsNeverCarryAValue()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("first-canary")).ok());
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("second-canary")).ok());
    const QList<ItemVersion> kept = versions(project, ItemKind::Secret, QStringLiteral("API_KEY"));
    QCOMPARE(changesOf(kept), QStringList({QStringLiteral("1:added:local"), QStringLiteral("2:replaced:local")}));
    for (const ItemVersion& version : kept) {
        QVERIFY(version.value.isEmpty());
        QVERIFY(!version.valueForgotten);
        QCOMPARE(version.kind, ItemKind::Secret);
    }
}

void TestItemHistory::importsAndPullsNameTheirOrigin()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("URL"), QStringLiteral("https://before")).ok());
    QVERIFY(m_vault
                ->applyImport(importInto(project,
                    {importedVariable(QStringLiteral("URL"), QStringLiteral("https://imported")),
                        importedVariable(QStringLiteral("NEW"), QStringLiteral("n"))}))
                .ok());
    QCOMPARE(changesOf(versions(project, ItemKind::Variable, QStringLiteral("URL"))),
        QStringList({QStringLiteral("1:added:local"), QStringLiteral("2:replaced:import")}));
    QCOMPARE(changesOf(versions(project, ItemKind::Variable, QStringLiteral("NEW"))),
        QStringList({QStringLiteral("1:added:import")}));

    auto bound = m_vault->setRemoteBinding(project, QStringLiteral("http://127.0.0.1:9"), 42, secret("bound-token"));
    QVERIFY2(bound.ok(), qPrintable(errorMessage(bound)));
    SyncApply pulled;
    pulled.putVariables.append({QStringLiteral("URL"), QStringLiteral("https://pulled"), false, {}, {}});
    pulled.removeItems.append({ItemKind::Variable, QStringLiteral("NEW")});
    QVERIFY(m_vault->applySync(project, pulled).ok());
    const QList<ItemVersion> url = versions(project, ItemKind::Variable, QStringLiteral("URL"));
    QCOMPARE(changesOf(url).last(), QStringLiteral("3:replaced:pull"));
    QCOMPARE(url.last().value, QStringLiteral("https://pulled"));
    const QList<TrashEntry> deleted = trash(project);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().name, QStringLiteral("NEW"));
}

void TestItemHistory::restoringAVersionIsAnOrdinaryChange()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("working-key")).ok());
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("broken-key")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("MODE"), QStringLiteral("fast"), true).ok());
    QVERIFY(
        m_vault->editVariable(project, QStringLiteral("MODE"), QStringLiteral("SPEED"), QStringLiteral("slow"), false)
            .ok());

    auto restored = m_vault->restoreVersion(project, ItemKind::Secret, QStringLiteral("API_KEY"), 1);
    QVERIFY2(restored.ok(), qPrintable(errorMessage(restored)));
    QCOMPARE(TestSupport::plain(m_vault->secretValue(project, QStringLiteral("API_KEY")).value()),
        QByteArray("working-key"));
    QCOMPARE(changesOf(versions(project, ItemKind::Secret, QStringLiteral("API_KEY"))).last(),
        QStringLiteral("3:restored:restore"));

    QVERIFY(m_vault->restoreVersion(project, ItemKind::Variable, QStringLiteral("SPEED"), 1).ok());
    const auto mode = m_vault->variable(project, QStringLiteral("MODE"));
    QVERIFY2(mode.ok(), qPrintable(errorMessage(mode)));
    QCOMPARE(mode->value, QStringLiteral("fast"));
    QVERIFY(mode->includeInExport);
    QCOMPARE(m_vault->variable(project, QStringLiteral("SPEED")).code(), ErrorCode::NotFound);

    QVERIFY(
        m_vault->restoreVersion(project, ItemKind::Variable, QStringLiteral("MODE"), 2, QStringLiteral("PACE")).ok());
    const auto pace = m_vault->variable(project, QStringLiteral("PACE"));
    QVERIFY(pace.ok());
    QCOMPARE(pace->value, QStringLiteral("slow"));

    QStringList audited;
    const QList<AuditEntry> logged = m_vault->auditEntries().value();
    for (const AuditEntry& entry : logged) {
        if (entry.action == AuditAction::VersionRestored) {
            audited.append(entry.name + QLatin1Char('|') + entry.detail);
        }
    }
    QCOMPARE(audited,
        QStringList(
            {QStringLiteral("API_KEY|version 1"), QStringLiteral("MODE|version 1"), QStringLiteral("PACE|version 2")}));
}

void TestItemHistory::restoringRefusesUnknownVersionsAndTakenNames()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("OLD"), QStringLiteral("1")).ok());
    QVERIFY(m_vault->renameVariable(project, QStringLiteral("OLD"), QStringLiteral("NEW")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("OLD"), QStringLiteral("other")).ok());

    const auto unknown = m_vault->restoreVersion(project, ItemKind::Variable, QStringLiteral("NEW"), 9);
    QCOMPARE(outcomeName(unknown), "NotFound");
    QVERIFY2(unknown.message().contains(QStringLiteral("versions 1 to 2")), qPrintable(unknown.message()));

    const auto taken = m_vault->restoreVersion(project, ItemKind::Variable, QStringLiteral("NEW"), 1);
    QCOMPARE(outcomeName(taken), "AlreadyExists");
    QVERIFY2(taken.message().contains(QStringLiteral("another name")), qPrintable(taken.message()));
    const auto takenNew
        = m_vault->restoreVersion(project, ItemKind::Variable, QStringLiteral("NEW"), 1, QStringLiteral("OLD"));
    QCOMPARE(outcomeName(takenNew), "AlreadyExists");
    QCOMPARE(outcomeName(m_vault->restoreVersion(
                 project, ItemKind::Variable, QStringLiteral("NEW"), 1, QStringLiteral("bad name"))),
        "InvalidInput");
    // Nothing changed.
    QCOMPARE(versions(project, ItemKind::Variable, QStringLiteral("NEW")).size(), 2);
    QCOMPARE(m_vault->variable(project, QStringLiteral("OLD"))->value, QStringLiteral("other"));
}

void TestItemHistory::versionMovedToAnotherItemDoesNotOpen()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("A"), QStringLiteral("a1")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("A"), QStringLiteral("a2")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("B"), QStringLiteral("b1")).ok());
    const RecordId b = m_vault->variable(project, QStringLiteral("B"))->id;
    m_vault->lock();
    {
        RawDatabase raw(m_path);
        // A's first version moved to B (as B's version 2).
        QVERIFY(raw.updateInt("UPDATE item_versions SET item_id = ?1, number = 2 WHERE id = (SELECT min(id) FROM "
                              "item_versions WHERE item_id != ?2)",
            b, b));
        // A's second version's ciphertext copied into B's first version's row.
        const QByteArray moved = raw.blob(
            "SELECT record FROM item_versions WHERE number = 2 AND item_id = (SELECT id FROM items WHERE id != ?1)", b);
        QVERIFY(!moved.isEmpty());
        QVERIFY(raw.updateBlob("UPDATE item_versions SET record = ?1 WHERE item_id = ?2 AND number = 1", moved, b));
    }
    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());
    const QList<ItemVersion> ofB = versions(project, ItemKind::Variable, QStringLiteral("B"));
    QCOMPARE(ofB.size(), 2);
    QVERIFY(ofB.at(0).damaged);
    QVERIFY(ofB.at(1).damaged);
    QVERIFY(ofB.at(0).value.isEmpty() && ofB.at(1).value.isEmpty());
    QCOMPARE(outcomeName(m_vault->restoreVersion(project, ItemKind::Variable, QStringLiteral("B"), 2)), "Damaged");
}

void TestItemHistory::retentionKeepsTheLastVersionsOrTheRecentDays()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    const HistoryRetention defaults = m_vault->historyRetention().value();
    QCOMPARE(defaults.keepVersions, 20);
    QCOMPARE(defaults.keepDays, 90);
    QCOMPARE(defaults.trashDays, 30);

    // Recent versions are all kept, however many.
    QVERIFY(m_vault->setHistoryRetention({2, 90, 30}).ok());
    for (int i = 0; i < 6; ++i) {
        QVERIFY(m_vault->setVariable(project, QStringLiteral("V"), QString::number(i)).ok());
    }
    QCOMPARE(versions(project, ItemKind::Variable, QStringLiteral("V")).size(), 6);

    // None recent: only the last ones stay, applied at once and on every write after.
    (void)nowAfterAPause();
    QVERIFY(m_vault->setHistoryRetention({3, 0, 30}).ok());
    QList<ItemVersion> kept = versions(project, ItemKind::Variable, QStringLiteral("V"));
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.first().number, 4);
    QCOMPARE(kept.last().value, QStringLiteral("5"));
    (void)nowAfterAPause();
    QVERIFY(m_vault->setVariable(project, QStringLiteral("V"), QStringLiteral("6")).ok());
    kept = versions(project, ItemKind::Variable, QStringLiteral("V"));
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.first().number, 5);
    QCOMPARE(m_vault->historyRetention()->keepVersions, 3);
}

void TestItemHistory::badRetentionIsRefused()
{
    const HistoryRetention before = m_vault->historyRetention().value();
    QCOMPARE(outcomeName(m_vault->setHistoryRetention({0, 90, 30})), "InvalidInput");
    QCOMPARE(outcomeName(m_vault->setHistoryRetention({20, -1, 30})), "InvalidInput");
    QCOMPARE(outcomeName(m_vault->setHistoryRetention({20, 90, 100000})), "InvalidInput");
    QCOMPARE(m_vault->historyRetention()->keepVersions, before.keepVersions);
    QCOMPARE(m_vault->historyRetention()->trashDays, before.trashDays);
}

void TestItemHistory::forgetOldValuesLeavesNoTraceInAnyFile()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    const QByteArray leaked[] = {"leaked-canary-one-7d1f", "leaked-canary-two-93ab"};
    QList<QByteArray> oldCiphertexts;
    for (const QByteArray& value : leaked) {
        QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), SecretValue(QCA::SecureArray(value))).ok());
        RawDatabase raw(m_path);
        oldCiphertexts.append(
            raw.blob("SELECT record FROM items WHERE id = ?1", m_vault->secrets(project)->first().id));
        oldCiphertexts.append(raw.blob("SELECT record FROM item_versions WHERE id = (SELECT max(id) FROM item_versions "
                                       "WHERE item_id = ?1)",
            m_vault->secrets(project)->first().id));
    }
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("current-value")).ok());
    for (const QByteArray& ciphertext : std::as_const(oldCiphertexts)) {
        QVERIFY(ciphertext.size() >= 32);
    }

    QVERIFY(m_vault->forgetOldValues(project, QStringLiteral("API_KEY")).ok());

    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    QVERIFY(files.contains(QStringLiteral("vault.db")));
    for (const QString& name : files) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QByteArray& value : leaked) {
            QVERIFY2(!bytes.contains(value), qPrintable(name));
        }
        for (const QByteArray& ciphertext : std::as_const(oldCiphertexts)) {
            // Any 32 bytes of an old ciphertext (its nonce and the start of its body) would do.
            QVERIFY2(!bytes.contains(ciphertext.left(32)), qPrintable(name));
        }
    }
    const QList<ItemVersion> kept = versions(project, ItemKind::Secret, QStringLiteral("API_KEY"));
    QCOMPARE(kept.size(), 3);
    QVERIFY(kept.at(0).valueForgotten && kept.at(1).valueForgotten && !kept.at(2).valueForgotten);
    QCOMPARE(
        outcomeName(m_vault->restoreVersion(project, ItemKind::Secret, QStringLiteral("API_KEY"), 1)), "InvalidInput");
    QCOMPARE(TestSupport::plain(m_vault->secretValue(project, QStringLiteral("API_KEY")).value()),
        QByteArray("current-value"));
    QCOMPARE(outcomeName(m_vault->forgetOldValues(project, QStringLiteral("MISSING"))), "NotFound");
}

void TestItemHistory::deletedItemsRestoreExactly()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("the-key")).ok());
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("the-newer-key")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("URL"), QStringLiteral("https://x"), true).ok());
    const RecordId secretId = m_vault->secrets(project)->first().id;
    QVERIFY(m_vault->removeSecret(project, QStringLiteral("API_KEY")).ok());
    QVERIFY(m_vault->removeVariable(project, QStringLiteral("URL")).ok());
    QCOMPARE(m_vault->secrets(project)->size(), 0);

    const QList<TrashEntry> deleted = trash(project);
    QCOMPARE(deleted.size(), 2);
    QCOMPARE(deleted.at(0).name, QStringLiteral("URL"));
    QCOMPARE(deleted.at(0).kind, ItemKind::Variable);
    QCOMPARE(deleted.at(1).name, QStringLiteral("API_KEY"));
    QCOMPARE(deleted.at(1).kind, ItemKind::Secret);
    QCOMPARE(deleted.at(1).projectName, QStringLiteral("Shop bot"));
    QCOMPARE(deleted.at(1).deletedBy, m_vault->actor().name);
    QVERIFY(deleted.at(1).expires > deleted.at(1).deleted.addDays(29));

    auto restored = m_vault->restoreFromTrash(deleted.at(1).id);
    QVERIFY2(restored.ok(), qPrintable(errorMessage(restored)));
    QCOMPARE(restored->item, secretId);
    QCOMPARE(TestSupport::plain(m_vault->secretValue(project, QStringLiteral("API_KEY")).value()),
        QByteArray("the-newer-key"));
    QCOMPARE(changesOf(versions(project, ItemKind::Secret, QStringLiteral("API_KEY"))),
        QStringList({QStringLiteral("1:added:local"), QStringLiteral("2:replaced:local"),
            QStringLiteral("3:removed:local"), QStringLiteral("4:restored:restore")}));
    QVERIFY(m_vault->restoreFromTrash(deleted.at(0).id).ok());
    const auto url = m_vault->variable(project, QStringLiteral("URL"));
    QVERIFY(url.ok());
    QCOMPARE(url->value, QStringLiteral("https://x"));
    QVERIFY(url->includeInExport);
    QVERIFY(trash(project).isEmpty());
    QCOMPARE(outcomeName(m_vault->restoreFromTrash(deleted.at(0).id)), "NotFound");
}

void TestItemHistory::restoringOverATakenNameIsRefused()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("URL"), QStringLiteral("old")).ok());
    QVERIFY(m_vault->removeVariable(project, QStringLiteral("URL")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("URL"), QStringLiteral("new")).ok());
    const qint64 entry = trash(project).first().id;

    const auto refused = m_vault->restoreFromTrash(entry);
    QCOMPARE(outcomeName(refused), "AlreadyExists");
    QVERIFY2(refused.message().contains(QStringLiteral("another name")), qPrintable(refused.message()));
    QCOMPARE(outcomeName(m_vault->restoreFromTrash(entry, QStringLiteral("bad name"))), "InvalidInput");
    QCOMPARE(trash(project).size(), 1);

    QVERIFY(m_vault->restoreFromTrash(entry, QStringLiteral("OLD_URL")).ok());
    QCOMPARE(m_vault->variable(project, QStringLiteral("OLD_URL"))->value, QStringLiteral("old"));
    QCOMPARE(m_vault->variable(project, QStringLiteral("URL"))->value, QStringLiteral("new"));
}

void TestItemHistory::purgeDestroysAndIsNotRepeatable()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("purged-canary-4e1a")).ok());
    const RecordId id = m_vault->secrets(project)->first().id;
    QVERIFY(m_vault->removeSecret(project, QStringLiteral("API_KEY")).ok());
    const qint64 entry = trash().first().id;
    QVERIFY(m_vault->purgeFromTrash(entry).ok());
    QVERIFY(trash().isEmpty());
    QCOMPARE(rawCount("SELECT count(*) FROM item_versions WHERE item_id = " + QByteArray::number(id)), 0);
    QCOMPARE(rawCount("SELECT count(*) FROM trash"), 0);
    const auto again = m_vault->purgeFromTrash(entry);
    QCOMPARE(outcomeName(again), "NotFound");
    QVERIFY2(again.message().contains(QStringLiteral("purged already")), qPrintable(again.message()));
    QCOMPARE(outcomeName(m_vault->restoreFromTrash(entry)), "NotFound");
    bool audited = false;
    const QList<AuditEntry> logged = m_vault->auditEntries().value();
    for (const AuditEntry& entry : logged) {
        audited = audited || (entry.action == AuditAction::TrashPurged && entry.name == QStringLiteral("API_KEY"));
    }
    QVERIFY(audited);
}

void TestItemHistory::deletedProjectsRestoreExactly()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("project-key")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("URL"), QStringLiteral("https://shop"), true).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("MODE"), QStringLiteral("slow")).ok());
    QVERIFY(m_vault->removeProject(project).ok());
    QCOMPARE(m_vault->projects()->size(), 0);

    QList<TrashEntry> deleted = trash();
    QCOMPARE(deleted.size(), 1);
    QVERIFY(deleted.first().isProject);
    QCOMPARE(deleted.first().name, QStringLiteral("Shop bot"));
    QCOMPARE(deleted.first().secrets, 1);
    QCOMPARE(deleted.first().variables, 2);

    QVERIFY(addProject(QStringLiteral("Shop bot")) != 0);
    QCOMPARE(outcomeName(m_vault->restoreFromTrash(deleted.first().id)), "AlreadyExists");
    auto restored = m_vault->restoreFromTrash(deleted.first().id, QStringLiteral("Old shop bot"));
    QVERIFY2(restored.ok(), qPrintable(errorMessage(restored)));
    QCOMPARE(restored->project, project);
    QCOMPARE(m_vault->projectByName(QStringLiteral("Old shop bot"))->id, project);
    QCOMPARE(TestSupport::plain(m_vault->secretValue(project, QStringLiteral("API_KEY")).value()),
        QByteArray("project-key"));
    QCOMPARE(m_vault->variable(project, QStringLiteral("URL"))->value, QStringLiteral("https://shop"));
    QVERIFY(m_vault->variable(project, QStringLiteral("URL"))->includeInExport);
    QCOMPARE(m_vault->variable(project, QStringLiteral("MODE"))->value, QStringLiteral("slow"));
    QCOMPARE(changesOf(versions(project, ItemKind::Variable, QStringLiteral("MODE"))),
        QStringList({QStringLiteral("1:added:local"), QStringLiteral("2:removed:local"),
            QStringLiteral("3:restored:restore")}));
    QVERIFY(trash().isEmpty());

    // Purging a deleted project destroys its items' versions too.
    QVERIFY(m_vault->removeProject(project).ok());
    QVERIFY(m_vault->purgeFromTrash(trash().first().id).ok());
    QCOMPARE(rawCount("SELECT count(*) FROM item_versions WHERE project_id = " + QByteArray::number(project)), 0);
    QCOMPARE(rawCount("SELECT count(*) FROM trash"), 0);
}

void TestItemHistory::pointInTimeShowsAndRestoresTheProject()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("key-then")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("URL"), QStringLiteral("https://then"), true).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("MODE"), QStringLiteral("slow")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("GONE"), QStringLiteral("bye")).ok());
    QVERIFY(m_vault->removeVariable(project, QStringLiteral("GONE")).ok());
    const QDateTime then = nowAfterAPause();

    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("key-now")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("URL"), QStringLiteral("https://now"), false).ok());
    QVERIFY(m_vault->renameVariable(project, QStringLiteral("MODE"), QStringLiteral("URL_MODE")).ok());
    QVERIFY(m_vault->setSecret(project, QStringLiteral("NEW_KEY"), secret("new")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("MODE"), QStringLiteral("fast")).ok());

    auto snapshot = m_vault->projectAt(project, then);
    QVERIFY2(snapshot.ok(), qPrintable(errorMessage(snapshot)));
    QStringList shown;
    for (const ProjectSnapshot::Item& item : snapshot->items) {
        shown.append(QStringLiteral("%1 %2=%3 %4")
                         .arg(AuditText::kindName(static_cast<quint8>(item.kind)), item.name, item.value)
                         .arg(item.includeInExport));
    }
    QCOMPARE(shown,
        QStringList({QStringLiteral("secret API_KEY= 0"), QStringLiteral("variable MODE=slow 0"),
            QStringLiteral("variable URL=https://then 1")}));

    auto plan = m_vault->planProjectRestore(project, then);
    QVERIFY2(plan.ok(), qPrintable(errorMessage(plan)));
    QCOMPARE(plan->added.size(), 0);
    QCOMPARE(plan->changed.size(), 3); // API_KEY, URL, URL_MODE back to MODE
    QCOMPARE(plan->removed.size(), 2); // NEW_KEY and the new MODE
    for (const auto* items : {&plan->changed, &plan->removed}) {
        for (const ProjectSnapshot::Item& item : *items) {
            QVERIFY(item.kind == ItemKind::Variable || item.value.isEmpty());
        }
    }

    auto restored = m_vault->restoreProjectTo(project, then);
    QVERIFY2(restored.ok(), qPrintable(errorMessage(restored)));
    QCOMPARE(restored->changed, 3);
    QCOMPARE(restored->removed, 2);
    QCOMPARE(
        TestSupport::plain(m_vault->secretValue(project, QStringLiteral("API_KEY")).value()), QByteArray("key-then"));
    QCOMPARE(m_vault->variable(project, QStringLiteral("URL"))->value, QStringLiteral("https://then"));
    QVERIFY(m_vault->variable(project, QStringLiteral("URL"))->includeInExport);
    QCOMPARE(m_vault->variable(project, QStringLiteral("MODE"))->value, QStringLiteral("slow"));
    QCOMPARE(m_vault->variables(project)->size(), 2);
    QCOMPARE(m_vault->secrets(project)->size(), 1);
    // What the restore removed is in the recently deleted list, like any deletion.
    QStringList deleted;
    for (const TrashEntry& entry : trash(project)) {
        deleted.append(entry.name);
    }
    deleted.sort();
    QCOMPARE(deleted, QStringList({QStringLiteral("GONE"), QStringLiteral("MODE"), QStringLiteral("NEW_KEY")}));
}

void TestItemHistory::pointInTimeRefusesMomentsItCannotShow()
{
    const QDateTime beforeProject = nowAfterAPause();
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("V"), QStringLiteral("1")).ok());
    const QDateTime future = QDateTime::currentDateTimeUtc().addSecs(3600);

    const auto tooEarly = m_vault->projectAt(project, beforeProject);
    QCOMPARE(outcomeName(tooEarly), "InvalidInput");
    QVERIFY2(tooEarly.message().contains(QStringLiteral("did not exist")), qPrintable(tooEarly.message()));
    const auto inFuture = m_vault->restoreProjectTo(project, future);
    QCOMPARE(outcomeName(inFuture), "InvalidInput");
    QVERIFY2(inFuture.message().contains(QStringLiteral("future")), qPrintable(inFuture.message()));
    const QDateTime then = nowAfterAPause();
    QVERIFY(m_vault->setHistoryRetention({20, 0, 30}).ok());
    const auto forgotten = m_vault->projectAt(project, then);
    QCOMPARE(outcomeName(forgotten), "InvalidInput");
    QVERIFY2(forgotten.message().contains(QStringLiteral("goes back to")), qPrintable(forgotten.message()));
    QCOMPARE(outcomeName(m_vault->projectAt(project + 1000, then)), "NotFound");
    QCOMPARE(m_vault->variable(project, QStringLiteral("V"))->value, QStringLiteral("1"));
}

void TestItemHistory::pointInTimeRestoreReachesTheOutbox()
{
    m_vault.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("bound.db"));
    m_vault = std::make_unique<Vault>();
    auto bound = TestSupport::createBoundVault(
        *m_vault, m_path, QStringLiteral("http://127.0.0.1:9"), 7, QByteArrayLiteral("token"));
    QVERIFY2(bound.ok(), qPrintable(errorMessage(bound)));
    const ProjectId project = bound.value();
    QVERIFY(m_vault->setVariable(project, QStringLiteral("URL"), QStringLiteral("https://then")).ok());
    const QDateTime then = nowAfterAPause();
    QVERIFY(m_vault->setVariable(project, QStringLiteral("URL"), QStringLiteral("https://now")).ok());
    QVERIFY(m_vault->setSecret(project, QStringLiteral("LATER"), secret("later")).ok());
    const QList<qint64> queued = [&] {
        QList<qint64> ids;
        const QList<OutboxEntry> entries = m_vault->outbox(project).value();
        for (const OutboxEntry& entry : entries) {
            ids.append(entry.id);
        }
        return ids;
    }();
    QVERIFY(m_vault->acknowledgeOutbox(project, queued).ok());

    QVERIFY(m_vault->restoreProjectTo(project, then).ok());
    QStringList entries;
    const QList<OutboxEntry> queuedNow = m_vault->outbox(project).value();
    for (const OutboxEntry& entry : queuedNow) {
        entries.append(QStringLiteral("%1 %2 %3")
                           .arg(entry.op == OutboxEntry::Op::Put ? QStringLiteral("put") : QStringLiteral("delete"),
                               entry.name, entry.value));
    }
    entries.sort();
    QCOMPARE(entries, QStringList({QStringLiteral("delete LATER "), QStringLiteral("put URL https://then")}));

    // A restore from the trash is an ordinary change too.
    QVERIFY(
        m_vault->acknowledgeOutbox(project, {m_vault->outbox(project)->first().id, m_vault->outbox(project)->last().id})
            .ok());
    QVERIFY(m_vault->restoreFromTrash(trash(project).first().id).ok());
    QCOMPARE(m_vault->outbox(project)->size(), 1);
    QCOMPARE(m_vault->outbox(project)->first().name, QStringLiteral("LATER"));
    QCOMPARE(m_vault->outbox(project)->first().op, OutboxEntry::Op::Put);
}

void TestItemHistory::keyRotationKeepsTheHistory()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("one")).ok());
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("two")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("GONE"), QStringLiteral("bye")).ok());
    QVERIFY(m_vault->removeVariable(project, QStringLiteral("GONE")).ok());
    auto rotated = m_vault->changePassword(secret("new password"), VaultSession::DataKey::Rotate);
    QVERIFY2(rotated.ok(), qPrintable(errorMessage(rotated)));
    m_vault->lock();
    QVERIFY(m_vault->unlock(m_path, secret("new password")).ok());

    const QList<ItemVersion> kept = versions(project, ItemKind::Secret, QStringLiteral("API_KEY"));
    QCOMPARE(kept.size(), 2);
    QVERIFY(!kept.at(0).damaged && !kept.at(1).damaged);
    QVERIFY(m_vault->restoreVersion(project, ItemKind::Secret, QStringLiteral("API_KEY"), 1).ok());
    QCOMPARE(TestSupport::plain(m_vault->secretValue(project, QStringLiteral("API_KEY")).value()), QByteArray("one"));
    const QList<TrashEntry> deleted = trash(project);
    QCOMPARE(deleted.size(), 1);
    QVERIFY(!deleted.first().damaged);
    QVERIFY(m_vault->restoreFromTrash(deleted.first().id).ok());
    QCOMPARE(m_vault->variable(project, QStringLiteral("GONE"))->value, QStringLiteral("bye"));
}

void TestItemHistory::schema4VaultGainsHistory()
{
    const ProjectId project = addProject(QStringLiteral("Shop bot"));
    QVERIFY(m_vault->setVariable(project, QStringLiteral("URL"), QStringLiteral("https://before")).ok());
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("before")).ok());
    QVERIFY(m_vault->setVariable(project, QStringLiteral("KEPT"), QStringLiteral("unchanged")).ok());
    m_vault->lock();
    {
        RawDatabase raw(m_path);
        QVERIFY(raw.exec("DROP TABLE item_versions; DROP TABLE trash; DROP TABLE history_settings; "
                         "PRAGMA user_version = 4"));
    }
    const QDateTime beforeUpgrade = nowAfterAPause();
    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());
    QCOMPARE(rawCount("PRAGMA user_version"), qint64(VaultSchema::kCurrentVersion));
    QVERIFY(VaultSchema::kCurrentVersion >= 5);

    QCOMPARE(changesOf(versions(project, ItemKind::Variable, QStringLiteral("URL"))),
        QStringList({QStringLiteral("1:existing:before-history")}));
    QCOMPARE(outcomeName(m_vault->projectAt(project, beforeUpgrade)), "InvalidInput");
    const QDateTime afterUpgrade = nowAfterAPause();
    QVERIFY(m_vault->setVariable(project, QStringLiteral("URL"), QStringLiteral("https://after")).ok());
    // KEPT never changed, so it has no version: the moment shows it as it is now, beside URL's
    // state from before the change.
    auto snapshot = m_vault->projectAt(project, afterUpgrade);
    QVERIFY2(snapshot.ok(), qPrintable(errorMessage(snapshot)));
    QStringList shown;
    for (const ProjectSnapshot::Item& item : snapshot->items) {
        shown.append(item.name + u'=' + item.value);
    }
    QCOMPARE(shown,
        QStringList(
            {QStringLiteral("API_KEY="), QStringLiteral("KEPT=unchanged"), QStringLiteral("URL=https://before")}));
    const QList<ItemVersion> kept = versions(project, ItemKind::Variable, QStringLiteral("URL"));
    QCOMPARE(changesOf(kept),
        QStringList({QStringLiteral("1:existing:before-history"), QStringLiteral("2:replaced:local")}));
    QCOMPARE(kept.first().value, QStringLiteral("https://before"));
    QVERIFY(m_vault->removeSecret(project, QStringLiteral("API_KEY")).ok());
    QVERIFY(m_vault->restoreProjectTo(project, afterUpgrade).ok());
    QCOMPARE(m_vault->variable(project, QStringLiteral("URL"))->value, QStringLiteral("https://before"));
    QCOMPARE(
        TestSupport::plain(m_vault->secretValue(project, QStringLiteral("API_KEY")).value()), QByteArray("before"));
}

BOTVAULT_TEST_MAIN(TestItemHistory)
#include "TestItemHistory.moc"
