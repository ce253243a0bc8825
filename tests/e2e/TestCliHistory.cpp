// The history commands of botvault-cli against the real binary (issue 13, item 5): history,
// restore, trash list|restore|purge, project show|restore --at, secret forget-old; their refusals
// (a version or a moment that does not exist, a taken name, purging twice, no terminal to ask on)
// change nothing, and no secret value ever reaches the output.
#include "app/cli/ExitCode.h"
#include "tests/support/CliDriver.h"
#include "tests/support/TestMain.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <initializer_list>
#include <memory>

namespace {

const QString kProject = QStringLiteral("Support bot");

using CliRun = CliDriver::Run;

using CliWords::args;

int code(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}

QJsonArray jsonArray(const QByteArray& bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isArray() ? document.array() : QJsonArray();
}

QString text(const QByteArray& utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void historyListsAVariablesVersionsWithValues();
    void historyOfASecretNeverShowsAValue();
    void historySaysWhatWasMeant();
    void restoreBringsAVariableVersionBack();
    void restoreBringsASecretVersionBack();
    void restoreRefusesAVersionThatIsNotKept();
    void restoreOverATakenNameOffersAnotherName();
    void trashRestoresAndPurgesByEntryId();
    void trashPurgeTwiceAndWithoutTerminalIsRefused();
    void trashRestoresADeletedProjectWithItsItems();
    void projectShowAtAMoment();
    void projectRestoreAtAMomentAsksThenRestores();
    void projectAtRefusesBadMoments();
    void forgetOldDestroysOldSecretValues();
    void helpNamesTheRequiredOptions();

private:
    CliRun cli(const QStringList& arguments, const QByteArray& input = {});
    QJsonArray jsonOf(const QStringList& arguments);
    // The value the secret gives a program `run` starts: the only way a secret's value leaves the
    // vault through the CLI.
    QByteArray secretSeenByAProgram(const QString& name);
    QString variableValue(const QString& name);
    // The id of the newest trash entry named `name`, or 0.
    qint64 trashId(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliDriver> m_driver;
    QString m_vault;
};

void TestCliHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_driver = std::make_unique<CliDriver>(m_dir->path());
    m_driver->setFastRetries(false);
    m_vault = m_driver->createVault(QStringLiteral("vault"), kProject);
    QVERIFY(!m_vault.isEmpty());
}

void TestCliHistory::cleanup()
{
    // No run printed a secret's value, whatever it was asked.
    QVERIFY2(!m_driver->outputs().contains("canary"), m_driver->outputs().constData());
    m_driver.reset();
    m_dir.reset();
}

CliRun TestCliHistory::cli(const QStringList& arguments, const QByteArray& input)
{
    return m_driver->run(m_vault, arguments, input);
}

QJsonArray TestCliHistory::jsonOf(const QStringList& arguments)
{
    const CliRun run = cli(arguments + QStringList {QStringLiteral("--json")});
    if (run.exitCode != 0) {
        qWarning("%s", run.err.constData());
    }
    return jsonArray(run.out);
}

QByteArray TestCliHistory::secretSeenByAProgram(const QString& name)
{
    // Hashed, so the value itself never appears in an output the cleanup scans.
    const CliRun run = m_driver->run(m_vault,
        {QStringLiteral("run"), kProject, QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("printf %s \"$%1\" | sha256sum").arg(name)});
    return run.exitCode == 0 ? run.out.left(16) : QByteArray();
}

QString TestCliHistory::variableValue(const QString& name)
{
    const CliRun run = cli({QStringLiteral("var"), QStringLiteral("get"), kProject, name});
    return run.exitCode == 0 ? text(run.out).chopped(1) : QStringLiteral("<%1>").arg(run.exitCode);
}

qint64 TestCliHistory::trashId(const QString& name)
{
    for (const QJsonValue& entry : jsonOf(args({"trash", "list"}))) {
        const QJsonObject object = entry.toObject();
        const QString entryName = object.value(QStringLiteral("kind")).toString() == QStringLiteral("project")
            ? object.value(QStringLiteral("project")).toString()
            : object.value(QStringLiteral("name")).toString();
        if (entryName == name) {
            return object.value(QStringLiteral("id")).toInteger();
        }
    }
    return 0;
}

void TestCliHistory::historyListsAVariablesVersionsWithValues()
{
    QCOMPARE(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("GREETING"),
                     QStringLiteral("Hello")})
                 .exitCode,
        0);
    QCOMPARE(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("GREETING"),
                     QStringLiteral("Hi there"), QStringLiteral("--export")})
                 .exitCode,
        0);
    const QJsonArray versions = jsonOf({QStringLiteral("history"), kProject, QStringLiteral("GREETING")});
    QCOMPARE(versions.size(), 2);
    const QJsonObject first = versions.at(0).toObject();
    const QJsonObject second = versions.at(1).toObject();
    QCOMPARE(first.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(first.value(QStringLiteral("value")).toString(), QStringLiteral("Hello"));
    QCOMPARE(first.value(QStringLiteral("change")).toString(), QStringLiteral("added"));
    QCOMPARE(first.value(QStringLiteral("origin")).toString(), QStringLiteral("local"));
    QCOMPARE(first.value(QStringLiteral("current")).toBool(), false);
    QCOMPARE(second.value(QStringLiteral("value")).toString(), QStringLiteral("Hi there"));
    QCOMPARE(second.value(QStringLiteral("includeInExport")).toBool(), true);
    QCOMPARE(second.value(QStringLiteral("current")).toBool(), true);

    const CliRun table = cli({QStringLiteral("history"), kProject, QStringLiteral("GREETING")});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = text(table.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("VERSION")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("Hello")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("2 (current)")), qPrintable(lines.at(2)));
}

