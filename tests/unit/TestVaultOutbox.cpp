#include "storage/Vault.h"
#include "storage/VaultSchema.h"
#include "tests/support/BoundVault.h"
#include "tests/support/RawDatabase.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// The remote binding and the outbox: every write of a bound project's item queues its change in the
// same transaction, an unbound project queues nothing, the queue survives locking and migration,
// and the token and queued values are as protected as any secret (encrypted, bound to their row,
// never on disk in clear).

namespace {

using TestSupport::errorMessage;
using TestSupport::importedSecret;
using TestSupport::importedVariable;
using TestSupport::importInto;
using TestSupport::outcomeName;
using TestSupport::secret;
using TestSupport::secure;

const QString kUrl = QStringLiteral("https://bots.example.com");
constexpr qint64 kRemoteId = 3;

// One entry as text, so a whole queue compares (and fails) readably.
QString describe(const OutboxEntry& entry)
{
    if (entry.damaged) {
        return QStringLiteral("damaged");
    }
    const QString kind = entry.kind == ItemKind::Secret ? QStringLiteral("secret") : QStringLiteral("variable");
    if (entry.op == OutboxEntry::Op::Delete) {
        return QStringLiteral("delete %1 %2").arg(kind, entry.name);
    }
    const QString value = entry.kind == ItemKind::Secret
        ? QString::fromUtf8(entry.secretValue.isEmpty() ? QByteArray() : entry.secretValue.bytes().toByteArray())
        : entry.value;
    return QStringLiteral("put %1 %2=%3%4")
        .arg(kind, entry.name, value, entry.includeInExport ? QStringLiteral(" [export]") : QString());
}

QByteArray flipByte(QByteArray bytes, qsizetype position)
{
    bytes[position] = static_cast<char>(bytes.at(position) ^ 0x01);
    return bytes;
}

QByteArray toUtf16(const QString& text, bool bigEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = static_cast<char>(c.unicode() >> 8);
        const char low = static_cast<char>(c.unicode() & 0xff);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

// The base64 characters that depend only on `bytes` when they start `offset` bytes into a blob.
QByteArray base64Core(const QByteArray& bytes, int offset, QByteArray::Base64Options options)
{
    const QByteArray encoded = (QByteArray(offset, '\0') + bytes).toBase64(options | QByteArray::OmitTrailingEquals);
    const qsizetype first = offset == 0 ? 0 : 4;
    const qsizetype last = (offset + bytes.size()) / 3 * 4;
    return encoded.mid(first, last - first);
}

// The canaries found in any file under `folder`, in raw, UTF-16 and base64 forms.
QStringList scanFolder(const QString& folder, const QStringList& canaries, int* filesScanned)
{
    QStringList hits;
    *filesScanned = 0;
    QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append(QStringLiteral("unreadable %1").arg(path));
            continue;
        }
        ++*filesScanned;
        const QByteArray content = file.readAll();
        for (const QString& canary : canaries) {
            const QByteArray utf8 = canary.toUtf8();
            QList<QByteArray> needles {utf8, toUtf16(canary, false), toUtf16(canary, true), utf8.toHex()};
            for (int offset = 0; offset < 3; ++offset) {
                needles.append(base64Core(utf8, offset, QByteArray::Base64Encoding));
                needles.append(base64Core(utf8, offset, QByteArray::Base64UrlEncoding));
            }
            for (const QByteArray& needle : needles) {
                if (content.contains(needle)) {
                    hits.append(QStringLiteral("%1 in %2").arg(canary, path));
                }
            }
        }
    }
    return hits;
}

QString randomToken()
{
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    QString token = QStringLiteral("bv_");
    for (int i = 0; i < 43; ++i) {
        token.append(QLatin1Char(kAlphabet[QRandomGenerator::global()->bounded(int(sizeof(kAlphabet) - 1))]));
    }
    return token;
}

} // namespace

class TestVaultOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void writePathQueuesItsChanges_data();
    void writePathQueuesItsChanges();
    void entriesHaveDistinctKeysInOrder();
    void unboundProjectQueuesNothing();
    void bindingQueuesNothing();
    void failedWriteQueuesNothing();
    void failedQueueRollsBackTheChange();
    void outboxChangedSignal();
    void entriesSurviveLockAndUnlock();
    void acknowledgeRemovesOnlyTheGivenIds();
    void removeProjectCascades();
    void bindingRoundTrip();
    void rebindingDropsTheQueue();
    void invalidBinding_data();
    void invalidBinding();
    void noPlaintextAtRest();
    void tamperedEntryIsDamagedAlone();
    void tamperedCredentialIsDamaged();
    void credentialSwappedWithItemFails();
    void versionOneVaultIsMigrated();

