#include "storage/EnvFile.h"

#include "models/NameRules.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using NameValues = QList<QPair<QString, QString>>;

QStringList namesOf(const EnvParseResult& result)
{
    QStringList names;
    for (const EnvEntry& entry : result.entries) {
        names.append(entry.name);
    }
    return names;
}

QStringList valuesOf(const EnvParseResult& result)
{
    QStringList values;
    for (const EnvEntry& entry : result.entries) {
        values.append(entry.value);
    }
    return values;
}

QList<int> linesOf(const EnvParseResult& result)
{
    QList<int> lines;
    for (const EnvEntry& entry : result.entries) {
        lines.append(entry.line);
    }
    return lines;
}

QString describeErrors(const EnvParseResult& result)
{
    QStringList lines;
    for (const EnvLineError& error : result.errors) {
        lines.append(QStringLiteral("[%1] %2").arg(error.line).arg(error.message));
    }
    return lines.join(QLatin1Char('\n'));
}

// Not QString::fromUcs4, which drops U+FEFF (a byte-order mark) at the start of its input.
QString codePoint(char32_t value)
{
    if (QChar::requiresSurrogates(value)) {
        const QChar pair[] = {QChar(QChar::highSurrogate(value)), QChar(QChar::lowSurrogate(value))};
        return QString(pair, 2);
    }
    return QString(QChar(static_cast<char16_t>(value)));
}

// What write() makes of `pairs`; empty (and the calling test failed) when it refuses them.
QByteArray written(const NameValues& pairs)
{
    const Result<QByteArray> text = EnvFile::write(pairs);
    if (!text) {
        QTest::qFail(qPrintable(text.message()), __FILE__, __LINE__);
        return {};
    }
    return text.value();
}

// Fails the calling test with the parse errors when `bytes` does not read back as `expected`.
void verifyReadsBackAs(const QByteArray& bytes, const NameValues& expected)
{
    const EnvParseResult result = EnvFile::parse(bytes);
    QVERIFY2(result.errors.isEmpty(), qPrintable(describeErrors(result)));
    QCOMPARE(result.entries.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(result.entries.at(i).name, expected.at(i).first);
        QCOMPARE(result.entries.at(i).value, expected.at(i).second);
    }
}

// Values that break naive writers: every character with a meaning in the syntax, line ends,
// invisible and non-ASCII characters.
const QList<QPair<const char*, QString>>& hostileValues()
{
    static const QList<QPair<const char*, QString>> values = {
        {"empty", QString()},
        {"space", QStringLiteral(" ")},
        {"leading and trailing spaces", QStringLiteral("  padded  ")},
        {"tab", QStringLiteral("\t")},
        {"trailing tab", QStringLiteral("value\t")},
        {"LF", QStringLiteral("\n")},
        {"CR", QStringLiteral("\r")},
        {"CRLF", QStringLiteral("\r\n")},
        {"lone CR inside", QStringLiteral("a\rb")},
        {"multi-line", QStringLiteral("first\nsecond\n\nfourth\n")},
        {"multi-line with CRLF", QStringLiteral("first\r\nsecond\r\n")},
        {"looks like more definitions", QStringLiteral("1\nB=2\nexport C=3")},
        {"double quote", QStringLiteral("\"")},
        {"single quote", QStringLiteral("'")},
        {"quoted in double quotes", QStringLiteral("\"quoted\"")},
        {"quoted in single quotes", QStringLiteral("'quoted'")},
        {"mixed quotes", QStringLiteral("it's \"mixed\"")},
        {"backslash", QStringLiteral("\\")},
        {"two backslashes", QStringLiteral("\\\\")},
        {"trailing backslash", QStringLiteral("abc\\")},
        {"backslash before quote", QStringLiteral("\\\"")},
        {"escape look-alikes", QStringLiteral("\\n\\r\\t\\$\\x")},
        {"Windows path", QStringLiteral("C:\\Users\\new\\temp")},
        {"dollar", QStringLiteral("$HOME")},
        {"braced dollar", QStringLiteral("${HOME}/bin:$(whoami)")},
        {"backtick", QStringLiteral("`id`")},
        {"hash", QStringLiteral("#")},
        {"hash after space", QStringLiteral("value #not a comment")},
        {"leading hash", QStringLiteral("#value")},
        {"equals", QStringLiteral("=")},
        {"base64 padding", QStringLiteral("YWJj==")},
        {"URL", QStringLiteral("postgres://user:p%40ss@db.example.com:5432/app?ssl=true&x=1")},
        {"JSON", QStringLiteral("{\"key\": [1, 2, \"three\"]}")},
        {"Cyrillic", QStringLiteral("пароль")},
        {"CJK", QStringLiteral("密码")},
        {"emoji outside the BMP", codePoint(0x1F511) + QStringLiteral(" key")},
        {"byte-order mark", codePoint(0xFEFF) + QStringLiteral("text")},
        {"line separator", QStringLiteral("a") + codePoint(0x2028) + QStringLiteral("b")},
        {"escape and form feed", QStringLiteral("\x1b[0m\f\v")},
        {"combining mark", QStringLiteral("e") + codePoint(0x0301)},
        {"only quotes", QStringLiteral("\"\"''")},
        {"at the size limit", QStringLiteral("\"\n\\$").repeated(Vault::kMaxValueBytes / 4)},
        // Payloads: each would create the file "pwned" in the current folder if a shell ran it.
        {"command substitution", QStringLiteral("$(touch pwned)")},
        {"backtick command", QStringLiteral("`touch pwned`")},
        {"backtick in double quotes", QStringLiteral("\"`touch pwned`\"")},
        {"parameter default", QStringLiteral("${X:=$(touch pwned)}")},
        {"arithmetic", QStringLiteral("$((1+$(touch pwned)))")},
        {"closing single quote", QStringLiteral("'; touch pwned; '")},
        {"closing double quote", QStringLiteral("\"; touch pwned; \"")},
        {"escaped quote trick", QStringLiteral("\\'; touch pwned #")},
        {"quote trick ending in backslash", QStringLiteral("a'\\")},
        {"new line then command", QStringLiteral("x\ntouch pwned\n")},
        {"CR then command", QStringLiteral("x\rtouch pwned\r")},
        {"CRLF then command", QStringLiteral("x\r\ntouch pwned\r\n")},
        {"semicolon", QStringLiteral("x; touch pwned")},
        {"pipe and ampersand", QStringLiteral("x | touch pwned & touch pwned && touch pwned")},
        {"redirection", QStringLiteral("x > pwned")},
        {"process substitution", QStringLiteral("<(touch pwned)")},
        {"tilde", QStringLiteral("~/x:~root")},
        {"glob", QStringLiteral("* ? [a-z]")},
        {"history expansion", QStringLiteral("!! !-1")},
        {"brace expansion", QStringLiteral("{a,b}")},
        {"line continuation", QStringLiteral("x\\\ntouch pwned")},
        {"quote then continuation", QStringLiteral("'\\\n$(touch pwned)")},
        {"many quotes", QStringLiteral("''''\\'\\''\"\"")},
        {"leading single quote", QStringLiteral("'x")},
        {"trailing single quote", QStringLiteral("x'")},
        {"DEL and C1", QStringLiteral("\x7f") + QChar(0x85) + QChar(0x9b)},
        {"right-to-left override", QChar(0x202e) + QStringLiteral("txt.exe")},
        {"Latin-1 letters", QStringLiteral("caf\u00e9 na\u00efve")},
    };
    return values;
}

