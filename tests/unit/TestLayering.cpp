#include "tests/support/TestMain.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

// The layering of docs/ARCHITECTURE.md, checked on the sources themselves: which folder may include
// which (cmake/layering.txt), and no two units (Foo.h + Foo.cpp) that include each other, directly
// or around a longer loop. The compiler already refuses an include of a target that is not linked
// (each target publishes only its own folder); this catches the edges a link would allow but the
// design does not, and the cycles no compiler minds.

namespace {

struct LayeringRules
{
    QMap<QString, QStringList> allowed;
    QMap<QString, QStringList> denied;

    // The longest listed folder holding `path`, or an empty string.
    QString folderOf(const QString& path) const
    {
        QString best;
        for (auto it = allowed.cbegin(); it != allowed.cend(); ++it) {
            const QString& folder = it.key();
            if (path.startsWith(folder + u'/') && folder.size() > best.size()) {
                best = folder;
            }
        }
        return best;
    }
};

LayeringRules parseRules(const QString& text, QString* error)
{
    LayeringRules rules;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).section(u'#', 0, 0).simplified();
        if (line.isEmpty()) {
            continue;
        }
        QStringList words = line.split(u' ');
        if (words.first() == u"deny") {
            if (words.size() < 3) {
                *error = QStringLiteral("line %1: deny needs a folder and at least one header").arg(i + 1);
                return {};
            }
            rules.denied[words.at(1)] += words.mid(2);
        } else {
            rules.allowed[words.first()] = words.mid(1);
        }
    }
    return rules;
}

struct SourceFile
{
    QString path; // relative to the root, with '/'
    QList<std::pair<int, QString>> includes; // line number, quoted include
};

bool isSkipped(const QString& relativePath)
{
    static const QRegularExpression skipped(QStringLiteral("^(build[^/]*|\\.git|translations)/"));
    return skipped.match(relativePath).hasMatch();
}

QList<SourceFile> readSources(const QString& root)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""));
    QList<SourceFile> files;
    const QDir rootDir(root);
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = rootDir.relativeFilePath(it.next());
        if (isSkipped(path)) {
            continue;
        }
        QFile file(it.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        SourceFile source {path, {}};
        int lineNumber = 0;
        while (!file.atEnd()) {
            ++lineNumber;
            const auto match = include.match(QString::fromUtf8(file.readLine()));
            if (match.hasMatch()) {
                source.includes.append({lineNumber, match.captured(1)});
            }
        }
        files.append(source);
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    return files;
}

// "where:line: message" for every include that crosses the table.
QStringList checkIncludes(const QList<SourceFile>& files, const LayeringRules& rules)
{
    QStringList violations;
    for (const SourceFile& file : files) {
        const QString from = rules.folderOf(file.path);
        if (from.isEmpty()) {
            continue;
        }
        for (const auto& [line, included] : file.includes) {
            if (!included.contains(u'/')) {
                continue; // a header beside the file, or one that uic generated
            }
            const QString where = QStringLiteral("%1:%2: \"%3\"").arg(file.path).arg(line).arg(included);
            const QString to = rules.folderOf(included);
            if (to.isEmpty()) {
                violations += where + QStringLiteral(" is in no folder of cmake/layering.txt");
            } else if (to != from && !rules.allowed.value(from).contains(to)) {
                violations += where + QStringLiteral(": %1 may not include %2").arg(from, to);
            } else {
                for (const QString& denied : rules.denied.value(from)) {
                    if (denied.endsWith(u'/') ? included.startsWith(denied) : included == denied) {
                        violations += where + QStringLiteral(": %1 may not include %2").arg(from, denied);
                    }
                }
            }
        }
    }
    return violations;
}

// Foo.h and Foo.cpp are one unit, named by their path without the extension.
QString unitOf(const QString& path)
{
    return path.left(path.lastIndexOf(u'.'));
}

// Every loop of units that include each other, as "a -> b -> a", each reported once.
QStringList findIncludeCycles(const QList<SourceFile>& files)
{
    QSet<QString> known;
    for (const SourceFile& file : files) {
        known.insert(file.path);
    }
    QMap<QString, QSet<QString>> edges;
    for (const SourceFile& file : files) {
        const QString folder = file.path.contains(u'/') ? file.path.section(u'/', 0, -2) + u'/' : QString();
        for (const auto& include : file.includes) {
            const QString& included = include.second;
            const QString target = known.contains(included) ? included : folder + included;
            if (known.contains(target) && unitOf(target) != unitOf(file.path)) {
                edges[unitOf(file.path)].insert(unitOf(target));
            }
        }
    }
    QStringList cycles;
    QSet<QString> reported;
    QHash<QString, int> state; // 1 on the current path, 2 done
    QStringList path;
    std::function<void(const QString&)> visit = [&](const QString& unit) {
        state[unit] = 1;
        path.append(unit);
        QStringList next = edges.value(unit).values();
        next.sort();
        for (const QString& target : next) {
            if (state.value(target) == 1) {
                QStringList loop = path.mid(path.indexOf(target));
                QStringList key = loop;
                key.sort();
                if (!reported.contains(key.join(u','))) {
                    reported.insert(key.join(u','));
                    cycles += (loop << target).join(QStringLiteral(" -> "));
                }
            } else if (state.value(target) == 0) {
                visit(target);
            }
        }
        path.removeLast();
        state[unit] = 2;
    };
    for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
        if (state.value(it.key()) == 0) {
            visit(it.key());
        }
    }
    return cycles;
}

