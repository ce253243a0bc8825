#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// "No plaintext ever reaches disk": every name and value written through the vault carries a random
// marker (a canary), and after a realistic session every byte under the vault's folder is searched
// for each marker in the encodings a careless implementation would leave behind.

namespace {

using TestSupport::errorMessage;

struct Canary
{
    QString label;
    QString text;
};

struct Needle
{
    QString description;
    QByteArray bytes;
};

QByteArray toUtf16(const QString& text, bool bigEndian)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    for (const QChar c : text) {
        const char high = static_cast<char>(c.unicode() >> 8);
        const char low = static_cast<char>(c.unicode() & 0xff);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

// The base64 characters that depend only on `bytes` when they start `offset` bytes into the encoded
// data: base64 works on 3-byte groups, so a marker inside a larger blob shows up in one of three
// alignments, each with its partial groups at both ends cut off.
QByteArray base64Core(const QByteArray& bytes, int offset, QByteArray::Base64Options options)
{
    const QByteArray encoded = (QByteArray(offset, '\0') + bytes).toBase64(options | QByteArray::OmitTrailingEquals);
    const qsizetype first = offset == 0 ? 0 : 4;
    const qsizetype last = (offset + bytes.size()) / 3 * 4;
    return encoded.mid(first, last - first);
}

// Every form in which the canary's text could sit on disk.
QList<Needle> needlesFor(const Canary& canary)
{
    const QByteArray utf8 = canary.text.toUtf8();
    QList<Needle> needles {
        {QStringLiteral("UTF-8"), utf8},
        {QStringLiteral("UTF-16LE"), toUtf16(canary.text, false)},
        {QStringLiteral("UTF-16BE"), toUtf16(canary.text, true)},
        {QStringLiteral("hex"), utf8.toHex()},
        {QStringLiteral("HEX"), utf8.toHex().toUpper()},
    };
    for (int offset = 0; offset < 3; ++offset) {
        needles.append({QStringLiteral("base64+%1").arg(offset), base64Core(utf8, offset, QByteArray::Base64Encoding)});
        needles.append(
            {QStringLiteral("base64url+%1").arg(offset), base64Core(utf8, offset, QByteArray::Base64UrlEncoding)});
    }
    return needles;
}

// "label (encoding) in where" for each canary found in `haystack`.
QStringList findCanaries(const QByteArray& haystack, const QList<Canary>& canaries, const QString& where)
{
    QStringList hits;
    for (const Canary& canary : canaries) {
        for (const Needle& needle : needlesFor(canary)) {
            if (!needle.bytes.isEmpty() && haystack.contains(needle.bytes)) {
                hits.append(QStringLiteral("%1 (%2) in %3").arg(canary.label, needle.description, where));
            }
        }
    }
    return hits;
}

// Every regular file under `folder`, including hidden ones, searched whole.
QStringList scanFolder(const QString& folder, const QList<Canary>& canaries, int* filesScanned)
{
    QStringList hits;
    *filesScanned = 0;
    QDirIterator files(
        folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append(QStringLiteral("unreadable file %1").arg(path));
            continue;
        }
        ++*filesScanned;
        hits.append(findCanaries(file.readAll(), canaries, path));
    }
    return hits;
}

QString randomHex(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    for (char& byte : random) {
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    return QString::fromLatin1(random.toHex());
}

QString randomAlphanumeric(int length)
{
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i) {
        text.append(QLatin1Char(kAlphabet[QRandomGenerator::global()->bounded(int(sizeof(kAlphabet) - 1))]));
    }
    return text;
}

// The permission bits of `path`, or -1.
int modeOf(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return -1;
    }
    return static_cast<int>(info.st_mode & 07777);
}

} // namespace

class TestVaultAtRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scannerFindsEveryEncoding();
    void scannerFindsAFileInTheFolder();
    void noPlaintextWhileUnlocked();
    void filesAreOwnerOnlyWhileUnlocked();
    void noPlaintextWhenLocked();
    void filesAreOwnerOnlyWhenLocked();

private:
    Canary addCanary(const QString& label, const QString& text);
    QStringList scan(int* filesScanned) const;

    QTemporaryDir m_root;
    QString m_folder;
    QString m_path;
    Vault m_vault;
    QList<Canary> m_canaries;
    mode_t m_oldUmask = 0;
};

