#include "models/StartupVariables.h"

#include <QCoreApplication>
#include <QLatin1String>

#include <algorithm>
#include <iterator>

namespace StartupVariables {

namespace {

enum class Match
{
    Whole,
    Prefix,
};

// Who reads the variable, and what it makes them do; one phrase each, translated when shown.
enum class Reader
{
    Loader,
    LibraryConfig,
    Shell,
    SearchPath,
    Node,
    Python,
    Perl,
    Ruby,
    Java,
    Php,
    Lua,
    CommandHook,
    ConfigHome,
    Plugins,
    Trust,
};

struct Rule
{
    Match match;
    QLatin1String text;
    Reader reader;
};

// The list itself; docs/SECURITY.md gives the reasons for each group and what was left out.
constexpr Rule kRules[] = {
    // glibc's dynamic loader and C library: libraries loaded into every program, and files they
    // read (glibc ignores these in setuid programs for exactly this reason).
    {Match::Prefix, QLatin1String("LD_"), Reader::Loader},
    {Match::Prefix, QLatin1String("DYLD_"), Reader::Loader},
    {Match::Whole, QLatin1String("GLIBC_TUNABLES"), Reader::Loader},
    {Match::Whole, QLatin1String("GCONV_PATH"), Reader::LibraryConfig},
    {Match::Whole, QLatin1String("GETCONF_DIR"), Reader::LibraryConfig},
    {Match::Whole, QLatin1String("LOCPATH"), Reader::LibraryConfig},
    {Match::Whole, QLatin1String("NLSPATH"), Reader::LibraryConfig},
    {Match::Whole, QLatin1String("HOSTALIASES"), Reader::LibraryConfig},
    {Match::Whole, QLatin1String("LOCALDOMAIN"), Reader::LibraryConfig},
    {Match::Whole, QLatin1String("RES_OPTIONS"), Reader::LibraryConfig},
    {Match::Whole, QLatin1String("RESOLV_HOST_CONF"), Reader::LibraryConfig},
    {Match::Whole, QLatin1String("NIS_PATH"), Reader::LibraryConfig},
    {Match::Whole, QLatin1String("TZDIR"), Reader::LibraryConfig},
    {Match::Prefix, QLatin1String("MALLOC_"), Reader::LibraryConfig},
    {Match::Whole, QLatin1String("OPENSSL_CONF"), Reader::LibraryConfig},
    {Match::Whole, QLatin1String("OPENSSL_ENGINES"), Reader::LibraryConfig},
    {Match::Whole, QLatin1String("OPENSSL_MODULES"), Reader::LibraryConfig},
    // Shells: start-up files, exported functions, options, traced and prompt commands.
    {Match::Whole, QLatin1String("BASH_ENV"), Reader::Shell},
    {Match::Whole, QLatin1String("ENV"), Reader::Shell},
    {Match::Prefix, QLatin1String("BASH_FUNC_"), Reader::Shell},
    {Match::Whole, QLatin1String("SHELLOPTS"), Reader::Shell},
    {Match::Whole, QLatin1String("BASHOPTS"), Reader::Shell},
    {Match::Whole, QLatin1String("BASH_XTRACEFD"), Reader::Shell},
    {Match::Whole, QLatin1String("BASH_LOADABLES_PATH"), Reader::Shell},
    {Match::Whole, QLatin1String("PS4"), Reader::Shell},
    {Match::Whole, QLatin1String("PROMPT_COMMAND"), Reader::Shell},
    {Match::Whole, QLatin1String("IFS"), Reader::Shell},
    {Match::Whole, QLatin1String("CDPATH"), Reader::Shell},
    {Match::Whole, QLatin1String("GLOBIGNORE"), Reader::Shell},
    {Match::Whole, QLatin1String("ZDOTDIR"), Reader::Shell},
    {Match::Whole, QLatin1String("PATH"), Reader::SearchPath},
    // Interpreters: code run at start, and where modules are loaded from.
    {Match::Whole, QLatin1String("NODE_OPTIONS"), Reader::Node},
    {Match::Whole, QLatin1String("NODE_PATH"), Reader::Node},
    {Match::Prefix, QLatin1String("npm_config_"), Reader::Node},
    {Match::Prefix, QLatin1String("NPM_CONFIG_"), Reader::Node},
    {Match::Whole, QLatin1String("PYTHONSTARTUP"), Reader::Python},
    {Match::Whole, QLatin1String("PYTHONPATH"), Reader::Python},
    {Match::Whole, QLatin1String("PYTHONHOME"), Reader::Python},
    {Match::Whole, QLatin1String("PYTHONUSERBASE"), Reader::Python},
    {Match::Whole, QLatin1String("PYTHONPLATLIBDIR"), Reader::Python},
    {Match::Whole, QLatin1String("PYTHONBREAKPOINT"), Reader::Python},
    {Match::Whole, QLatin1String("PYTHONWARNINGS"), Reader::Python},
    {Match::Whole, QLatin1String("PYTHONINSPECT"), Reader::Python},
    {Match::Whole, QLatin1String("PERL5OPT"), Reader::Perl},
    {Match::Whole, QLatin1String("PERL5LIB"), Reader::Perl},
    {Match::Whole, QLatin1String("PERLLIB"), Reader::Perl},
    {Match::Whole, QLatin1String("PERL5DB"), Reader::Perl},
    {Match::Whole, QLatin1String("RUBYOPT"), Reader::Ruby},
    {Match::Whole, QLatin1String("RUBYLIB"), Reader::Ruby},
    {Match::Whole, QLatin1String("JAVA_TOOL_OPTIONS"), Reader::Java},
    {Match::Whole, QLatin1String("_JAVA_OPTIONS"), Reader::Java},
    {Match::Whole, QLatin1String("JDK_JAVA_OPTIONS"), Reader::Java},
    {Match::Whole, QLatin1String("CLASSPATH"), Reader::Java},
    {Match::Whole, QLatin1String("PHPRC"), Reader::Php},
    {Match::Whole, QLatin1String("PHP_INI_SCAN_DIR"), Reader::Php},
    {Match::Prefix, QLatin1String("LUA_INIT"), Reader::Lua},
    {Match::Prefix, QLatin1String("LUA_PATH"), Reader::Lua},
    {Match::Prefix, QLatin1String("LUA_CPATH"), Reader::Lua},
    // Commands that other programs run on their own: git, ssh, less, editors and pagers.
    {Match::Whole, QLatin1String("GIT_SSH_COMMAND"), Reader::CommandHook},
    {Match::Whole, QLatin1String("GIT_SSH"), Reader::CommandHook},
    {Match::Whole, QLatin1String("GIT_EXEC_PATH"), Reader::CommandHook},
    {Match::Whole, QLatin1String("GIT_ASKPASS"), Reader::CommandHook},
    {Match::Whole, QLatin1String("GIT_PAGER"), Reader::CommandHook},
    {Match::Whole, QLatin1String("GIT_EDITOR"), Reader::CommandHook},
    {Match::Prefix, QLatin1String("GIT_CONFIG"), Reader::CommandHook},
    {Match::Whole, QLatin1String("SSH_ASKPASS"), Reader::CommandHook},
    {Match::Whole, QLatin1String("LESSOPEN"), Reader::CommandHook},
    {Match::Whole, QLatin1String("LESSCLOSE"), Reader::CommandHook},
    {Match::Whole, QLatin1String("PAGER"), Reader::CommandHook},
    {Match::Whole, QLatin1String("EDITOR"), Reader::CommandHook},
    {Match::Whole, QLatin1String("VISUAL"), Reader::CommandHook},
    // Where programs read their configuration (git's core.fsmonitor, .npmrc, pip.conf run commands).
    {Match::Whole, QLatin1String("HOME"), Reader::ConfigHome},
    {Match::Whole, QLatin1String("XDG_CONFIG_HOME"), Reader::ConfigHome},
    {Match::Whole, QLatin1String("XDG_CONFIG_DIRS"), Reader::ConfigHome},
    // Plug-ins loaded by Qt and GTK programs.
    {Match::Whole, QLatin1String("QT_PLUGIN_PATH"), Reader::Plugins},
    {Match::Whole, QLatin1String("QT_QPA_PLATFORM_PLUGIN_PATH"), Reader::Plugins},
    {Match::Whole, QLatin1String("GTK_MODULES"), Reader::Plugins},
    {Match::Whole, QLatin1String("GTK_PATH"), Reader::Plugins},
    // Whom TLS trusts, and where it writes its session keys.
    {Match::Whole, QLatin1String("NODE_EXTRA_CA_CERTS"), Reader::Trust},
    {Match::Whole, QLatin1String("SSL_CERT_FILE"), Reader::Trust},
    {Match::Whole, QLatin1String("SSL_CERT_DIR"), Reader::Trust},
    {Match::Whole, QLatin1String("SSLKEYLOGFILE"), Reader::Trust},
};

const Rule* ruleFor(const QString& name)
{
    const auto found = std::find_if(std::begin(kRules), std::end(kRules), [&name](const Rule& rule) {
        return rule.match == Match::Whole ? name == rule.text : name.startsWith(rule.text);
    });
    return found == std::end(kRules) ? nullptr : found;
}

QString readerText(Reader reader)
{
    switch (reader) {
    case Reader::Loader:
        return QCoreApplication::translate(
            "StartupVariables", "by the dynamic loader, which loads the libraries it names into every program");
    case Reader::LibraryConfig:
        return QCoreApplication::translate("StartupVariables",
            "by the C or TLS library of every program, which loads modules or files from where it points");
    case Reader::Shell:
        return QCoreApplication::translate(
            "StartupVariables", "by the shells, which run the code, files or commands it names as they start");
    case Reader::SearchPath:
        return QCoreApplication::translate("StartupVariables",
            "by every program that starts another by name, which runs the first one found where it points");
    case Reader::Node:
        return QCoreApplication::translate("StartupVariables", "by Node.js and npm, which load the code it names");
    case Reader::Python:
        return QCoreApplication::translate("StartupVariables", "by Python, which loads the code it names");
    case Reader::Perl:
        return QCoreApplication::translate("StartupVariables", "by Perl, which loads the code it names");
    case Reader::Ruby:
        return QCoreApplication::translate("StartupVariables", "by Ruby, which loads the code it names");
    case Reader::Java:
        return QCoreApplication::translate(
            "StartupVariables", "by the Java virtual machine, which takes options and code from it");
    case Reader::Php:
        return QCoreApplication::translate(
            "StartupVariables", "by PHP, whose settings from there can run code before every script");
    case Reader::Lua:
        return QCoreApplication::translate("StartupVariables", "by Lua, which runs or loads the code it names");
    case Reader::CommandHook:
        return QCoreApplication::translate(
            "StartupVariables", "by git, ssh, less and other programs, which run the command it names");
    case Reader::ConfigHome:
        return QCoreApplication::translate("StartupVariables",
            "by most programs, which read their configuration from there, and some settings run commands");
    case Reader::Plugins:
        return QCoreApplication::translate(
            "StartupVariables", "by Qt and GTK programs, which load plug-ins from where it points");
    case Reader::Trust:
        return QCoreApplication::translate("StartupVariables",
            "by TLS libraries, which trust the certificates it names or write their session keys there");
    }
    return {};
}

} // namespace

bool changesProgramStart(const QString& name)
{
    return ruleFor(name) != nullptr;
}

QString reason(const QString& name)
{
    const Rule* rule = ruleFor(name);
    return rule ? readerText(rule->reader) : QString();
}

QString warning(const QString& name)
{
    const Rule* rule = ruleFor(name);
    if (!rule) {
        return {};
    }
    return QCoreApplication::translate("StartupVariables",
        "%1 is read %2, so its value decides what runs; 'botvault-cli run' passes it to a command only when "
        "named with --allow %1.")
        .arg(name, readerText(rule->reader));
}

} // namespace StartupVariables