void writeFile(const QString& root, const QString& path, const QByteArray& contents)
{
    const QString full = root + u'/' + path;
    QVERIFY(QDir().mkpath(QFileInfo(full).absolutePath()));
    QFile file(full);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(contents), contents.size());
}

const char* kSampleRules = "models\nstorage models\nsync models\nui models storage sync\n"
                           "deny ui storage/Vault.h storage/vault/\n";

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSourcesKeepTheTable();
    void theSourcesHaveNoIncludeCycles();
    void anIncludeAcrossTheTableIsReported();
    void aDeniedHeaderIsReported();
    void aLoopOfUnitsIsReported();
    void aBadDenyLineIsRefused();
};

void TestLayering::theSourcesKeepTheTable()
{
    QFile table(QStringLiteral(BOTVAULT_SOURCE_DIR "/cmake/layering.txt"));
    QVERIFY(table.open(QIODevice::ReadOnly));
    QString error;
    const LayeringRules rules = parseRules(QString::fromUtf8(table.readAll()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<SourceFile> files = readSources(QStringLiteral(BOTVAULT_SOURCE_DIR));
    QVERIFY(files.size() > 100);
    const QStringList violations = checkIncludes(files, rules);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void TestLayering::theSourcesHaveNoIncludeCycles()
{
    const QStringList cycles = findIncludeCycles(readSources(QStringLiteral(BOTVAULT_SOURCE_DIR)));
    QVERIFY2(cycles.isEmpty(), qPrintable(cycles.join(u'\n')));
}

void TestLayering::anIncludeAcrossTheTableIsReported()
{
    QTemporaryDir root;
    writeFile(root.path(), QStringLiteral("models/Ids.h"), "#pragma once\n");
    writeFile(root.path(), QStringLiteral("storage/Store.h"), "#include \"models/Ids.h\"\n");
    writeFile(root.path(), QStringLiteral("sync/Job.cpp"),
        "#include \"sync/Job.h\"\n#include \"models/Ids.h\"\n\n#include \"storage/Store.h\"\n");
    writeFile(root.path(), QStringLiteral("sync/Job.h"), "#include \"crypto/Aead.h\"\n");
    writeFile(root.path(), QStringLiteral("build/sync/Generated.cpp"), "#include \"storage/Store.h\"\n");
    QString error;
    const QStringList violations
        = checkIncludes(readSources(root.path()), parseRules(QString::fromLatin1(kSampleRules), &error));
    QCOMPARE(violations,
        QStringList({QStringLiteral("sync/Job.cpp:4: \"storage/Store.h\": sync may not include storage"),
            QStringLiteral("sync/Job.h:1: \"crypto/Aead.h\" is in no folder of cmake/layering.txt")}));
}

void TestLayering::aDeniedHeaderIsReported()
{
    QTemporaryDir root;
    writeFile(root.path(), QStringLiteral("ui/Window.cpp"),
        "#include \"storage/VaultAccess.h\"\n#include \"storage/Vault.h\"\n#include \"storage/vault/Items.h\"\n");
    QString error;
    const QStringList violations
        = checkIncludes(readSources(root.path()), parseRules(QString::fromLatin1(kSampleRules), &error));
    QCOMPARE(violations,
        QStringList({QStringLiteral("ui/Window.cpp:2: \"storage/Vault.h\": ui may not include storage/Vault.h"),
            QStringLiteral("ui/Window.cpp:3: \"storage/vault/Items.h\": ui may not include storage/vault/")}));
}

void TestLayering::aLoopOfUnitsIsReported()
{
    QTemporaryDir root;
    // Headers that never include each other, but Engine.cpp needs Job.h and Job.cpp needs Engine.h.
    writeFile(root.path(), QStringLiteral("sync/Engine.h"), "#pragma once\n");
    writeFile(root.path(), QStringLiteral("sync/Engine.cpp"), "#include \"sync/Engine.h\"\n#include \"sync/Job.h\"\n");
    writeFile(root.path(), QStringLiteral("sync/Job.h"), "#pragma once\n");
    writeFile(root.path(), QStringLiteral("sync/Job.cpp"), "#include \"Job.h\"\n#include \"sync/Engine.h\"\n");
    writeFile(root.path(), QStringLiteral("sync/Types.h"), "#pragma once\n");
    writeFile(root.path(), QStringLiteral("sync/Plan.cpp"), "#include \"sync/Types.h\"\n");
    QCOMPARE(findIncludeCycles(readSources(root.path())),
        QStringList({QStringLiteral("sync/Engine -> sync/Job -> sync/Engine")}));

    writeFile(root.path(), QStringLiteral("sync/Job.cpp"), "#include \"Job.h\"\n#include \"sync/Types.h\"\n");
    QCOMPARE(findIncludeCycles(readSources(root.path())), QStringList());
}

void TestLayering::aBadDenyLineIsRefused()
{
    QString error;
    parseRules(QStringLiteral("ui models\ndeny ui\n"), &error);
    QCOMPARE(error, QStringLiteral("line 2: deny needs a folder and at least one header"));
}

BOTVAULT_TEST_MAIN(TestLayering)
#include "TestLayering.moc"