private:
    bool unlock();
    QStringList queue(ProjectId project);

    QTemporaryDir* m_dir = nullptr;
    QString m_path;
    const QCA::SecureArray m_password = secure("outbox test password");
    Vault m_vault;
    ProjectId m_bound = 0;
    ProjectId m_unbound = 0;
    QString m_token;
};

bool TestVaultOutbox::unlock()
{
    const auto unlocked = m_vault.unlock(m_path, SecretValue(m_password));
    if (!unlocked) {
        qWarning("%s", qPrintable(unlocked.message()));
    }
    return unlocked.ok();
}

QStringList TestVaultOutbox::queue(ProjectId project)
{
    QStringList described;
    const auto entries = m_vault.outbox(project);
    if (!entries) {
        return {QStringLiteral("error: ") + entries.message()};
    }
    for (const OutboxEntry& entry : entries.value()) {
        described.append(describe(entry));
    }
    return described;
}

// Two projects with the same secret and variable; "Shop" is bound after its items exist, so its
// outbox starts empty.
void TestVaultOutbox::init()
{
    m_dir = new QTemporaryDir();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(m_path, SecretValue(m_password), TestSupport::fastKdfParams()).ok());
    QVERIFY(unlock());
    m_token = randomToken();
    const auto projects = TestSupport::addBoundAndLocalProjects(m_vault, kUrl, kRemoteId, secure(m_token));
    QVERIFY2(projects.ok(), qPrintable(errorMessage(projects)));
    m_bound = projects->bound;
    m_unbound = projects->unbound;
}

void TestVaultOutbox::cleanup()
{
    m_vault.lock();
    delete m_dir;
    m_dir = nullptr;
}

using Write = std::function<bool(Vault&, ProjectId)>;
Q_DECLARE_METATYPE(Write)