void TestCliHistory::historyOfASecretNeverShowsAValue()
{
    QCOMPARE(cli(args({"secret", "set", "Support bot", "API_KEY"}), "canary-one\n").exitCode, 0);
    QCOMPARE(cli(args({"secret", "set", "Support bot", "API_KEY"}), "canary-two\n").exitCode, 0);
    const QJsonArray versions = jsonOf(args({"history", "Support bot", "API_KEY", "--secret"}));
    QCOMPARE(versions.size(), 2);
    for (const QJsonValue& version : versions) {
        QVERIFY(!version.toObject().contains(QStringLiteral("value")));
        QCOMPARE(version.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("secret"));
    }
    const CliRun table = cli(args({"history", "Support bot", "API_KEY", "--secret"}));
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("(never shown)"), table.out.constData());
}

void TestCliHistory::historySaysWhatWasMeant()
{
    QCOMPARE(cli(args({"secret", "set", "Support bot", "API_KEY"}), "canary\n").exitCode, 0);
    const CliRun wrongKind = cli(args({"history", "Support bot", "API_KEY"}));
    QCOMPARE(wrongKind.exitCode, code(ExitCode::NotFound));
    QCOMPARE(wrongKind.err,
        QByteArray("botvault-cli: API_KEY is a secret of project Support bot, not a variable: add "
                   "--secret.\n"));

    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "Hello"})).exitCode, 0);
    QCOMPARE(cli(args({"var", "rm", "Support bot", "GREETING"})).exitCode, 0);
    const qint64 id = trashId(QStringLiteral("GREETING"));
    QVERIFY(id > 0);
    const CliRun deleted = cli(args({"history", "Support bot", "GREETING"}));
    QCOMPARE(deleted.exitCode, code(ExitCode::NotFound));
    QVERIFY2(deleted.err.contains(QStringLiteral("trash restore %1").arg(id).toUtf8()), deleted.err.constData());
}

void TestCliHistory::restoreBringsAVariableVersionBack()
{
    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "Hello"})).exitCode, 0);
    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "Broken"})).exitCode, 0);
    const CliRun restored = cli(args({"restore", "Support bot", "GREETING", "--version", "1"}));
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(restored.out, QByteArray("Restored variable GREETING of project Support bot to version 1.\n"));
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Hello"));
    const QJsonArray versions = jsonOf(args({"history", "Support bot", "GREETING"}));
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(2).toObject().value(QStringLiteral("origin")).toString(), QStringLiteral("restore"));
}

