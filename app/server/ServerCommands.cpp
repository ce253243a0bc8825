#include "ServerCommands.h"

#include "models/NameRules.h"
#include "models/Role.h"
#include "server/ApiServer.h"
#include "server/AuditTrail.h"
#include "server/BotRuntime.h"
#include "server/BotSandbox.h"
#include "server/ServerStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
// Ten years: a longer-lived token is one that should not expire, and then --expires-days is left out.
constexpr int kMaxExpiryDays = 3650;

// Also the source of the manual page botvault-server(8) (help2man, cmake/BotVaultInstall.cmake):
// a command and its options on the left, what it does two spaces or more to the right.
const char kUsage[] = "Usage: botvault-server COMMAND [OPTIONS]\n"
                      "\n"
                      "The reference platform server of BotVault: the platform API that BotVault publishes to, for\n"
                      "local use, tests and small teams.\n"
                      "\n"
                      "Commands:\n"
                      "  serve [SERVE OPTIONS] [--db FILE]\n"
                      "                        Serve the API; the first line of output is 'listening on URL'.\n"
                      "  user add LOGIN --role ROLE [--role ROLE ...] [--expires-days N] [--db FILE]\n"
                      "                        Add a user and print its API token, once.\n"
                      "  user disable|enable LOGIN [--db FILE]\n"
                      "                        Stop or restart every token of the user.\n"
                      "  token list [--db FILE]  List the tokens (never a token itself).\n"
                      "  token revoke ID [--db FILE]\n"
                      "                        Revoke one token for good.\n"
                      "  project add NAME [--db FILE]\n"
                      "                        Add a project with its test widget channel and print its id.\n"
                      "  --help, --version     Show this help or the version.\n"
                      "\n"
                      "Serve options:\n"
                      "  --listen ADDRESS      The address to bind (default 127.0.0.1).\n"
                      "  --port N              The port (default 8443; 0 picks a free one).\n"
                      "  --cert FILE --key FILE\n"
                      "                        Serve HTTPS with this PEM certificate chain and key.\n"
                      "  --secrets-admin-role SYSTEM_ADMIN|SECURITY_ADMIN\n"
                      "                        The one role that may write secrets (default SYSTEM_ADMIN).\n"
                      "  --deploy-delay-ms N   A testing aid: every deploy waits N ms before it starts.\n"
                      "\n"
                      "Roles: SYSTEM_ADMIN, SECURITY_ADMIN, DEVELOPER, VIEWER. --port 0 picks a free port.\n"
                      "--db FILE defaults to botvault-server/server.db in the user's data folder.\n"
                      "Exit codes: 0 success, 1 failure, 2 usage error.\n";

void print(FILE* stream, const QString& text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int usageError(const QString& message)
{
    print(stderr, message);
    std::fputs(kUsage, stderr);
    return kExitUsage;
}

// Options of the form "--name value" (repeatable) after the positional words.
struct Options
{
    QStringList positional;
    QMultiHash<QString, QString> values;
    QString error;

    QString value(const QString& name, const QString& fallback = {}) const { return values.value(name, fallback); }
};

Options parseOptions(const QStringList& arguments, const QStringList& known)
{
    Options options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!argument.startsWith(QStringLiteral("--"))) {
            options.positional.append(argument);
            continue;
        }
        const QString name = argument.mid(2);
        if (!known.contains(name)) {
            options.error = QStringLiteral("Unknown option '%1'.").arg(argument);
            return options;
        }
        if (i + 1 >= arguments.size()) {
            options.error = QStringLiteral("The option '%1' needs a value.").arg(argument);
            return options;
        }
        options.values.insert(name, arguments.at(++i));
    }
    return options;
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/botvault-server/server.db");
}

