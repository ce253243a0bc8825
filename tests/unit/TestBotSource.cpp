#include "storage/BotSource.h"

#include "models/ExpectedNames.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/stat.h>
#include <unistd.h>

using Files = QList<QPair<QString, QByteArray>>;

namespace {

QStringList names(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* name : list) {
        result.append(QLatin1String(name));
    }
    return result;
}

Result<ExpectedNames> scanEntries(const Files& files, const BotSource::ScanLimits& limits = {})
{
    return BotSource::scanFiles(files, limits);
}

Result<ExpectedNames> scanYaml(const QByteArray& yaml)
{
    return scanEntries({{QStringLiteral("chatbot.yaml"), yaml}});
}

Result<ExpectedNames> scanScript(const QString& path, const QByteArray& code)
{
    // chatbot.yaml keeps the "no project layout" warning out of scripts outside src/.
    return scanEntries({{QStringLiteral("chatbot.yaml"), QByteArray()}, {path, code}});
}

bool writeFile(const QString& path, const QByteArray& content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return false;
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

bool makeLink(const QString& target, const QString& link)
{
    QDir().mkpath(QFileInfo(link).absolutePath());
    return QFile::link(target, link);
}

QString allWarnings(const ExpectedNames& names)
{
    return names.warnings.join(QLatin1Char('\n'));
}

int countOf(const QStringList& warnings, const QString& fragment)
{
    return static_cast<int>(
        std::count_if(warnings.cbegin(), warnings.cend(), [&](const QString& w) { return w.contains(fragment); }));
}

} // namespace

class TestBotSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // compareNames
    void compareNames_data();
    void compareNames();
    void anyMissing_data();
    void anyMissing();

    // chatbot.yaml
    void injector_data();
    void injector();
    void yamlSourcesNameTheLine();
    void brokenYamlWarnsWithPositionAndSrcIsStillScanned();
    void yamlErrorNeverQuotesTheFile();
    void secretValueInYaml_data();
    void secretValueInYaml();
    void deeplyNestedYamlIsAWarning_data();
    void deeplyNestedYamlIsAWarning();
    void hugeYamlListIsRead();
    void yamlOverTheFileLimitIsSkipped();

    // scripts under src/
    void calls_data();
    void calls();
    void callSourceIsTheLineOfTheCall();
    void linesAreCountedThroughStringsAndComments();
    void computedNameWarningNamesThePlace();
    void secretDefaultInCodeWarnsWithoutTheValue();
    void unclosedComment_data();
    void unclosedComment();
    void hostileInputFinishes_data();
    void hostileInputFinishes();
    void warningsAreCapped();
    void sourcesAreCapped();
    void pathsInWarningsStayOnOneLine();

    // names read with a default, and the injector idiom
    void defaults_data();
    void defaults();
    void optionalNamesAreNeverMissing();
    void declaredSecretsOfAnImportAreRequired();
    void injectorIdiom_data();
    void injectorIdiom();
    void injectorIdiomPlacesAreSources();
    void platformLayoutBots_data();
    void platformLayoutBots();

    // files not yet on disk
    void unsafeArchivePaths_data();
    void unsafeArchivePaths();
    void emptyArchiveWarns();

    // folders
    void scanFolderFindsNamesWithSources();
    void scanFolderAgreesWithScanFiles();
    void missingFolderIsNotFound();
    void fileIsNotAFolder();
    void emptyFolderWarns();
    void fileLinkOutsideIsNotFollowed();
    void folderLinkOutsideIsNotEntered();
    void sourceFolderLinkOutsideIsNotFollowed();
    void chatbotYamlLinkOutsideIsNotFollowed();
    void linkInsideTheFolderIsRead();
    void pipeIsNotRead();
    void fileOverTheLimitIsSkipped();
    void totalLimitStopsTheScan();
    void nonUtf8FileIsSkipped();
    void unreadableFileWarns();
};

// --- compareNames ---------------------------------------------------------------------------------

void TestBotSource::compareNames_data()
{
    QTest::addColumn<QStringList>("expectedSecrets");
    QTest::addColumn<QStringList>("expectedVariables");
    QTest::addColumn<QStringList>("definedSecrets");
    QTest::addColumn<QStringList>("definedVariables");
    QTest::addColumn<QStringList>("missingSecrets");
    QTest::addColumn<QStringList>("missingVariables");
    QTest::addColumn<QStringList>("unusedSecrets");
    QTest::addColumn<QStringList>("unusedVariables");

    const QStringList none;
    QTest::newRow("all defined") << names({"A", "B"}) << names({"V"}) << names({"B", "A"}) << names({"V"}) << none
                                 << none << none << none;
    QTest::newRow("nothing expected, nothing defined") << none << none << none << none << none << none << none << none;
    QTest::newRow("missing secret") << names({"A", "B"}) << none << names({"A"}) << none << names({"B"}) << none << none
                                    << none;
    QTest::newRow("missing variable") << none << names({"V", "W"}) << none << names({"W"}) << none << names({"V"})
                                      << none << none;
    QTest::newRow("unused secret and variable")
        << none << none << names({"S"}) << names({"V"}) << none << none << names({"S"}) << names({"V"});
    QTest::newRow("case matters") << names({"api_key"}) << none << names({"API_KEY"}) << none << names({"api_key"})
                                  << none << names({"API_KEY"}) << none;
    QTest::newRow("kinds are separate") << names({"TOKEN"}) << none << none << names({"TOKEN"}) << names({"TOKEN"})
                                        << none << none << names({"TOKEN"});
    QTest::newRow("output sorted") << names({"C", "a", "B"}) << none << none << names({"z", "Y", "x"})
                                   << names({"B", "C", "a"}) << none << none << names({"Y", "x", "z"});
    QTest::newRow("duplicates once") << names({"A", "A"}) << none << none << names({"V", "V"}) << names({"A"}) << none
                                     << none << names({"V"});
}

void TestBotSource::compareNames()
{
    QFETCH(QStringList, expectedSecrets);
    QFETCH(QStringList, expectedVariables);
    QFETCH(QStringList, definedSecrets);
    QFETCH(QStringList, definedVariables);
    QFETCH(QStringList, missingSecrets);
    QFETCH(QStringList, missingVariables);
    QFETCH(QStringList, unusedSecrets);
    QFETCH(QStringList, unusedVariables);

    ExpectedNames expected;
    expected.secrets = expectedSecrets;
    expected.variables = expectedVariables;
    const NameUsage usage = ::compareNames(expected, definedSecrets, definedVariables);
    QCOMPARE(usage.missingSecrets, missingSecrets);
    QCOMPARE(usage.missingVariables, missingVariables);
    QCOMPARE(usage.unusedSecrets, unusedSecrets);
    QCOMPARE(usage.unusedVariables, unusedVariables);
}