void TestCliHistory::restoreBringsASecretVersionBack()
{
    QCOMPARE(cli(args({"secret", "set", "Support bot", "API_KEY"}), "canary-good\n").exitCode, 0);
    const QByteArray good = secretSeenByAProgram(QStringLiteral("API_KEY"));
    QCOMPARE(cli(args({"secret", "set", "Support bot", "API_KEY"}), "canary-rotated\n").exitCode, 0);
    QVERIFY(secretSeenByAProgram(QStringLiteral("API_KEY")) != good);
    const CliRun restored = cli(args({"restore", "Support bot", "API_KEY", "--secret", "--version", "1", "--json"}));
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(restored.json().value(QStringLiteral("restoredVersion")).toInteger(), 1);
    QCOMPARE(secretSeenByAProgram(QStringLiteral("API_KEY")), good);
}

void TestCliHistory::restoreRefusesAVersionThatIsNotKept()
{
    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "Hello"})).exitCode, 0);
    const CliRun missing = cli(args({"restore", "Support bot", "GREETING", "--version", "9"}));
    QCOMPARE(missing.exitCode, code(ExitCode::NotFound));
    QCOMPARE(missing.out, QByteArray());
    QVERIFY2(missing.err.startsWith("botvault-cli: GREETING has no version 9; the versions kept are 1 (see"),
        missing.err.constData());
    const CliRun noVersion = cli(args({"restore", "Support bot", "GREETING"}));
    QCOMPARE(noVersion.exitCode, code(ExitCode::Usage));
    QVERIFY2(noVersion.err.contains("--version N"), noVersion.err.constData());
    const CliRun zero = cli(args({"restore", "Support bot", "GREETING", "--version", "0"}));
    QCOMPARE(zero.exitCode, code(ExitCode::Usage));
    QCOMPARE(jsonOf(args({"history", "Support bot", "GREETING"})).size(), 1);
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Hello"));
}

void TestCliHistory::restoreOverATakenNameOffersAnotherName()
{
    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "Hello"})).exitCode, 0);
    QCOMPARE(cli(args({"var", "rename", "Support bot", "GREETING", "WELCOME"})).exitCode, 0);
    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "Another"})).exitCode, 0);
    const CliRun taken = cli(args({"restore", "Support bot", "WELCOME", "--version", "1"}));
    QCOMPARE(taken.exitCode, code(ExitCode::InvalidInput));
    QVERIFY2(taken.err.contains("--as NEW_NAME"), taken.err.constData());
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Another"));
    QCOMPARE(variableValue(QStringLiteral("WELCOME")), QStringLiteral("Hello"));

    const CliRun renamed = cli(args({"restore", "Support bot", "WELCOME", "--version", "1", "--as", "OLD_GREETING"}));
    QCOMPARE(renamed.exitCode, 0);
    QCOMPARE(variableValue(QStringLiteral("OLD_GREETING")), QStringLiteral("Hello"));
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Another"));
    const CliRun badName = cli(args({"restore", "Support bot", "OLD_GREETING", "--version", "1", "--as", "bad-name"}));
    QCOMPARE(badName.exitCode, code(ExitCode::InvalidInput));
}