std::unique_ptr<ServerStore> openStore(const Options& options)
{
    const QString path = options.value(QStringLiteral("db"), defaultDatabasePath());
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        print(stderr, QStringLiteral("Could not create the folder '%1'. Check its permissions.").arg(folder));
        return nullptr;
    }
    Result<std::unique_ptr<ServerStore>> store = ServerStore::open(path);
    if (!store) {
        print(stderr, store.message());
        return nullptr;
    }
    return std::move(store).value();
}

int serve(const Options& options)
{
    if (!options.positional.isEmpty()) {
        return usageError(QStringLiteral("'serve' takes no words, only options."));
    }
    const QHostAddress address(options.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1")));
    if (address.isNull()) {
        return usageError(QStringLiteral("--listen needs an IP address such as 127.0.0.1."));
    }
    bool portOk = false;
    const uint port = options.value(QStringLiteral("port"), QStringLiteral("8443")).toUInt(&portOk);
    if (!portOk || port > 65535) {
        return usageError(QStringLiteral("--port needs a number from 0 to 65535."));
    }
    const QString roleText = options.value(QStringLiteral("secrets-admin-role"), QStringLiteral("SYSTEM_ADMIN"));
    const std::optional<Role> secretsAdminRole = roleFromName(roleText);
    if (!secretsAdminRole || (*secretsAdminRole != Role::SystemAdmin && *secretsAdminRole != Role::SecurityAdmin)) {
        return usageError(QStringLiteral("--secrets-admin-role must be SYSTEM_ADMIN or SECURITY_ADMIN."));
    }
    bool delayOk = false;
    const int deployDelayMs = options.value(QStringLiteral("deploy-delay-ms"), QStringLiteral("0")).toInt(&delayOk);
    if (!delayOk || deployDelayMs < 0 || deployDelayMs > 60000) {
        return usageError(QStringLiteral("--deploy-delay-ms needs a number from 0 to 60000."));
    }
    std::unique_ptr<ServerStore> store = openStore(options);
    if (!store) {
        return kExitFailed;
    }
    ApiServer server(*store, *secretsAdminRole);
    // Bots run in a child: this same binary, with the hidden `bot-runtime` command.
    server.setBotRuntime(BotRuntime(QCoreApplication::applicationFilePath(), {QStringLiteral("bot-runtime")}));
    server.setDeployStartDelay(deployDelayMs);
    const Result<quint16> bound = server.listen(address, static_cast<quint16>(port),
        options.value(QStringLiteral("cert")), options.value(QStringLiteral("key")));
    if (!bound) {
        print(stderr, bound.message());
        return kExitFailed;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    // The first line of stdout, flushed at once: scripts and tests read the port from it.
    print(stdout,
        QStringLiteral("listening on %1://%2:%3")
            .arg(server.isTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
            .arg(bound.value()));
    return QCoreApplication::exec();
}

int addUser(const Options& options)
{
    if (options.positional.size() != 1) {
        return usageError(QStringLiteral("'user add' needs exactly one login."));
    }
    const QString login = options.positional.first();
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (!loginPattern.match(login).hasMatch()) {
        return usageError(QStringLiteral("A login is 1 to 64 Latin letters, digits, '_', '.' or '-'."));
    }
    const QStringList roleNames = options.values.values(QStringLiteral("role"));
    if (roleNames.isEmpty()) {
        return usageError(QStringLiteral("Give the user at least one --role."));
    }
    QList<Role> roles;
    for (const QString& name : roleNames) {
        const std::optional<Role> role = roleFromName(name);
        if (!role) {
            return usageError(QStringLiteral("Unknown role '%1'.").arg(name));
        }
        if (!roles.contains(*role)) {
            roles.append(*role);
        }
    }
    int expiresInDays = 0;
    if (options.values.contains(QStringLiteral("expires-days"))) {
        bool ok = false;
        expiresInDays = options.value(QStringLiteral("expires-days")).toInt(&ok);
        if (!ok || expiresInDays < 1 || expiresInDays > kMaxExpiryDays) {
            return usageError(
                QStringLiteral("--expires-days needs a whole number of days from 1 to %1.").arg(kMaxExpiryDays));
        }
    }
    std::unique_ptr<ServerStore> store = openStore(options);
    if (!store || !store->begin()) {
        return kExitFailed;
    }
    Result<QString> token = store->addUser(login, roles, expiresInDays);
    if (!token || !store->commit()) {
        store->rollback();
        print(stderr, token ? QStringLiteral("Could not save the user.") : token.message());
        return kExitFailed;
    }
    // Shown once: only its hash is stored.
    print(stdout, token.value());
    return kExitOk;
}

int addProject(const Options& options)
{
    if (options.positional.size() != 1) {
        return usageError(QStringLiteral("'project add' needs exactly one name (quote a name with spaces)."));
    }
    const QString name = options.positional.first();
    if (Result<void> valid = NameRules::validateProjectName(name); !valid) {
        print(stderr, valid.message());
        return kExitUsage;
    }
    std::unique_ptr<ServerStore> store = openStore(options);
    if (!store || !store->begin()) {
        return kExitFailed;
    }
    Result<ServerProject> project = store->createProject(name, QStringLiteral("botvault-server"));
    if (project) {
        ServerAuditEvent created
            = AuditTrail::event(project->id, QString::fromLatin1(AuditTrail::kProjectCreated), project->createdBy, {});
        created.details.insert(QStringLiteral("name"), project->name);
        if (Result<void> recorded = store->appendAuditEvents({created}); !recorded) {
            project = recorded.error();
        }
    }
    if (!project || !store->commit()) {
        store->rollback();
        print(stderr, project ? QStringLiteral("Could not save the project.") : project.message());
        return kExitFailed;
    }
    print(stdout, QString::number(project->id));
    return kExitOk;
}

// `user disable` / `user enable`: the user's tokens stop (or start again) working with the next
// request, also on a running server.
int setUserDisabled(const Options& options, bool disabled)
{
    if (options.positional.size() != 1) {
        return usageError(QStringLiteral("'user %1' needs exactly one login.")
                              .arg(disabled ? QStringLiteral("disable") : QStringLiteral("enable")));
    }
    const QString login = options.positional.first();
    std::unique_ptr<ServerStore> store = openStore(options);
    if (!store || !store->begin()) {
        return kExitFailed;
    }
    Result<bool> changed = store->setUserDisabled(login, disabled);
    if (!changed || !store->commit()) {
        store->rollback();
        print(stderr, changed ? QStringLiteral("Could not save the user.") : changed.message());
        return kExitFailed;
    }
    if (!changed.value()) {
        print(stderr,
            QStringLiteral("The user '%1' was already %2.")
                .arg(login, disabled ? QStringLiteral("disabled") : QStringLiteral("enabled")));
    }
    return kExitOk;
}

// `token list`: ids, owners and states, never a token value (only hashes are stored).
int listTokens(const Options& options)
{
    if (!options.positional.isEmpty()) {
        return usageError(QStringLiteral("'token list' takes no words, only --db."));
    }
    std::unique_ptr<ServerStore> store = openStore(options);
    if (!store) {
        return kExitFailed;
    }
    Result<QList<ServerStore::TokenInfo>> tokens = store->tokens();
    if (!tokens) {
        print(stderr, tokens.message());
        return kExitFailed;
    }
    print(stdout, QStringLiteral("ID\tUSER\tNAME\tCREATED\tEXPIRES\tSTATE"));
    for (const ServerStore::TokenInfo& token : tokens.value()) {
        const QString state = token.revoked ? QStringLiteral("revoked")
            : token.expired                 ? QStringLiteral("expired")
            : token.userDisabled            ? QStringLiteral("user-disabled")
                                            : QStringLiteral("active");
        print(stdout,
            QStringList {QString::number(token.id), token.login, token.name, token.createdAt,
                token.expiresAt.isEmpty() ? QStringLiteral("never") : token.expiresAt, state}
                .join(QLatin1Char('\t')));
    }
    return kExitOk;
}

// `token revoke ID`: refused from the next request on, also on a running server.
int revokeToken(const Options& options)
{
    bool ok = false;
    const qint64 id = options.positional.size() == 1 ? options.positional.first().toLongLong(&ok) : 0;
    if (!ok || id < 1) {
        return usageError(QStringLiteral("'token revoke' needs one token id (a number from 'token list')."));
    }
    std::unique_ptr<ServerStore> store = openStore(options);
    if (!store || !store->begin()) {
        return kExitFailed;
    }
    Result<bool> revoked = store->revokeToken(id);
    if (!revoked || !store->commit()) {
        store->rollback();
        print(stderr, revoked ? QStringLiteral("Could not save the revocation.") : revoked.message());
        return kExitFailed;
    }
    if (!revoked.value()) {
        print(stderr, QStringLiteral("The token %1 was already revoked.").arg(id));
    }
    return kExitOk;
}

} // namespace

namespace ServerCommands {

int run(const QStringList& arguments)
{
    if (arguments.size() == 1 && arguments.first() == QStringLiteral("--version")) {
        print(stdout, QStringLiteral("botvault-server %1").arg(QCoreApplication::applicationVersion()));
        return kExitOk;
    }
    if (arguments.isEmpty() || arguments.first() == QStringLiteral("--help")) {
        std::fputs(kUsage, arguments.isEmpty() ? stderr : stdout);
        return arguments.isEmpty() ? kExitUsage : kExitOk;
    }
    const QString command = arguments.first();
    if (command == QStringLiteral("serve")) {
        const Options options = parseOptions(arguments.mid(1),
            {QStringLiteral("db"), QStringLiteral("listen"), QStringLiteral("port"), QStringLiteral("cert"),
                QStringLiteral("key"), QStringLiteral("secrets-admin-role"), QStringLiteral("deploy-delay-ms")});
        return options.error.isEmpty() ? serve(options) : usageError(options.error);
    }
    if (command == QStringLiteral("bot-runtime") && arguments.size() == 1) {
        // Hidden: the child the server starts for every bot run (docs/SERVER.md "The bot runtime").
        // Its answer is on stdout once runChild returns; it then ends at once rather than run the
        // destructors of an engine that just ran an untrusted script (and may have been interrupted
        // or starved of memory), so nothing after the answer can change the exit status.
        const int status = BotSandbox::runChild();
        std::fflush(stdout);
        std::_Exit(status);
    }
    const QString subcommand = arguments.value(1);
    if (command == QStringLiteral("user") && subcommand == QStringLiteral("add")) {
        const Options options = parseOptions(
            arguments.mid(2), {QStringLiteral("db"), QStringLiteral("role"), QStringLiteral("expires-days")});
        return options.error.isEmpty() ? addUser(options) : usageError(options.error);
    }
    if (command == QStringLiteral("user")
        && (subcommand == QStringLiteral("disable") || subcommand == QStringLiteral("enable"))) {
        const Options options = parseOptions(arguments.mid(2), {QStringLiteral("db")});
        return options.error.isEmpty() ? setUserDisabled(options, subcommand == QStringLiteral("disable"))
                                       : usageError(options.error);
    }
    if (command == QStringLiteral("token")
        && (subcommand == QStringLiteral("list") || subcommand == QStringLiteral("revoke"))) {
        const Options options = parseOptions(arguments.mid(2), {QStringLiteral("db")});
        if (!options.error.isEmpty()) {
            return usageError(options.error);
        }
        return subcommand == QStringLiteral("list") ? listTokens(options) : revokeToken(options);
    }
    if (command == QStringLiteral("project") && subcommand == QStringLiteral("add")) {
        const Options options = parseOptions(arguments.mid(2), {QStringLiteral("db")});
        return options.error.isEmpty() ? addProject(options) : usageError(options.error);
    }
    return usageError(QStringLiteral("Unknown command '%1'.").arg(arguments.join(QLatin1Char(' '))));
}

} // namespace ServerCommands
