#include "app/screenshots/DemoData.h"

#include "app/screenshots/ScreenshotKit.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QPair>
#include <QStringList>

namespace DemoData {

using Screenshots::check;
using Screenshots::fail;

namespace {

struct DemoVariable
{
    const char* name;
    QString value;
    bool includeInExport;
};

struct DemoProject
{
    QString name;
    QStringList secrets;
    QList<DemoVariable> variables;
};

QList<DemoProject> demoProjects()
{
    return {
        {QStringLiteral("Shop bot"),
            {QStringLiteral("STRIPE_API_KEY"), QStringLiteral("TELEGRAM_BOT_TOKEN"), QStringLiteral("OPENAI_API_KEY"),
                QStringLiteral("DB_PASSWORD"), QStringLiteral("STRIPE_WEBHOOK_SECRET"),
                QStringLiteral("SMTP_PASSWORD")},
            {
                {"GREETING",
                    QStringLiteral("Hi! I'm the Shop bot.\nAsk me about an order, a delivery or a refund.\nType /help "
                                   "to see everything I can do."),
                    true},
                {"API_BASE_URL", QStringLiteral("https://api.shop.example.com/v2"), true},
                {"MAX_RETRIES", QStringLiteral("3"), true},
                {"SUPPORT_EMAIL", QStringLiteral("support@shop.example.com"), false},
                {"FEATURE_FLAGS", QStringLiteral(R"({"gift_cards": true, "express_delivery": false, "reviews": true})"),
                    true},
                {"CURRENCY", QStringLiteral("EUR"), true},
                {"ORDER_WEBHOOK_URL", QStringLiteral("https://hooks.shop.example.com/orders"), false},
                {"STATUS_PAGE_URL", QStringLiteral("https://status.shop.example.com"), true},
                {"CATALOG_PAGE_SIZE", QStringLiteral("20"), true},
                {"TIMEZONE", QStringLiteral("Europe/Berlin"), true},
                {"LOG_LEVEL", QStringLiteral("info"), false},
            }},
        {QStringLiteral("Support bot"),
            {QStringLiteral("TELEGRAM_BOT_TOKEN"), QStringLiteral("ZENDESK_API_TOKEN"),
                QStringLiteral("OPENAI_API_KEY")},
            {
                {"GREETING", QStringLiteral("Hello! Describe your problem and I'll find the right person."), true},
                {"API_BASE_URL", QStringLiteral("https://support.example.com/api"), true},
                {"SUPPORT_EMAIL", QStringLiteral("help@example.com"), true},
                {"ESCALATION_TIMEOUT_MIN", QStringLiteral("15"), false},
            }},
        {QStringLiteral("Weather bot"), {QStringLiteral("TELEGRAM_BOT_TOKEN"), QStringLiteral("WEATHER_API_KEY")},
            {
                {"DEFAULT_CITY", QStringLiteral("Lisbon"), true},
                {"UNITS", QStringLiteral("metric"), true},
                {"MAX_RETRIES", QStringLiteral("5"), false},
            }},
    };
}

} // namespace

SecretValue fakeSecret(const QString& name)
{
    const QByteArray seed = QCA::Hash(QStringLiteral("sha256")).hashToString(name.toUtf8()).toLatin1();
    if (name.startsWith(QLatin1String("STRIPE"))) {
        return SecretValue(QCA::SecureArray(QByteArrayLiteral("sk_test_") + seed.left(40)));
    }
    if (name.startsWith(QLatin1String("TELEGRAM"))) {
        return SecretValue(QCA::SecureArray(QByteArrayLiteral("123456789:AA") + seed.left(33)));
    }
    if (name.startsWith(QLatin1String("OPENAI"))) {
        return SecretValue(QCA::SecureArray(QByteArrayLiteral("sk-demo-") + seed.left(48)));
    }
    return SecretValue(QCA::SecureArray(seed.left(24)));
}

QString writeDemoBot(const QString& folder)
{
    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("chatbot.yaml"),
            "name: shop-bot\n"
            "entryPoint: main.sc\n"
            "injector:\n"
            "  secrets: [STRIPE_API_KEY, TELEGRAM_BOT_TOKEN, OPENAI_API_KEY, PAYPAL_CLIENT_SECRET]\n"
            "  variables: [GREETING, API_BASE_URL, CURRENCY]\n"},
        {QStringLiteral("src/main.sc"),
            "theme: /\n"
            "    state: Start\n"
            "        q!: $regex</start>\n"
            "        a: {{ $env.get(\"GREETING\") }}\n"},
        {QStringLiteral("src/orders.js"),
            "const base = $env.get(\"API_BASE_URL\");\n"
            "const zones = $env.get(\"DELIVERY_ZONES\", \"EU\");\n"
            "const retries = Number($env.get(\"MAX_RETRIES\", \"3\"));\n"
            "const db = $secrets.get(\"DB_PASSWORD\");\n"
            "const hook = $secrets.get(\"STRIPE_WEBHOOK_SECRET\");\n"},
    };
    for (const auto& [path, content] : files) {
        const QString file = QDir(folder).filePath(path);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) {
            fail(QStringLiteral("cannot write %1").arg(file));
        }
    }
    return folder;
}

void fillDemoVault(Vault& vault)
{
    for (const DemoProject& demo : demoProjects()) {
        const Project project = check(vault.addProject(demo.name), "addProject");
        for (const QString& secret : demo.secrets) {
            check(vault.setSecret(project.id, secret, fakeSecret(secret)), "setSecret");
        }
        for (const DemoVariable& variable : demo.variables) {
            check(vault.setVariable(project.id, QLatin1String(variable.name), variable.value, variable.includeInExport),
                "setVariable");
        }
    }
}

} // namespace DemoData