void TestCliHistory::trashRestoresAndPurgesByEntryId()
{
    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "Hello", "--export"})).exitCode, 0);
    QCOMPARE(cli(args({"var", "rm", "Support bot", "GREETING"})).exitCode, 0);
    const QJsonArray listed = jsonOf(args({"trash", "list", "Support bot"}));
    QCOMPARE(listed.size(), 1);
    const QJsonObject entry = listed.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("variable"));
    QCOMPARE(entry.value(QStringLiteral("name")).toString(), QStringLiteral("GREETING"));
    QCOMPARE(entry.value(QStringLiteral("project")).toString(), kProject);
    QVERIFY(entry.value(QStringLiteral("expires")).isString());
    const QString id = QString::number(entry.value(QStringLiteral("id")).toInteger());

    const CliRun restored = cli({QStringLiteral("trash"), QStringLiteral("restore"), id});
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(restored.out, QByteArray("Restored variable GREETING of project Support bot.\n"));
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Hello"));
    const QJsonArray variables = jsonOf(args({"var", "list", "Support bot"}));
    QCOMPARE(variables.at(0).toObject().value(QStringLiteral("includeInExport")).toBool(), true);
    QCOMPARE(jsonOf(args({"trash", "list"})).size(), 0);

    // Deleted again, a new variable takes the name: restoring says so and offers --as.
    QCOMPARE(cli(args({"var", "rm", "Support bot", "GREETING"})).exitCode, 0);
    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "New"})).exitCode, 0);
    const QString again = QString::number(trashId(QStringLiteral("GREETING")));
    const CliRun taken = cli({QStringLiteral("trash"), QStringLiteral("restore"), again});
    QCOMPARE(taken.exitCode, code(ExitCode::InvalidInput));
    QVERIFY2(taken.err.contains("--as NEW_NAME"), taken.err.constData());
    QCOMPARE(cli({QStringLiteral("trash"), QStringLiteral("restore"), again, QStringLiteral("--as"),
                     QStringLiteral("OLD_GREETING")})
                 .exitCode,
        0);
    QCOMPARE(variableValue(QStringLiteral("OLD_GREETING")), QStringLiteral("Hello"));
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("New"));
}

void TestCliHistory::trashPurgeTwiceAndWithoutTerminalIsRefused()
{
    QCOMPARE(cli(args({"secret", "set", "Support bot", "API_KEY"}), "canary\n").exitCode, 0);
    QCOMPARE(cli(args({"secret", "rm", "Support bot", "API_KEY"})).exitCode, 0);
    const QString id = QString::number(trashId(QStringLiteral("API_KEY")));
    QVERIFY(id != QStringLiteral("0"));

    const CliRun unasked = cli({QStringLiteral("trash"), QStringLiteral("purge"), id});
    QCOMPARE(unasked.exitCode, code(ExitCode::Usage));
    QVERIFY2(unasked.err.contains("add --yes"), unasked.err.constData());
    QCOMPARE(trashId(QStringLiteral("API_KEY")), id.toLongLong());

    const CliRun purged = cli({QStringLiteral("trash"), QStringLiteral("purge"), id, QStringLiteral("--yes")});
    QCOMPARE(purged.exitCode, 0);
    QCOMPARE(purged.out, QByteArray("Purged secret API_KEY of project Support bot for good.\n"));
    QCOMPARE(trashId(QStringLiteral("API_KEY")), 0);

    const CliRun twice = cli({QStringLiteral("trash"), QStringLiteral("purge"), id, QStringLiteral("--yes")});
    QCOMPARE(twice.exitCode, code(ExitCode::NotFound));
    QVERIFY2(twice.err.startsWith(
                 QStringLiteral("botvault-cli: There is no entry %1 in the recently deleted list").arg(id).toUtf8()),
        twice.err.constData());
    const CliRun restoreGone = cli({QStringLiteral("trash"), QStringLiteral("restore"), id});
    QCOMPARE(restoreGone.exitCode, code(ExitCode::NotFound));
    const CliRun notAnId = cli(args({"trash", "purge", "API_KEY"}));
    QCOMPARE(notAnId.exitCode, code(ExitCode::InvalidInput));
    QVERIFY2(notAnId.err.contains("'API_KEY' is not an entry ID"), notAnId.err.constData());
}

