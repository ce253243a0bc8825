#include "storage/Vault.h"
#include "tests/support/LegacyFormat.h"
#include "tests/support/RawDatabase.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// A vault file is as trustworthy as the disk it sits on: these tests edit it behind the vault's back
// (flipped bytes, copied and swapped ciphertexts, moved rows, a doctored key-wrap row, files that are
// not vaults at all) and check that each change is reported as damage for exactly the records
// touched, that every other record still opens, and that no plaintext reaches an error message.

namespace {

using TestSupport::errorMessage;
using TestSupport::outcomeName;

QByteArray flipByte(QByteArray bytes, qsizetype position)
{
    bytes[position] = static_cast<char>(bytes.at(position) ^ 0x01);
    return bytes;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// The process's peak resident set (VmHWM) in KiB, or -1.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// How a listing shows one record.
enum class Shown
{
    Missing,
    Intact,
    Damaged,
};

} // namespace

class TestVaultTamper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void itemRecordBytes_data();
    void itemRecordBytes();
    void projectRecordByte();
    void secretCopiedOverAnother();
    void secretsSwapped();
    void variablesSwapped();
    void recordMovedToAnotherProject();
    void projectIdChanged();
    void recordReplayedUnderAnotherFormat_data();
    void recordReplayedUnderAnotherFormat();
    void kindChanged_data();
    void kindChanged();
    void nameIndexesSwapped_data();
    void nameIndexesSwapped();
    void projectNameIndexesSwapped();
    void keyWrapTampered_data();
    void keyWrapTampered();
    void vaultMetaDeleted();
    void notAVault_data();
    void notAVault();
    void futureSchema();

private:
    struct Item
    {
        ProjectId project = 0;
        ItemKind kind = ItemKind::Secret;
        QString name;
        QString value;
        RecordId id = 0;
    };

    QString key(const QString& project, ItemKind kind, const QString& name) const;
    const Item& item(const QString& project, ItemKind kind, const QString& name) const;
    bool unlock();
    bool containsPlaintext(const QString& message) const;
    Shown shownAs(const Item& item) const;
    Shown shownInListing(ProjectId project, ItemKind kind, RecordId id, QString* nameSeen) const;
    void verifyIntact(const Item& item);
    void verifyDamagedByName(const Item& item);
    void verifyAllIntactExcept(const QList<RecordId>& touched);

    QTemporaryDir* m_dir = nullptr;
    QString m_path;
    const QCA::SecureArray m_password = TestSupport::secure("tamper test password");
    Vault m_vault;
    QHash<QString, ProjectId> m_projects;
    QHash<QString, Item> m_items;
    QStringList m_plaintexts;
};

void TestVaultTamper::initTestCase()
{
    QVERIFY(QCA::isSupported("aes256-gcm"));
}

void TestVaultTamper::init()
{
    m_dir = new QTemporaryDir();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(m_path, SecretValue(m_password), TestSupport::fastKdfParams()).ok());
    QVERIFY(unlock());

    m_projects.clear();
    m_items.clear();
    m_plaintexts.clear();
    const quint64 run = QRandomGenerator::global()->generate64();
    for (const QString& projectName : {QStringLiteral("Alpha"), QStringLiteral("Beta")}) {
        auto project = m_vault.addProject(projectName);
        QVERIFY2(project.ok(), qPrintable(errorMessage(project)));
        m_projects.insert(projectName, project->id);
        for (const ItemKind kind : {ItemKind::Secret, ItemKind::Variable}) {
            const QStringList names = kind == ItemKind::Secret
                ? QStringList {QStringLiteral("API_KEY"), QStringLiteral("DB_PASSWORD"), QStringLiteral("TOKEN")}
                : QStringList {QStringLiteral("GREETING"), QStringLiteral("TIMEOUT"), QStringLiteral("API_KEY")};
            for (const QString& name : names) {
                Item item;
                item.project = project->id;
                item.kind = kind;
                item.name = name;
                item.value
                    = QStringLiteral("%1-%2-%3-%4")
                          .arg(projectName,
                              kind == ItemKind::Secret ? QStringLiteral("secret") : QStringLiteral("variable"), name)
                          .arg(run, 16, 16, QLatin1Char('0'));
                auto written = kind == ItemKind::Secret
                    ? m_vault.setSecret(project->id, name, TestSupport::secret(item.value))
                    : m_vault.setVariable(project->id, name, item.value);
                QVERIFY2(written.ok(), qPrintable(errorMessage(written)));
                item.id = written->id;
                m_items.insert(key(projectName, kind, name), item);
                m_plaintexts.append(item.value);
            }
        }
    }
    m_vault.lock();
}