void TestVaultOutbox::writePathQueuesItsChanges_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QStringList>("expected");

    const auto secretValue = [](const char* text) { return SecretValue(secure(text)); };
    QTest::newRow("setSecret new") << Write([](Vault& v, ProjectId p) {
        return v.setSecret(p, QStringLiteral("NEW_KEY"), secret("new-key")).ok();
    }) << QStringList {QStringLiteral("put secret NEW_KEY=new-key")};
    QTest::newRow("setSecret replace") << Write([](Vault& v, ProjectId p) {
        return v.setSecret(p, QStringLiteral("API_KEY"), secret("key-2")).ok();
    }) << QStringList {QStringLiteral("put secret API_KEY=key-2")};
    QTest::newRow("editSecret value") << Write([secretValue](Vault& v, ProjectId p) {
        return v.editSecret(p, QStringLiteral("API_KEY"), QStringLiteral("API_KEY"), secretValue("key-3")).ok();
    }) << QStringList {QStringLiteral("put secret API_KEY=key-3")};
    QTest::newRow("editSecret rename and value") << Write([secretValue](Vault& v, ProjectId p) {
        return v.editSecret(p, QStringLiteral("API_KEY"), QStringLiteral("SHOP_KEY"), secretValue("key-4")).ok();
    }) << QStringList {QStringLiteral("delete secret API_KEY"), QStringLiteral("put secret SHOP_KEY=key-4")};
    QTest::newRow("renameSecret") << Write([](Vault& v, ProjectId p) {
        return v.renameSecret(p, QStringLiteral("API_KEY"), QStringLiteral("SHOP_KEY")).ok();
    }) << QStringList {QStringLiteral("delete secret API_KEY"), QStringLiteral("put secret SHOP_KEY=old-key")};
    QTest::newRow("removeSecret") << Write([](Vault& v, ProjectId p) {
        return v.removeSecret(p, QStringLiteral("API_KEY")).ok();
    }) << QStringList {QStringLiteral("delete secret API_KEY")};
    QTest::newRow("setVariable new") << Write([](Vault& v, ProjectId p) {
        return v.setVariable(p, QStringLiteral("LANG"), QStringLiteral("en")).ok();
    }) << QStringList {QStringLiteral("put variable LANG=en")};
    QTest::newRow("setVariable replace keeps flag") << Write([](Vault& v, ProjectId p) {
        return v.setVariable(p, QStringLiteral("URL"), QStringLiteral("https://new")).ok();
    }) << QStringList {QStringLiteral("put variable URL=https://new [export]")};
    QTest::newRow("editVariable rename") << Write([](Vault& v, ProjectId p) {
        return v.editVariable(p, QStringLiteral("URL"), QStringLiteral("SHOP_URL"), QStringLiteral("https://x"), false)
            .ok();
    }) << QStringList {QStringLiteral("delete variable URL"), QStringLiteral("put variable SHOP_URL=https://x")};
    QTest::newRow("renameVariable") << Write([](Vault& v, ProjectId p) {
        return v.renameVariable(p, QStringLiteral("URL"), QStringLiteral("SHOP_URL")).ok();
    })
                                    << QStringList {QStringLiteral("delete variable URL"),
                                           QStringLiteral("put variable SHOP_URL=https://old [export]")};
    QTest::newRow("setVariableIncludeInExport") << Write([](Vault& v, ProjectId p) {
        return v.setVariableIncludeInExport(p, QStringLiteral("URL"), false).ok();
    }) << QStringList {QStringLiteral("put variable URL=https://old")};
    QTest::newRow("removeVariable") << Write([](Vault& v, ProjectId p) {
        return v.removeVariable(p, QStringLiteral("URL")).ok();
    }) << QStringList {QStringLiteral("delete variable URL")};
    QTest::newRow("applyImport of new items") << Write([](Vault& v, ProjectId p) {
        return v
            .applyImport(importInto(p,
                {importedVariable(QStringLiteral("B_VAR"), QStringLiteral("b"), true),
                    importedSecret(QStringLiteral("A_SECRET"), secret("a"))}))
            .ok();
    }) << QStringList {QStringLiteral("put variable B_VAR=b [export]"), QStringLiteral("put secret A_SECRET=a")};
    QTest::newRow("applyImport") << Write([](Vault& v, ProjectId p) {
        Vault::ProjectImport import;
        import.into = p;
        Vault::ImportItem replaced;
        replaced.kind = ItemKind::Secret;
        replaced.name = QStringLiteral("API_KEY");
        replaced.secretValue = SecretValue(secure("imported-key"));
        Vault::ImportItem added;
        added.kind = ItemKind::Variable;
        added.name = QStringLiteral("NEW_VAR");
        added.value = QStringLiteral("nv");
        import.items = {replaced, added};
        return v.applyImport(import).ok();
    }) << QStringList {QStringLiteral("put secret API_KEY=imported-key"), QStringLiteral("put variable NEW_VAR=nv")};
}

void TestVaultOutbox::writePathQueuesItsChanges()
{
    QFETCH(Write, write);
    QFETCH(QStringList, expected);
    QCOMPARE(queue(m_bound), QStringList());
    QVERIFY(write(m_vault, m_bound));
    QCOMPARE(queue(m_bound), expected);
    QCOMPARE(qsizetype(m_vault.outboxCount(m_bound).value()), expected.size());
}

void TestVaultOutbox::entriesHaveDistinctKeysInOrder()
{
    QVERIFY(m_vault.setVariable(m_bound, QStringLiteral("A"), QStringLiteral("1")).ok());
    QVERIFY(m_vault.setVariable(m_bound, QStringLiteral("A"), QStringLiteral("2")).ok());
    QVERIFY(m_vault.renameVariable(m_bound, QStringLiteral("A"), QStringLiteral("B")).ok());
    Vault::ProjectImport import;
    import.into = m_bound;
    for (int i = 0; i < 50; ++i) {
        Vault::ImportItem item;
        item.name = QStringLiteral("BULK_%1").arg(i);
        item.value = QString::number(i);
        import.items.append(item);
    }
    QVERIFY(m_vault.applyImport(import).ok());

    const auto entries = m_vault.outbox(m_bound);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 54);
    // A later change to the same name is a new entry; the earlier one keeps its key.
    QCOMPARE(describe(entries->at(0)), QStringLiteral("put variable A=1"));
    QCOMPARE(describe(entries->at(1)), QStringLiteral("put variable A=2"));
    QCOMPARE(describe(entries->at(53)), QStringLiteral("put variable BULK_49=49"));
    const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
    QSet<QString> keys;
    qint64 previousId = 0;
    for (const OutboxEntry& entry : entries.value()) {
        QVERIFY2(base64url.match(entry.idempotencyKey).hasMatch(), qPrintable(entry.idempotencyKey));
        keys.insert(entry.idempotencyKey);
        QVERIFY(entry.id > previousId);
        previousId = entry.id;
        QCOMPARE(entry.projectId, m_bound);
        QCOMPARE(entry.baseRevision, qint64(0));
        QVERIFY(entry.created.isValid());
        QCOMPARE(entry.createdBy, m_vault.actor().name);
    }
    QCOMPARE(keys.size(), 54);
}