void TestCliHistory::trashRestoresADeletedProjectWithItsItems()
{
    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "Hello"})).exitCode, 0);
    QCOMPARE(cli(args({"secret", "set", "Support bot", "API_KEY"}), "canary-project\n").exitCode, 0);
    const QByteArray key = secretSeenByAProgram(QStringLiteral("API_KEY"));
    QCOMPARE(cli(args({"project", "rm", "Support bot"})).exitCode, 0);
    QCOMPARE(cli(args({"var", "list", "Support bot"})).exitCode, code(ExitCode::NotFound));

    const QJsonArray listed = jsonOf(args({"trash", "list", "Support bot"}));
    QCOMPARE(listed.size(), 1);
    const QJsonObject entry = listed.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("project"));
    QCOMPARE(entry.value(QStringLiteral("secrets")).toInt(), 1);
    QCOMPARE(entry.value(QStringLiteral("variables")).toInt(), 1);
    const QString id = QString::number(entry.value(QStringLiteral("id")).toInteger());
    const CliRun restored = cli({QStringLiteral("trash"), QStringLiteral("restore"), id});
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(restored.out, QByteArray("Restored project Support bot.\n"));
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Hello"));
    QCOMPARE(secretSeenByAProgram(QStringLiteral("API_KEY")), key);
}

void TestCliHistory::projectShowAtAMoment()
{
    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "Hello"})).exitCode, 0);
    QCOMPARE(cli(args({"secret", "set", "Support bot", "API_KEY"}), "canary\n").exitCode, 0);
    QTest::qWait(20);
    const QString moment = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QTest::qWait(20);
    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "Changed"})).exitCode, 0);
    QCOMPARE(cli(args({"var", "set", "Support bot", "DEBUG", "1"})).exitCode, 0);

    const CliRun shown = cli({QStringLiteral("project"), QStringLiteral("show"), kProject, QStringLiteral("--at"),
        moment, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonArray items = shown.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("API_KEY"));
    QVERIFY(!items.at(0).toObject().contains(QStringLiteral("value")));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("GREETING"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("Hello"));

    const CliRun table
        = cli({QStringLiteral("project"), QStringLiteral("show"), kProject, QStringLiteral("--at"), moment});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("Hello") && !table.out.contains("Changed") && !table.out.contains("DEBUG"),
        table.out.constData());
}

void TestCliHistory::projectRestoreAtAMomentAsksThenRestores()
{
    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "Hello"})).exitCode, 0);
    QCOMPARE(cli(args({"var", "set", "Support bot", "OLD_FLAG", "on"})).exitCode, 0);
    QTest::qWait(20);
    const QString moment = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QTest::qWait(20);
    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "Broken"})).exitCode, 0);
    QCOMPARE(cli(args({"var", "rm", "Support bot", "OLD_FLAG"})).exitCode, 0);
    QCOMPARE(cli(args({"var", "set", "Support bot", "DEBUG", "1"})).exitCode, 0);

    const QStringList restore {
        QStringLiteral("project"), QStringLiteral("restore"), kProject, QStringLiteral("--at"), moment};
    const CliRun unasked = cli(restore);
    QCOMPARE(unasked.exitCode, code(ExitCode::Usage));
    QVERIFY2(unasked.out.contains("add back") && unasked.out.contains("OLD_FLAG"), unasked.out.constData());
    QVERIFY2(unasked.out.contains("change") && unasked.out.contains("GREETING"), unasked.out.constData());
    QVERIFY2(unasked.out.contains("remove") && unasked.out.contains("DEBUG"), unasked.out.constData());
    QVERIFY2(unasked.err.contains("add --yes"), unasked.err.constData());
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Broken"));

    const CliRun restored = cli(restore + QStringList {QStringLiteral("--yes")});
    QCOMPARE(restored.exitCode, 0);
    QVERIFY2(restored.out.contains("1 added back, 1 changed, 1 removed."), restored.out.constData());
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Hello"));
    QCOMPARE(variableValue(QStringLiteral("OLD_FLAG")), QStringLiteral("on"));
    QCOMPARE(cli(args({"var", "get", "Support bot", "DEBUG"})).exitCode, code(ExitCode::NotFound));
    // Each change keeps a version, so the restore itself can be undone.
    QCOMPARE(trashId(QStringLiteral("DEBUG")) > 0, true);

    const CliRun again = cli(restore + QStringList {QStringLiteral("--yes")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("nothing to change"), again.out.constData());
}