void TestVaultTamper::cleanup()
{
    m_vault.lock();
    delete m_dir;
    m_dir = nullptr;
}

QString TestVaultTamper::key(const QString& project, ItemKind kind, const QString& name) const
{
    return project + (kind == ItemKind::Secret ? QStringLiteral("/secret/") : QStringLiteral("/variable/")) + name;
}

const TestVaultTamper::Item& TestVaultTamper::item(const QString& project, ItemKind kind, const QString& name) const
{
    const auto found = m_items.constFind(key(project, kind, name));
    Q_ASSERT(found != m_items.constEnd());
    return found.value();
}

bool TestVaultTamper::unlock()
{
    const auto unlocked = m_vault.unlock(m_path, SecretValue(m_password));
    if (!unlocked) {
        qWarning("unlock failed: %s", qPrintable(errorMessage(unlocked)));
    }
    return unlocked.ok();
}

bool TestVaultTamper::containsPlaintext(const QString& message) const
{
    return std::any_of(m_plaintexts.cbegin(), m_plaintexts.cend(),
        [&message](const QString& plaintext) { return message.contains(plaintext); });
}

Shown TestVaultTamper::shownInListing(ProjectId project, ItemKind kind, RecordId id, QString* nameSeen) const
{
    nameSeen->clear();
    if (kind == ItemKind::Secret) {
        const auto listing = m_vault.secrets(project);
        if (!listing) {
            return Shown::Missing;
        }
        for (const SecretSummary& summary : listing.value()) {
            if (summary.id == id) {
                *nameSeen = summary.name + summary.updatedBy;
                return summary.damaged ? Shown::Damaged : Shown::Intact;
            }
        }
        return Shown::Missing;
    }
    const auto listing = m_vault.variables(project);
    if (!listing) {
        return Shown::Missing;
    }
    for (const Variable& variable : listing.value()) {
        if (variable.id == id) {
            *nameSeen = variable.name + variable.value + variable.updatedBy;
            return variable.damaged ? Shown::Damaged : Shown::Intact;
        }
    }
    return Shown::Missing;
}

Shown TestVaultTamper::shownAs(const Item& item) const
{
    QString seen;
    return shownInListing(item.project, item.kind, item.id, &seen);
}

// The item is listed with its name and value and can be read by name.
void TestVaultTamper::verifyIntact(const Item& item)
{
    if (item.kind == ItemKind::Secret) {
        const auto value = m_vault.secretValue(item.project, item.name);
        QVERIFY2(value.ok(), qPrintable(item.name + QStringLiteral(": ") + errorMessage(value)));
        QCOMPARE(QString::fromUtf8(value->bytes().toByteArray()), item.value);
        const auto listing = m_vault.secrets(item.project);
        QVERIFY(listing.ok());
        const auto found = std::find_if(listing->cbegin(), listing->cend(),
            [&item](const SecretSummary& summary) { return summary.id == item.id; });
        QVERIFY2(found != listing->cend(), qPrintable(item.name));
        QVERIFY(!found->damaged);
        QCOMPARE(found->name, item.name);
    } else {
        const auto variable = m_vault.variable(item.project, item.name);
        QVERIFY2(variable.ok(), qPrintable(item.name + QStringLiteral(": ") + errorMessage(variable)));
        QCOMPARE(variable->value, item.value);
        QCOMPARE(variable->id, item.id);
        const auto listing = m_vault.variables(item.project);
        QVERIFY(listing.ok());
        const auto found = std::find_if(
            listing->cbegin(), listing->cend(), [&item](const Variable& listed) { return listed.id == item.id; });
        QVERIFY2(found != listing->cend(), qPrintable(item.name));
        QVERIFY(!found->damaged);
        QCOMPARE(found->name, item.name);
        QCOMPARE(found->value, item.value);
    }
}