Canary TestVaultAtRest::addCanary(const QString& label, const QString& text)
{
    m_canaries.append({label, text});
    return m_canaries.constLast();
}

QStringList TestVaultAtRest::scan(int* filesScanned) const
{
    return scanFolder(m_root.path(), m_canaries, filesScanned);
}

void TestVaultAtRest::initTestCase()
{
    QVERIFY(m_root.isValid());
    // A permissive umask, so the owner-only modes below come from the vault and not from the umask.
    m_oldUmask = ::umask(022);
    m_folder = m_root.filePath(QStringLiteral("data/botvault"));
    m_path = QDir(m_folder).filePath(QStringLiteral("vault.db"));
    const QCA::SecureArray password = TestSupport::secure("at rest test password");
    const auto created = Vault::create(m_path, SecretValue(password), TestSupport::fastKdfParams());
    QVERIFY2(created.ok(), qPrintable(errorMessage(created)));
    const auto unlocked = m_vault.unlock(m_path, SecretValue(password));
    QVERIFY2(unlocked.ok(), qPrintable(errorMessage(unlocked)));

    const QString run = randomHex(8);
    qInfo("canary run id %s", qPrintable(run));
    m_vault.setActor(Actor::localOwner(addCanary(QStringLiteral("actor name"), QStringLiteral("Actor") + run).text));

    const Canary projectName = addCanary(QStringLiteral("project name"), QStringLiteral("ProjectCanary ") + run);
    const Canary renamedProject
        = addCanary(QStringLiteral("renamed project name"), QStringLiteral("ProjectRenamed ") + randomHex(8));
    const Canary doomedProject
        = addCanary(QStringLiteral("deleted project name"), QStringLiteral("Проект удалён ") + randomHex(8));
    const Canary secretName = addCanary(QStringLiteral("secret name"), QStringLiteral("SECRET_") + randomHex(8));
    const Canary renamedSecret
        = addCanary(QStringLiteral("renamed secret name"), QStringLiteral("SECRET_RENAMED_") + randomHex(8));
    const Canary secretValue = addCanary(QStringLiteral("secret value"), QStringLiteral("sv-") + randomHex(10));
    const Canary updatedSecretValue
        = addCanary(QStringLiteral("updated secret value"), QStringLiteral("sv2-") + randomHex(10));
    const Canary variableName = addCanary(QStringLiteral("variable name"), QStringLiteral("VAR_") + randomHex(8));
    const Canary renamedVariable
        = addCanary(QStringLiteral("renamed variable name"), QStringLiteral("VAR_RENAMED_") + randomHex(8));
    const Canary variableValue = addCanary(QStringLiteral("variable value"), QStringLiteral("vv-") + randomHex(10));
    const Canary updatedVariableValue
        = addCanary(QStringLiteral("updated variable value"), QStringLiteral("vv2-") + randomHex(10));
    // Cyrillic, an accented Latin letter, the euro sign and a character outside the BMP (a surrogate
    // pair in UTF-16).
    const Canary nonAscii
        = addCanary(QStringLiteral("non-ASCII value"), QStringLiteral("Пароль-é€\U0001F511-") + randomHex(8));
    const Canary removedSecretName
        = addCanary(QStringLiteral("deleted secret name"), QStringLiteral("GONE_") + randomHex(8));
    const Canary removedSecretValue
        = addCanary(QStringLiteral("deleted secret value"), QStringLiteral("gone-") + randomHex(10));
    const Canary doomedSecretValue
        = addCanary(QStringLiteral("deleted project's secret value"), QStringLiteral("doomed-") + randomHex(10));
    const Canary importedValue
        = addCanary(QStringLiteral("imported secret value"), QStringLiteral("imported-") + randomHex(10));
    const Canary importedName
        = addCanary(QStringLiteral("imported variable name"), QStringLiteral("IMPORTED_") + randomHex(8));
    // A value at the size limit, checked at its start, middle and end.
    const QString large = randomAlphanumeric(static_cast<int>(Vault::kMaxValueBytes));
    addCanary(QStringLiteral("64 KiB value, start"), large.left(32));
    addCanary(QStringLiteral("64 KiB value, middle"), large.mid(large.size() / 2, 32));
    addCanary(QStringLiteral("64 KiB value, end"), large.right(32));

    auto project = m_vault.addProject(projectName.text);
    QVERIFY2(project.ok(), qPrintable(errorMessage(project)));
    const ProjectId id = project->id;
    auto doomed = m_vault.addProject(doomedProject.text);
    QVERIFY2(doomed.ok(), qPrintable(errorMessage(doomed)));

    QVERIFY(m_vault.setSecret(id, secretName.text, TestSupport::secret(secretValue.text)).ok());
    QVERIFY(m_vault.setVariable(id, variableName.text, variableValue.text, true).ok());
    QVERIFY(m_vault.setVariable(id, QStringLiteral("UNICODE"), nonAscii.text).ok());
    QVERIFY(m_vault.setSecret(id, QStringLiteral("UNICODE_SECRET"), TestSupport::secret(nonAscii.text)).ok());
    QVERIFY(m_vault.setVariable(id, QStringLiteral("LARGE"), large).ok());
    QVERIFY(m_vault.setSecret(id, QStringLiteral("LARGE_SECRET"), TestSupport::secret(large)).ok());
    QVERIFY(m_vault.setSecret(id, removedSecretName.text, TestSupport::secret(removedSecretValue.text)).ok());
    QVERIFY(m_vault.setSecret(doomed->id, QStringLiteral("DOOMED"), TestSupport::secret(doomedSecretValue.text)).ok());
    QVERIFY(m_vault.setVariable(doomed->id, QStringLiteral("DOOMED_VAR"), doomedSecretValue.text + QStringLiteral("v"))
                .ok());
    const QList<ProjectStore::ImportItem> imported {
        TestSupport::importedSecret(QStringLiteral("IMPORTED_SECRET"), TestSupport::secret(importedValue.text)),
        TestSupport::importedVariable(importedName.text, QStringLiteral("plain"), true)};
    const auto importResult = m_vault.applyImport(TestSupport::importInto(id, imported));
    QVERIFY2(importResult.ok(), qPrintable(errorMessage(importResult)));

    // Deletes checkpoint the WAL; the writes after them stay in it, for the scan while unlocked.
    QVERIFY(m_vault.removeSecret(id, removedSecretName.text).ok());
    QVERIFY(m_vault.removeProject(doomed->id).ok());
    QVERIFY(m_vault.setSecret(id, secretName.text, TestSupport::secret(updatedSecretValue.text)).ok());
    QVERIFY(m_vault.setVariable(id, variableName.text, updatedVariableValue.text).ok());
    QVERIFY(m_vault.renameSecret(id, secretName.text, renamedSecret.text).ok());
    QVERIFY(m_vault.renameVariable(id, variableName.text, renamedVariable.text).ok());
    QVERIFY(m_vault.renameProject(id, renamedProject.text).ok());

    // The session really stored what the scan looks for.
    const auto value = m_vault.secretValue(id, renamedSecret.text);
    QVERIFY2(value.ok(), qPrintable(errorMessage(value)));
    QCOMPARE(QString::fromUtf8(value->bytes().toByteArray()), updatedSecretValue.text);
    const auto unicode = m_vault.variable(id, QStringLiteral("UNICODE"));
    QVERIFY(unicode.ok());
    QCOMPARE(unicode->value, nonAscii.text);
    const auto largeVariable = m_vault.variable(id, QStringLiteral("LARGE"));
    QVERIFY(largeVariable.ok());
    QCOMPARE(largeVariable->value, large);
    QCOMPARE(m_vault.projectByName(renamedProject.text)->id, id);
}