void TestBotSource::anyMissing_data()
{
    QTest::addColumn<QStringList>("missingSecrets");
    QTest::addColumn<QStringList>("missingVariables");
    QTest::addColumn<QStringList>("unusedSecrets");
    QTest::addColumn<bool>("anyMissing");

    QTest::newRow("none") << QStringList() << QStringList() << QStringList() << false;
    QTest::newRow("only unused") << QStringList() << QStringList() << names({"S"}) << false;
    QTest::newRow("secret") << names({"S"}) << QStringList() << QStringList() << true;
    QTest::newRow("variable") << QStringList() << names({"V"}) << QStringList() << true;
}

void TestBotSource::anyMissing()
{
    QFETCH(QStringList, missingSecrets);
    QFETCH(QStringList, missingVariables);
    QFETCH(QStringList, unusedSecrets);
    QFETCH(bool, anyMissing);

    NameUsage usage;
    usage.missingSecrets = missingSecrets;
    usage.missingVariables = missingVariables;
    usage.unusedSecrets = unusedSecrets;
    QCOMPARE(usage.anyMissing(), anyMissing);
}

// --- chatbot.yaml ---------------------------------------------------------------------------------

void TestBotSource::injector_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<int>("warnings");

    const QStringList none;
    QTest::newRow("flow lists") << QByteArray("injector: {secrets: [TOKEN, API_KEY], variables: [BASE_URL]}\n")
                                << names({"API_KEY", "TOKEN"}) << names({"BASE_URL"}) << 0;
    QTest::newRow("block lists") << QByteArray("name: shop\n"
                                               "injector:\n"
                                               "  secrets:\n"
                                               "    - TOKEN\n"
                                               "    - API_KEY\n"
                                               "  variables:\n"
                                               "    - BASE_URL\n")
                                 << names({"API_KEY", "TOKEN"}) << names({"BASE_URL"}) << 0;
    QTest::newRow("maps give their keys") << QByteArray("injector:\n"
                                                        "  secrets:\n"
                                                        "    API_KEY:\n"
                                                        "  variables:\n"
                                                        "    BASE_URL: https://example.com\n"
                                                        "    MODE: test\n")
                                          << names({"API_KEY"}) << names({"BASE_URL", "MODE"}) << 0;
    QTest::newRow("list of one-entry maps") << QByteArray("injector:\n"
                                                          "  variables:\n"
                                                          "    - BASE_URL: https://example.com\n"
                                                          "    - MODE\n")
                                            << none << names({"BASE_URL", "MODE"}) << 0;
    QTest::newRow("quoted names") << QByteArray("injector: {secrets: [\"API_KEY\", 'TOKEN']}\n")
                                  << names({"API_KEY", "TOKEN"}) << none << 0;
    QTest::newRow("one name without a list")
        << QByteArray("injector: {secrets: API_KEY}\n") << names({"API_KEY"}) << none << 0;
    QTest::newRow("numbers are names") << QByteArray("injector: {variables: [123, 0x1F]}\n") << none
                                       << names({"0x1F", "123"}) << 0;
    QTest::newRow("case kept") << QByteArray("injector: {secrets: [Api_Key, API_KEY]}\n")
                               << names({"API_KEY", "Api_Key"}) << none << 0;
    QTest::newRow("duplicates once, kinds separate")
        << QByteArray("injector: {secrets: [A, A], variables: [A]}\n") << names({"A"}) << names({"A"}) << 0;
    QTest::newRow("anchors and aliases") << QByteArray("common: &names [A, B]\n"
                                                       "injector: {secrets: *names, variables: *names}\n")
                                         << names({"A", "B"}) << names({"A", "B"}) << 0;
    QTest::newRow("other injector keys ignored")
        << QByteArray("injector: {apiUrl: https://x, secrets: [A]}\n") << names({"A"}) << none << 0;
    QTest::newRow("no injector") << QByteArray("name: shop\nentryPoint: main.sc\n") << none << none << 0;
    QTest::newRow("empty file") << QByteArray() << none << none << 0;
    QTest::newRow("only a comment") << QByteArray("# nothing here\n") << none << none << 0;
    QTest::newRow("empty injector") << QByteArray("injector:\n") << none << none << 0;
    QTest::newRow("empty lists and null") << QByteArray("injector: {secrets: [], variables: }\n") << none << none << 0;
    QTest::newRow("nested list item") << QByteArray("injector: {secrets: [A, [B, C]]}\n") << names({"A"}) << none << 1;
    QTest::newRow("null item") << QByteArray("injector: {secrets: [A, ~]}\n") << names({"A"}) << none << 1;
    QTest::newRow("map key is a list") << QByteArray("injector:\n  secrets:\n    ? [A, B]\n    : x\n    C: y\n")
                                       << names({"C"}) << none << 2; // the list key, and C's value
    QTest::newRow("invalid name") << QByteArray("injector: {secrets: [api-key, GOOD]}\n") << names({"GOOD"}) << none
                                  << 1;
    QTest::newRow("empty name") << QByteArray("injector: {variables: ['', GOOD]}\n") << none << names({"GOOD"}) << 1;
    QTest::newRow("name too long") << "injector: {variables: [" + QByteArray(129, 'N') + "]}\n" << none << none << 1;
    QTest::newRow("injector is a list") << QByteArray("injector: [A, B]\n") << none << none << 1;
    QTest::newRow("root is a list") << QByteArray("- injector\n") << none << none << 1;
    QTest::newRow("root is a scalar") << QByteArray("injector\n") << none << none << 1;
    QTest::newRow("unclosed flow list") << QByteArray("injector: {secrets: [A, B}\n") << none << none << 1;
    QTest::newRow("bad indentation") << QByteArray("injector:\n  secrets:\n    - A\n   - B\n") << none << none << 1;
}

void TestBotSource::injector()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, variables);
    QFETCH(int, warnings);

    const Result<ExpectedNames> result = scanYaml(yaml);
    QVERIFY2(result.ok(), qPrintable(TestSupport::errorMessage(result)));
    QCOMPARE(result->secrets, secrets);
    QCOMPARE(result->variables, variables);
    QVERIFY2(result->warnings.size() == warnings, qPrintable(allWarnings(result.value())));
}

void TestBotSource::yamlSourcesNameTheLine()
{
    const Result<ExpectedNames> result = scanYaml("name: shop\n"
                                                  "injector:\n"
                                                  "  secrets:\n"
                                                  "    - TOKEN\n"
                                                  "  variables: {MODE: test}\n");
    QVERIFY(result.ok());
    QCOMPARE(result->secretSources.value(QStringLiteral("TOKEN")), QStringList {QStringLiteral("chatbot.yaml:4")});
    QCOMPARE(result->variableSources.value(QStringLiteral("MODE")), QStringList {QStringLiteral("chatbot.yaml:5")});
}

