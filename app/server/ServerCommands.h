#pragma once

#include <QStringList>

// The console commands of botvault-server (docs/SERVER.md): serve, user add, project add. Output
// is English only, like the API: the server has no translations.
namespace ServerCommands {

// Runs the command in `arguments` (without the program name) and returns the exit code. `serve`
// returns only when the event loop ends.
int run(const QStringList& arguments);

} // namespace ServerCommands