void TestVaultAtRest::cleanupTestCase()
{
    m_vault.lock();
    ::umask(m_oldUmask);
}

void TestVaultAtRest::scannerFindsEveryEncoding()
{
    QVERIFY(!m_canaries.isEmpty());
    for (const Canary& canary : std::as_const(m_canaries)) {
        for (const Needle& needle : needlesFor(canary)) {
            QVERIFY2(!needle.bytes.isEmpty(), qPrintable(canary.label + needle.description));
        }
    }
    const Canary& canary = m_canaries.constFirst();
    const QByteArray utf8 = canary.text.toUtf8();
    const QByteArray noise = QByteArray("\x01 unrelated bytes \xff", 19);
    const QList<QPair<QString, QByteArray>> planted {
        {QStringLiteral("UTF-8"), utf8},
        {QStringLiteral("UTF-16LE"),
            QByteArray(reinterpret_cast<const char*>(canary.text.utf16()), canary.text.size() * 2)},
        {QStringLiteral("UTF-16BE"), toUtf16(canary.text, true)},
        {QStringLiteral("hex"), utf8.toHex()},
        {QStringLiteral("HEX"), utf8.toHex().toUpper()},
        {QStringLiteral("base64+0"), utf8.toBase64()},
        {QStringLiteral("base64+1"), (QByteArray("x") + utf8 + "yz").toBase64()},
        {QStringLiteral("base64+2"), (QByteArray("xy") + utf8 + "z").toBase64()},
        {QStringLiteral("base64url+1"), (QByteArray("\xfb") + utf8).toBase64(QByteArray::Base64UrlEncoding)},
    };
    for (const auto& [encoding, bytes] : planted) {
        const QStringList hits = findCanaries(noise + bytes + noise, {canary}, QStringLiteral("buffer"));
        QVERIFY2(hits.contains(QStringLiteral("%1 (%2) in buffer").arg(canary.label, encoding)),
            qPrintable(encoding + QStringLiteral(": ") + hits.join(QStringLiteral(", "))));
    }
    // Non-ASCII text is matched in UTF-8 and UTF-16 too.
    const auto nonAscii = std::find_if(m_canaries.cbegin(), m_canaries.cend(),
        [](const Canary& c) { return c.label == QStringLiteral("non-ASCII value"); });
    QVERIFY(nonAscii != m_canaries.cend());
    QVERIFY(!findCanaries(noise + nonAscii->text.toUtf8(), {*nonAscii}, QString()).isEmpty());
    QVERIFY(!findCanaries(noise + toUtf16(nonAscii->text, false), {*nonAscii}, QString()).isEmpty());
    QVERIFY(findCanaries(noise + noise, m_canaries, QString()).isEmpty());
}