// Reading the item by name is refused as damage, with no plaintext in the message.
void TestVaultTamper::verifyDamagedByName(const Item& item)
{
    if (item.kind == ItemKind::Secret) {
        const auto value = m_vault.secretValue(item.project, item.name);
        if (value.ok()) {
            QFAIL(qPrintable(
                item.name + QStringLiteral(" opened as: ") + QString::fromUtf8(value->bytes().toByteArray())));
        }
        QCOMPARE(outcomeName(value), outcomeName(ErrorCode::Damaged));
        QVERIFY2(!containsPlaintext(errorMessage(value)), qPrintable(errorMessage(value)));
        // A damaged record cannot be silently overwritten either: the row's identity is in doubt.
        const auto overwritten = m_vault.setSecret(item.project, item.name, TestSupport::secret("replacement"));
        QVERIFY(!overwritten.ok());
        QVERIFY2(!containsPlaintext(errorMessage(overwritten)), qPrintable(errorMessage(overwritten)));
    } else {
        const auto variable = m_vault.variable(item.project, item.name);
        if (variable.ok()) {
            QFAIL(qPrintable(item.name + QStringLiteral(" opened as: ") + variable->value));
        }
        QCOMPARE(outcomeName(variable), outcomeName(ErrorCode::Damaged));
        QVERIFY2(!containsPlaintext(errorMessage(variable)), qPrintable(errorMessage(variable)));
    }
}