// A random value made of the characters that matter to the syntax plus ordinary text.
QString randomValue(QRandomGenerator& random)
{
    static const QStringList pieces = {QStringLiteral("a"), QStringLiteral("Z"), QStringLiteral("7"),
        QStringLiteral(" "), QStringLiteral("\t"), QStringLiteral("\n"), QStringLiteral("\r"), QStringLiteral("\r\n"),
        QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("\\"), QStringLiteral("$"), QStringLiteral("#"),
        QStringLiteral(" #"), QStringLiteral("="), QStringLiteral("export "), QStringLiteral("\\n"),
        QStringLiteral("é"), QStringLiteral("Я"), QStringLiteral("密"), codePoint(0x1F600), codePoint(0xFEFF),
        QStringLiteral("\x01"), QStringLiteral("`"), QStringLiteral("'\\''"), QStringLiteral("$(")};
    QString value;
    const int length = random.bounded(0, 24);
    for (int i = 0; i < length; ++i) {
        value += pieces.at(random.bounded(static_cast<int>(pieces.size())));
    }
    return value;
}

} // namespace

class TestEnvFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSyntax_data();
    void parsesSyntax();
    void entryLines_data();
    void entryLines();
    void reportsBadLines_data();
    void reportsBadLines();
    void invalidNameIsNeverQuoted();
    void laterDefinitionWins();
    void refusesFileOverLimit();
    void readsFileAtLimit();
    void summarisesTooManyErrors();
    void errorMessagesNeverContainValue_data();
    void errorMessagesNeverContainValue();

    void roundTripsHostileValue_data();
    void roundTripsHostileValue();
    void roundTripsHostileValuesTogether();
    void roundTripsRandomValues();
    void writesPlainTokensBareAndQuotesTheRest_data();
    void writesPlainTokensBareAndQuotesTheRest();
    void writesHeaderComment();
    void writesInGivenOrder();
    void writesLineBreaksLiterallyButNeverCrLf_data();
    void writesLineBreaksLiterallyButNeverCrLf();
    void readsShellQuoteConcatenation_data();
    void readsShellQuoteConcatenation();
    void refusesWhatNoShellCanRead_data();
    void refusesWhatNoShellCanRead();
    void shellsReadBackExactBytes_data();
    void shellsReadBackExactBytes();

    void looksLikeSecret_data();
    void looksLikeSecret();
};