void TestVaultOutbox::unboundProjectQueuesNothing()
{
    const ProjectId p = m_unbound;
    QVERIFY(m_vault.setSecret(p, QStringLiteral("S"), secret("s")).ok());
    QVERIFY(m_vault.editSecret(p, QStringLiteral("S"), QStringLiteral("S2"), SecretValue(secure("t"))).ok());
    QVERIFY(m_vault.removeSecret(p, QStringLiteral("S2")).ok());
    QVERIFY(m_vault.setVariable(p, QStringLiteral("V"), QStringLiteral("v")).ok());
    QVERIFY(m_vault.renameVariable(p, QStringLiteral("V"), QStringLiteral("V2")).ok());
    QVERIFY(m_vault.setVariableIncludeInExport(p, QStringLiteral("V2"), true).ok());
    QVERIFY(m_vault.removeVariable(p, QStringLiteral("V2")).ok());
    QVERIFY(m_vault.applyImport(importInto(p, {importedVariable(QStringLiteral("I"), QStringLiteral("i"))})).ok());
    Vault::ProjectImport import;
    import.into = p;
    Vault::ImportItem item;
    item.name = QStringLiteral("J");
    import.items = {item};
    QVERIFY(m_vault.applyImport(import).ok());
    Vault::ProjectImport newProject;
    newProject.newProjectName = QStringLiteral("Imported");
    newProject.items = {item};
    QVERIFY(m_vault.applyImport(newProject).ok());

    QCOMPARE(m_vault.outboxCount(p).value(), 0);
    m_vault.lock();
    QCOMPARE(RawDatabase(m_path).integer("SELECT count(*) FROM outbox"), qint64(0));
}

void TestVaultOutbox::bindingQueuesNothing()
{
    QVERIFY(m_vault.setRemoteBinding(m_unbound, kUrl, 4, secret("token-2")).ok());
    QCOMPARE(m_vault.outboxCount(m_unbound).value(), 0);
    QVERIFY(m_vault.setVariable(m_unbound, QStringLiteral("URL"), QStringLiteral("u")).ok());
    QCOMPARE(m_vault.outboxCount(m_unbound).value(), 1);
}

void TestVaultOutbox::failedWriteQueuesNothing()
{
    QVERIFY(m_vault.setSecret(m_bound, QStringLiteral("OTHER"), secret("other")).ok());
    const QStringList before = queue(m_bound);
    // The rename collides after the transaction has begun.
    const auto edited = m_vault.editSecret(
        m_bound, QStringLiteral("API_KEY"), QStringLiteral("OTHER"), SecretValue(secure("collision")));
    QCOMPARE(outcomeName(edited), "AlreadyExists");
    // The second item collides with the first: the import fails whole and queues nothing.
    const auto imported = m_vault.applyImport(importInto(m_bound,
        {importedVariable(QStringLiteral("FRESH"), QStringLiteral("f")),
            importedVariable(QStringLiteral("FRESH"), QStringLiteral("u"))}));
    QCOMPARE(outcomeName(imported), "AlreadyExists");

    QCOMPARE(queue(m_bound), before);
    QCOMPARE(m_vault.secretValue(m_bound, QStringLiteral("API_KEY"))->bytes().toByteArray(), QByteArray("old-key"));
    QCOMPARE(outcomeName(m_vault.variable(m_bound, QStringLiteral("FRESH"))), "NotFound");
}