void TestBotSource::brokenYamlWarnsWithPositionAndSrcIsStillScanned()
{
    // The flow list is never closed: yaml-cpp reports the end of the file, on line 3.
    const Result<ExpectedNames> result = scanEntries({
        {QStringLiteral("chatbot.yaml"), "injector:\n  secrets: [A, B\n"},
        {QStringLiteral("src/main.js"), "$secrets.get('TOKEN');\n"},
    });
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, QStringList {QStringLiteral("TOKEN")});
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY2(
        result->warnings.first().contains(QStringLiteral("line 3, column 1")), qPrintable(allWarnings(result.value())));
}

void TestBotSource::yamlErrorNeverQuotesTheFile()
{
    // yaml-cpp's own message for a bad %YAML directive quotes the directive's argument.
    const Result<ExpectedNames> result = scanYaml("%YAML s3cr3t-value\n---\ninjector: {secrets: [A]}\n");
    QVERIFY(result.ok());
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY2(!result->warnings.first().contains(QStringLiteral("s3cr3t")), qPrintable(allWarnings(result.value())));
}

void TestBotSource::secretValueInYaml_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("warnings");

    QTest::newRow("secret with a value") << QByteArray("injector:\n  secrets:\n    API_KEY: sk-live-0123\n") << 1;
    QTest::newRow("secret in a list item map")
        << QByteArray("injector:\n  secrets:\n    - API_KEY: sk-live-0123\n") << 1;
    QTest::newRow("secret without a value") << QByteArray("injector:\n  secrets:\n    API_KEY:\n") << 0;
    QTest::newRow("secret with an empty value") << QByteArray("injector:\n  secrets:\n    API_KEY: ''\n") << 0;
    QTest::newRow("variable with a value") << QByteArray("injector:\n  variables:\n    API_KEY: sk-live-0123\n") << 0;
}

void TestBotSource::secretValueInYaml()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, warnings);

    const Result<ExpectedNames> result = scanYaml(yaml);
    QVERIFY(result.ok());
    QCOMPARE(result->warnings.size(), warnings);
    for (const QString& warning : result->warnings) {
        QVERIFY(warning.contains(QStringLiteral("chatbot.yaml:3")));
        QVERIFY(warning.contains(QStringLiteral("API_KEY")));
        QVERIFY2(!warning.contains(QStringLiteral("sk-live")), qPrintable(warning));
    }
}

void TestBotSource::deeplyNestedYamlIsAWarning_data()
{
    QTest::addColumn<QByteArray>("yaml");

    QTest::newRow("open lists") << QByteArray(100000, '[');
    QTest::newRow("closed lists") << "injector: {secrets: " + QByteArray(5000, '[') + QByteArray(5000, ']') + "}\n";
    QTest::newRow("open maps") << QByteArray(100000, '{');
}

void TestBotSource::deeplyNestedYamlIsAWarning()
{
    QFETCH(QByteArray, yaml);

    const Result<ExpectedNames> result = scanYaml(yaml);
    QVERIFY(result.ok());
    QVERIFY(result->secrets.isEmpty());
    QCOMPARE(result->warnings.size(), 1);
}

void TestBotSource::hugeYamlListIsRead()
{
    QByteArray yaml = "injector:\n  secrets:\n";
    QStringList names;
    for (int i = 0; i < 20000; ++i) {
        const QString name = QStringLiteral("SECRET_%1").arg(i, 5, 10, QLatin1Char('0'));
        names.append(name);
        yaml += "    - " + name.toLatin1() + '\n';
    }
    const Result<ExpectedNames> result = scanYaml(yaml);
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, names);
    QVERIFY(result->warnings.isEmpty());
}

void TestBotSource::yamlOverTheFileLimitIsSkipped()
{
    const QByteArray yaml = "injector: {secrets: [A]}\n# " + QByteArray(200, 'x') + '\n';
    const Result<ExpectedNames> result
        = scanEntries({{QStringLiteral("chatbot.yaml"), yaml}}, BotSource::ScanLimits {100, 1000});
    QVERIFY(result.ok());
    QVERIFY(result->secrets.isEmpty());
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.first().contains(QStringLiteral("chatbot.yaml")));
}

// --- scripts --------------------------------------------------------------------------------------