void TestEnvFile::parsesSyntax_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("values");

    const auto one = [](const char* name, const QString& value) {
        return QPair<QStringList, QStringList>({QString::fromLatin1(name)}, {value});
    };
    const auto row = [](const char* tag, const QByteArray& input, const QPair<QStringList, QStringList>& expected) {
        QTest::newRow(tag) << input << expected.first << expected.second;
    };

    row("plain", "API_URL=https://example.com/v1\n", one("API_URL", QStringLiteral("https://example.com/v1")));
    row("no final newline", "A=1", one("A", QStringLiteral("1")));
    row("export prefix", "export A=1\n", one("A", QStringLiteral("1")));
    row("export prefix with tabs", "export\t\tA=1\n", one("A", QStringLiteral("1")));
    row("variable called export", "export=1\n", one("export", QStringLiteral("1")));
    row("variable called export with spaces", "export = 1\n", one("export", QStringLiteral("1")));
    row("name starting with export", "exported=1\n", one("exported", QStringLiteral("1")));
    row("spaces around equals", "A  =  1\n", one("A", QStringLiteral("1")));
    row("tabs around equals", "A\t=\t1\n", one("A", QStringLiteral("1")));
    row("indented", "   A=1\n", one("A", QStringLiteral("1")));
    row("empty value", "A=\n", one("A", QString()));
    row("empty value with spaces", "A=   \n", one("A", QString()));
    row("unquoted trailing whitespace trimmed", "A=value \t \n", one("A", QStringLiteral("value")));
    row("unquoted inner spaces kept", "A=a b  c\n", one("A", QStringLiteral("a b  c")));
    row("inline comment", "A=value # a comment\n", one("A", QStringLiteral("value")));
    row("inline comment after tab", "A=value\t# a comment\n", one("A", QStringLiteral("value")));
    row("hash inside a word", "A=abc#def\n", one("A", QStringLiteral("abc#def")));
    row("hash right after equals", "A=#value\n", one("A", QStringLiteral("#value")));
    row("comment instead of value", "A= # nothing\n", one("A", QString()));
    row("equals in value", "A=b=c==\n", one("A", QStringLiteral("b=c==")));
    row("quotes inside unquoted value", "A=it's \"x\"\n", one("A", QStringLiteral("it's \"x\"")));
    row("backslash in unquoted value", "A=a\\nb\n", one("A", QStringLiteral("a\\nb")));
    row("single quotes are literal", "A='a\\n $HOME \"b\" # c'\n", one("A", QStringLiteral("a\\n $HOME \"b\" # c")));
    row("single quotes keep spaces", "A='  x  '\n", one("A", QStringLiteral("  x  ")));
    row("empty single quotes", "A=''\n", one("A", QString()));
    row("single quotes span lines", "A='one\ntwo\n'\n", one("A", QStringLiteral("one\ntwo\n")));
    row("double quote escapes", "A=\"n\\n r\\r t\\t q\\\" b\\\\ d\\$\"\n",
        one("A", QStringLiteral("n\n r\r t\t q\" b\\ d$")));
    row("unknown escape kept", "A=\"C:\\Users\\x\"\n", one("A", QStringLiteral("C:\\Users\\x")));
    row("escaped backslash before quote", "A=\"a\\\\\"\n", one("A", QStringLiteral("a\\")));
    row("dollar not expanded", "A=\"$HOME ${X}\"\n", one("A", QStringLiteral("$HOME ${X}")));
    row("single quote in double quotes", "A=\"it's\"\n", one("A", QStringLiteral("it's")));
    row("empty double quotes", "A=\"\"\n", one("A", QString()));
    row("double quotes span lines", "A=\"one\ntwo\"\n", one("A", QStringLiteral("one\ntwo")));
    row("double quotes keep raw tab", "A=\"a\tb\"\n", one("A", QStringLiteral("a\tb")));
    row("hash in double quotes", "A=\"a # b\"\n", one("A", QStringLiteral("a # b")));
    row("comment after quotes", "A=\"v\" # comment\n", one("A", QStringLiteral("v")));
    row("comment right after quotes", "A='v'#comment\n", one("A", QStringLiteral("v")));
    row("blanks after quotes", "A=\"v\"  \t\n", one("A", QStringLiteral("v")));
    row("space before quote", "A=  \"  v\"\n", one("A", QStringLiteral("  v")));
    row("UTF-8 value", "A=пароль密码\n", one("A", QStringLiteral("пароль密码")));
    row("CRLF", "A=1\r\nB=2\r\n",
        {{QStringLiteral("A"), QStringLiteral("B")}, {QStringLiteral("1"), QStringLiteral("2")}});
    row("CRLF inside quotes", "A=\"one\r\ntwo\"\r\n", one("A", QStringLiteral("one\ntwo")));
    row("lone CR at the end trimmed", "A=1\r", one("A", QStringLiteral("1")));
    row("byte-order mark",
        "\xEF\xBB\xBF"
        "A=1\n",
        one("A", QStringLiteral("1")));
    row("comments and blank lines", "# header\n\n   \n\t# indented comment\nA=1\n# A=2\n\nB=2\n",
        {{QStringLiteral("A"), QStringLiteral("B")}, {QStringLiteral("1"), QStringLiteral("2")}});
    row("comment that is not UTF-8 ignored", "# caf\xE9\nA=1 # caf\xE9\n", one("A", QStringLiteral("1")));
    row("names differing by case are different", "a=1\nA=2\n",
        {{QStringLiteral("a"), QStringLiteral("A")}, {QStringLiteral("1"), QStringLiteral("2")}});
    row("value at the size limit", "A=" + QByteArray(Vault::kMaxValueBytes, 'x'),
        one("A", QString(Vault::kMaxValueBytes, QLatin1Char('x'))));
    // The limit applies to the value, not to its escaped spelling in the file.
    row("escaped value at the size limit", "A=\"" + QByteArray("\\n").repeated(Vault::kMaxValueBytes) + "\"",
        one("A", QString(Vault::kMaxValueBytes, QLatin1Char('\n'))));
    row("byte-order mark starting a value",
        "A=\xEF\xBB\xBF"
        "x\n",
        one("A", codePoint(0xFEFF) + QStringLiteral("x")));
    row("byte-order mark starting a quoted value", "A=\"\xEF\xBB\xBF\"\n", one("A", codePoint(0xFEFF)));
    row("empty file", "", {});
    row("only a byte-order mark", "\xEF\xBB\xBF", {});
}