void TestVaultOutbox::failedQueueRollsBackTheChange()
{
    m_vault.lock();
    {
        RawDatabase raw(m_path);
        QVERIFY(
            raw.exec("CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'full'); END"));
    }
    QVERIFY(unlock());
    QVERIFY(!m_vault.setSecret(m_bound, QStringLiteral("API_KEY"), secret("lost")).ok());
    QVERIFY(!m_vault.removeVariable(m_bound, QStringLiteral("URL")).ok());
    QCOMPARE(m_vault.secretValue(m_bound, QStringLiteral("API_KEY"))->bytes().toByteArray(), QByteArray("old-key"));
    QVERIFY(m_vault.variable(m_bound, QStringLiteral("URL")).ok());
    // An unbound project never touches the outbox, so the trigger does not stop it.
    QVERIFY(m_vault.setSecret(m_unbound, QStringLiteral("API_KEY"), secret("kept")).ok());
}

void TestVaultOutbox::outboxChangedSignal()
{
    QSignalSpy spy(&m_vault, &Vault::outboxChanged);
    // A model that reads the vault back while handling variableSaved, as item models do.
    const auto reader = connect(&m_vault, &Vault::variableSaved, this, [this] { (void)m_vault.outboxCount(m_bound); });
    QVERIFY(m_vault.setVariable(m_unbound, QStringLiteral("URL"), QStringLiteral("u")).ok());
    QCOMPARE(spy.size(), 0);
    QVERIFY(m_vault.setVariable(m_bound, QStringLiteral("URL"), QStringLiteral("u")).ok());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<ProjectId>(), m_bound);
    QVERIFY(!m_vault.setVariable(m_bound, QStringLiteral("URL"), QStringLiteral("u"), {}, Vault::WriteMode::CreateOnly)
                 .ok());
    QCOMPARE(spy.size(), 1);
    disconnect(reader);
}

void TestVaultOutbox::entriesSurviveLockAndUnlock()
{
    QVERIFY(m_vault.setSecret(m_bound, QStringLiteral("API_KEY"), secret("key-2")).ok());
    QVERIFY(m_vault.removeVariable(m_bound, QStringLiteral("URL")).ok());
    const auto before = m_vault.outbox(m_bound);
    QVERIFY(before.ok());
    m_vault.lock();
    QCOMPARE(outcomeName(m_vault.outbox(m_bound)), "Locked");
    QVERIFY(unlock());
    const auto after = m_vault.outbox(m_bound);
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after->at(i).id, before->at(i).id);
        QCOMPARE(after->at(i).idempotencyKey, before->at(i).idempotencyKey);
        QCOMPARE(describe(after->at(i)), describe(before->at(i)));
    }
    QCOMPARE(describe(after->at(0)), QStringLiteral("put secret API_KEY=key-2"));
}

void TestVaultOutbox::acknowledgeRemovesOnlyTheGivenIds()
{
    for (const char* value : {"1", "2", "3", "4"}) {
        QVERIFY(m_vault.setVariable(m_bound, QStringLiteral("URL"), QString::fromLatin1(value)).ok());
    }
    QVERIFY(m_vault.setRemoteBinding(m_unbound, kUrl, 4, secret("token-2")).ok());
    QVERIFY(m_vault.setVariable(m_unbound, QStringLiteral("URL"), QStringLiteral("other")).ok());
    const auto entries = m_vault.outbox(m_bound);
    QVERIFY(entries.ok());
    const qint64 otherProjectsEntry = m_vault.outbox(m_unbound)->at(0).id;

    QVERIFY(m_vault.acknowledgeOutbox(m_bound, {entries->at(0).id, entries->at(2).id, otherProjectsEntry}).ok());
    QCOMPARE(queue(m_bound),
        (QStringList {QStringLiteral("put variable URL=2 [export]"), QStringLiteral("put variable URL=4 [export]")}));
    // An id of another project is not this project's to acknowledge.
    QCOMPARE(m_vault.outboxCount(m_unbound).value(), 1);
    // Acknowledging again (a retry after a crash) is harmless.
    QVERIFY(m_vault.acknowledgeOutbox(m_bound, {entries->at(0).id}).ok());
    QCOMPARE(m_vault.outboxCount(m_bound).value(), 2);
}

