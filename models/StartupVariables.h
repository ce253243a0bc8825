#pragma once

#include <QString>

// Environment variables that change how a program starts rather than what it computes: the dynamic
// loader's (LD_PRELOAD …), the shells' start-up files and options (BASH_ENV, ENV, SHELLOPTS, PS4 …),
// the interpreters' start-up code and module paths (NODE_OPTIONS, PYTHONPATH, PERL5OPT, RUBYOPT,
// JAVA_TOOL_OPTIONS …), and the few that name a command or a configuration other programs load
// (GIT_SSH_COMMAND, OPENSSL_CONF, HOME …). A value stored under such a name, perhaps pulled from the
// platform or imported from a file, runs code in every program that inherits it, so
// `botvault-cli run` passes these only when named with --allow, and setting or importing one warns.
// The list and the reasons are written out in docs/SECURITY.md. Names are case-sensitive, as the
// environment is, except where a program reads both cases (npm_config_* and NPM_CONFIG_*).
namespace StartupVariables {

// Whether `name` is one of them.
bool changesProgramStart(const QString& name);

// Why, as a phrase that completes "NAME is read …" ("by the dynamic loader, which loads the
// libraries it names into every program"); empty for a name that is not one of them.
QString reason(const QString& name);

// The warning shown when such a name is set or imported (empty for any other name): what it does,
// and that `botvault-cli run` withholds it unless named with --allow.
QString warning(const QString& name);

} // namespace StartupVariables