void TestEnvFile::parsesSyntax()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, names);
    QFETCH(QStringList, values);

    const EnvParseResult result = EnvFile::parse(input);
    QVERIFY2(result.errors.isEmpty(), qPrintable(describeErrors(result)));
    QCOMPARE(namesOf(result), names);
    QCOMPARE(valuesOf(result), values);
}

void TestEnvFile::entryLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("blank and comment lines count") << QByteArray("# c\n\nA=1\n\n# d\nB=2\n") << QList<int> {3, 6};
    QTest::newRow("multi-line double quotes") << QByteArray("A=\"one\ntwo\nthree\"\nB=2\n") << QList<int> {1, 4};
    QTest::newRow("multi-line single quotes") << QByteArray("X=0\nA='one\n\ntwo'\nB=2\n") << QList<int> {1, 2, 5};
    QTest::newRow("escaped newlines do not count") << QByteArray("A=\"one\\ntwo\\nthree\"\nB=2\n") << QList<int> {1, 2};
    QTest::newRow("CRLF multi-line") << QByteArray("A='one\r\ntwo'\r\nB=2\r\n") << QList<int> {1, 3};
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "A=1\nB=2\n")
                                     << QList<int> {1, 2};
    QTest::newRow("after a bad line") << QByteArray("A=1\nbad\nB='x\ny' z\nC=3\n") << QList<int> {1, 5};
}

void TestEnvFile::entryLines()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<int>, lines);

    QCOMPARE(linesOf(EnvFile::parse(input)), lines);
}