void TestVaultOutbox::removeProjectCascades()
{
    QVERIFY(m_vault.setVariable(m_bound, QStringLiteral("URL"), QStringLiteral("u")).ok());
    QVERIFY(m_vault.removeProject(m_bound).ok());
    m_vault.lock();
    RawDatabase raw(m_path);
    QCOMPARE(raw.integer("SELECT count(*) FROM outbox"), qint64(0));
    QCOMPARE(raw.integer("SELECT count(*) FROM credentials"), qint64(0));
}

void TestVaultOutbox::bindingRoundTrip()
{
    QSignalSpy projectsChanged(&m_vault, &Vault::projectsChanged);
    auto shop = m_vault.projectByName(QStringLiteral("Shop"));
    QVERIFY(shop.ok());
    QCOMPARE(shop->remoteUrl, kUrl);
    QCOMPARE(shop->remoteProjectId, kRemoteId);
    QCOMPARE(m_vault.remoteToken(m_bound)->bytes().toByteArray(), m_token.toLatin1());
    QCOMPARE(outcomeName(m_vault.remoteToken(m_unbound)), "NotFound");

    // Survives a rename, which rewrites the project record.
    QVERIFY(m_vault.renameProject(m_bound, QStringLiteral("Shop 2")).ok());
    QCOMPARE(m_vault.projectByName(QStringLiteral("Shop 2"))->remoteProjectId, kRemoteId);

    QVERIFY(m_vault.setVariable(m_bound, QStringLiteral("URL"), QStringLiteral("u")).ok());
    QVERIFY(m_vault.clearRemoteBinding(m_bound).ok());
    shop = m_vault.projectByName(QStringLiteral("Shop 2"));
    QCOMPARE(shop->remoteUrl, QString());
    QCOMPARE(shop->remoteProjectId, qint64(0));
    QCOMPARE(outcomeName(m_vault.remoteToken(m_bound)), "NotFound");
    QCOMPARE(m_vault.outboxCount(m_bound).value(), 0);
    QCOMPARE(projectsChanged.size(), 2);
    m_vault.lock();
    QCOMPARE(RawDatabase(m_path).integer("SELECT count(*) FROM credentials"), qint64(0));
}

void TestVaultOutbox::rebindingDropsTheQueue()
{
    QVERIFY(m_vault.setVariable(m_bound, QStringLiteral("URL"), QStringLiteral("u")).ok());
    // A new token for the same remote project keeps what is queued for it.
    QVERIFY(m_vault.setRemoteBinding(m_bound, kUrl + QLatin1Char('/'), kRemoteId, secret("renewed")).ok());
    QCOMPARE(m_vault.outboxCount(m_bound).value(), 1);
    QCOMPARE(m_vault.remoteToken(m_bound)->bytes().toByteArray(), QByteArray("renewed"));
    // Another remote project must not receive changes queued for the first.
    QVERIFY(m_vault.setRemoteBinding(m_bound, kUrl, kRemoteId + 1, secret("renewed")).ok());
    QCOMPARE(m_vault.outboxCount(m_bound).value(), 0);
    m_vault.lock();
    QCOMPARE(RawDatabase(m_path).integer("SELECT count(*) FROM credentials"), qint64(1));
}

void TestVaultOutbox::invalidBinding_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("remoteId");
    QTest::addColumn<QByteArray>("token");

    const QByteArray token = "bv_valid_token";
    QTest::newRow("plain http to another host")
        << QStringLiteral("http://bots.example.com/?key=s3cr3t") << kRemoteId << token;
    QTest::newRow("ftp") << QStringLiteral("ftp://bots.example.com") << kRemoteId << token;
    QTest::newRow("no host") << QStringLiteral("https://") << kRemoteId << token;
    QTest::newRow("no host, user info") << QStringLiteral("https://ann:s3cr3t@") << kRemoteId << token;
    QTest::newRow("user info") << QStringLiteral("https://ann:s3cr3t@bots.example.com") << kRemoteId << token;
    QTest::newRow("query") << QStringLiteral("https://bots.example.com/?token=s3cr3t") << kRemoteId << token;
    QTest::newRow("id 0") << kUrl << qint64(0) << token;
    QTest::newRow("id above 2^53-1") << kUrl << (qint64(1) << 53) << token;
    QTest::newRow("empty token") << kUrl << kRemoteId << QByteArray();
    QTest::newRow("token with a space") << kUrl << kRemoteId << QByteArray("bv_ab cd");
    QTest::newRow("token with a line break") << kUrl << kRemoteId << QByteArray("bv_ab\r\nX-Evil: 1");
    QTest::newRow("token too long") << kUrl << kRemoteId << QByteArray(Vault::kMaxTokenBytes + 1, 'a');
}

