#pragma once

// The child side of the bot runtime: reads one request (JSON) from stdin, limits its own address
// space, runs QJSEngine under a watchdog that interrupts it after the run limit, masks the reply
// and writes one JSON answer to stdout. Qt's messages (console.log included) are dropped, so a
// value a script prints never reaches a log. botvault-server runs it as its hidden `bot-runtime`
// command; see BotRuntime for the server side.
namespace BotSandbox {

// Returns the process exit code.
int runChild();

} // namespace BotSandbox