void TestEnvFile::reportsBadLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<QStringList>("fragments");
    QTest::addColumn<QStringList>("imported");

    const QStringList none;
    const QString noEquals = QStringLiteral("no '='");
    const QString notUtf8 = QStringLiteral("not valid UTF-8");

    QTest::newRow("missing equals") << QByteArray("A=1\nJUST_A_NAME\nB=2\n") << 2 << QStringList {noEquals}
                                    << QStringList {QStringLiteral("A"), QStringLiteral("B")};
    QTest::newRow("export without assignment") << QByteArray("export A\n") << 1 << QStringList {noEquals} << none;
    QTest::newRow("missing equals after CRLF")
        << QByteArray("A=1\r\nbad\r\n") << 2 << QStringList {noEquals} << QStringList {QStringLiteral("A")};
    QTest::newRow("missing equals after byte-order mark") << QByteArray(
        "\xEF\xBB\xBF"
        "bad\nA=1\n") << 1 << QStringList {noEquals} << QStringList {QStringLiteral("A")};
    QTest::newRow("invalid name") << QByteArray("api-key=1\nB=2\n") << 1
                                  << QStringList {QStringLiteral("character 4"), QStringLiteral("'-'")}
                                  << QStringList {QStringLiteral("B")};
    QTest::newRow("name with a space") << QByteArray("MY KEY=1\n") << 1 << QStringList {QStringLiteral("a space")}
                                       << none;
    QTest::newRow("byte-order mark before a later name")
        << QByteArray("A=1\n\xEF\xBB\xBF"
                      "B=2\n")
        << 2 << QStringList {QStringLiteral("U+FEFF")} << QStringList {QStringLiteral("A")};
    QTest::newRow("empty name") << QByteArray("=value\n") << 1 << QStringList {QStringLiteral("empty")} << none;
    QTest::newRow("non-ASCII name") << QByteArray("ключ=1\n") << 1 << QStringList {QStringLiteral("U+043A")} << none;
    QTest::newRow("invalid name with multi-line value")
        << QByteArray("bad-name=\"one\ntwo\"\nB=2\n") << 1
        << QStringList {QStringLiteral("character 4 of the name is '-'")} << QStringList {QStringLiteral("B")};
    QTest::newRow("unterminated double quote")
        << QByteArray("A=1\nB=\"abc\nC=2\nD=3\n") << 2
        << QStringList {QStringLiteral("double quote"), QStringLiteral("never closed")}
        << QStringList {QStringLiteral("A")};
    QTest::newRow("unterminated single quote")
        << QByteArray("A=1\n\nB='abc\nC=2\n") << 3
        << QStringList {QStringLiteral("single quote"), QStringLiteral("never closed")}
        << QStringList {QStringLiteral("A")};
    QTest::newRow("escaped closing quote")
        << QByteArray("A=\"abc\\\"\nB=2\n") << 1 << QStringList {QStringLiteral("never closed")} << none;
    QTest::newRow("backslash at the end of the file")
        << QByteArray("A=\"abc\\") << 1 << QStringList {QStringLiteral("never closed")} << none;
    QTest::newRow("text after closing double quote")
        << QByteArray("A=\"x\" y\nB=2\n") << 1 << QStringList {QStringLiteral("text after the closing quote")}
        << QStringList {QStringLiteral("B")};
    QTest::newRow("text right after closing single quote")
        << QByteArray("A='x'y\nB=2\n") << 1 << QStringList {QStringLiteral("text after the closing quote")}
        << QStringList {QStringLiteral("B")};
    QTest::newRow("text after the quote of a multi-line value")
        << QByteArray("A='x\ny' z\nB=2\n") << 2 << QStringList {QStringLiteral("text after the closing quote")}
        << QStringList {QStringLiteral("B")};
    QTest::newRow("Latin-1 value") << QByteArray("A=1\nB=caf\xE9\nC=3\n") << 2 << QStringList {notUtf8}
                                   << QStringList {QStringLiteral("A"), QStringLiteral("C")};
    QTest::newRow("invalid UTF-8 on the third line of a value") << QByteArray(
        "A=\"one\ntwo\nthr\xFF"
        "ee\"\nB=1\n") << 3 << QStringList {notUtf8} << QStringList {QStringLiteral("B")};
    QTest::newRow("invalid UTF-8 in a name") << QByteArray("N\xC3=1\n") << 1 << QStringList {notUtf8} << none;
    QTest::newRow("overlong encoding") << QByteArray("A=\xC0\xAF\n") << 1 << QStringList {notUtf8} << none;
    QTest::newRow("encoded surrogate") << QByteArray("A=\xED\xA0\x80\n") << 1 << QStringList {notUtf8} << none;
    QTest::newRow("beyond U+10FFFF") << QByteArray("A=\xF4\x90\x80\x80\n") << 1 << QStringList {notUtf8} << none;
    QTest::newRow("stray continuation byte") << QByteArray("A=\x80\n") << 1 << QStringList {notUtf8} << none;
    QTest::newRow("sequence cut by the end of the file")
        << QByteArray("B=1\nA=\xE2\x82") << 2 << QStringList {notUtf8} << QStringList {QStringLiteral("B")};
    QTest::newRow("sequence cut by a line end in quotes")
        << QByteArray("A=\"\xE2\x82\n\"\n") << 1 << QStringList {notUtf8} << none;
    QTest::newRow("value over the size limit")
        << QByteArray("A=" + QByteArray(Vault::kMaxValueBytes + 1, 'x') + "\nB=2\n") << 1
        << QStringList {QStringLiteral("A"), QString::number(Vault::kMaxValueBytes + 1),
               QString::number(Vault::kMaxValueBytes)}
        << QStringList {QStringLiteral("B")};
    QTest::newRow("multi-byte value over the size limit")
        << QByteArray("A=" + QByteArray("\xD0\xAF").repeated(Vault::kMaxValueBytes / 2 + 1)) << 1
        << QStringList {QString::number(Vault::kMaxValueBytes + 2)} << none;
}

void TestEnvFile::reportsBadLines()
{
    QFETCH(QByteArray, input);
    QFETCH(int, errorLine);
    QFETCH(QStringList, fragments);
    QFETCH(QStringList, imported);

    const EnvParseResult result = EnvFile::parse(input);
    QCOMPARE(result.errors.size(), 1);
    const EnvLineError& error = result.errors.first();
    QCOMPARE(error.line, errorLine);
    QVERIFY2(error.message.startsWith(QStringLiteral("Line %1: ").arg(errorLine)), qPrintable(error.message));
    for (const QString& fragment : fragments) {
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message + QStringLiteral(" / ") + fragment));
    }
    QCOMPARE(namesOf(result), imported);
}

void TestEnvFile::invalidNameIsNeverQuoted()
{
    // The text before '=' may be part of a pasted secret (base64 ends in '='): it is never quoted.
    const EnvParseResult result = EnvFile::parse("A=1\nc2VjcmV0+dmFsdWU==\n");
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().message,
        QStringLiteral("Line 2: a name may contain only Latin letters, digits and underscores; character 9 of the "
                       "name is '+'."));
}