void TestVaultOutbox::invalidBinding()
{
    QFETCH(QString, url);
    QFETCH(qint64, remoteId);
    QFETCH(QByteArray, token);
    const auto bound = m_vault.setRemoteBinding(m_unbound, url, remoteId, SecretValue(QCA::SecureArray(token)));
    QCOMPARE(outcomeName(bound), "InvalidInput");
    if (!token.isEmpty()) {
        QVERIFY(!bound.message().contains(QString::fromLatin1(token)));
    }
    // Credentials written into an address are not repeated either.
    QVERIFY2(!bound.message().contains(QLatin1String("s3cr3t")), qPrintable(bound.message()));
    QCOMPARE(m_vault.projectByName(QStringLiteral("Local"))->remoteProjectId, qint64(0));
    QCOMPARE(outcomeName(m_vault.remoteToken(m_unbound)), "NotFound");
}

void TestVaultOutbox::noPlaintextAtRest()
{
    const QString run = QString::number(QRandomGenerator::global()->generate64(), 16);
    const QString secret = QStringLiteral("OutboxSecret") + run;
    const QString variable = QStringLiteral("OutboxVariable") + run;
    QVERIFY(m_vault.setSecret(m_bound, QStringLiteral("API_KEY"), TestSupport::secret(secret)).ok());
    QVERIFY(m_vault.setVariable(m_bound, QStringLiteral("URL"), variable).ok());
    QVERIFY(m_vault.renameSecret(m_bound, QStringLiteral("API_KEY"), QStringLiteral("RENAMED_KEY")).ok());
    Vault::ProjectImport import;
    import.into = m_bound;
    Vault::ImportItem item;
    item.kind = ItemKind::Secret;
    item.name = QStringLiteral("IMPORTED");
    item.secretValue = SecretValue(secure(secret + QStringLiteral("Imported")));
    import.items = {item};
    QVERIFY(m_vault.applyImport(import).ok());
    QCOMPARE(m_vault.outboxCount(m_bound).value(), 5);
    const QStringList canaries {m_token, secret, variable, secret + QStringLiteral("Imported")};

    int files = 0;
    QStringList hits = scanFolder(m_dir->path(), canaries, &files);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    QVERIFY(files >= 2); // the database and its WAL while unlocked
    m_vault.lock();
    hits = scanFolder(m_dir->path(), canaries, &files);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    QVERIFY(files >= 1);
}

void TestVaultOutbox::tamperedEntryIsDamagedAlone()
{
    for (const char* value : {"1", "2", "3"}) {
        QVERIFY(m_vault.setVariable(m_bound, QStringLiteral("URL"), QString::fromLatin1(value)).ok());
    }
    const qint64 middle = m_vault.outbox(m_bound)->at(1).id;
    m_vault.lock();
    {
        RawDatabase raw(m_path);
        const QByteArray record = raw.blob("SELECT record FROM outbox WHERE id = ?1", middle);
        QVERIFY(!record.isEmpty());
        QVERIFY(raw.updateBlob("UPDATE outbox SET record = ?1 WHERE id = ?2", flipByte(record, 20), middle));
    }
    QVERIFY(unlock());
    const auto entries = m_vault.outbox(m_bound);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(1).id, middle);
    QVERIFY(entries->at(1).damaged);
    QCOMPARE(entries->at(1).name, QString());
    QCOMPARE(describe(entries->at(0)), QStringLiteral("put variable URL=1 [export]"));
    QCOMPARE(describe(entries->at(2)), QStringLiteral("put variable URL=3 [export]"));
    QCOMPARE(m_vault.remoteToken(m_bound)->bytes().toByteArray(), m_token.toLatin1());
    QCOMPARE(m_vault.variable(m_bound, QStringLiteral("URL"))->value, QStringLiteral("3"));
}

