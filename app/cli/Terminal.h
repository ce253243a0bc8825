#pragma once

#include "models/Result.h"

#include <QString>
#include <QtCrypto>

// The controlling terminal, used to ask for a master password or a secret value without echo.
// It is opened as /dev/tty rather than read from stdin, so a value can be piped in on stdin while
// the password is still typed at the keyboard.
namespace Terminal {

// True when standard input is a terminal (a person typing rather than a pipe or a file).
bool stdinIsTerminal();

// True when the process has a controlling terminal to ask on.
bool isAvailable();

// Shows `prompt` on the terminal and reads one line with echo switched off; the line ending is not
// part of the result. Echo comes back even when the process is interrupted while it waits.
// InvalidInput when the line is longer than `maxBytes` or nothing is entered before end of input.
Result<QCA::SecureArray> readHidden(const QString& prompt, qsizetype maxBytes);

// Shows `prompt` on the terminal and reads one short line with echo on (a yes-or-no answer).
// InvalidInput when nothing is entered before end of input.
Result<QString> readLine(const QString& prompt);

} // namespace Terminal