void TestBotSource::calls_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<int>("computed");
    QTest::addColumn<int>("warnings");

    const QString js = QStringLiteral("src/main.js");
    const QString sc = QStringLiteral("src/main.sc");
    const QStringList none;
    const QStringList a {QStringLiteral("A")};
    const QStringList v {QStringLiteral("V")};

    // How a name is written.
    QTest::newRow("double quotes") << js << QByteArray("$secrets.get(\"A\");") << a << none << 0 << 0;
    QTest::newRow("single quotes") << js << QByteArray("$secrets.get('A');") << a << none << 0 << 0;
    QTest::newRow("template literal") << js << QByteArray("$secrets.get(`A`);") << a << none << 0 << 0;
    QTest::newRow("escape in name") << js << QByteArray("$env.get(\"\\u0056\");") << none << v << 0 << 0;
    QTest::newRow("spaces") << js << QByteArray("$secrets . get ( \"A\" ) ;") << a << none << 0 << 0;
    QTest::newRow("tabs") << js << QByteArray("\t$env\t.get(\t'V'\t)") << none << v << 0 << 0;
    QTest::newRow("newline before the name")
        << js << QByteArray("var k = $secrets.get(\n    \"A\"\n);") << a << none << 0 << 0;
    QTest::newRow("newline between every token")
        << js << QByteArray("$env\n.\nget\n(\n'V'\n,\n'x'\n)") << none << v << 0 << 0;
    QTest::newRow("crlf") << js << QByteArray("$env.get(\r\n\"V\")\r\n") << none << v << 0 << 0;
    QTest::newRow("optional chaining") << js << QByteArray("$secrets?.get('A')") << a << none << 0 << 0;
    QTest::newRow("comments inside the call")
        << js << QByteArray("$secrets.get(/* why */ \"A\" /* end */)") << a << none << 0 << 0;
    QTest::newRow("two calls on one line")
        << js << QByteArray("$env.get('V') + $secrets.get(\"A\")") << a << v << 0 << 0;
    QTest::newRow("variable with default") << js << QByteArray("$env.get(\"V\", \"fallback\")") << none << v << 0 << 0;
    QTest::newRow("secret with null default") << js << QByteArray("$secrets.get(\"A\", null)") << a << none << 0 << 0;
    QTest::newRow("secret with empty default") << js << QByteArray("$secrets.get(\"A\", '')") << a << none << 0 << 0;

    // Where a call is only text.
    QTest::newRow("line comment") << js << QByteArray("// $secrets.get(\"A\")\n$env.get('V')") << none << v << 0 << 0;
    QTest::newRow("line comment after code")
        << js << QByteArray("$env.get('V'); // $secrets.get(\"A\")") << none << v << 0 << 0;
    QTest::newRow("block comment") << js << QByteArray("/* $secrets.get(\"A\") */ $env.get('V')") << none << v << 0
                                   << 0;
    QTest::newRow("multi-line block comment")
        << js << QByteArray("/*\n * $secrets.get(\"A\")\n */\n$env.get('V')") << none << v << 0 << 0;
    QTest::newRow("in a double-quoted string")
        << js << QByteArray("log(\"$secrets.get('A')\"); $env.get('V')") << none << v << 0 << 0;
    QTest::newRow("in a single-quoted string")
        << js << QByteArray("log('$secrets.get(\"A\")'); $env.get('V')") << none << v << 0 << 0;
    QTest::newRow("after an escaped quote")
        << js << QByteArray("log(\"say \\\"$secrets.get('A')\\\"\"); $env.get('V')") << none << v << 0 << 0;
    QTest::newRow("string continued on the next line")
        << js << QByteArray("log('a\\\n$secrets.get(\"A\")'); $env.get('V')") << none << v << 0 << 0;
    QTest::newRow("in template text") << js << QByteArray("log(`call $secrets.get(\"A\")\nlater`); $env.get('V')")
                                      << none << v << 0 << 0;
    QTest::newRow("in a regular expression")
        << js << QByteArray("var r = /$secrets.get('A')/; $env.get('V')") << none << v << 0 << 0;

    // Where a call is code inside something else.
    QTest::newRow("template substitution")
        << js << QByteArray("log(`key=${$secrets.get(\"A\")}`)") << a << none << 0 << 0;
    QTest::newRow("nested template") << js << QByteArray("log(`${`${$env.get(\"V\")}`}`)") << none << v << 0 << 0;
    QTest::newRow("braces in a substitution")
        << js << QByteArray("log(`${ {a: {b: 1}}.a } $secrets.get('A') ${$env.get('V')}`)") << none << v << 0 << 0;
    QTest::newRow("regular expression with a quote")
        << js << QByteArray("var r = /\"/; $env.get(\"V\")") << none << v << 0 << 0;
    QTest::newRow("regular expression with a slash in a class")
        << js << QByteArray("var r = /[/\"]/g; $env.get(\"V\")") << none << v << 0 << 0;
    QTest::newRow("regular expression after return")
        << js << QByteArray("function f() { return /'/.test(s) }; $env.get('V')") << none << v << 0 << 0;
    QTest::newRow("division") << js << QByteArray("var x = a / b, y = (c) / d; $env.get('V') / 2") << none << v << 0
                              << 0;
    QTest::newRow("unclosed quote ends at the line")
        << js << QByteArray("var s = \"oops\n$env.get('V')") << none << v << 0 << 0;
    QTest::newRow("apostrophe in scenario text")
        << sc << QByteArray("state: Hello\n    a: Don't forget {{$env.get(\"V\")}}\n") << none << v << 0 << 0;
    QTest::newRow("hash comment in a scenario")
        << sc << QByteArray("# $secrets.get(\"A\")\nscript:\n    $env.get(\"V\")") << none << v << 0 << 0;

    // Names BotVault cannot check.
    QTest::newRow("variable name") << js << QByteArray("$secrets.get(name)") << none << none << 1 << 1;
    QTest::newRow("concatenated name") << js << QByteArray("$secrets.get(\"API_\" + suffix)") << none << none << 1 << 1;
    QTest::newRow("template with substitution")
        << js << QByteArray("$env.get(`${prefix}_URL`)") << none << none << 1 << 1;
    QTest::newRow("no argument") << js << QByteArray("$env.get()") << none << none << 1 << 1;
    QTest::newRow("invalid name") << js << QByteArray("$secrets.get(\"api-key\")") << none << none << 0 << 1;

    // Not the platform's services.
    QTest::newRow("member of another object")
        << js << QByteArray("foo.$secrets.get(\"A\"); foo?.$env.get('V')") << none << none << 0 << 0;
    QTest::newRow("longer identifiers") << js << QByteArray("$secretsX.get(\"A\"); my$env.get('V')") << none << none
                                        << 0 << 0;
    QTest::newRow("other methods") << js << QByteArray("$secrets.getAll(\"A\"); $env.has('V')") << none << none << 0
                                   << 0;
    QTest::newRow("injector") << js << QByteArray("var k = $injector.API_KEY + $injector[\"TOKEN\"];") << none << none
                              << 0 << 0;

    // Which files are scanned.
    QTest::newRow("typescript") << QStringLiteral("src/bot.ts") << QByteArray("const k: string = $secrets.get('A');")
                                << a << none << 0 << 0;
    QTest::newRow("module") << QStringLiteral("src/lib/bot.mjs") << QByteArray("export const k = $env.get('V');")
                            << none << v << 0 << 0;
    QTest::newRow("commonjs") << QStringLiteral("src/bot.cjs") << QByteArray("module.exports = $env.get('V');") << none
                              << v << 0 << 0;
    QTest::newRow("upper-case suffix") << QStringLiteral("src/MAIN.JS") << QByteArray("$env.get('V')") << none << v << 0
                                       << 0;
    QTest::newRow("json is data") << QStringLiteral("src/data.json") << QByteArray("[$env.get('V')]") << none << none
                                  << 0 << 0;
    QTest::newRow("text is not scanned") << QStringLiteral("src/notes.txt") << QByteArray("$env.get('V')") << none
                                         << none << 0 << 0;
    QTest::newRow("outside src") << QStringLiteral("test/main.js") << QByteArray("$env.get('V')") << none << none << 0
                                 << 0;
}

void TestBotSource::calls()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, code);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, variables);
    QFETCH(int, computed);
    QFETCH(int, warnings);

    const Result<ExpectedNames> result = scanScript(path, code);
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, secrets);
    QCOMPARE(result->variables, variables);
    QCOMPARE(result->computedSecretReads + result->computedVariableReads, computed);
    QVERIFY2(result->warnings.size() == warnings, qPrintable(allWarnings(result.value())));
}

void TestBotSource::callSourceIsTheLineOfTheCall()
{
    const Result<ExpectedNames> result = scanScript(QStringLiteral("src/lib/util.js"),
        "\n"
        "\n"
        "var k = $secrets.get(\n"
        "    'A');\n"
        "$secrets.get('A'); $secrets.get('A');\n");
    QVERIFY(result.ok());
    QCOMPARE(result->secretSources.value(QStringLiteral("A")),
        (QStringList {QStringLiteral("src/lib/util.js:3"), QStringLiteral("src/lib/util.js:5")}));
}

void TestBotSource::linesAreCountedThroughStringsAndComments()
{
    const Result<ExpectedNames> result = scanScript(QStringLiteral("src/main.js"),
        "/*\n"
        "\n"
        "*/\n"
        "`\n"
        "${x}\n"
        "`\n"
        "'a\\\n"
        "b'\n"
        "$env.get('V')\n");
    QVERIFY(result.ok());
    QCOMPARE(result->variableSources.value(QStringLiteral("V")), QStringList {QStringLiteral("src/main.js:9")});
}

