#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// The names of the secrets and variables a bot's code expects, as found in its chatbot.yaml
// injector block and its $secrets.get / $env.get calls (storage/BotSource). The page compares them
// with what the project defines, so the admin sees a name the bot will ask for before a channel
// fails on it.
struct ExpectedNames
{
    // Sorted and unique; every name passes NameRules::validate.
    QStringList secrets;
    QStringList variables;
    // The names of `secrets` and `variables` the code reads only with a default value
    // ($env.get("X", "d")): the platform returns the default when the project lacks them, so they
    // are never missing. A name also read without a default, or declared in chatbot.yaml, is not here.
    QStringList optionalSecrets;
    QStringList optionalVariables;
    // Where each name was found, for tooltips: "chatbot.yaml:4", "src/main.js:12".
    QHash<QString, QStringList> secretSources;
    QHash<QString, QStringList> variableSources;
    // Calls whose name is not a string literal. While any exist, a defined name the scan did not
    // find may still be read, so the page should not call it unused without saying so.
    int computedSecretReads = 0;
    int computedVariableReads = 0;
    // What the scan could not check, one sentence each, ready to show.
    QStringList warnings;
};

// What a project defines compared with what its bot expects. Every list is sorted and unique.
struct NameUsage
{
    QStringList missingSecrets; // expected by the bot, not defined in the project
    QStringList missingVariables;
    QStringList unusedSecrets; // defined in the project, not expected by the bot
    QStringList unusedVariables;
    // read only with a default value and not defined: the bot uses its default, nothing is missing
    QStringList optionalSecrets;
    QStringList optionalVariables;

    bool anyMissing() const;
};

// `expected` plus the secret names an imported archive declared (Project::declaredSecrets), which
// count as expected even when no source folder is bound.
ExpectedNames withDeclaredSecrets(ExpectedNames expected, const QStringList& declaredSecrets);

// Names are compared case-sensitively, as scripts read them: API_KEY does not satisfy api_key.
NameUsage compareNames(
    const ExpectedNames& expected, const QStringList& definedSecrets, const QStringList& definedVariables);
