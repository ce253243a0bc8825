#pragma once

#include "storage/Vault.h"

#include <QString>
#include <QtCrypto>

// The demo projects of the screenshots. The texts are demo data, not user interface, and the
// secret values are fakes that only look plausible.
namespace DemoData {

// Plausible-looking fake values: never real credentials.
SecretValue fakeSecret(const QString& name);

// The Shop bot's code in the platform's layout: chatbot.yaml names what it injects and src/ reads
// more with $env.get and $secrets.get. PAYPAL_CLIENT_SECRET and DELIVERY_ZONES are expected but
// not in the demo vault, so the page shows them as missing. Returns the folder.
QString writeDemoBot(const QString& folder);

// Adds the Shop, Support and Weather bots with their secrets and variables to an unlocked vault.
void fillDemoVault(Vault& vault);

} // namespace DemoData