void TestBotSource::computedNameWarningNamesThePlace()
{
    const Result<ExpectedNames> result
        = scanScript(QStringLiteral("src/a.js"), "// reads\n$secrets.get(key);\n$env.get(prefix + 'URL');\n");
    QVERIFY(result.ok());
    QCOMPARE(result->computedSecretReads, 1);
    QCOMPARE(result->computedVariableReads, 1);
    QCOMPARE(result->warnings.size(), 2);
    QVERIFY2(result->warnings.at(0).startsWith(QStringLiteral("src/a.js:2 ")), qPrintable(result->warnings.at(0)));
    QVERIFY2(result->warnings.at(1).startsWith(QStringLiteral("src/a.js:3 ")), qPrintable(result->warnings.at(1)));
}

void TestBotSource::secretDefaultInCodeWarnsWithoutTheValue()
{
    const Result<ExpectedNames> result
        = scanScript(QStringLiteral("src/a.js"), "var k = $secrets.get(\"API_KEY\", \"hunter2\");\n");
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, QStringList {QStringLiteral("API_KEY")});
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.first().contains(QStringLiteral("src/a.js:1")));
    QVERIFY(result->warnings.first().contains(QStringLiteral("API_KEY")));
    QVERIFY(!result->warnings.first().contains(QStringLiteral("hunter2")));
}

void TestBotSource::unclosedComment_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("warningStart");

    QTest::newRow("block comment") << QByteArray("$env.get('A')\n/* open\n$env.get('B')\n")
                                   << QStringLiteral("src/main.js:2 ");
    QTest::newRow("template literal") << QByteArray("$env.get('A')\n\nlog(`open\n$env.get('B')\n")
                                      << QStringLiteral("src/main.js:3 ");
}

void TestBotSource::unclosedComment()
{
    QFETCH(QByteArray, code);
    QFETCH(QString, warningStart);

    const Result<ExpectedNames> result = scanScript(QStringLiteral("src/main.js"), code);
    QVERIFY(result.ok());
    QCOMPARE(result->variables, QStringList {QStringLiteral("A")});
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY2(result->warnings.first().startsWith(warningStart), qPrintable(result->warnings.first()));
}

void TestBotSource::hostileInputFinishes_data()
{
    QTest::addColumn<QByteArray>("unit");

    // Each is repeated to 1 MiB on one line. A scanner that rescanned from every quote, slash or
    // backtick to the end of the line would take minutes; a linear one takes a few seconds even
    // unoptimised under AddressSanitizer.
    QTest::newRow("single quotes") << QByteArray("'");
    QTest::newRow("double quotes") << QByteArray("\"");
    QTest::newRow("escaped quotes") << QByteArray("'\\");
    QTest::newRow("slashes") << QByteArray("/ ");
    QTest::newRow("slashes and classes") << QByteArray("=/[");
    QTest::newRow("backticks") << QByteArray("`");
    QTest::newRow("substitutions") << QByteArray("`${");
    QTest::newRow("closing braces") << QByteArray("}");
    QTest::newRow("comment openers") << QByteArray("/*");
    QTest::newRow("call openers") << QByteArray("$secrets.get(");
}

void TestBotSource::hostileInputFinishes()
{
    QFETCH(QByteArray, unit);

    const QByteArray code = unit.repeated(1024 * 1024 / unit.size()) + "\n$env.get('V')\n";
    QElapsedTimer timer;
    timer.start();
    const Result<ExpectedNames> result = scanScript(QStringLiteral("src/main.js"), code);
    QVERIFY(result.ok());
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

void TestBotSource::warningsAreCapped()
{
    const QByteArray code = QByteArray("$secrets.get(name);\n").repeated(300);
    const Result<ExpectedNames> result = scanScript(QStringLiteral("src/main.js"), code);
    QVERIFY(result.ok());
    QCOMPARE(result->computedSecretReads, 300);
    QCOMPARE(result->warnings.size(), BotSource::kMaxWarnings + 1);
    QVERIFY2(result->warnings.last().contains(QStringLiteral("200")), qPrintable(result->warnings.last()));
}

void TestBotSource::sourcesAreCapped()
{
    const QByteArray code = QByteArray("$secrets.get('A');\n").repeated(BotSource::kMaxSourcesPerName + 10);
    const Result<ExpectedNames> result = scanScript(QStringLiteral("src/main.js"), code);
    QVERIFY(result.ok());
    const QStringList sources = result->secretSources.value(QStringLiteral("A"));
    QCOMPARE(sources.size(), BotSource::kMaxSourcesPerName);
    QCOMPARE(sources.first(), QStringLiteral("src/main.js:1"));
}

void TestBotSource::pathsInWarningsStayOnOneLine()
{
    const QString path = QStringLiteral("src/a\nb\x1b[2J") + QStringLiteral("x").repeated(300) + QStringLiteral(".js");
    const Result<ExpectedNames> result = scanScript(path, "$env.get(name)");
    QVERIFY(result.ok());
    QCOMPARE(result->warnings.size(), 1);
    const QString warning = result->warnings.first();
    QVERIFY2(!warning.contains(QLatin1Char('\n')) && !warning.contains(QChar(0x1b)), qPrintable(warning));
    QVERIFY2(warning.size() < 250, qPrintable(warning));
}

// --- defaults and the injector idiom --------------------------------------------------------------

void TestBotSource::defaults_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QStringList>("optionalSecrets");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QStringList>("optionalVariables");

    const QStringList none;
    const QStringList a {QStringLiteral("A")};
    const QStringList v {QStringLiteral("V")};

    QTest::newRow("no default") << QByteArray("$env.get('V')") << none << none << v << none;
    QTest::newRow("string default") << QByteArray("$env.get('V', 'gpt-3.5-turbo')") << none << none << v << v;
    QTest::newRow("number default") << QByteArray("$env.get('V', 5000)") << none << none << v << v;
    QTest::newRow("expression default") << QByteArray("$env.get('V', $env.get('W') || 'x')") << none << none
                                        << QStringList {QStringLiteral("V"), QStringLiteral("W")} << v;
    QTest::newRow("secret null default") << QByteArray("$secrets.get('A', null)") << a << a << none << none;
    QTest::newRow("secret empty default") << QByteArray("$secrets.get(\"A\", '')") << a << a << none << none;
    QTest::newRow("undefined is no default") << QByteArray("$env.get('V', undefined)") << none << none << v << none;
    QTest::newRow("trailing comma is no default") << QByteArray("$env.get('V',)") << none << none << v << none;
    QTest::newRow("undefined in an expression")
        << QByteArray("$env.get('V', undefined || 'x')") << none << none << v << v;
    QTest::newRow("read with and without a default")
        << QByteArray("$env.get('V', 'x');\n$env.get('V');") << none << none << v << none;
    QTest::newRow("without, then with a default")
        << QByteArray("$secrets.get('A');\n$secrets.get('A', null);") << a << none << none << none;
    QTest::newRow("default in a comment does not count")
        << QByteArray("$env.get('V') // , 'x'") << none << none << v << none;
}