void TestEnvFile::laterDefinitionWins()
{
    const EnvParseResult result = EnvFile::parse("A=first\nB=b\nA=second\n# A=comment\nA=third\n");

    QCOMPARE(namesOf(result), (QStringList {QStringLiteral("B"), QStringLiteral("A")}));
    QCOMPARE(valuesOf(result), (QStringList {QStringLiteral("b"), QStringLiteral("third")}));
    QCOMPARE(linesOf(result), (QList<int> {2, 5}));
    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors.at(0).line, 1);
    QCOMPARE(
        result.errors.at(0).message, QStringLiteral("Line 1: A is defined again on line 5; define each name once."));
    QCOMPARE(result.errors.at(1).line, 3);
    QCOMPARE(
        result.errors.at(1).message, QStringLiteral("Line 3: A is defined again on line 5; define each name once."));
}

void TestEnvFile::refusesFileOverLimit()
{
    const QByteArray input = "A=1\n" + QByteArray(EnvFile::kMaxFileBytes - 3, '#');

    const EnvParseResult result = EnvFile::parse(input);
    QVERIFY(result.entries.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 0);
    QVERIFY2(result.errors.first().message.contains(QStringLiteral("at most 16 MiB")),
        qPrintable(result.errors.first().message));
}

void TestEnvFile::readsFileAtLimit()
{
    const QByteArray input = "A=1\n" + QByteArray(EnvFile::kMaxFileBytes - 4, '#');

    const EnvParseResult result = EnvFile::parse(input);
    QVERIFY2(result.errors.isEmpty(), qPrintable(describeErrors(result)));
    QCOMPARE(namesOf(result), QStringList {QStringLiteral("A")});
}

void TestEnvFile::summarisesTooManyErrors()
{
    const int badLines = EnvFile::kMaxListedErrors + 150;
    const QByteArray input = QByteArray("bad\n").repeated(badLines) + "A=1\n";

    const EnvParseResult result = EnvFile::parse(input);
    QCOMPARE(namesOf(result), QStringList {QStringLiteral("A")});
    QCOMPARE(result.errors.size(), EnvFile::kMaxListedErrors + 1);
    QCOMPARE(result.errors.at(EnvFile::kMaxListedErrors - 1).line, EnvFile::kMaxListedErrors);
    QCOMPARE(result.errors.last().line, 0);
    QVERIFY2(
        result.errors.last().message.contains(QStringLiteral("150 more")), qPrintable(result.errors.last().message));
}

void TestEnvFile::errorMessagesNeverContainValue_data()
{
    QTest::addColumn<QByteArray>("input");

    const QByteArray value = "Xy9SecretMarker";
    QTest::newRow("text after quote") << QByteArray("A=\"" + value + "\" " + value + "\n");
    QTest::newRow("unterminated quote") << QByteArray("A=\"" + value + "\n");
    QTest::newRow("invalid name") << QByteArray("bad-name=" + value + "\n");
    QTest::newRow("invalid UTF-8") << QByteArray("A=" + value + "\xFF\n");
    QTest::newRow("value too long") << QByteArray("A=" + value.repeated(Vault::kMaxValueBytes / value.size() + 1));
    QTest::newRow("defined twice") << QByteArray("A=" + value + "\nA=" + value + "2\n");
    QTest::newRow("line without equals") << QByteArray(value + "\n");
}

void TestEnvFile::errorMessagesNeverContainValue()
{
    QFETCH(QByteArray, input);

    const EnvParseResult result = EnvFile::parse(input);
    QVERIFY(!result.errors.isEmpty());
    for (const EnvLineError& error : result.errors) {
        QVERIFY2(
            !error.message.contains(QStringLiteral("SecretMarker"), Qt::CaseInsensitive), qPrintable(error.message));
    }
}

void TestEnvFile::roundTripsHostileValue_data()
{
    QTest::addColumn<QString>("value");

    for (const auto& [tag, value] : hostileValues()) {
        QTest::newRow(tag) << value;
    }
}

void TestEnvFile::roundTripsHostileValue()
{
    QFETCH(QString, value);

    const NameValues pairs = {{QStringLiteral("VALUE"), value}};
    verifyReadsBackAs(written(pairs), pairs);
}

void TestEnvFile::roundTripsHostileValuesTogether()
{
    NameValues pairs;
    for (const auto& [tag, value] : hostileValues()) {
        pairs.append({QStringLiteral("V_%1").arg(pairs.size()), value});
    }
    verifyReadsBackAs(written(pairs), pairs);
}

void TestEnvFile::roundTripsRandomValues()
{
    // A fixed seed, so a failure reproduces; the values change only when this number does.
    constexpr quint32 kSeed = 20240611;
    QRandomGenerator random(kSeed);
    NameValues pairs;
    for (int i = 0; i < 2000; ++i) {
        pairs.append({QStringLiteral("R_%1").arg(i), randomValue(random)});
    }
    verifyReadsBackAs(written(pairs), pairs);
}