void TestVaultOutbox::tamperedCredentialIsDamaged()
{
    QVERIFY(m_vault.setVariable(m_bound, QStringLiteral("URL"), QStringLiteral("u")).ok());
    m_vault.lock();
    {
        RawDatabase raw(m_path);
        const qint64 id = raw.integer("SELECT id FROM credentials");
        const QByteArray record = raw.blob("SELECT record FROM credentials WHERE id = ?1", id);
        QVERIFY(raw.updateBlob("UPDATE credentials SET record = ?1 WHERE id = ?2", flipByte(record, 30), id));
    }
    QVERIFY(unlock());
    const auto token = m_vault.remoteToken(m_bound);
    QCOMPARE(outcomeName(token), "Damaged");
    QVERIFY(!token.message().contains(m_token));
    QCOMPARE(m_vault.projectByName(QStringLiteral("Shop"))->remoteProjectId, kRemoteId);
    QCOMPARE(queue(m_bound), QStringList {QStringLiteral("put variable URL=u [export]")});
    QCOMPARE(m_vault.secretValue(m_bound, QStringLiteral("API_KEY"))->bytes().toByteArray(), QByteArray("old-key"));
}

void TestVaultOutbox::credentialSwappedWithItemFails()
{
    const RecordId secretId = m_vault.secrets(m_bound)->at(0).id;
    QVERIFY(m_vault.setSecret(m_bound, QStringLiteral("API_KEY"), secret("queued")).ok());
    const qint64 entryId = m_vault.outbox(m_bound)->at(0).id;
    m_vault.lock();
    {
        RawDatabase raw(m_path);
        const qint64 credentialId = raw.integer("SELECT id FROM credentials");
        const QByteArray credential = raw.blob("SELECT record FROM credentials WHERE id = ?1", credentialId);
        const QByteArray item = raw.blob("SELECT record FROM items WHERE id = ?1", secretId);
        const QByteArray entry = raw.blob("SELECT record FROM outbox WHERE id = ?1", entryId);
        QVERIFY(raw.updateBlob("UPDATE credentials SET record = ?1 WHERE id = ?2", item, credentialId));
        QVERIFY(raw.updateBlob("UPDATE items SET record = ?1 WHERE id = ?2", credential, secretId));
        QVERIFY(raw.updateBlob("UPDATE outbox SET record = ?1 WHERE id = ?2", item, entryId));
    }
    QVERIFY(unlock());
    QCOMPARE(outcomeName(m_vault.remoteToken(m_bound)), "Damaged");
    QCOMPARE(outcomeName(m_vault.secretValue(m_bound, QStringLiteral("API_KEY"))), "Damaged");
    QCOMPARE(queue(m_bound), QStringList {QStringLiteral("damaged")});
}

void TestVaultOutbox::versionOneVaultIsMigrated()
{
    QVERIFY(m_vault.clearRemoteBinding(m_bound).ok());
    m_vault.lock();
    {
        // What a vault written before the outbox existed looks like.
        RawDatabase raw(m_path);
        QVERIFY(raw.exec("DROP TABLE outbox; DROP TABLE credentials; PRAGMA user_version = 1;"));
        QCOMPARE(raw.integer("PRAGMA user_version"), qint64(1));
    }
    QCOMPARE(outcomeName(m_vault.unlock(m_path, secret("wrong password"))), "WrongPassword");
    QCOMPARE(RawDatabase(m_path).integer("PRAGMA user_version"), qint64(1));
    QVERIFY(unlock());
    QCOMPARE(RawDatabase(m_path).integer("PRAGMA user_version"), qint64(VaultSchema::kCurrentVersion));
    QCOMPARE(m_vault.secretValue(m_bound, QStringLiteral("API_KEY"))->bytes().toByteArray(), QByteArray("old-key"));
    QCOMPARE(m_vault.variable(m_unbound, QStringLiteral("URL"))->value, QStringLiteral("https://old"));
    QVERIFY(m_vault.setRemoteBinding(m_bound, kUrl, kRemoteId, secret(m_token)).ok());
    QVERIFY(m_vault.removeSecret(m_bound, QStringLiteral("API_KEY")).ok());
    QCOMPARE(queue(m_bound), QStringList {QStringLiteral("delete secret API_KEY")});
    QVERIFY(m_vault.checkIntegrity().ok());
}

BOTVAULT_TEST_MAIN(TestVaultOutbox)
#include "TestVaultOutbox.moc"