void TestBotSource::defaults()
{
    QFETCH(QByteArray, code);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, optionalSecrets);
    QFETCH(QStringList, variables);
    QFETCH(QStringList, optionalVariables);

    const Result<ExpectedNames> result = scanScript(QStringLiteral("src/main.js"), code);
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, secrets);
    QCOMPARE(result->optionalSecrets, optionalSecrets);
    QCOMPARE(result->variables, variables);
    QCOMPARE(result->optionalVariables, optionalVariables);
    QCOMPARE(result->computedSecretReads + result->computedVariableReads, 0);
}

void TestBotSource::optionalNamesAreNeverMissing()
{
    // chatbot.yaml declares V: required even though the code reads it with a default.
    const Result<ExpectedNames> result = scanEntries({
        {QStringLiteral("chatbot.yaml"), "injector: {variables: [V]}\n"},
        {QStringLiteral("src/main.js"), "$env.get('V', 'x'); $env.get('MODEL', 'small'); $secrets.get('T', null);"},
    });
    QVERIFY(result.ok());
    QCOMPARE(result->optionalVariables, names({"MODEL"}));

    const NameUsage nothingDefined = ::compareNames(result.value(), {}, {});
    QCOMPARE(nothingDefined.missingVariables, names({"V"}));
    QCOMPARE(nothingDefined.missingSecrets, QStringList());
    QCOMPARE(nothingDefined.optionalVariables, names({"MODEL"}));
    QCOMPARE(nothingDefined.optionalSecrets, names({"T"}));
    QVERIFY(nothingDefined.anyMissing());

    // Defined, an optional name is neither listed apart nor unused.
    const NameUsage allDefined = ::compareNames(result.value(), names({"T"}), names({"V", "MODEL"}));
    QVERIFY(!allDefined.anyMissing());
    QVERIFY(allDefined.optionalSecrets.isEmpty() && allDefined.optionalVariables.isEmpty());
    QVERIFY(allDefined.unusedSecrets.isEmpty() && allDefined.unusedVariables.isEmpty());

    const NameUsage onlyOptionalAbsent = ::compareNames(result.value(), {}, names({"V"}));
    QVERIFY(!onlyOptionalAbsent.anyMissing());
    QCOMPARE(onlyOptionalAbsent.optionalVariables, names({"MODEL"}));
}

void TestBotSource::declaredSecretsOfAnImportAreRequired()
{
    const Result<ExpectedNames> result = scanScript(QStringLiteral("src/main.js"), "$secrets.get('T', null);");
    QVERIFY(result.ok());
    const ExpectedNames withImport = withDeclaredSecrets(result.value(), names({"T"}));
    QVERIFY(withImport.optionalSecrets.isEmpty());
    QCOMPARE(::compareNames(withImport, {}, {}).missingSecrets, names({"T"}));
}

void TestBotSource::injectorIdiom_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<int>("computed");

    // The forms the platform's examples use, in ES6 and ES5.
    QTest::newRow("arrow forEach") << QByteArray("$injector.secrets.forEach((secret) => $secrets.get(secret));") << 0;
    QTest::newRow("arrow without parentheses")
        << QByteArray("$injector.variables.forEach(v => { $env.get(v); });") << 0;
    QTest::newRow("function callback") << QByteArray(
        "$injector.secrets.forEach(function (secret) {\n  $secrets.get(secret);\n});")
                                       << 0;
    QTest::newRow("named function callback")
        << QByteArray("$injector.secrets.every(function check(s) { return $secrets.get(s); });") << 0;
    QTest::newRow("method reference") << QByteArray("$injector.secrets.forEach($secrets.get);\n"
                                                    "$injector.variables.forEach($env.get);")
                                      << 0;
    QTest::newRow("for in") << QByteArray("for (var k in $injector.variables) $env.get(k);") << 0;
    QTest::newRow("for of") << QByteArray("for (const s of $injector.secrets) { $secrets.get(s); }") << 0;
    QTest::newRow("index loop") << QByteArray(
        "for (var i = 0; i < $injector.secrets.length; i++) { $secrets.get($injector.secrets[i]); }")
                                << 0;
    QTest::newRow("Object.keys") << QByteArray(
        "Object.keys($injector.variables).forEach(function (k) { $env.get(k); });")
                                 << 0;
    QTest::newRow("lodash each") << QByteArray("_.each($injector.secrets, function (s) { $secrets.get(s); });") << 0;
    QTest::newRow("async arrow") << QByteArray("$injector.secrets.map(async (s) => $secrets.get(s));") << 0;
    QTest::newRow("optional chaining") << QByteArray("$injector?.secrets?.forEach((s) => $secrets?.get(s));") << 0;

    // Not the idiom: still a name BotVault cannot check.
    QTest::newRow("other collection into secrets")
        << QByteArray("$injector.variables.forEach((v) => $secrets.get(v));") << 1;
    QTest::newRow("parameter used after the loop")
        << QByteArray("$injector.secrets.forEach((s) => $secrets.get(s));\n$secrets.get(s);") << 1;
    QTest::newRow("another array") << QByteArray("names.forEach((s) => $secrets.get(s));") << 1;
    QTest::newRow("member of the parameter")
        << QByteArray("$injector.secrets.forEach((s) => $secrets.get(s.name));") << 1;
    QTest::newRow("the collection itself") << QByteArray("$secrets.get($injector.secrets);") << 1;
    QTest::newRow("another object's injector")
        << QByteArray("foo.$injector.secrets.forEach((s) => $secrets.get(s));") << 1;
}

void TestBotSource::injectorIdiom()
{
    QFETCH(QByteArray, code);
    QFETCH(int, computed);

    const Result<ExpectedNames> result = scanEntries({
        {QStringLiteral("chatbot.yaml"), "injector: {secrets: [API_KEY, TOKEN], variables: [BASE_URL]}\n"},
        {QStringLiteral("src/main.js"), code},
    });
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, names({"API_KEY", "TOKEN"}));
    QCOMPARE(result->variables, names({"BASE_URL"}));
    QVERIFY(result->optionalSecrets.isEmpty() && result->optionalVariables.isEmpty());
    QCOMPARE(result->computedSecretReads + result->computedVariableReads, computed);
    QVERIFY2(result->warnings.size() == computed, qPrintable(allWarnings(result.value())));
}

void TestBotSource::injectorIdiomPlacesAreSources()
{
    const Result<ExpectedNames> result = scanEntries({
        {QStringLiteral("chatbot.yaml"), "injector:\n  secrets:\n    - API_KEY\n"},
        {QStringLiteral("src/utils.js"), "function ok() {\n  $injector.secrets.forEach((s) => $secrets.get(s));\n}\n"},
    });
    QVERIFY(result.ok());
    QCOMPARE(result->secretSources.value(QStringLiteral("API_KEY")),
        (QStringList {QStringLiteral("chatbot.yaml:3"), QStringLiteral("src/utils.js:2")}));
}