void TestVaultAtRest::scannerFindsAFileInTheFolder()
{
    const QString planted = QDir(m_folder).filePath(QStringLiteral(".planted/control.txt"));
    QVERIFY(QDir().mkpath(QFileInfo(planted).absolutePath()));
    {
        QFile file(planted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const Canary& canary = m_canaries.constLast();
        file.write(QByteArray(100, '.') + toUtf16(canary.text, false) + QByteArray(100, '.'));
    }
    int files = 0;
    const QStringList hits = scan(&files);
    QVERIFY(QDir(QFileInfo(planted).absolutePath()).removeRecursively());
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits.constFirst().contains(QStringLiteral("control.txt")), qPrintable(hits.constFirst()));
}

void TestVaultAtRest::noPlaintextWhileUnlocked()
{
    QVERIFY(m_vault.isUnlocked());
    QVERIFY2(QFileInfo(m_path + QStringLiteral("-wal")).size() > 0, "the WAL should hold the latest writes");
    int files = 0;
    const QStringList hits = scan(&files);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    QVERIFY(files >= 1);
    qInfo("scanned %d files for %lld canaries while unlocked", files, static_cast<long long>(m_canaries.size()));
}

void TestVaultAtRest::filesAreOwnerOnlyWhileUnlocked()
{
    QCOMPARE(modeOf(m_folder), 0700);
    QCOMPARE(modeOf(m_path), 0600);
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + suffix)) {
            QCOMPARE(modeOf(m_path + suffix), 0600);
        }
    }
}

void TestVaultAtRest::noPlaintextWhenLocked()
{
    m_vault.lock();
    QVERIFY(!m_vault.isUnlocked());
    int files = 0;
    const QStringList hits = scan(&files);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    QVERIFY(files >= 1);
    qInfo("scanned %d files for %lld canaries when locked", files, static_cast<long long>(m_canaries.size()));
}

void TestVaultAtRest::filesAreOwnerOnlyWhenLocked()
{
    QVERIFY(!m_vault.isUnlocked());
    QCOMPARE(modeOf(m_folder), 0700);
    QCOMPARE(modeOf(m_path), 0600);
    QDirIterator files(
        m_folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QVERIFY2((modeOf(path) & 077) == 0, qPrintable(path));
    }
}

BOTVAULT_TEST_MAIN(TestVaultAtRest)
#include "TestVaultAtRest.moc"