// Every fixture item whose id is not in `touched` opens as written.
void TestVaultTamper::verifyAllIntactExcept(const QList<RecordId>& touched)
{
    for (const Item& item : std::as_const(m_items)) {
        if (!touched.contains(item.id)) {
            verifyIntact(item);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }
    const auto projects = m_vault.projects();
    QVERIFY(projects.ok());
    QCOMPARE(projects->size(), 2);
    QVERIFY(m_vault.checkIntegrity().ok());
}

void TestVaultTamper::itemRecordBytes_data()
{
    QTest::addColumn<bool>("secret");
    QTest::addColumn<int>("change");

    // change >= 0 flips the byte at that offset from the start (negative values: from the end);
    // the named rows cover truncation and extension.
    for (const bool secret : {true, false}) {
        const char* kind = secret ? "secret" : "variable";
        QTest::addRow("%s nonce", kind) << secret << 0;
        QTest::addRow("%s ciphertext", kind) << secret << 20;
        QTest::addRow("%s tag", kind) << secret << -1;
        QTest::addRow("%s truncated", kind) << secret << 1000;
        QTest::addRow("%s extended", kind) << secret << 1001;
        QTest::addRow("%s empty", kind) << secret << 1002;
    }
}

void TestVaultTamper::itemRecordBytes()
{
    QFETCH(bool, secret);
    QFETCH(int, change);
    const Item target = item(QStringLiteral("Alpha"), secret ? ItemKind::Secret : ItemKind::Variable,
        secret ? QStringLiteral("API_KEY") : QStringLiteral("GREETING"));
    {
        RawDatabase raw(m_path);
        QVERIFY(raw.isOpen());
        QByteArray record = raw.blob("SELECT record FROM items WHERE id = ?1", target.id);
        QVERIFY(record.size() > 32);
        if (change == 1000) {
            record.chop(1);
        } else if (change == 1001) {
            record.append('\0');
        } else if (change == 1002) {
            record.clear();
        } else {
            record = flipByte(record, change >= 0 ? change : record.size() + change);
        }
        QVERIFY(raw.updateBlob("UPDATE items SET record = ?1 WHERE id = ?2", record, target.id));
    }

    QVERIFY(unlock());
    QString seen;
    QCOMPARE(shownInListing(target.project, target.kind, target.id, &seen), Shown::Damaged);
    QVERIFY2(seen.isEmpty(), qPrintable(seen));
    verifyDamagedByName(target);
    verifyAllIntactExcept({target.id});
}

void TestVaultTamper::projectRecordByte()
{
    const ProjectId alpha = m_projects.value(QStringLiteral("Alpha"));
    {
        RawDatabase raw(m_path);
        const QByteArray record = raw.blob("SELECT record FROM projects WHERE id = ?1", alpha);
        QVERIFY(!record.isEmpty());
        QVERIFY(raw.updateBlob(
            "UPDATE projects SET record = ?1 WHERE id = ?2", flipByte(record, record.size() / 2), alpha));
    }

    QVERIFY(unlock());
    const auto projects = m_vault.projects();
    QVERIFY(projects.ok());
    QCOMPARE(projects->size(), 2);
    for (const Project& project : projects.value()) {
        if (project.id == alpha) {
            QVERIFY(project.damaged);
            QVERIFY(project.name.isEmpty());
        } else {
            QVERIFY(!project.damaged);
            QCOMPARE(project.name, QStringLiteral("Beta"));
        }
    }
    const auto byName = m_vault.projectByName(QStringLiteral("Alpha"));
    QCOMPARE(outcomeName(byName), outcomeName(ErrorCode::Damaged));

    // The project's own record vouches for its items: while it is damaged they are not served.
    const auto secrets = m_vault.secrets(alpha);
    QVERIFY(!secrets.ok());
    QCOMPARE(outcomeName(secrets), outcomeName(ErrorCode::Damaged));
    const auto value = m_vault.secretValue(alpha, QStringLiteral("API_KEY"));
    QCOMPARE(outcomeName(value), outcomeName(ErrorCode::Damaged));
    QVERIFY(!containsPlaintext(errorMessage(value)));
    const auto variable = m_vault.variable(alpha, QStringLiteral("GREETING"));
    QCOMPARE(outcomeName(variable), outcomeName(ErrorCode::Damaged));
    QVERIFY(!containsPlaintext(errorMessage(variable)));

    for (const Item& other : std::as_const(m_items)) {
        if (other.project != alpha) {
            verifyIntact(other);
        }
    }
}

void TestVaultTamper::secretCopiedOverAnother()
{
    const Item source = item(QStringLiteral("Alpha"), ItemKind::Secret, QStringLiteral("API_KEY"));
    const Item target = item(QStringLiteral("Alpha"), ItemKind::Secret, QStringLiteral("DB_PASSWORD"));
    {
        RawDatabase raw(m_path);
        const QByteArray record = raw.blob("SELECT record FROM items WHERE id = ?1", source.id);
        QVERIFY(raw.updateBlob("UPDATE items SET record = ?1 WHERE id = ?2", record, target.id));
    }

    QVERIFY(unlock());
    QCOMPARE(shownAs(target), Shown::Damaged);
    verifyDamagedByName(target);
    verifyAllIntactExcept({target.id});
}

void TestVaultTamper::secretsSwapped()
{
    const Item first = item(QStringLiteral("Alpha"), ItemKind::Secret, QStringLiteral("API_KEY"));
    const Item second = item(QStringLiteral("Alpha"), ItemKind::Secret, QStringLiteral("TOKEN"));
    {
        RawDatabase raw(m_path);
        const QByteArray firstRecord = raw.blob("SELECT record FROM items WHERE id = ?1", first.id);
        const QByteArray secondRecord = raw.blob("SELECT record FROM items WHERE id = ?1", second.id);
        QVERIFY(raw.updateBlob("UPDATE items SET record = ?1 WHERE id = ?2", secondRecord, first.id));
        QVERIFY(raw.updateBlob("UPDATE items SET record = ?1 WHERE id = ?2", firstRecord, second.id));
    }

    QVERIFY(unlock());
    QCOMPARE(shownAs(first), Shown::Damaged);
    QCOMPARE(shownAs(second), Shown::Damaged);
    verifyDamagedByName(first);
    verifyDamagedByName(second);
    verifyAllIntactExcept({first.id, second.id});
}

void TestVaultTamper::variablesSwapped()
{
    const Item first = item(QStringLiteral("Beta"), ItemKind::Variable, QStringLiteral("GREETING"));
    const Item second = item(QStringLiteral("Beta"), ItemKind::Variable, QStringLiteral("TIMEOUT"));
    {
        RawDatabase raw(m_path);
        const QByteArray firstRecord = raw.blob("SELECT record FROM items WHERE id = ?1", first.id);
        const QByteArray secondRecord = raw.blob("SELECT record FROM items WHERE id = ?1", second.id);
        QVERIFY(raw.updateBlob("UPDATE items SET record = ?1 WHERE id = ?2", secondRecord, first.id));
        QVERIFY(raw.updateBlob("UPDATE items SET record = ?1 WHERE id = ?2", firstRecord, second.id));
    }

    QVERIFY(unlock());
    QString seen;
    QCOMPARE(shownInListing(first.project, first.kind, first.id, &seen), Shown::Damaged);
    QVERIFY(seen.isEmpty());
    QCOMPARE(shownInListing(second.project, second.kind, second.id, &seen), Shown::Damaged);
    QVERIFY(seen.isEmpty());
    verifyDamagedByName(first);
    verifyDamagedByName(second);
    verifyAllIntactExcept({first.id, second.id});
}

void TestVaultTamper::recordMovedToAnotherProject()
{
    const Item source = item(QStringLiteral("Alpha"), ItemKind::Secret, QStringLiteral("API_KEY"));
    const Item target = item(QStringLiteral("Beta"), ItemKind::Secret, QStringLiteral("API_KEY"));
    {
        RawDatabase raw(m_path);
        const QByteArray record = raw.blob("SELECT record FROM items WHERE id = ?1", source.id);
        QVERIFY(raw.updateBlob("UPDATE items SET record = ?1 WHERE id = ?2", record, target.id));
    }

    QVERIFY(unlock());
    QCOMPARE(shownAs(target), Shown::Damaged);
    verifyDamagedByName(target);
    verifyAllIntactExcept({target.id});
}

void TestVaultTamper::recordReplayedUnderAnotherFormat_data()
{
    QTest::addColumn<int>("replay");
    QTest::addColumn<bool>("secret");
    for (const bool secret : {true, false}) {
        const char* kind = secret ? "secret" : "variable";
        QTest::addRow("%s: format 1's record of the same row", kind)
            << int(LegacyFormat::Replay::Format1Record) << secret;
        QTest::addRow("%s: binding of format 1", kind) << int(LegacyFormat::Replay::BindingOfFormat1) << secret;
        QTest::addRow("%s: binding of format 3", kind) << int(LegacyFormat::Replay::BindingOfFormat3) << secret;
        QTest::addRow("%s: no associated data", kind) << int(LegacyFormat::Replay::NoAssociatedData) << secret;
    }
}

void TestVaultTamper::recordReplayedUnderAnotherFormat()
{
    QFETCH(int, replay);
    QFETCH(bool, secret);
    // Its own plaintext, for its own row, under the same data key: only the format differs.
    const Item target = secret ? item(QStringLiteral("Beta"), ItemKind::Secret, QStringLiteral("TOKEN"))
                               : item(QStringLiteral("Alpha"), ItemKind::Variable, QStringLiteral("GREETING"));
    const QByteArray replayed = LegacyFormat::resealItemAs(
        m_path, SecretValue(m_password), target.id, static_cast<LegacyFormat::Replay>(replay));
    QVERIFY(!replayed.isEmpty());
    {
        RawDatabase raw(m_path);
        QVERIFY(raw.updateBlob("UPDATE items SET record = ?1 WHERE id = ?2", replayed, target.id));
    }

    QVERIFY(unlock());
    QCOMPARE(shownAs(target), Shown::Damaged);
    verifyDamagedByName(target);
    verifyAllIntactExcept({target.id});
}

void TestVaultTamper::projectIdChanged()
{
    const Item moved = item(QStringLiteral("Alpha"), ItemKind::Secret, QStringLiteral("TOKEN"));
    const ProjectId beta = m_projects.value(QStringLiteral("Beta"));
    {
        RawDatabase raw(m_path);
        QVERIFY(raw.updateInt("UPDATE items SET project_id = ?1 WHERE id = ?2", beta, moved.id));
    }

    QVERIFY(unlock());
    // Listed under the project it now claims to belong to, the record does not open there.
    QString seen;
    QCOMPARE(shownInListing(beta, ItemKind::Secret, moved.id, &seen), Shown::Damaged);
    QVERIFY(seen.isEmpty());
    QCOMPARE(shownAs(moved), Shown::Missing);
    // Lookup by name and listing must agree: a row that no longer lists under Alpha is not served
    // as Alpha's either.
    const auto inAlpha = m_vault.secretValue(moved.project, moved.name);
    QVERIFY2(!inAlpha.ok(), "Alpha's TOKEN is still served by name although its row now belongs to Beta");
    QVERIFY(!containsPlaintext(errorMessage(inAlpha)));
    const auto inBeta = m_vault.secretValue(beta, QStringLiteral("TOKEN"));
    QVERIFY(inBeta.ok());
    QCOMPARE(QString::fromUtf8(inBeta->bytes().toByteArray()),
        item(QStringLiteral("Beta"), ItemKind::Secret, QStringLiteral("TOKEN")).value);
    verifyAllIntactExcept({moved.id});
}

void TestVaultTamper::kindChanged_data()
{
    QTest::addColumn<bool>("fromSecret");
    QTest::newRow("secret relabelled as variable") << true;
    QTest::newRow("variable relabelled as secret") << false;
}

void TestVaultTamper::kindChanged()
{
    QFETCH(bool, fromSecret);
    const Item relabelled = fromSecret ? item(QStringLiteral("Alpha"), ItemKind::Secret, QStringLiteral("DB_PASSWORD"))
                                       : item(QStringLiteral("Alpha"), ItemKind::Variable, QStringLiteral("TIMEOUT"));
    const ItemKind newKind = fromSecret ? ItemKind::Variable : ItemKind::Secret;
    {
        RawDatabase raw(m_path);
        QVERIFY(raw.updateInt("UPDATE items SET kind = ?1 WHERE id = ?2", static_cast<qint64>(newKind), relabelled.id));
    }

    QVERIFY(unlock());
    // The worst outcome would be a secret shown in clear as a variable: it must list as damaged.
    QString seen;
    QCOMPARE(shownInListing(relabelled.project, newKind, relabelled.id, &seen), Shown::Damaged);
    QVERIFY2(seen.isEmpty(), qPrintable(seen));
    QCOMPARE(shownAs(relabelled), Shown::Missing);
    const bool servedByName = fromSecret ? m_vault.secretValue(relabelled.project, relabelled.name).ok()
                                         : m_vault.variable(relabelled.project, relabelled.name).ok();
    QVERIFY2(!servedByName, "the record is still served by name under its old kind");
    const auto variables = m_vault.variables(relabelled.project);
    QVERIFY(variables.ok());
    for (const Item& secret : std::as_const(m_items)) {
        if (secret.kind == ItemKind::Secret) {
            for (const Variable& variable : variables.value()) {
                QVERIFY(!variable.value.contains(secret.value));
            }
        }
    }
    verifyAllIntactExcept({relabelled.id});
}

void TestVaultTamper::nameIndexesSwapped_data()
{
    QTest::addColumn<QString>("firstKey");
    QTest::addColumn<QString>("secondKey");
    QTest::newRow("two secrets") << key(QStringLiteral("Alpha"), ItemKind::Secret, QStringLiteral("API_KEY"))
                                 << key(QStringLiteral("Alpha"), ItemKind::Secret, QStringLiteral("DB_PASSWORD"));
    QTest::newRow("two variables") << key(QStringLiteral("Alpha"), ItemKind::Variable, QStringLiteral("GREETING"))
                                   << key(QStringLiteral("Alpha"), ItemKind::Variable, QStringLiteral("TIMEOUT"));
    // Looking a variable up must never hand out a secret's value through the variable API.
    QTest::newRow("secret and variable") << key(QStringLiteral("Alpha"), ItemKind::Secret, QStringLiteral("API_KEY"))
                                         << key(QStringLiteral("Alpha"), ItemKind::Variable, QStringLiteral("API_KEY"));
    QTest::newRow("two projects") << key(QStringLiteral("Alpha"), ItemKind::Secret, QStringLiteral("TOKEN"))
                                  << key(QStringLiteral("Beta"), ItemKind::Secret, QStringLiteral("TOKEN"));
}

void TestVaultTamper::nameIndexesSwapped()
{
    QFETCH(QString, firstKey);
    QFETCH(QString, secondKey);
    const Item first = m_items.value(firstKey);
    const Item second = m_items.value(secondKey);
    QVERIFY(first.id != 0 && second.id != 0);
    {
        RawDatabase raw(m_path);
        const QByteArray firstIndex = raw.blob("SELECT name_index FROM items WHERE id = ?1", first.id);
        const QByteArray secondIndex = raw.blob("SELECT name_index FROM items WHERE id = ?1", second.id);
        QVERIFY(!firstIndex.isEmpty() && firstIndex != secondIndex);
        // UNIQUE(name_index): park the first row on a placeholder while the second takes its index.
        QVERIFY(raw.updateBlob("UPDATE items SET name_index = ?1 WHERE id = ?2", QByteArray(32, 'x'), first.id));
        QVERIFY(raw.updateBlob("UPDATE items SET name_index = ?1 WHERE id = ?2", firstIndex, second.id));
        QVERIFY(raw.updateBlob("UPDATE items SET name_index = ?1 WHERE id = ?2", secondIndex, first.id));
    }

    QVERIFY(unlock());
    verifyDamagedByName(first);
    verifyDamagedByName(second);
    // The records themselves are untouched, so listings still show them intact.
    QCOMPARE(shownAs(first), Shown::Intact);
    QCOMPARE(shownAs(second), Shown::Intact);
    verifyAllIntactExcept({first.id, second.id});
}

void TestVaultTamper::projectNameIndexesSwapped()
{
    const ProjectId alpha = m_projects.value(QStringLiteral("Alpha"));
    const ProjectId beta = m_projects.value(QStringLiteral("Beta"));
    {
        RawDatabase raw(m_path);
        const QByteArray alphaIndex = raw.blob("SELECT name_index FROM projects WHERE id = ?1", alpha);
        const QByteArray betaIndex = raw.blob("SELECT name_index FROM projects WHERE id = ?1", beta);
        QVERIFY(raw.updateBlob("UPDATE projects SET name_index = ?1 WHERE id = ?2", QByteArray(32, 'x'), alpha));
        QVERIFY(raw.updateBlob("UPDATE projects SET name_index = ?1 WHERE id = ?2", alphaIndex, beta));
        QVERIFY(raw.updateBlob("UPDATE projects SET name_index = ?1 WHERE id = ?2", betaIndex, alpha));
    }

    QVERIFY(unlock());
    const auto byName = m_vault.projectByName(QStringLiteral("Alpha"));
    if (byName.ok()) {
        QFAIL(qPrintable(QStringLiteral("'Alpha' opened as project #%1").arg(byName->id)));
    }
    QCOMPARE(outcomeName(byName), outcomeName(ErrorCode::Damaged));
    verifyAllIntactExcept({});
}

void TestVaultTamper::keyWrapTampered_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("expected");

    // Out-of-range parameters are refused before Argon2 runs; in-range changes and edits of the
    // salt or wrapped key make the key-wrap key wrong, which is indistinguishable from a wrong password.
    QTest::newRow("memory 2^31 KiB") << QByteArray("UPDATE key_wrap SET memory_kib = 2147483648")
                                     << QString::fromLatin1(outcomeName(ErrorCode::Damaged));
    QTest::newRow("memory 1 GiB + 1 KiB") << QByteArray("UPDATE key_wrap SET memory_kib = 1048577")
                                          << QString::fromLatin1(outcomeName(ErrorCode::Damaged));
    QTest::newRow("memory 2^40 KiB") << QByteArray("UPDATE key_wrap SET memory_kib = 1099511627776")
                                     << QString::fromLatin1(outcomeName(ErrorCode::Damaged));
    QTest::newRow("memory negative") << QByteArray("UPDATE key_wrap SET memory_kib = -1")
                                     << QString::fromLatin1(outcomeName(ErrorCode::Damaged));
    QTest::newRow("memory below minimum")
        << QByteArray("UPDATE key_wrap SET memory_kib = 8") << QString::fromLatin1(outcomeName(ErrorCode::Damaged));
    QTest::newRow("passes 1") << QByteArray("UPDATE key_wrap SET passes = 1")
                              << QString::fromLatin1(outcomeName(ErrorCode::Damaged));
    QTest::newRow("passes 2^32") << QByteArray("UPDATE key_wrap SET passes = 4294967296")
                                 << QString::fromLatin1(outcomeName(ErrorCode::Damaged));
    QTest::newRow("lanes 0") << QByteArray("UPDATE key_wrap SET lanes = 0")
                             << QString::fromLatin1(outcomeName(ErrorCode::Damaged));
    QTest::newRow("other kdf") << QByteArray("UPDATE key_wrap SET kdf = 'scrypt'")
                               << QString::fromLatin1(outcomeName(ErrorCode::Damaged));
    QTest::newRow("short salt") << QByteArray("UPDATE key_wrap SET salt = substr(salt, 1, 16)")
                                << QString::fromLatin1(outcomeName(ErrorCode::Damaged));
    QTest::newRow("key_wrap row deleted")
        << QByteArray("DELETE FROM key_wrap") << QString::fromLatin1(outcomeName(ErrorCode::Damaged));
    QTest::newRow("memory raised in range") << QByteArray("UPDATE key_wrap SET memory_kib = memory_kib + 1024")
                                            << QString::fromLatin1(outcomeName(ErrorCode::WrongPassword));
    QTest::newRow("passes raised in range") << QByteArray("UPDATE key_wrap SET passes = passes + 1")
                                            << QString::fromLatin1(outcomeName(ErrorCode::WrongPassword));
    QTest::newRow("salt byte flipped") << QByteArray("salt")
                                       << QString::fromLatin1(outcomeName(ErrorCode::WrongPassword));
    QTest::newRow("wrapped key byte flipped")
        << QByteArray("wrapped_key") << QString::fromLatin1(outcomeName(ErrorCode::WrongPassword));
    QTest::newRow("vault id changed") << QByteArray("vault_id")
                                      << QString::fromLatin1(outcomeName(ErrorCode::WrongPassword));
}

