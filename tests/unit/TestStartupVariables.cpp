#include "models/StartupVariables.h"

#include "tests/support/TestMain.h"

#include <QObject>
#include <QTest>

class TestStartupVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesProgramStart_data();
    void changesProgramStart();
    void warningNamesTheWayToAllow();
};

void TestStartupVariables::changesProgramStart_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("startup");

    const auto startup = [](const char* name) { QTest::newRow(name) << QString::fromLatin1(name) << true; };
    const auto ordinary = [](const char* name) { QTest::newRow(name) << QString::fromLatin1(name) << false; };

    // The loader and the C library.
    startup("LD_PRELOAD");
    startup("LD_LIBRARY_PATH");
    startup("LD_AUDIT");
    startup("LD_");
    startup("DYLD_INSERT_LIBRARIES");
    startup("GLIBC_TUNABLES");
    startup("GCONV_PATH");
    startup("LOCPATH");
    startup("MALLOC_TRACE");
    startup("MALLOC_CHECK_");
    startup("OPENSSL_CONF");
    // Shells.
    startup("BASH_ENV");
    startup("ENV");
    startup("BASH_FUNC_x");
    startup("SHELLOPTS");
    startup("BASHOPTS");
    startup("PS4");
    startup("PROMPT_COMMAND");
    startup("IFS");
    startup("PATH");
    // Interpreters.
    startup("NODE_OPTIONS");
    startup("NODE_PATH");
    startup("npm_config_script_shell");
    startup("NPM_CONFIG_NODE_OPTIONS");
    startup("PYTHONSTARTUP");
    startup("PYTHONPATH");
    startup("PYTHONHOME");
    startup("PYTHONWARNINGS");
    startup("PERL5OPT");
    startup("PERL5LIB");
    startup("RUBYOPT");
    startup("RUBYLIB");
    startup("JAVA_TOOL_OPTIONS");
    startup("_JAVA_OPTIONS");
    startup("JDK_JAVA_OPTIONS");
    startup("CLASSPATH");
    startup("PHPRC");
    startup("LUA_INIT");
    startup("LUA_INIT_5_4");
    // Commands other programs run, configuration homes, plug-ins, trust.
    startup("GIT_SSH_COMMAND");
    startup("GIT_CONFIG_COUNT");
    startup("GIT_CONFIG_KEY_0");
    startup("LESSOPEN");
    startup("PAGER");
    startup("EDITOR");
    startup("HOME");
    startup("XDG_CONFIG_HOME");
    startup("QT_PLUGIN_PATH");
    startup("SSL_CERT_FILE");
    startup("NODE_EXTRA_CA_CERTS");
    startup("SSLKEYLOGFILE");

    // The environment is case-sensitive: these are other variables.
    ordinary("ld_preload");
    ordinary("Path");
    ordinary("bash_env");
    ordinary("node_options");
    // Names that merely look alike.
    ordinary("LDFLAGS");
    ordinary("OLD_PRELOAD");
    ordinary("ENVIRONMENT");
    ordinary("APP_ENV");
    ordinary("NODE_ENV");
    ordinary("PYTHONUNBUFFERED");
    ordinary("PYTHONIOENCODING");
    ordinary("HOMEPAGE_URL");
    ordinary("MY_PATH");
    ordinary("PATHS");
    ordinary("GIT_AUTHOR_NAME");
    ordinary("BASH_VERSION_REQUIRED");
    // Left out on purpose (docs/SECURITY.md): ordinary settings bots rely on.
    ordinary("TMPDIR");
    ordinary("TZ");
    ordinary("LANG");
    ordinary("HTTPS_PROXY");
    ordinary("API_KEY");
    ordinary("DATABASE_URL");
}

void TestStartupVariables::changesProgramStart()
{
    QFETCH(QString, name);
    QFETCH(bool, startup);

    QCOMPARE(StartupVariables::changesProgramStart(name), startup);
    QCOMPARE(!StartupVariables::reason(name).isEmpty(), startup);
    QCOMPARE(!StartupVariables::warning(name).isEmpty(), startup);
}

void TestStartupVariables::warningNamesTheWayToAllow()
{
    const QString warning = StartupVariables::warning(QStringLiteral("LD_PRELOAD"));
    QVERIFY2(warning.startsWith(QStringLiteral("LD_PRELOAD is read by the dynamic loader")), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("--allow LD_PRELOAD")), qPrintable(warning));
    QVERIFY2(warning.contains(StartupVariables::reason(QStringLiteral("LD_PRELOAD"))), qPrintable(warning));
    QVERIFY(StartupVariables::warning(QStringLiteral("API_URL")).isEmpty());
}

BOTVAULT_TEST_MAIN(TestStartupVariables)
#include "TestStartupVariables.moc"