void TestEnvFile::writesPlainTokensBareAndQuotesTheRest_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("line");

    QTest::newRow("word") << QStringLiteral("production") << QByteArray("A=production");
    QTest::newRow("empty") << QString() << QByteArray("A=");
    QTest::newRow("URL") << QStringLiteral("https://example.com:8443/a,b@c%20+d=e")
                         << QByteArray("A=https://example.com:8443/a,b@c%20+d=e");
    QTest::newRow("space") << QStringLiteral("two words") << QByteArray("A='two words'");
    QTest::newRow("dollar") << QStringLiteral("$HOME") << QByteArray("A='$HOME'");
    QTest::newRow("backtick") << QStringLiteral("`id`") << QByteArray("A='`id`'");
    QTest::newRow("hash") << QStringLiteral("a#b") << QByteArray("A='a#b'");
    QTest::newRow("tilde") << QStringLiteral("~/x") << QByteArray("A='~/x'");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QByteArray("A='a\tb'");
    QTest::newRow("quote and backslash") << QStringLiteral("\"\\") << QByteArray("A='\"\\'");
    QTest::newRow("single quote") << QStringLiteral("it's") << QByteArray("A='it'\\''s'");
    QTest::newRow("only a single quote") << QStringLiteral("'") << QByteArray("A=''\\'''");
    QTest::newRow("non-ASCII as UTF-8") << QStringLiteral("Я") << QByteArray("A='\xD0\xAF'");
}

void TestEnvFile::writesPlainTokensBareAndQuotesTheRest()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, line);

    const QByteArray text = written({{QStringLiteral("A"), value}});
    const QList<QByteArray> lines = text.split('\n');
    QCOMPARE(lines.size(), 3); // header, the variable, and the empty rest after the final newline
    QCOMPARE(lines.at(1), line);
    QVERIFY(lines.at(2).isEmpty());
}

void TestEnvFile::writesHeaderComment()
{
    const QByteArray text = written({});
    QVERIFY2(text.startsWith("# Exported by BotVault."), text.constData());
    QVERIFY2(text.contains("environment variables only"), text.constData());
    QVERIFY(text.endsWith('\n'));
    QCOMPARE(text.count('\n'), 1);
    const EnvParseResult result = EnvFile::parse(text);
    QVERIFY(result.entries.isEmpty());
    QVERIFY(result.errors.isEmpty());
}

void TestEnvFile::writesInGivenOrder()
{
    const NameValues pairs = {{QStringLiteral("ZED"), QStringLiteral("1")},
        {QStringLiteral("ALPHA"), QStringLiteral("multi\nline")}, {QStringLiteral("MID"), QStringLiteral("3")}};

    const EnvParseResult result = EnvFile::parse(written(pairs));
    QCOMPARE(namesOf(result), (QStringList {QStringLiteral("ZED"), QStringLiteral("ALPHA"), QStringLiteral("MID")}));
    // A line break stays a line break inside the single quotes: no shell reads an escape there.
    QCOMPARE(linesOf(result), (QList<int> {2, 3, 5}));
}

void TestEnvFile::writesLineBreaksLiterallyButNeverCrLf_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("line");

    QTest::newRow("LF") << QStringLiteral("a\nb") << QByteArray("A='a\nb'");
    QTest::newRow("lone CR") << QStringLiteral("a\rb") << QByteArray("A='a\rb'");
    // An editor or parse() would read CR LF as one line break: the pair is split by '' (close, reopen).
    QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << QByteArray("A='a\r''\nb'");
    QTest::newRow("CR LF CR LF") << QStringLiteral("\r\n\r\n") << QByteArray("A='\r''\n\r''\n'");
}

void TestEnvFile::writesLineBreaksLiterallyButNeverCrLf()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, line);

    const QByteArray text = written({{QStringLiteral("A"), value}});
    QVERIFY(!text.contains("\r\n"));
    QCOMPARE(text.mid(text.indexOf('\n') + 1), line + '\n');
}

void TestEnvFile::readsShellQuoteConcatenation_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("value");

    QTest::newRow("escaped quote between pieces") << QByteArray("A='it'\\''s'\n") << QStringLiteral("it's");
    QTest::newRow("two pieces") << QByteArray("A='a''b'\n") << QStringLiteral("ab");
    QTest::newRow("ends in an escaped quote") << QByteArray("A='a'\\'\n") << QStringLiteral("a'");
    QTest::newRow("escaped quotes in a row") << QByteArray("A='a'\\'\\''b'\n") << QStringLiteral("a''b");
    QTest::newRow("only an escaped quote") << QByteArray("A=''\\'''\n") << QStringLiteral("'");
    QTest::newRow("pieces over lines") << QByteArray("A='a\r''\nb'\n") << QStringLiteral("a\r\nb");
    QTest::newRow("comment after pieces") << QByteArray("A='a''b' # c\n") << QStringLiteral("ab");
}

void TestEnvFile::readsShellQuoteConcatenation()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, value);

    const EnvParseResult result = EnvFile::parse(input);
    QVERIFY2(result.errors.isEmpty(), qPrintable(describeErrors(result)));
    QCOMPARE(valuesOf(result), QStringList {value});
}