void TestBotSource::platformLayoutBots_data()
{
    QTest::addColumn<QString>("bot");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QStringList>("optionalSecrets");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QStringList>("optionalVariables");

    // script: blocks and a required ES5 file: index loops, for-in, forEach(function), _.each.
    QTest::newRow("ES5") << QStringLiteral("weather-es5") << names({"backupApiKey", "weatherApiKey"})
                         << names({"backupApiKey"})
                         << names({"logLevel", "replyLanguage", "requestTimeout", "weatherUnits"})
                         << names({"replyLanguage", "requestTimeout"});
    // scriptEs6: blocks with require: of .js modules: arrows, method references, for-of.
    QTest::newRow("ES6") << QStringLiteral("translator-es6") << names({"openaiApiKey"}) << QStringList()
                         << names({"openaiBaseUrl", "openaiModel", "openaiTemperature"})
                         << names({"openaiModel", "openaiTemperature"});
}

void TestBotSource::platformLayoutBots()
{
    QFETCH(QString, bot);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, optionalSecrets);
    QFETCH(QStringList, variables);
    QFETCH(QStringList, optionalVariables);

    const Result<ExpectedNames> result
        = BotSource::scanFolder(QStringLiteral(BOTVAULT_SOURCE_DIR "/tests/data/bots/") + bot);
    QVERIFY2(result.ok(), qPrintable(TestSupport::errorMessage(result)));
    QCOMPARE(result->secrets, secrets);
    QCOMPARE(result->optionalSecrets, optionalSecrets);
    QCOMPARE(result->variables, variables);
    QCOMPARE(result->optionalVariables, optionalVariables);
    QCOMPARE(result->computedSecretReads, 0);
    QCOMPARE(result->computedVariableReads, 0);
    QVERIFY2(result->warnings.isEmpty(), qPrintable(allWarnings(result.value())));
}

// --- files not yet on disk ------------------------------------------------------------------------

void TestBotSource::unsafeArchivePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("scanned");

    QTest::newRow("parent folder") << QStringLiteral("../src/a.js") << false;
    QTest::newRow("climbs out through src") << QStringLiteral("src/../../a.js") << false;
    QTest::newRow("absolute") << QStringLiteral("/src/a.js") << false;
    QTest::newRow("dot segment") << QStringLiteral("./src/a.js") << true;
    QTest::newRow("doubled slash") << QStringLiteral("src//a.js") << true;
    QTest::newRow("climbs back into src") << QStringLiteral("lib/../src/a.js") << true;
}

void TestBotSource::unsafeArchivePaths()
{
    QFETCH(QString, path);
    QFETCH(bool, scanned);

    const Result<ExpectedNames> result = scanScript(path, "$env.get('V')");
    QVERIFY(result.ok());
    QCOMPARE(result->variables.size(), scanned ? 1 : 0);
    QCOMPARE(countOf(result->warnings, path), scanned ? 0 : 1);
}

void TestBotSource::emptyArchiveWarns()
{
    const Result<ExpectedNames> result = scanEntries({{QStringLiteral("README.md"), "hello"}});
    QVERIFY(result.ok());
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->secrets.isEmpty() && result->variables.isEmpty());
}

// --- folders --------------------------------------------------------------------------------------

namespace {

// A bot in the platform's layout, with files that must and must not be scanned.
Files sampleBot()
{
    return {
        {QStringLiteral("chatbot.yaml"), "name: shop\ninjector:\n  secrets: [API_KEY]\n  variables: {BASE_URL: x}\n"},
        {QStringLiteral("src/main.sc"),
            "theme: /\n    state: Start\n        script:\n            "
            "$temp.t = $secrets.get(\"TOKEN\");\n"},
        {QStringLiteral("src/lib/util.js"), "// helpers\nexport const mode = $env.get('MODE', 'prod');\n"},
        {QStringLiteral("src/lib/dynamic.js"), "$env.get(name);\n"},
        {QStringLiteral("src/data.json"), "{\"x\": $secrets.get(\"JSON_ONLY\")}"},
        {QStringLiteral("test/test.js"), "$secrets.get('TEST_ONLY')"},
        {QStringLiteral("descriptor.json"), "{}"},
    };
}

bool writeBot(const QString& root, const Files& files)
{
    for (const auto& [path, content] : files) {
        if (!writeFile(root + QLatin1Char('/') + path, content)) {
            return false;
        }
    }
    return true;
}

} // namespace

void TestBotSource::scanFolderFindsNamesWithSources()
{
    QTemporaryDir root;
    QVERIFY(writeBot(root.path(), sampleBot()));

    const Result<ExpectedNames> result = BotSource::scanFolder(root.path());
    QVERIFY2(result.ok(), qPrintable(TestSupport::errorMessage(result)));
    QCOMPARE(result->secrets, (QStringList {QStringLiteral("API_KEY"), QStringLiteral("TOKEN")}));
    QCOMPARE(result->variables, (QStringList {QStringLiteral("BASE_URL"), QStringLiteral("MODE")}));
    QCOMPARE(result->secretSources.value(QStringLiteral("API_KEY")), QStringList {QStringLiteral("chatbot.yaml:3")});
    QCOMPARE(result->secretSources.value(QStringLiteral("TOKEN")), QStringList {QStringLiteral("src/main.sc:4")});
    QCOMPARE(result->variableSources.value(QStringLiteral("MODE")), QStringList {QStringLiteral("src/lib/util.js:2")});
    QCOMPARE(result->computedVariableReads, 1);
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.first().startsWith(QStringLiteral("src/lib/dynamic.js:1 ")));
}

void TestBotSource::scanFolderAgreesWithScanFiles()
{
    QTemporaryDir root;
    const Files files = sampleBot();
    QVERIFY(writeBot(root.path(), files));

    const Result<ExpectedNames> fromFolder = BotSource::scanFolder(root.path());
    const Result<ExpectedNames> fromFiles = BotSource::scanFiles(files);
    QVERIFY(fromFolder.ok() && fromFiles.ok());
    QCOMPARE(fromFolder->secrets, fromFiles->secrets);
    QCOMPARE(fromFolder->variables, fromFiles->variables);
    QCOMPARE(fromFolder->secretSources, fromFiles->secretSources);
    QCOMPARE(fromFolder->variableSources, fromFiles->variableSources);
    QCOMPARE(fromFolder->warnings, fromFiles->warnings);
}

void TestBotSource::missingFolderIsNotFound()
{
    QTemporaryDir root;
    const Result<ExpectedNames> result = BotSource::scanFolder(root.filePath(QStringLiteral("missing")));
    QCOMPARE(TestSupport::outcomeName(result), "NotFound");
}