void TestVaultTamper::keyWrapTampered()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, expected);
    {
        RawDatabase raw(m_path);
        if (sql == "salt" || sql == "wrapped_key") {
            const QByteArray select = "SELECT " + sql + " FROM key_wrap WHERE id = ?1";
            const QByteArray update = "UPDATE key_wrap SET " + sql + " = ?1 WHERE id = ?2";
            const QByteArray value = raw.blob(select.constData(), 1);
            QVERIFY(!value.isEmpty());
            QVERIFY(raw.updateBlob(update.constData(), flipByte(value, value.size() / 2), 1));
        } else if (sql == "vault_id") {
            const QByteArray value = raw.blob("SELECT vault_id FROM vault_meta WHERE id = ?1", 1);
            QVERIFY(raw.updateBlob("UPDATE vault_meta SET vault_id = ?1 WHERE id = ?2", flipByte(value, 3), 1));
        } else {
            QVERIFY(raw.exec(sql.constData()));
        }
    }
    // A wrong password only counts itself in the header's audit_head (see TestAuditLog): every
    // other table stays as it was.
    const QByteArray before = RawDatabase(m_path).dump();
    const qint64 peakBefore = peakRssKiB();

    const auto unlocked = m_vault.unlock(m_path, SecretValue(m_password));
    QVERIFY(!unlocked.ok());
    QCOMPARE(QString::fromLatin1(outcomeName(unlocked)), expected);
    QVERIFY(!errorMessage(unlocked).isEmpty());
    QVERIFY(!containsPlaintext(errorMessage(unlocked)));
    QVERIFY(!m_vault.isUnlocked());
    QCOMPARE(outcomeName(m_vault.secrets(m_projects.value(QStringLiteral("Alpha")))), outcomeName(ErrorCode::Locked));
    // A refused unlock leaves the records as they were.
    QCOMPARE(RawDatabase(m_path).dump(), before);
    // Argon2 with the tampered memory cost would have raised the peak by at least 1 GiB.
    QVERIFY2(peakRssKiB() - peakBefore < 256 * 1024,
        qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(peakRssKiB() - peakBefore)));
}