void TestCliHistory::projectAtRefusesBadMoments()
{
    QCOMPARE(cli(args({"var", "set", "Support bot", "GREETING", "Hello"})).exitCode, 0);
    const CliRun malformed = cli(args({"project", "show", "Support bot", "--at", "yesterday"}));
    QCOMPARE(malformed.exitCode, code(ExitCode::InvalidInput));
    QVERIFY2(malformed.err.contains("'yesterday' is neither"), malformed.err.constData());
    const CliRun before = cli(args({"project", "restore", "Support bot", "--at", "2000-01-01", "--yes"}));
    QCOMPARE(before.exitCode, code(ExitCode::InvalidInput));
    const CliRun future = cli(args({"project", "show", "Support bot", "--at", "2999-01-01"}));
    QCOMPARE(future.exitCode, code(ExitCode::InvalidInput));
    const CliRun noMoment = cli(args({"project", "show", "Support bot"}));
    QCOMPARE(noMoment.exitCode, code(ExitCode::Usage));
    for (const CliRun* run : {&malformed, &before, &future, &noMoment}) {
        QCOMPARE(run->out, QByteArray());
    }
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Hello"));
}

void TestCliHistory::forgetOldDestroysOldSecretValues()
{
    QCOMPARE(cli(args({"secret", "set", "Support bot", "API_KEY"}), "canary-leaked\n").exitCode, 0);
    QCOMPARE(cli(args({"secret", "set", "Support bot", "API_KEY"}), "canary-fresh\n").exitCode, 0);
    const QByteArray fresh = secretSeenByAProgram(QStringLiteral("API_KEY"));
    const CliRun unasked = cli(args({"secret", "forget-old", "Support bot", "API_KEY"}));
    QCOMPARE(unasked.exitCode, code(ExitCode::Usage));
    QCOMPARE(jsonOf(args({"history", "Support bot", "API_KEY", "--secret"}))
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("valueForgotten"))
                 .toBool(),
        false);

    const CliRun forgotten = cli(args({"secret", "forget-old", "Support bot", "API_KEY", "--yes"}));
    QCOMPARE(forgotten.exitCode, 0);
    // "value(s)" until the English plural forms are filled in.
    QVERIFY2(QRegularExpression(QStringLiteral("^Destroyed 1 old value(\\(s\\))? of secret API_KEY in project Support "
                                               "bot\\.\n$"))
                 .match(text(forgotten.out))
                 .hasMatch(),
        forgotten.out.constData());
    const QJsonArray versions = jsonOf(args({"history", "Support bot", "API_KEY", "--secret"}));
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).toObject().value(QStringLiteral("valueForgotten")).toBool(), true);
    QCOMPARE(versions.at(1).toObject().value(QStringLiteral("valueForgotten")).toBool(), false);
    QCOMPARE(secretSeenByAProgram(QStringLiteral("API_KEY")), fresh);

    const CliRun restoreForgotten = cli(args({"restore", "Support bot", "API_KEY", "--secret", "--version", "1"}));
    QCOMPARE(restoreForgotten.exitCode, code(ExitCode::InvalidInput));
    const CliRun nothingLeft = cli(args({"secret", "forget-old", "Support bot", "API_KEY", "--yes"}));
    QCOMPARE(nothingLeft.exitCode, 0);
    QVERIFY2(nothingLeft.out.contains("no old values to forget"), nothingLeft.out.constData());
}

void TestCliHistory::helpNamesTheRequiredOptions()
{
    const CliRun restore = cli(args({"restore", "--help"}));
    QCOMPARE(restore.exitCode, 0);
    QVERIFY2(restore.out.startsWith("Usage: botvault-cli restore PROJECT NAME --version N [--secret] [--as NEW_NAME]"),
        restore.out.constData());
    const CliRun version = m_driver->runRaw(args({"--version"}));
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("botvault-cli "), version.out.constData());
    const CliRun show = cli(args({"project", "show", "--help"}));
    QVERIFY2(show.out.startsWith("Usage: botvault-cli project show PROJECT --at TIME"), show.out.constData());
}

BOTVAULT_TEST_MAIN(TestCliHistory)
#include "TestCliHistory.moc"