void TestBotSource::fileIsNotAFolder()
{
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("chatbot.yaml"));
    QVERIFY(writeFile(path, "injector: {}\n"));
    const Result<ExpectedNames> result = BotSource::scanFolder(path);
    QCOMPARE(TestSupport::outcomeName(result), "InvalidInput");
}

void TestBotSource::emptyFolderWarns()
{
    QTemporaryDir root;
    const Result<ExpectedNames> result = BotSource::scanFolder(root.path());
    QVERIFY(result.ok());
    QCOMPARE(result->warnings.size(), 1);
}

void TestBotSource::fileLinkOutsideIsNotFollowed()
{
    QTemporaryDir root;
    QTemporaryDir outside;
    QVERIFY(writeFile(outside.filePath(QStringLiteral("leak.js")), "$secrets.get('LEAKED')"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/main.js")), "$secrets.get('OWN')"));
    QVERIFY(makeLink(outside.filePath(QStringLiteral("leak.js")), root.filePath(QStringLiteral("src/leak.js"))));

    const Result<ExpectedNames> result = BotSource::scanFolder(root.path());
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, QStringList {QStringLiteral("OWN")});
    QCOMPARE(countOf(result->warnings, QStringLiteral("src/leak.js")), 1);
}

void TestBotSource::folderLinkOutsideIsNotEntered()
{
    QTemporaryDir root;
    QTemporaryDir outside;
    QVERIFY(writeFile(outside.filePath(QStringLiteral("lib/leak.js")), "$secrets.get('LEAKED')"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/main.js")), "$secrets.get('OWN')"));
    QVERIFY(makeLink(outside.filePath(QStringLiteral("lib")), root.filePath(QStringLiteral("src/lib"))));

    const Result<ExpectedNames> result = BotSource::scanFolder(root.path());
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, QStringList {QStringLiteral("OWN")});
}

void TestBotSource::sourceFolderLinkOutsideIsNotFollowed()
{
    QTemporaryDir root;
    QTemporaryDir outside;
    QVERIFY(writeFile(outside.filePath(QStringLiteral("main.js")), "$secrets.get('LEAKED')"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("chatbot.yaml")), "injector: {secrets: [OWN]}\n"));
    QVERIFY(makeLink(outside.path(), root.filePath(QStringLiteral("src"))));

    const Result<ExpectedNames> result = BotSource::scanFolder(root.path());
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, QStringList {QStringLiteral("OWN")});
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.first().startsWith(QStringLiteral("src ")));
}

void TestBotSource::chatbotYamlLinkOutsideIsNotFollowed()
{
    QTemporaryDir root;
    QTemporaryDir outside;
    QVERIFY(writeFile(outside.filePath(QStringLiteral("chatbot.yaml")), "injector: {secrets: [LEAKED]}\n"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/main.js")), "$secrets.get('OWN')"));
    QVERIFY(makeLink(outside.filePath(QStringLiteral("chatbot.yaml")), root.filePath(QStringLiteral("chatbot.yaml"))));

    const Result<ExpectedNames> result = BotSource::scanFolder(root.path());
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, QStringList {QStringLiteral("OWN")});
    QCOMPARE(countOf(result->warnings, QStringLiteral("chatbot.yaml")), 1);
}

void TestBotSource::linkInsideTheFolderIsRead()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("shared/util.js")), "$secrets.get('SHARED')"));
    QVERIFY(makeLink(root.filePath(QStringLiteral("shared/util.js")), root.filePath(QStringLiteral("src/util.js"))));

    const Result<ExpectedNames> result = BotSource::scanFolder(root.path());
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, QStringList {QStringLiteral("SHARED")});
    QCOMPARE(result->secretSources.value(QStringLiteral("SHARED")), QStringList {QStringLiteral("src/util.js:1")});
    QVERIFY2(result->warnings.isEmpty(), qPrintable(allWarnings(result.value())));
}

void TestBotSource::pipeIsNotRead()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/main.js")), "$secrets.get('OWN')"));
    QCOMPARE(::mkfifo(QFile::encodeName(root.filePath(QStringLiteral("src/pipe.js"))).constData(), 0600), 0);
    QCOMPARE(::mkfifo(QFile::encodeName(root.filePath(QStringLiteral("chatbot.yaml"))).constData(), 0600), 0);

    // Opening a pipe for reading blocks until a writer comes, so reaching the end proves neither was.
    const Result<ExpectedNames> result = BotSource::scanFolder(root.path());
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, QStringList {QStringLiteral("OWN")});
}

void TestBotSource::fileOverTheLimitIsSkipped()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/big.js")), "$secrets.get('BIG');//" + QByteArray(200, 'x')));
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/small.js")), "$secrets.get('SMALL');"));

    const Result<ExpectedNames> result = BotSource::scanFolder(root.path(), BotSource::ScanLimits {100, 1000});
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, QStringList {QStringLiteral("SMALL")});
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.first().startsWith(QStringLiteral("src/big.js ")));
}

void TestBotSource::totalLimitStopsTheScan()
{
    QTemporaryDir root;
    for (const char* name : {"A", "B", "C", "D", "E"}) {
        const QByteArray code = "$secrets.get('" + QByteArray(name) + "');";
        QVERIFY(writeFile(root.filePath(QStringLiteral("src/%1.js").arg(QLatin1String(name))),
            code + "//" + QByteArray(100 - code.size() - 2, 'x')));
    }

    const Result<ExpectedNames> result = BotSource::scanFolder(root.path(), BotSource::ScanLimits {100, 250});
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, (QStringList {QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY2(result->warnings.first().contains(QStringLiteral(" 3 file")), qPrintable(result->warnings.first()));
}

void TestBotSource::nonUtf8FileIsSkipped()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/latin1.js")), "// caf\xe9\n$secrets.get('LATIN1')"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/main.js")), "// caf\xc3\xa9\n$secrets.get('OWN')"));

    const Result<ExpectedNames> result = BotSource::scanFolder(root.path());
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, QStringList {QStringLiteral("OWN")});
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.first().startsWith(QStringLiteral("src/latin1.js ")));
}

void TestBotSource::unreadableFileWarns()
{
    if (::geteuid() == 0) {
        QSKIP("root reads files whatever their permissions");
    }
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("src/secret.js"));
    QVERIFY(writeFile(path, "$secrets.get('HIDDEN')"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/main.js")), "$secrets.get('OWN')"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));

    const Result<ExpectedNames> result = BotSource::scanFolder(root.path());
    QVERIFY(result.ok());
    QCOMPARE(result->secrets, QStringList {QStringLiteral("OWN")});
    QCOMPARE(countOf(result->warnings, QStringLiteral("src/secret.js")), 1);
}

BOTVAULT_TEST_MAIN(TestBotSource)
#include "TestBotSource.moc"