void TestVaultTamper::vaultMetaDeleted()
{
    {
        RawDatabase raw(m_path);
        QVERIFY(raw.exec("DELETE FROM vault_meta"));
    }
    const auto unlocked = m_vault.unlock(m_path, SecretValue(m_password));
    QCOMPARE(outcomeName(unlocked), outcomeName(ErrorCode::Damaged));
    QVERIFY(!m_vault.isUnlocked());
}

void TestVaultTamper::notAVault_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
    QTest::newRow("random bytes") << random;
    QTest::newRow("text file") << QByteArray("API_KEY=not a vault\nTOKEN=still not a vault\n");
    QTest::newRow("truncated SQLite header") << QByteArray("SQLite format 3\0", 16);
    QTest::newRow("zero bytes") << QByteArray();

    // Another program's SQLite database (rollback journal, its own tables).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        RawDatabase raw(path, true);
        QVERIFY(raw.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
                         "INSERT INTO notes (text) VALUES ('shopping list');"));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QTest::newRow("another program's SQLite database") << file.readAll();
}

void TestVaultTamper::notAVault()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir->filePath(QStringLiteral("impostor.db"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    const auto unlocked = m_vault.unlock(path, SecretValue(m_password));
    QVERIFY(!unlocked.ok());
    QCOMPARE(outcomeName(unlocked), outcomeName(ErrorCode::Damaged));
    QVERIFY(!errorMessage(unlocked).isEmpty());
    QVERIFY(!m_vault.isUnlocked());
    // Someone else's file is only read: nothing about it changes, not even an empty one.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
}

void TestVaultTamper::futureSchema()
{
    {
        RawDatabase raw(m_path);
        QVERIFY(raw.exec("PRAGMA user_version = 99"));
    }
    const QByteArray before = fileHash(m_path);
    const auto unlocked = m_vault.unlock(m_path, SecretValue(m_password));
    QCOMPARE(outcomeName(unlocked), outcomeName(ErrorCode::Unsupported));
    QVERIFY2(errorMessage(unlocked).contains(QStringLiteral("99")), qPrintable(errorMessage(unlocked)));
    QVERIFY(!m_vault.isUnlocked());
    QCOMPARE(fileHash(m_path), before);
}

BOTVAULT_TEST_MAIN(TestVaultTamper)
#include "TestVaultTamper.moc"