void TestEnvFile::refusesWhatNoShellCanRead_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");

    const QString secret = QStringLiteral("Xy9SecretMarker");
    QTest::newRow("NUL") << QStringLiteral("WITH_NUL") << secret + QChar(u'\0') + secret
                         << QStringLiteral("contains a NUL character");
    QTest::newRow("lone surrogate") << QStringLiteral("BROKEN") << secret + QChar(0xD800)
                                    << QStringLiteral("broken UTF-16 character");
    QTest::newRow("name starting with a digit")
        << QStringLiteral("1ST") << secret << QStringLiteral("starts with a digit");
}

void TestEnvFile::refusesWhatNoShellCanRead()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, reason);

    // A good pair before the bad one: nothing at all is written, not a file that stops half-way.
    const Result<QByteArray> text = EnvFile::write({{QStringLiteral("GOOD"), QStringLiteral("1")}, {name, value}});
    QVERIFY(!text);
    QCOMPARE(text.code(), ErrorCode::InvalidInput);
    QVERIFY2(text.message().contains(name), qPrintable(text.message()));
    QVERIFY2(text.message().contains(reason), qPrintable(text.message()));
    QVERIFY2(text.message().contains(QStringLiteral("Nothing was written")), qPrintable(text.message()));
    QVERIFY2(!text.message().contains(QStringLiteral("SecretMarker")), qPrintable(text.message()));
}

void TestEnvFile::shellsReadBackExactBytes_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QString>("value");

    for (const char* shell : {"dash", "bash", "sh"}) {
        for (const auto& [tag, value] : hostileValues()) {
            QTest::addRow("%s: %s", shell, tag) << QString::fromLatin1(shell) << value;
        }
    }
}

// The promise that matters for `set -a; . ./bot.env`: the real shells read back exactly the stored
// bytes, export them, and run none of the payloads (each would create "pwned" in the shell's folder).
void TestEnvFile::shellsReadBackExactBytes()
{
    QFETCH(QString, shell);
    QFETCH(QString, value);

    const QString program = QStandardPaths::findExecutable(shell);
    QVERIFY2(
        !program.isEmpty(), qPrintable(shell + QStringLiteral(" is not installed (scripts/setup.sh installs it)")));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile file(folder.filePath(QStringLiteral("bot.env")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(written({{QStringLiteral("BEFORE"), QStringLiteral("1")}, {QStringLiteral("VALUE"), value},
        {QStringLiteral("AFTER"), QStringLiteral("2")}}));
    file.close();

    QProcess process;
    process.setWorkingDirectory(folder.path());
    // The file's absolute path: `.` searches PATH for a name without a slash.
    process.start(program,
        {QStringLiteral("-c"),
            QStringLiteral("set -a; . \"$1\" || exit 9; printf %s \"$VALUE\"; printf '|%s|%s' \"$BEFORE\" \"$AFTER\"; "
                           "env | grep -c '^VALUE=' >&2"),
            shell, file.fileName()});
    QVERIFY(process.waitForFinished(20000));
    const QByteArray errors = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, errors.constData());
    QCOMPARE(process.readAllStandardOutput(), value.toUtf8() + "|1|2");
    // `set -a` exported it: the value reaches a child's environment.
    QCOMPARE(errors.trimmed(), QByteArray("1"));
    QVERIFY2(!QFileInfo::exists(folder.filePath(QStringLiteral("pwned"))), "a payload in the value was run");
}

void TestEnvFile::looksLikeSecret_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");

    const auto secret = [](const char* name) { QTest::newRow(name) << QString::fromLatin1(name) << true; };
    const auto variable = [](const char* name) { QTest::newRow(name) << QString::fromLatin1(name) << false; };

    secret("OPENAI_API_KEY");
    secret("API_KEY");
    secret("stripe_secret_key");
    secret("PRIVATE_KEY");
    secret("SSH_PRIVATE_KEY");
    secret("TELEGRAM_BOT_TOKEN");
    secret("github_token");
    secret("TOKEN");
    secret("CLIENT_SECRET");
    secret("Secret");
    secret("DB_PASSWORD");
    secret("PASSWORD");
    secret("password_hash_salt");
    secret("SMTP_PASSWD");
    secret("MYSQL_PWD");
    secret("GOOGLE_APPLICATION_CREDENTIALS");
    secret("AwsCredentials");

    variable("API_URL");
    variable("KEYBOARD_LAYOUT");
    variable("MONKEY");
    variable("KEY_ID");
    variable("TOKENIZER_MODEL");
    variable("TOKEN_TTL");
    variable("SECRETARY_EMAIL");
    variable("SECRETS_PATH");
    variable("PASS");
    variable("LOG_LEVEL");
    variable("CREDENTIALS_FILE_NAME");
    variable("CWD");
}

void TestEnvFile::looksLikeSecret()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);

    QCOMPARE(EnvFile::looksLikeSecret(name), secret);
}

BOTVAULT_TEST_MAIN(TestEnvFile)
#include "TestEnvFile.moc"
